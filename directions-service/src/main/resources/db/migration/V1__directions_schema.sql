-- directions-service schema. A direction is a statutory document: drafted, issued (its text then
-- frozen) and revoked. Nothing is ever deleted; every change is written to audit_event.

CREATE TABLE direction (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- public reference: the council's GSS code and the direction's date, e.g. E06000021-2019-10-31
    reference            varchar(20)   NOT NULL UNIQUE
                         CHECK (reference ~ '^[ENSW][0-9]{8}-[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    council_gss_code     varchar(9)    NOT NULL CHECK (council_gss_code ~ '^[ENSW][0-9]{8}$'),
    -- the council's name as councils-service gave it when the direction was issued
    council_name         varchar(200),
    direction_date       date          NOT NULL,
    status               varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'REVOKED')),
    title                varchar(500)  NOT NULL,
    statutory_basis      varchar(500),
    signatory_name       varchar(200),
    signatory_capacity   varchar(300),
    signed_on_behalf_of  varchar(300),
    date_as_printed      varchar(60),
    -- the text of the direction (recitals, functions, directives, annexes) as a clause tree
    content              jsonb         NOT NULL,
    -- for a direction whose text is not held: what the later documents say it required, and where they say it
    summary              varchar(4000),
    source               varchar(1000),
    revokes_reference    varchar(20)   REFERENCES direction (reference) DEFERRABLE INITIALLY DEFERRED,
    revoked_by_reference varchar(20)   REFERENCES direction (reference) DEFERRABLE INITIALLY DEFERRED,
    revoked_on           date,
    revocation_reason    varchar(2000),
    issued_at            timestamptz,
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    CHECK (reference = council_gss_code || '-' || to_char(direction_date, 'YYYY-MM-DD')),
    CHECK ((status = 'REVOKED') = (revoked_on IS NOT NULL)),
    CHECK (revoked_on IS NULL OR revoked_on > direction_date),
    CHECK (revoked_by_reference IS NULL OR status = 'REVOKED'),
    CHECK (revokes_reference IS NULL OR revokes_reference <> reference)
);
CREATE INDEX direction_date_order ON direction (direction_date, reference);
CREATE INDEX direction_council ON direction (council_gss_code, direction_date, reference);
-- a direction is revoked by at most one successor
CREATE UNIQUE INDEX direction_one_successor ON direction (revoked_by_reference) WHERE revoked_by_reference IS NOT NULL;

-- Duties a direction imposes, as data a schedule can be computed from without reading prose.
CREATE TABLE duty (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    direction_id    bigint        NOT NULL REFERENCES direction (id),
    position        int           NOT NULL,
    code            varchar(80)   NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- the clause that imposes the duty, e.g. 7.e.a or Annex.3.h; cited_by lists other clauses that refer to it
    clause          varchar(40)   NOT NULL,
    cited_by        varchar(40)[] NOT NULL DEFAULT '{}',
    kind            varchar(40)   NOT NULL,
    title           varchar(300)  NOT NULL,
    providers       varchar(60)[] NOT NULL CHECK (cardinality(providers) > 0),
    recipient       varchar(60)   NOT NULL,
    cadence_type    varchar(30)   NOT NULL
                    CHECK (cadence_type IN ('MONTHLY', 'EVERY_N_MONTHS', 'AT_MONTH_OFFSETS', 'PER_BOARD_MEETING', 'ONCE', 'REGULAR')),
    cadence_months  int           CHECK (cadence_months BETWEEN 1 AND 60),
    cadence_offsets int[],
    cadence_due_on  date,
    CHECK ((cadence_type = 'EVERY_N_MONTHS') = (cadence_months IS NOT NULL)),
    CHECK ((cadence_type = 'AT_MONTH_OFFSETS') = (cadence_offsets IS NOT NULL)),
    CHECK ((cadence_type = 'ONCE') = (cadence_due_on IS NOT NULL)),
    UNIQUE (direction_id, code),
    UNIQUE (direction_id, position)
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
