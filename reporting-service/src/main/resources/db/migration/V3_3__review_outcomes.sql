-- The outcome of a review a direction requires (Stoke-on-Trent's 3-monthly performance reviews and the
-- Commissioner's quarterly progress reviews; Medway's Commissioner-led reviews at 6 and 12 months): the
-- day it was held, who led it (an appointment councils-service records), and its finding. One outcome per
-- review (due item); corrected with If-Match, never deleted.
CREATE TABLE review_outcome (
    id                       uuid          PRIMARY KEY,
    council_gss              varchar(9)    NOT NULL CHECK (council_gss ~ '^[ENSW][0-9]{8}$'),
    due_item_id              varchar(200)  NOT NULL UNIQUE,
    duty_id                  varchar(200)  NOT NULL,
    direction_reference      varchar(30)   NOT NULL,
    kind                     varchar(40)   NOT NULL,
    due_on                   date          NOT NULL,
    held_on                  date          NOT NULL,
    led_by_role              varchar(60)   NOT NULL,
    led_by_appointment_id    varchar(100)  NOT NULL,
    led_by_holder_kind       varchar(20),
    led_by_holder_id         varchar(100),
    led_by_holder_name       varchar(300),
    sufficient_progress      boolean       NOT NULL,
    recommendation           varchar(60)   NOT NULL CHECK (recommendation IN
                                 ('CONTINUE', 'ALTERNATIVE_DELIVERY_AND_GOVERNANCE', 'REMOVAL_OF_SERVICE_CONTROL')),
    summary                  varchar(4000),
    recorded_by              varchar(300)  NOT NULL,
    recorded_at              timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0
);
CREATE INDEX review_outcome_council ON review_outcome (council_gss, held_on, id);
