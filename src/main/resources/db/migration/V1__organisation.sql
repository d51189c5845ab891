-- The province's units (organisation feature). Loaded from src/main/resources/organisation.
create table org_unit (
    id          varchar(64)  not null primary key,
    name        varchar(255) not null,
    unit_level  varchar(20)  not null,
    parent_id   varchar(64),
    reviewer_id varchar(64),
    code        varchar(16),
    kind        varchar(32),
    position    integer      not null
);
create index org_unit_parent on org_unit (parent_id);
create index org_unit_level on org_unit (unit_level);
