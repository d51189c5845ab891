-- Planning feature: the plan's measure catalogue and the units' implementation plans.
create table pln_dimension (
    id          varchar(40)  not null primary key,
    name        varchar(255) not null,
    since_year  integer      not null,
    until_year  integer,
    position    integer      not null
);

create table pln_measure (
    id                varchar(64)   not null primary key,
    dimension_id      varchar(40)   not null references pln_dimension (id),
    text              varchar(2000) not null,
    lead_units        varchar(1000) not null,
    cooperating_units varchar(1000) not null,
    source            varchar(20)   not null,
    added_year        integer,
    position          integer       not null
);

create table pln_rollout (
    id                 varchar(64)  not null primary key,
    plan_number        varchar(64)  not null,
    issued_on          date,
    unit_plan_deadline timestamp    not null,
    started_at         timestamp    not null,
    completed_at       timestamp
);

create table pln_unit_plan (
    process_instance_id    varchar(64)   not null primary key,
    rollout_id             varchar(64),
    unit_id                varchar(64)   not null,
    status                 varchar(20)   not null,
    due_at                 timestamp     not null,
    rounds                 integer       not null,
    first_submitted_at     timestamp,
    approved_at            timestamp,
    approved_on_time       boolean,
    signed_document_number varchar(64),
    signed_on              date,
    notes                  varchar(4000)
);
create index pln_unit_plan_unit on pln_unit_plan (unit_id);
create index pln_unit_plan_rollout on pln_unit_plan (rollout_id);

-- One row per submission of a draft: round n of a plan is submitted once.
create table pln_plan_submission (
    process_instance_id varchar(64)    not null,
    round               integer        not null,
    unit_id             varchar(64)    not null,
    submitted_by        varchar(128),
    submitted_at        timestamp      not null,
    on_time             boolean        not null,
    measures_json       varchar(20000) not null,
    primary key (process_instance_id, round)
);

-- Sign-off by the unit head and review by the reviewer unit, each round.
create table pln_review_round (
    process_instance_id varchar(64)   not null,
    round               integer       not null,
    stage               varchar(20)   not null,
    decision            varchar(20)   not null,
    reason              varchar(4000),
    decided_by          varchar(128),
    decided_at          timestamp     not null,
    primary key (process_instance_id, round, stage)
);

-- The measures of an approved plan: what later reports are tracked against.
create table pln_plan_measure (
    process_instance_id varchar(64)   not null,
    measure_id          varchar(64)   not null,
    unit_id             varchar(64)   not null,
    action              varchar(4000) not null,
    responsible         varchar(255)  not null,
    deadline            date,
    estimated_cost      numeric(18, 0),
    primary key (process_instance_id, measure_id)
);
create index pln_plan_measure_unit on pln_plan_measure (unit_id);
