-- Where each fact comes from (issue 10): every recorded date says whether its source states it, or it is
-- inferred, or unknown (date_basis: STATED | INFERRED | UNKNOWN), and the records name their source
-- (document and clause). Dates recorded before this migration were entered as the record's source gave
-- them, so they are taken as STATED; the seed's own records are corrected at the end.

-- The single inspection framework ended when ILACS replaced it in January 2018.
UPDATE ofsted_framework SET in_force_to = DATE '2017-12-31' WHERE code = 'SIF' AND in_force_to IS NULL;

ALTER TABLE ofsted_inspection
    ADD COLUMN published_on_basis     varchar(10) NOT NULL DEFAULT 'STATED' CHECK (published_on_basis IN ('STATED', 'INFERRED')),
    ADD COLUMN inspection_start_basis varchar(10) CHECK (inspection_start_basis IN ('STATED', 'INFERRED')),
    ADD COLUMN inspection_end_basis   varchar(10) CHECK (inspection_end_basis IN ('STATED', 'INFERRED'));
UPDATE ofsted_inspection SET inspection_start_basis = 'STATED' WHERE inspection_start IS NOT NULL;
UPDATE ofsted_inspection SET inspection_end_basis = 'STATED' WHERE inspection_end IS NOT NULL;
ALTER TABLE ofsted_inspection
    ALTER COLUMN published_on_basis DROP DEFAULT,
    ADD CHECK ((inspection_start IS NULL) = (inspection_start_basis IS NULL)),
    ADD CHECK ((inspection_end IS NULL) = (inspection_end_basis IS NULL));

ALTER TABLE inspection_judgement ADD COLUMN source varchar(1000);

-- An appointment whose start the source does not state has no starts_on (UNKNOWN); it then names the
-- date from which its source shows it in place (known_from), and counts from that date. counts_from is
-- the date it counts from either way, kept by the service and checked here.
ALTER TABLE appointment
    ALTER COLUMN starts_on DROP NOT NULL,
    ADD COLUMN starts_on_basis varchar(10) NOT NULL DEFAULT 'STATED' CHECK (starts_on_basis IN ('STATED', 'INFERRED', 'UNKNOWN')),
    ADD COLUMN ends_on_basis   varchar(10) CHECK (ends_on_basis IN ('STATED', 'INFERRED')),
    ADD COLUMN known_from      date,
    ADD COLUMN counts_from     date,
    ADD COLUMN source          varchar(1000);
UPDATE appointment SET ends_on_basis = 'STATED' WHERE ends_on IS NOT NULL;
UPDATE appointment SET counts_from = starts_on;
ALTER TABLE appointment
    ALTER COLUMN starts_on_basis DROP DEFAULT,
    ALTER COLUMN counts_from SET NOT NULL,
    ADD CHECK ((starts_on IS NULL) = (starts_on_basis = 'UNKNOWN')),
    ADD CHECK (starts_on IS NULL OR known_from IS NULL),
    ADD CHECK (counts_from = coalesce(starts_on, known_from)),
    ADD CHECK ((ends_on IS NULL) = (ends_on_basis IS NULL)),
    ADD CHECK (ends_on IS NULL OR ends_on >= counts_from);
DROP INDEX appointment_council;
CREATE INDEX appointment_council ON appointment (council_id, counts_from, id);

ALTER TABLE partnership
    ADD COLUMN deadline_basis        varchar(10) CHECK (deadline_basis IN ('STATED', 'INFERRED')),
    ADD COLUMN terms_agreed_on_basis varchar(10) CHECK (terms_agreed_on_basis IN ('STATED', 'INFERRED')),
    ADD COLUMN source                varchar(1000);
UPDATE partnership SET deadline_basis = 'STATED' WHERE deadline IS NOT NULL;
UPDATE partnership SET terms_agreed_on_basis = 'STATED' WHERE terms_agreed_on IS NOT NULL;
ALTER TABLE partnership
    ADD CHECK ((deadline IS NULL) = (deadline_basis IS NULL)),
    ADD CHECK ((terms_agreed_on IS NULL) = (terms_agreed_on_basis IS NULL));

