-- councils-service schema. Statutory records are never deleted: they are ended, withdrawn or
-- superseded, and every change is written to audit_event.

CREATE TABLE council (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gss_code    varchar(9)   NOT NULL UNIQUE CHECK (gss_code ~ '^[ENSW][0-9]{8}$'),
    la_code     varchar(3)   UNIQUE CHECK (la_code ~ '^[0-9]{3}$'),
    name        varchar(200) NOT NULL,
    type        varchar(40)  NOT NULL,
    region      varchar(40)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

-- Ofsted frameworks and the judgement areas each one grades (reference data, not an enum:
-- areas change between frameworks, e.g. care leavers became an area of its own in January 2023).
CREATE TABLE ofsted_framework (
    code           varchar(40)  PRIMARY KEY,
    name           varchar(200) NOT NULL,
    in_force_from  date         NOT NULL,
    in_force_to    date,
    position       int          NOT NULL
);

CREATE TABLE judgement_area (
    framework_code varchar(40)  NOT NULL REFERENCES ofsted_framework (code),
    code           varchar(60)  NOT NULL,
    name           varchar(300) NOT NULL,
    position       int          NOT NULL,
    PRIMARY KEY (framework_code, code)
);

CREATE TABLE ofsted_inspection (
    id                    uuid         PRIMARY KEY,
    council_id            bigint       NOT NULL REFERENCES council (id),
    framework_code        varchar(40)  NOT NULL REFERENCES ofsted_framework (code),
    inspection_start      date,
    inspection_end        date,
    published_on          date         NOT NULL,
    report_reference      varchar(500),
    overall_effectiveness varchar(30)  NOT NULL,
    status                varchar(20)  NOT NULL DEFAULT 'PUBLISHED',
    withdrawn_reason      varchar(1000),
    source                varchar(1000),
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CHECK (inspection_end IS NULL OR inspection_start IS NULL OR inspection_end >= inspection_start),
    CHECK (inspection_end IS NULL OR published_on >= inspection_end)
);
CREATE INDEX ofsted_inspection_council ON ofsted_inspection (council_id, published_on DESC);

CREATE TABLE inspection_judgement (
    inspection_id  uuid        NOT NULL REFERENCES ofsted_inspection (id),
    framework_code varchar(40) NOT NULL,
    area_code      varchar(60) NOT NULL,
    judgement      varchar(30) NOT NULL,
    PRIMARY KEY (inspection_id, area_code),
    FOREIGN KEY (framework_code, area_code) REFERENCES judgement_area (framework_code, code)
);

CREATE TABLE organisation (
    id          uuid         PRIMARY KEY,
    name        varchar(300) NOT NULL,
    kind        varchar(40)  NOT NULL,
    council_id  bigint       UNIQUE REFERENCES council (id),
    status      varchar(20)  NOT NULL DEFAULT 'ACTIVE',
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CHECK ((kind = 'LOCAL_AUTHORITY') = (council_id IS NOT NULL))
);
CREATE INDEX organisation_name ON organisation (lower(name), id);

CREATE TABLE person (
    id              uuid         PRIMARY KEY,
    full_name       varchar(300) NOT NULL,
    honours         varchar(100),
    job_title       varchar(300),
    organisation_id uuid         REFERENCES organisation (id),
    status          varchar(20)  NOT NULL DEFAULT 'ACTIVE',
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX person_name ON person (lower(full_name), id);

CREATE TABLE role (
    code           varchar(60)  PRIMARY KEY,
    name           varchar(200) NOT NULL,
    holder_kind    varchar(20)  NOT NULL CHECK (holder_kind IN ('PERSON', 'ORGANISATION')),
    council_scoped boolean      NOT NULL,
    description    varchar(1000) NOT NULL,
    position       int          NOT NULL
);

CREATE TABLE appointment (
    id                      uuid         PRIMARY KEY,
    role_code               varchar(60)  NOT NULL REFERENCES role (code),
    council_id              bigint       REFERENCES council (id),
    person_id               uuid         REFERENCES person (id),
    organisation_id         uuid         REFERENCES organisation (id),
    starts_on               date         NOT NULL,
    ends_on                 date,
    basis                   varchar(30)  NOT NULL,
    instrument_type         varchar(30)  NOT NULL,
    instrument_reference    varchar(300),
    instrument_date         date,
    previous_appointment_id uuid         REFERENCES appointment (id),
    end_reason              varchar(1000),
    notes                   varchar(2000),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    CHECK ((person_id IS NULL) <> (organisation_id IS NULL)),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX appointment_council ON appointment (council_id, starts_on, id);
CREATE INDEX appointment_person ON appointment (person_id);
CREATE INDEX appointment_organisation ON appointment (organisation_id);
CREATE UNIQUE INDEX appointment_one_successor ON appointment (previous_appointment_id)
    WHERE previous_appointment_id IS NOT NULL;

CREATE TABLE partnership (
    id                      uuid         PRIMARY KEY,
    council_id              bigint       NOT NULL REFERENCES council (id),
    partner_organisation_id uuid         REFERENCES organisation (id),
    deadline                date,
    terms_agreed_on         date,
    status                  varchar(30)  NOT NULL,
    instrument_reference    varchar(300),
    notes                   varchar(2000),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX partnership_council ON partnership (council_id, id);

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
