-- Seed data for the local stack and tests (suite.seed.enabled): only facts the two seed directions state (and the
-- councils' public identifiers). Idempotent: it runs at every start.
-- Directions are referred to by their public reference in directions-service: GSS code and date.

INSERT INTO council (gss_code, la_code, name, type, region) VALUES
 ('E06000021', '861', 'Stoke-on-Trent City Council', 'UNITARY_AUTHORITY', 'WEST_MIDLANDS'),
 ('E06000035', '887', 'Medway Council', 'UNITARY_AUTHORITY', 'SOUTH_EAST'),
 ('E08000007', '356', 'Stockport Metropolitan Borough Council', 'METROPOLITAN_DISTRICT', 'NORTH_WEST'),
 ('E10000012', '881', 'Essex County Council', 'COUNTY_COUNCIL', 'EAST_OF_ENGLAND')
ON CONFLICT (gss_code) DO NOTHING;

-- Every fact below names its source (document and clause) and, for each date, whether the source states it
-- (STATED), it is inferred (INFERRED) or unknown (UNKNOWN: no date is recorded). The seeds name no Ofsted
-- framework: each inspection's framework is inferred from its date (ILACS replaced the single inspection
-- framework in January 2018), as its source says.

-- Stoke-on-Trent: report published 18 March 2019 (recital 1; Annex paragraph 1), 'inadequate' overall and
-- "across all of the key judgements" (Annex paragraph 1). Recital 3.a names the areas in the single inspection
-- framework's words ("children looked after and achieving permanence", "leadership, management and
-- governance"), which directions-service quotes; here they are ILACS's three areas.
INSERT INTO ofsted_inspection (id, council_id, framework_code, published_on, published_on_basis, overall_effectiveness, source)
SELECT 'a0000000-0000-4000-8000-000000000001', id, 'ILACS_2018', DATE '2019-03-18', 'STATED', 'INADEQUATE',
       'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 1 and Annex paragraph 1. The direction names no framework: ILACS is inferred from the publication date (ILACS replaced the single inspection framework in January 2018).'
FROM council WHERE gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

INSERT INTO inspection_judgement (inspection_id, framework_code, area_code, judgement, source) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'ILACS_2018', 'IMPACT_OF_LEADERS', 'INADEQUATE',
  'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (in the words of the single inspection framework: ''leadership, management and governance'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)'),
 ('a0000000-0000-4000-8000-000000000001', 'ILACS_2018', 'HELP_AND_PROTECTION', 'INADEQUATE',
  'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (''children who need help and protection'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)'),
 ('a0000000-0000-4000-8000-000000000001', 'ILACS_2018', 'CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'INADEQUATE',
  'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.a (in the words of the single inspection framework: ''children looked after and achieving permanence'') and Annex paragraph 1 (''inadequate'' across all of the key judgements)')
ON CONFLICT DO NOTHING;

-- Medway: report of 27 August 2019, 'inadequate' overall (recital 1; Annex A, 1), and for the impact of leaders
-- and children who need help and protection (recital 3.a). Its third area is not stated, so not recorded.
INSERT INTO ofsted_inspection (id, council_id, framework_code, published_on, published_on_basis, overall_effectiveness, source)
SELECT 'a0000000-0000-4000-8000-000000000002', id, 'ILACS_2018', DATE '2019-08-27', 'STATED', 'INADEQUATE',
       'Direction to Medway Council, 7 January 2020, recital 1 and Annex A paragraph 1 (''inadequate'' overall). The direction names no framework: ILACS is inferred from the report''s date and its wording of the areas.'
FROM council WHERE gss_code = 'E06000035'
ON CONFLICT (id) DO NOTHING;

INSERT INTO inspection_judgement (inspection_id, framework_code, area_code, judgement, source) VALUES
 ('a0000000-0000-4000-8000-000000000002', 'ILACS_2018', 'IMPACT_OF_LEADERS', 'INADEQUATE', 'Direction to Medway Council, 7 January 2020, recital 3.a'),
 ('a0000000-0000-4000-8000-000000000002', 'ILACS_2018', 'HELP_AND_PROTECTION', 'INADEQUATE', 'Direction to Medway Council, 7 January 2020, recital 3.a')
ON CONFLICT DO NOTHING;

INSERT INTO organisation (id, name, kind, council_id) VALUES
 ('b0000000-0000-4000-8000-000000000001', 'Department for Education', 'GOVERNMENT_DEPARTMENT', NULL)
ON CONFLICT (id) DO NOTHING;
INSERT INTO organisation (id, name, kind, council_id)
SELECT v.id::uuid, c.name, 'LOCAL_AUTHORITY', c.id
FROM (VALUES ('b0000000-0000-4000-8000-000000000021', 'E06000021'),
             ('b0000000-0000-4000-8000-000000000035', 'E06000035'),
             ('b0000000-0000-4000-8000-000000000007', 'E08000007'),
             ('b0000000-0000-4000-8000-000000000012', 'E10000012')) AS v (id, gss)
JOIN council c ON c.gss_code = v.gss
ON CONFLICT (id) DO NOTHING;

INSERT INTO person (id, full_name, honours, job_title, organisation_id) VALUES
 ('c0000000-0000-4000-8000-000000000001', 'Eleanor Brazil', 'OBE', 'Children''s Services Commissioner', NULL),
 ('c0000000-0000-4000-8000-000000000002', 'Emily Whitehead', NULL, 'A Senior Civil Servant in the Department for Education', 'b0000000-0000-4000-8000-000000000001'),
 ('c0000000-0000-4000-8000-000000000003', 'Matthew Edwards', NULL, 'A Senior Civil Servant in the Department for Education', 'b0000000-0000-4000-8000-000000000001')