-- The seed's records (db/seed, loaded only by the local stack and tests) as an earlier seed wrote them,
-- where still unchanged since (version 0): corrected to what the seed directions state, with an audit
-- entry each. db/seed/seed-data.sql writes the same for a new database, and explains each fact.
CREATE TEMPORARY TABLE seed_correction (entity_type varchar(60), entity_id varchar(100), changes jsonb) ON COMMIT DROP;

-- Stoke-on-Trent's inspection published 18 March 2019: under ILACS, not SIF.
WITH fixed AS (
    UPDATE ofsted_inspection
    SET framework_code = 'ILACS_2018',
        source = 'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 1 and Annex paragraph 1. The direction names no framework: ILACS is inferred from the publication date (ILACS replaced the single inspection framework in January 2018).'
    WHERE id = 'a0000000-0000-4000-8000-000000000001' AND framework_code = 'SIF' AND version = 0
    RETURNING id)
INSERT INTO seed_correction
SELECT 'inspection', id::text, jsonb_build_object('framework', jsonb_build_object('from', 'SIF', 'to', 'ILACS_2018'),
       'judgements', jsonb_build_object('from', 'HELP_AND_PROTECTION, LOOKED_AFTER_AND_PERMANENCE, LEADERSHIP_MANAGEMENT_GOVERNANCE (SIF)',
                                        'to', 'IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS (ILACS_2018)'))
FROM fixed;
DELETE FROM inspection_judgement
WHERE inspection_id IN (SELECT entity_id::uuid FROM seed_correction WHERE entity_id = 'a0000000-0000-4000-8000-000000000001');
INSERT INTO inspection_judgement (inspection_id, framework_code, area_code, judgement, source)
SELECT entity_id::uuid, 'ILACS_2018', v.area, 'INADEQUATE', v.source
FROM seed_correction
CROSS JOIN (VALUES
    ('IMPACT_OF_LEADERS', 'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (in the words of the single inspection framework: ''leadership, management and governance'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)'),
    ('HELP_AND_PROTECTION', 'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (''children who need help and protection'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)'),
    ('CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (in the words of the single inspection framework: ''children looked after and achieving permanence'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)')
) AS v (area, source)
WHERE entity_id = 'a0000000-0000-4000-8000-000000000001';

WITH fixed AS (
    UPDATE ofsted_inspection i
    SET source = 'Direction to Medway Council, 7 January 2020, recital 1 and Annex A paragraph 1 (''inadequate'' overall). The direction names no framework: ILACS is inferred from the report''s date and its wording of the areas.'
    FROM ofsted_inspection old
    WHERE i.id = 'a0000000-0000-4000-8000-000000000002' AND old.id = i.id AND i.version = 0
    RETURNING i.id, old.source AS old_source, i.source)
INSERT INTO seed_correction
SELECT 'inspection', id::text, jsonb_build_object('source', jsonb_build_object('from', old_source, 'to', source)) FROM fixed;
UPDATE inspection_judgement SET source = 'Direction to Medway Council, 7 January 2020, recital 3.a'
WHERE inspection_id = 'a0000000-0000-4000-8000-000000000002' AND source IS NULL;

