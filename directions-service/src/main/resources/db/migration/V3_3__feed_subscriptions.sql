-- Subscriptions to the Atom feed of directions, as issued. A subscription URL carries a signed feed
-- token (an HS256 JWT) whose id (jti) is a row here: the feed is served only while the row is neither
-- revoked nor expired, so one subscription can be revoked without changing the key that signed every
-- other. The token itself is not kept. Never deleted: the audit log records who asked for and who
-- revoked each one.
CREATE TABLE feed_subscription (
    id           uuid          PRIMARY KEY,
    owner        varchar(700)  NOT NULL,
    subject      varchar(300)  NOT NULL,
    key_id       varchar(40)   NOT NULL,
    issued_at    timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    revoked_at   timestamptz,
    revoked_by   varchar(300),
    CHECK (expires_at > issued_at),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX feed_subscription_owner ON feed_subscription (owner);