ON CONFLICT (id) DO NOTHING;

-- Eleanor Brazil OBE, Commissioner for Stoke-on-Trent. Recital 2 of the direction of 31 October 2019 says the
-- Council's failure "led the Secretary of State to appoint Eleanor Brazil OBE as Children's Services Commissioner
-- ("Commissioner") and issue a statutory direction on 16 May 2019": the date belongs to the direction; the
-- sentence does not say the appointment was made that day, so 16 May 2019 is INFERRED from the first direction's
-- date. Its end, the day before the re-appointment, is INFERRED too: the direction revokes the first one (7.f).
-- The re-appointment (recital 5, "has re-appointed", on the terms annexed to this direction) is undated: its
-- start is INFERRED from the direction's date, 31 October 2019.
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, starts_on_basis, ends_on, ends_on_basis,
                         counts_from, basis, instrument_type, instrument_reference, instrument_date,
                         previous_appointment_id, end_reason, notes, source)
SELECT 'd0000000-0000-4000-8000-000000000001', 'CHILDRENS_SERVICES_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2019-05-16', 'INFERRED', DATE '2019-10-30', 'INFERRED', DATE '2019-05-16', 'APPOINTMENT', 'DIRECTION',
       'E06000021-2019-05-16', DATE '2019-05-16', NULL, 'Re-appointed under the direction of 31 October 2019', NULL,
       'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 2 (the appointment, with the first direction issued on 16 May 2019), recital 5 (the re-appointment) and 7.f (the first direction revoked)'
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, starts_on_basis, counts_from, basis,
                         instrument_type, instrument_reference, instrument_date, previous_appointment_id, notes, source)
SELECT 'd0000000-0000-4000-8000-000000000002', 'CHILDRENS_SERVICES_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2019-10-31', 'INFERRED', DATE '2019-10-31', 'RE_APPOINTMENT', 'DIRECTION', 'E06000021-2019-10-31', DATE '2019-10-31',
       'd0000000-0000-4000-8000-000000000001', 'Terms of reference: Annex to the direction of 31 October 2019',
       'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 5 and Annex (terms of reference)'
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

-- Medway: "The Secretary of State has extended the appointment" (recital 6 of the direction of 7 January 2020),
-- as non-executive Commissioner under Annex B. The extension is undated: its start is INFERRED from the
-- direction's date. The source does not say when the earlier appointment began, so it is not recorded.
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, starts_on_basis, counts_from, basis,
                         instrument_type, instrument_reference, instrument_date, notes, source)
SELECT 'd0000000-0000-4000-8000-000000000003', 'NON_EXECUTIVE_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2020-01-07', 'INFERRED', DATE '2020-01-07', 'EXTENSION', 'DIRECTION', 'E06000035-2020-01-07', DATE '2020-01-07',
       'Extends her earlier appointment as Commissioner for Children''s Services in Medway, whose start the direction does not state. Terms of reference: Annex B.',
       'Direction to Medway Council, 7 January 2020, recital 6 and Annex B (terms of reference)'
FROM council c WHERE c.gss_code = 'E06000035'
ON CONFLICT (id) DO NOTHING;

-- Stockport and Essex, Partners in Practice for Stoke-on-Trent. The direction of 31 October 2019 appoints no
-- PiP: recital 3.b reports the Commissioner's recommendation of 9 September 2019 of "immediate frontline support
-- from Stockport and Essex Partners in Practice", and 7.b (co-operate with the PiPs) and 7.e.a (their monthly
-- report) treat them as in place. When, and by what, they were appointed is UNKNOWN: no start date; they are
-- known to be in place from 31 October 2019 (known_from), and count from then.
INSERT INTO appointment (id, role_code, council_id, organisation_id, starts_on, starts_on_basis, known_from, counts_from,
                         basis, instrument_type, instrument_reference, instrument_date, notes, source)
SELECT v.id::uuid, 'PARTNER_IN_PRACTICE', c.id, v.org::uuid, NULL, 'UNKNOWN', DATE '2019-10-31', DATE '2019-10-31',
       'APPOINTMENT', 'UNKNOWN', NULL, NULL,
       'The direction appoints no Partner in Practice and does not say when or by what ' || v.name
           || ' was appointed; it shows the appointment in place on 31 October 2019.',
       'Direction to Stoke-on-Trent City Council, 31 October 2019, recital 3.b (the Commissioner''s report of 9 September 2019 recommends immediate frontline support from Stockport and Essex Partners in Practice), 7.b (the Council to co-operate with the PiPs) and 7.e.a (their combined monthly progress report)'
FROM (VALUES ('d0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000007', 'Stockport'),
             ('d0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000012', 'Essex')) AS v (id, org, name)
JOIN council c ON c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

-- Directive 7.d: by 31 January 2020 (STATED) an agreed formal partnership with a strong local authority,
-- its terms agreed by the Secretary of State. The seed names no partner.
INSERT INTO partnership (id, council_id, partner_organisation_id, deadline, deadline_basis, terms_agreed_on, status,
                         instrument_reference, notes, source)
SELECT 'e0000000-0000-4000-8000-000000000001', c.id, NULL, DATE '2020-01-31', 'STATED', NULL, 'REQUIRED', 'E06000021-2019-10-31 7.d',
       'Formal partnership with a strong Local Authority to deliver all of the Council''s children''s social care services functions; if none can be brokered, alternative delivery arrangements.',
       'Direction to Stoke-on-Trent City Council, 31 October 2019, 7.d'
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;