-- Appointments: see seed-data.sql for why each date is INFERRED or UNKNOWN.
WITH v (id, starts_on, starts_on_basis, ends_on_basis, known_from, source, instrument_type, instrument_reference, instrument_date, notes) AS (VALUES
    ('d0000000-0000-4000-8000-000000000001'::uuid, DATE '2019-05-16', 'INFERRED', 'INFERRED', NULL::date,
     'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 2 (the appointment, with the first direction issued on 16 May 2019), recital 5 (the re-appointment) and 7.f (the first direction revoked)',
     'DIRECTION', 'E06000021-2019-05-16', DATE '2019-05-16', NULL),
    ('d0000000-0000-4000-8000-000000000002'::uuid, DATE '2019-10-31', 'INFERRED', NULL, NULL::date,
     'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 5 and Annex (terms of reference)',
     'DIRECTION', 'E06000021-2019-10-31', DATE '2019-10-31', 'Terms of reference: Annex to the direction of 31 October 2019'),
    ('d0000000-0000-4000-8000-000000000003'::uuid, DATE '2020-01-07', 'INFERRED', NULL, NULL::date,
     'Direction to Medway Council, 7 January 2020, recital 6 and Annex B (terms of reference)',
     'DIRECTION', 'E06000035-2020-01-07', DATE '2020-01-07',
     'Extends her earlier appointment as Commissioner for Children''s Services in Medway, whose start the direction does not state. Terms of reference: Annex B.'),
    ('d0000000-0000-4000-8000-000000000004'::uuid, NULL::date, 'UNKNOWN', NULL, DATE '2019-10-31',
     'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.b (the Commissioner''s report of 9 September 2019 recommends immediate frontline support from Stockport and Essex Partners in Practice), 7.b (the Council to co-operate with the PiPs) and 7.e.a (their combined monthly progress report)',
     'UNKNOWN', NULL, NULL::date,
     'The direction appoints no Partner in Practice and does not say when or by what Stockport was appointed; it shows the appointment in place on 31 October 2019.'),
    ('d0000000-0000-4000-8000-000000000005'::uuid, NULL::date, 'UNKNOWN', NULL, DATE '2019-10-31',
     'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.b (the Commissioner''s report of 9 September 2019 recommends immediate frontline support from Stockport and Essex Partners in Practice), 7.b (the Council to co-operate with the PiPs) and 7.e.a (their combined monthly progress report)',
     'UNKNOWN', NULL, NULL::date,
     'The direction appoints no Partner in Practice and does not say when or by what Essex was appointed; it shows the appointment in place on 31 October 2019.')),
fixed AS (
    UPDATE appointment a
    SET starts_on = v.starts_on, starts_on_basis = v.starts_on_basis, ends_on_basis = v.ends_on_basis,
        known_from = v.known_from, counts_from = coalesce(v.starts_on, v.known_from), source = v.source,
        instrument_type = v.instrument_type, instrument_reference = v.instrument_reference,
        instrument_date = v.instrument_date, notes = v.notes
    FROM v, appointment old
    WHERE a.id = v.id AND old.id = a.id AND a.version = 0 AND a.source IS NULL
    RETURNING a.id, old.starts_on AS old_starts_on, v.starts_on, v.starts_on_basis, v.known_from, v.source,
              old.instrument_type AS old_instrument_type, v.instrument_type, old.notes AS old_notes, v.notes)
INSERT INTO seed_correction
SELECT 'appointment', id::text,
       jsonb_build_object('startsOnBasis', jsonb_build_object('from', 'STATED', 'to', starts_on_basis),
                          'source', jsonb_build_object('from', NULL, 'to', source))
       || CASE WHEN starts_on IS DISTINCT FROM old_starts_on
               THEN jsonb_build_object('startsOn', jsonb_build_object('from', old_starts_on, 'to', starts_on),
                                       'knownFrom', jsonb_build_object('from', NULL, 'to', known_from)) ELSE '{}' END
       || CASE WHEN instrument_type IS DISTINCT FROM old_instrument_type
               THEN jsonb_build_object('instrument', jsonb_build_object('from', old_instrument_type, 'to', instrument_type)) ELSE '{}' END
       || CASE WHEN notes IS DISTINCT FROM old_notes
               THEN jsonb_build_object('notes', jsonb_build_object('from', old_notes, 'to', notes)) ELSE '{}' END
FROM fixed;

WITH fixed AS (
    UPDATE partnership
    SET source = 'Direction to Stoke-on-Trent City Council, 31 October 2019, 7.d'
    WHERE id = 'e0000000-0000-4000-8000-000000000001' AND version = 0 AND source IS NULL
    RETURNING id, source)
INSERT INTO seed_correction
SELECT 'partnership', id::text, jsonb_build_object('source', jsonb_build_object('from', NULL, 'to', source)) FROM fixed;

INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT entity_type, entity_id, 'corrected', 'migration V4 (issue 10: where each fact comes from)', now(), changes
FROM seed_correction;
