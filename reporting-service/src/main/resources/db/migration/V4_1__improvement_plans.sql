-- A council's improvement plan (Stoke-on-Trent Annex 3.b-3.e): its actions and the measures of its
-- monitoring and audit framework. The plan row is the unit of concurrency (its version is the ETag of
-- every write) and counts its revisions; plan_change is the plan's history, one row per change, never
-- updated or deleted, from which the plan as it stood at any moment is rebuilt. A change that came from
-- an accepted report names the submission and version it came from.
CREATE TABLE improvement_plan (
    id            uuid          PRIMARY KEY,
    council_gss   varchar(9)    NOT NULL UNIQUE CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    revision      integer       NOT NULL CHECK (revision >= 0),
    created_by    varchar(300)  NOT NULL,
    created_at    timestamptz   NOT NULL,
    updated_by    varchar(300)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0
);

CREATE TABLE plan_change (
    id                    uuid           PRIMARY KEY,
    plan_id               uuid           NOT NULL REFERENCES improvement_plan (id),
    council_gss           varchar(9)     NOT NULL,
    revision              integer        NOT NULL CHECK (revision >= 1),
    kind                  varchar(30)    NOT NULL CHECK (kind IN ('ACTION_ADDED', 'ACTION_REVISED', 'ACTION_STATUS',
                                             'MEASURE_ADDED', 'MEASURE_REVISED', 'MEASURE_VALUE')),
    subject_id            uuid           NOT NULL,
    recorded_by           varchar(300)   NOT NULL,
    recorded_at           timestamptz    NOT NULL,
    source_submission_id  uuid,
    source_version        integer        CHECK (source_version >= 1),
    -- an action as added or revised
    statement             varchar(2000),
    stage                 varchar(40)    CHECK (stage IN ('HELP_AND_PROTECTION', 'CHILDREN_IN_CARE', 'CARE_LEAVERS',
                                             'LEADERSHIP_AND_MANAGEMENT', 'PARTNERSHIP')),
    owner_kind            varchar(20)    CHECK (owner_kind IN ('ROLE', 'ORGANISATION', 'PERSON')),
    owner_reference       varchar(100),
    target_date           date,
    -- an action's status change, with its evidence
    status                varchar(20)    CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE')),
    evidence              varchar(4000),
    -- a measure as added or revised
    name                  varchar(300),
    unit                  varchar(60),
    target                numeric(18, 4),
    direction             varchar(20)    CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    -- a measure's value for a period
    period_start          date,
    period_end            date,
    value                 numeric(18, 4),
    UNIQUE (plan_id, revision),
    CHECK ((source_submission_id IS NULL) = (source_version IS NULL)),
    CHECK (period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX plan_change_time ON plan_change (council_gss, recorded_at, revision);

-- The plan updates a report's section carries (see the submission API's SectionRequest.planUpdates):
-- checked when pushed, applied to the council's plan when the report is accepted.
ALTER TABLE submission_section ADD COLUMN plan_updates jsonb;
