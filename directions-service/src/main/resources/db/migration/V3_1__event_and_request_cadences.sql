-- Duties without a date: due when a fact is recorded (ON_EVENT: an appointment to a role for the
-- council, optionally within a period), or each time someone entitled asks (ON_REQUEST).
ALTER TABLE duty DROP CONSTRAINT duty_cadence_type_check;
ALTER TABLE duty ADD CONSTRAINT duty_cadence_type_check
    CHECK (cadence_type IN ('MONTHLY', 'EVERY_N_MONTHS', 'AT_MONTH_OFFSETS', 'PER_BOARD_MEETING', 'ONCE', 'REGULAR',
                            'ON_EVENT', 'ON_REQUEST'));
ALTER TABLE duty ADD COLUMN trigger_event varchar(30) CHECK (trigger_event IN ('APPOINTMENT'));
ALTER TABLE duty ADD COLUMN trigger_role varchar(60);
ALTER TABLE duty ADD COLUMN cadence_within varchar(8) CHECK (cadence_within ~ '^P[1-9][0-9]{0,2}[DWMY]$');
ALTER TABLE duty ADD COLUMN cadence_requesters varchar(60)[] CHECK (cardinality(cadence_requesters) > 0);
ALTER TABLE duty ADD CHECK ((cadence_type = 'ON_EVENT') = (trigger_event IS NOT NULL AND trigger_role IS NOT NULL));
ALTER TABLE duty ADD CHECK (cadence_type = 'ON_EVENT' OR cadence_within IS NULL);
ALTER TABLE duty ADD CHECK ((cadence_type = 'ON_REQUEST') = (cadence_requesters IS NOT NULL));
