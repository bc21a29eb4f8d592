-- Requests under duties due on request (Stoke-on-Trent 7.b, Medway 8.b): access to the council's premises,
-- documents and employees. Who asked (the token's subject, and the roles the duty names that councils-service
-- recorded for them that day), when, what; and when the council's staff met it. Never deleted.
CREATE TABLE access_request (
    id                       uuid          PRIMARY KEY,
    council_gss              varchar(9)    NOT NULL CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    duty_id                  varchar(200)  NOT NULL,
    direction_reference      varchar(30)   NOT NULL,
    requested_by             varchar(300)  NOT NULL,
    requester_identity       varchar(700)  NOT NULL,
    requested_as             varchar(300)  NOT NULL,
    requester_organisation   varchar(9),
    requested_at             timestamptz   NOT NULL,
    premises                 boolean       NOT NULL,
    documents                boolean       NOT NULL,
    employees                boolean       NOT NULL,
    details                  varchar(4000) NOT NULL,
    met_on                   date,
    met_by                   varchar(300),
    met_note                 varchar(2000),
    met_recorded_at          timestamptz,
    version                  bigint        NOT NULL DEFAULT 0,
    CHECK (premises OR documents OR employees),
    CHECK ((met_on IS NULL) = (met_by IS NULL))
);
CREATE INDEX access_request_council ON access_request (council_gss, requested_at, id);
CREATE INDEX access_request_requester ON access_request (requester_identity);
