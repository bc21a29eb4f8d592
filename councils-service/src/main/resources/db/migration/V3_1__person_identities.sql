-- The token identities (issuer and subject) by which a person signs in, so that what a token may do
-- follows the appointments that person holds. A link is ended, never deleted; every change is audited.
CREATE TABLE person_identity (
    id          uuid          PRIMARY KEY,
    person_id   uuid          NOT NULL REFERENCES person (id),
    issuer      varchar(300)  NOT NULL,
    subject     varchar(300)  NOT NULL,
    linked_at   timestamptz   NOT NULL,
    ended_at    timestamptz,
    end_reason  varchar(1000),
    notes       varchar(1000),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
-- one person at a time per identity
CREATE UNIQUE INDEX person_identity_active ON person_identity (issuer, subject) WHERE ended_at IS NULL;
CREATE INDEX person_identity_person ON person_identity (person_id, linked_at, id);
