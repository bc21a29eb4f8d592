-- Webhook subscriptions, and their transactional outbox. A subscription belongs to the token identity that
-- made it (and the roles and organisation that token carried); it covers one council or every council its
-- owner may read (ORGANISATION). Its signing secret is kept to sign each delivery; during a rotation the
-- previous secret also signs, until previous_secret_until.
CREATE TABLE webhook_subscription (
    id                       uuid          PRIMARY KEY,
    scope                    varchar(12)   NOT NULL CHECK (scope IN ('COUNCIL', 'ORGANISATION')),
    council_gss              varchar(9)    CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    url                      varchar(2000) NOT NULL,
    event_types              varchar(400)  NOT NULL,
    due_in_days              integer       CHECK (due_in_days BETWEEN 1 AND 90),
    description              varchar(500),
    active                   boolean       NOT NULL,
    owner_identity           varchar(700)  NOT NULL,
    owner_issuer             varchar(300)  NOT NULL,
    owner_token_subject      varchar(300)  NOT NULL,
    owner_name               varchar(300)  NOT NULL,
    owner_roles              varchar(200)  NOT NULL,
    owner_organisation       varchar(9),
    secret                   varchar(100)  NOT NULL,
    previous_secret          varchar(100),
    previous_secret_until    timestamptz,
    created_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0,
    CHECK ((scope = 'COUNCIL') = (council_gss IS NOT NULL)),
    CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_identity, created_at, id);

-- Something that happened, as its webhook body (the exact bytes signed). Events from a write are recorded in
-- that write's transaction; events found by a scan (an item due soon or overdue, a direction issued or
-- revoked) carry a once_key, so that they are recorded once however often and on however many replicas the scan runs.
CREATE TABLE webhook_event (
    id                       uuid          PRIMARY KEY,
    type                     varchar(40)   NOT NULL,
    council_gss              varchar(9)    NOT NULL,
    -- for an event about a due item: the roles its duty is owed by, comma-separated (who else may read it)
    owed_by                  varchar(400),
    body                     text          NOT NULL,
    occurred_at              timestamptz   NOT NULL,
    once_key                 varchar(300)  UNIQUE
);

-- The outbox: one delivery of an event to a subscription, picked by the dispatcher with FOR UPDATE SKIP LOCKED.
-- A claimed delivery's next_attempt_at is pushed past the attempt's lease, so a replica that dies mid-send
-- leaves it to be tried again. One delivery per subscription and event, besides replays on request.
CREATE TABLE webhook_delivery (
    id                       uuid          PRIMARY KEY,
    subscription_id          uuid          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id                 uuid          NOT NULL REFERENCES webhook_event (id),
    status                   varchar(12)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts                 integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at          timestamptz,
    created_at               timestamptz   NOT NULL,
    last_attempt_at          timestamptz,
    last_response_status     integer,
    last_error               varchar(500),
    delivered_at             timestamptz,
    -- the delivery this one replays (kept as a plain id: it is only shown)
    replay_of                uuid,
    -- whether the owner's access to the event was confirmed at an attempt: until then its log does not show it
    cleared                  boolean       NOT NULL DEFAULT false,
    version                  bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery (subscription_id, event_id) WHERE replay_of IS NULL;
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at, id);
