-- Review feature (docs/review.md): Sở Nội vụ's preliminary (sơ kết) and final (tổng kết) reviews of
-- the plan (4129/KH-UBND III.2), the units' self-assessments, the review report through its approval
-- by UBND tỉnh, and its publication by Sở TT&TT (III.4). Written by papi-review's and
-- papi-review-self-assessment's delegates in the engine's transaction; the .docx is built from them.

-- One review. Id: the process instance id of its papi-review.
create table rev_review (
    id                     varchar(64)   not null primary key,
    -- PRELIMINARY (sơ kết), FINAL (tổng kết)
    kind                   varchar(20)   not null,
    title                  varchar(500)  not null,
    period_from            date          not null,
    period_to              date          not null,
    opened_by              varchar(128),
    opened_at              timestamp     not null,
    self_assessment_due    timestamp     not null,
    -- COLLECTING, DRAFTING, IN_APPROVAL, RETURNED, APPROVED, PUBLISHED
    status                 varchar(20)   not null,
    -- when collection ended: every unit answered, or the deadline passed
    collected_at           timestamp,
    collection_complete    boolean,
    rounds                 integer       not null,
    overview               varchar(20000),
    results                varchar(20000),
    limitations            varchar(20000),
    solutions              varchar(20000),
    recipients             varchar(4000),
    drafted_by             varchar(128),
    drafted_at             timestamp,
    document_number        varchar(64),
    -- CHAIRMAN (TM. Ủy ban nhân dân / Chủ tịch), VICE_CHAIRMAN (KT. Chủ tịch / Phó Chủ tịch)
    signer_role            varchar(20),
    signer_name            varchar(255),
    approved_by            varchar(128),
    approved_at            timestamp,
    publication_url        varchar(2000),
    publication_channels   varchar(1000),
    published_on           date,
    published_by           varchar(128),
    published_at           timestamp
);

-- Every unit asked for a self-assessment, created when the review opens (so "never answered" is
-- known from the start). Communes are covered by their district's self-assessment.
create table rev_self_assessment (
    review_id             varchar(64)    not null references rev_review (id),
    unit_id               varchar(64)    not null,
    process_instance_id   varchar(64),
    -- PENDING, DRAFTING, SUBMITTED (awaiting the head), RETURNED, SIGNED (sent), MISSING (deadline passed)
    status                varchar(20)    not null,
    rounds                integer        not null,
    submitted_by          varchar(128),
    submitted_at          timestamp,
    signed_by             varchar(128),
    signed_at             timestamp,
    document_number       varchar(64),
    -- periodic reports of the unit itself in the review's span, as stated by the unit
    reports_on_time       integer,
    reports_late          integer,
    reports_missing       integer,
    -- what the outcome tables said when the self-assessment opened (rpt_*, pln_*), as JSON
    evidence_json         varchar(100000),
    overall               varchar(8000),
    difficulties          varchar(8000),
    proposals             varchar(8000),
    communes_summary      varchar(8000),
    primary key (review_id, unit_id)
);
create index rev_self_assessment_process on rev_self_assessment (process_instance_id);

-- Per dimension: the unit's measures done / in progress / not started, as stated by the unit,
-- beside the figures the outcome tables gave (system_*). A district's include its communes'.
create table rev_dimension_assessment (
    review_id           varchar(64)   not null,
    unit_id             varchar(64)   not null,
    dimension_id        varchar(40)   not null,
    done                integer       not null,
    in_progress         integer       not null,
    not_started         integer       not null,
    system_done         integer       not null,
    system_in_progress  integer       not null,
    system_not_started  integer       not null,
    assessment          varchar(4000),
    primary key (review_id, unit_id, dimension_id),
    constraint rev_dimension_assessment_unit foreign key (review_id, unit_id)
        references rev_self_assessment (review_id, unit_id)
);

-- Sign-off of self-assessments (stage SIGN_OFF, keyed by unit) and UBND tỉnh's decisions on the
-- review report (stage APPROVAL, unit_id 'ubnd-tinh'), each round.
create table rev_decision (
    review_id   varchar(64)   not null references rev_review (id),
    unit_id     varchar(64)   not null,
    stage       varchar(20)   not null,
    round       integer       not null,
    decision    varchar(20)   not null,
    reason      varchar(4000),
    decided_by  varchar(128),
    decided_at  timestamp     not null,
    primary key (review_id, unit_id, stage, round)
);
