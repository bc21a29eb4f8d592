-- reporting-service schema. Directions and councils belong to the other services: this database
-- keeps only a copy of the duties feed (for when directions-service is unreachable), the
-- Improvement Board meetings recorded here, submissions with every version and review, and the
-- audit history. Statutory records are never deleted.

-- The last duties feed read from directions-service, with its ETag for If-None-Match.
CREATE TABLE duty_snapshot (
    name        varchar(40)  PRIMARY KEY,
    etag        varchar(300),
    fetched_at  timestamptz  NOT NULL,
    duties      jsonb        NOT NULL
);

CREATE TABLE board_meeting (
    id             uuid         PRIMARY KEY,
    council_gss    varchar(9)   NOT NULL CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    meets_on       date         NOT NULL,
    status         varchar(20)  NOT NULL CHECK (status IN ('HELD', 'CANCELLED')),
    notes          varchar(2000),
    cancel_reason  varchar(2000),
    recorded_by    varchar(300) NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0
);
-- one meeting per council and day (a cancelled one may be recorded again)
CREATE UNIQUE INDEX board_meeting_council_day ON board_meeting (council_gss, meets_on) WHERE status = 'HELD';
CREATE INDEX board_meeting_council ON board_meeting (council_gss, meets_on, id);

-- A report: for one due item (due_item_id) or ad hoc (due_item_id null). Versions carry its content.
CREATE TABLE submission (
    id                   uuid         PRIMARY KEY,
    council_gss          varchar(9)   NOT NULL CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    due_item_id          varchar(200) UNIQUE,
    duty_id              varchar(200),
    direction_reference  varchar(30),
    due_on               date,
    kind                 varchar(40),
    title                varchar(300) NOT NULL,
    status               varchar(20)  NOT NULL CHECK (status IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    current_version      integer      NOT NULL,
    first_submitted_at   timestamptz  NOT NULL,
    last_submitted_at    timestamptz  NOT NULL,
    created_by           varchar(300) NOT NULL,
    version              bigint       NOT NULL DEFAULT 0,
    CHECK ((due_item_id IS NULL) = (due_on IS NULL))
);
CREATE INDEX submission_council ON submission (council_gss, first_submitted_at, id);
CREATE INDEX submission_due_on ON submission (due_on);

CREATE TABLE submission_version (
    id                  uuid         PRIMARY KEY,
    submission_id       uuid         NOT NULL REFERENCES submission (id),
    number              integer      NOT NULL CHECK (number >= 1),
    submitted_at        timestamptz  NOT NULL,
    submitted_by        varchar(300) NOT NULL,
    submitted_as        varchar(40)  NOT NULL,
    on_behalf_of        varchar(9),
    fields              jsonb        NOT NULL,
    note                varchar(2000),
    UNIQUE (submission_id, number)
);

-- A contributor's narrative in one version. Sections not changed by a version are carried forward
-- from the one before, keeping who wrote them and in which version.
CREATE TABLE submission_section (
    id                  uuid         PRIMARY KEY,
    version_id          uuid         NOT NULL REFERENCES submission_version (id),
    contributor         varchar(60)  NOT NULL,
    organisation_gss    varchar(9),
    section_key         varchar(80)  NOT NULL,
    narrative           text         NOT NULL,
    authored_in_version integer      NOT NULL,
    authored_by         varchar(300) NOT NULL,
    position            integer      NOT NULL,
    UNIQUE (version_id, section_key)
);

-- Attachment content, stored once per SHA-256 however many versions refer to it.
CREATE TABLE attachment_blob (
    sha256   varchar(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content  bytea       NOT NULL
);

CREATE TABLE submission_attachment (
    id            uuid         PRIMARY KEY,
    section_id    uuid         NOT NULL REFERENCES submission_section (id),
    file_name     varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        varchar(64)  NOT NULL REFERENCES attachment_blob (sha256),
    position      integer      NOT NULL
);

CREATE TABLE submission_review (
    id              uuid         PRIMARY KEY,
    submission_id   uuid         NOT NULL REFERENCES submission (id),
    version_number  integer      NOT NULL,
    decision        varchar(10)  NOT NULL CHECK (decision IN ('ACCEPT', 'RETURN')),
    comments        varchar(4000),
    reviewer        varchar(300) NOT NULL,
    reviewed_at     timestamptz  NOT NULL
);
CREATE INDEX submission_review_submission ON submission_review (submission_id, reviewed_at);

-- Idempotency-Key records of POSTs, per caller: the request's hash and, once done, the response.
CREATE TABLE idempotency_record (
    caller            varchar(300)  NOT NULL,
    idempotency_key   varchar(255)  NOT NULL,
    request_hash      varchar(64)   NOT NULL,
    state             varchar(12)   NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    response_status   integer,
    response_body     text,
    response_location varchar(500),
    response_etag     varchar(100),
    created_at        timestamptz   NOT NULL,
    completed_at      timestamptz,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type varchar(60)  NOT NULL,
    entity_id   varchar(100) NOT NULL,
    action      varchar(60)  NOT NULL,
    actor       varchar(300) NOT NULL,
    occurred_at timestamptz  NOT NULL,
    changes     jsonb        NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, id);
