-- Reporting feature (docs/reporting.md): reporting cycles, each unit's report with its rounds,
-- the consolidations of districts and of the province, and UBND tỉnh's directions.
-- Written by the diagrams' delegates in the engine's transaction; the dashboard and
-- /api/reporting read them, never Camunda's history.

-- One cycle per period. The primary key is the period ("2016-Q1"): a period is opened once.
create table rpt_cycle (
    id                   varchar(16)  not null,
    period_type          varchar(8)   not null,
    period_year          integer      not null,
    process_instance_id  varchar(64)  not null,
    opened_by            varchar(128),
    opened_automatically boolean      not null,
    opened_at            timestamp    not null,
    commune_deadline     timestamp    not null,
    district_deadline    timestamp    not null,
    department_deadline  timestamp    not null,
    province_deadline    timestamp    not null,
    -- OPEN, CONSOLIDATING, CONSOLIDATED, ACKNOWLEDGED, DIRECTED, CLOSED
    status               varchar(20)  not null,
    -- UBND tỉnh on the provincial report: ACKNOWLEDGE or DIRECT
    decision             varchar(20),
    decided_by           varchar(128),
    decided_at           timestamp,
    decision_note        varchar(4000),
    closed_at            timestamp,
    constraint rpt_cycle_pk primary key (id),
    constraint rpt_cycle_period_unique unique (period_type, period_year)
);

-- Every report a cycle expects, created when the cycle opens (so "missing" is known from the
-- start), then filled in by the unit's own papi-unit-report instance. Id "2016-Q1:xa-28756".
create table rpt_unit_report (
    id                  varchar(100) not null primary key,
    cycle_id            varchar(16)  not null references rpt_cycle (id),
    unit_id             varchar(64)  not null,
    -- COMMUNE, DISTRICT, DEPARTMENT
    unit_level          varchar(20)  not null,
    -- the consolidation the report belongs to: "<cycle>:huyen-829" for a commune, "<cycle>:ubnd-tinh" otherwise
    consolidation_id    varchar(100) not null,
    reviewer_id         varchar(64)  not null,
    process_instance_id varchar(64),
    -- PENDING, DRAFTING, SUBMITTED, IN_REVIEW, RETURNED, ACCEPTED
    status              varchar(20)  not null,
    due_at              timestamp    not null,
    first_submitted_at  timestamp,
    last_submitted_at   timestamp,
    on_time             boolean,
    rounds              integer      not null,
    accepted_at         timestamp,
    -- set when the report was accepted after its consolidation was completed
    addendum_at         timestamp,
    notes               varchar(4000),
    constraint rpt_unit_report_once unique (cycle_id, unit_id)
);
create index rpt_unit_report_consolidation on rpt_unit_report (consolidation_id);
create index rpt_unit_report_process on rpt_unit_report (process_instance_id);

-- One row per submission by the unit's officials: round n of a report is submitted once.
create table rpt_submission (
    report_id     varchar(100)   not null references rpt_unit_report (id),
    round         integer        not null,
    submitted_by  varchar(128),
    submitted_at  timestamp      not null,
    on_time       boolean        not null,
    content_json  varchar(200000) not null,
    primary key (report_id, round)
);

-- The latest submitted content, in rows the consolidations count.
create table rpt_measure_progress (
    report_id    varchar(100)  not null references rpt_unit_report (id),
    measure_id   varchar(64)   not null,
    dimension_id varchar(40)   not null,
    -- DONE, IN_PROGRESS, NOT_STARTED
    status       varchar(20)   not null,
    result       varchar(2000),
    primary key (report_id, measure_id)
);

create table rpt_dimension_result (
    report_id    varchar(100)  not null references rpt_unit_report (id),
    dimension_id varchar(40)   not null,
    summary      varchar(4000),
    primary key (report_id, dimension_id)
);

create table rpt_figure (
    report_id varchar(100) not null references rpt_unit_report (id),
    figure    varchar(40)  not null,
    amount    bigint       not null,
    primary key (report_id, figure)
);

-- Obstacles (vướng mắc) reported with a report; the obstacle feature opens a case for each.
create table rpt_obstacle (
    report_id    varchar(100)  not null references rpt_unit_report (id),
    position     integer       not null,
    unit_id      varchar(64)   not null,
    dimension_id varchar(40)   not null,
    description  varchar(4000) not null,
    proposal     varchar(4000),
    primary key (report_id, position)
);

-- Sign-off by the unit head and review by the reviewer unit, each round.
create table rpt_review_round (
    report_id  varchar(100)  not null references rpt_unit_report (id),
    round      integer       not null,
    -- SIGN_OFF, REVIEW
    stage      varchar(20)   not null,
    decision   varchar(20)   not null,
    reason     varchar(4000),
    decided_by varchar(128),
    decided_at timestamp     not null,
    primary key (report_id, round, stage)
);

-- A district's consolidation (by its Phòng Nội vụ) or the province's (by Sở Nội vụ).
-- Id "2016-Q1:huyen-829" or "2016-Q1:ubnd-tinh".
create table rpt_consolidation (
    id                  varchar(100) not null primary key,
    cycle_id            varchar(16)  not null references rpt_cycle (id),
    -- DISTRICT, PROVINCE
    level               varchar(20)  not null,
    -- the district (huyen-829) or the province (ubnd-tinh)
    scope_unit_id       varchar(64)  not null,
    -- who consolidates: huyen-829-phong-noi-vu, so-noi-vu
    consolidator_id     varchar(64)  not null,
    process_instance_id varchar(64),
    -- reports are awaited until then; the consolidation itself is due at due_at
    collect_until       timestamp    not null,
    due_at              timestamp    not null,
    -- WAITING, OPEN (task created), DONE
    status              varchar(20)  not null,
    started_at          timestamp,
    completed_at        timestamp,
    completed_by        varchar(128),
    on_time             boolean,
    document_number     varchar(64),
    summary             varchar(8000),
    constraint rpt_consolidation_once unique (cycle_id, scope_unit_id)
);

-- What a completed consolidation contained: every expected report, included or not.
create table rpt_consolidation_item (
    consolidation_id varchar(100) not null references rpt_consolidation (id),
    unit_id          varchar(64)  not null,
    -- ON_TIME, LATE, MISSING
    timeliness       varchar(20)  not null,
    report_status    varchar(20)  not null,
    included         boolean      not null,
    primary key (consolidation_id, unit_id)
);

-- UBND tỉnh's directions on the provincial report, one per named unit.
create table rpt_direction (
    cycle_id     varchar(16)   not null references rpt_cycle (id),
    unit_id      varchar(64)   not null,
    text         varchar(4000) not null,
    due_at       timestamp     not null,
    given_by     varchar(128),
    given_at     timestamp     not null,
    response     varchar(4000),
    responded_by varchar(128),
    responded_at timestamp,
    primary key (cycle_id, unit_id)
);
