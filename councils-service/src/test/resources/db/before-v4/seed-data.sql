-- Seed data for the local stack and tests (suite.seed.enabled): only facts the two seed directions state (and the
-- councils' public identifiers). Idempotent: it runs at every start.
-- Directions are referred to by their public reference in directions-service: GSS code and date.

INSERT INTO council (gss_code, la_code, name, type, region) VALUES
 ('E06000021', '861', 'Stoke-on-Trent City Council', 'UNITARY_AUTHORITY', 'WEST_MIDLANDS'),
 ('E06000035', '887', 'Medway Council', 'UNITARY_AUTHORITY', 'SOUTH_EAST'),
 ('E08000007', '356', 'Stockport Metropolitan Borough Council', 'METROPOLITAN_DISTRICT', 'NORTH_WEST'),
 ('E10000012', '881', 'Essex County Council', 'COUNTY_COUNCIL', 'EAST_OF_ENGLAND')
ON CONFLICT (gss_code) DO NOTHING;

-- Stoke-on-Trent: 'inadequate' overall and in each sub-judgement the 2019 report graded
-- (direction of 31 October 2019, recitals 1 and 3.a). The report used the single inspection framework's areas.
INSERT INTO ofsted_inspection (id, council_id, framework_code, published_on, overall_effectiveness, source)
SELECT 'a0000000-0000-4000-8000-000000000001', id, 'SIF', DATE '2019-03-18', 'INADEQUATE',
       'Direction to Stoke-on-Trent City Council of 31 October 2019, recitals 1 and 3.a'
FROM council WHERE gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

INSERT INTO inspection_judgement (inspection_id, framework_code, area_code, judgement) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'SIF', 'HELP_AND_PROTECTION', 'INADEQUATE'),
 ('a0000000-0000-4000-8000-000000000001', 'SIF', 'LOOKED_AFTER_AND_PERMANENCE', 'INADEQUATE'),
 ('a0000000-0000-4000-8000-000000000001', 'SIF', 'LEADERSHIP_MANAGEMENT_GOVERNANCE', 'INADEQUATE')
ON CONFLICT DO NOTHING;

-- Medway: report of 27 August 2019, 'inadequate' overall (Annex A, 1), and for the impact of leaders
-- and children who need help and protection (recital 3.a). Other areas are not stated, so not recorded.
INSERT INTO ofsted_inspection (id, council_id, framework_code, published_on, overall_effectiveness, source)
SELECT 'a0000000-0000-4000-8000-000000000002', id, 'ILACS_2018', DATE '2019-08-27', 'INADEQUATE',
       'Direction to Medway Council of 7 January 2020, recitals 1 and 3.a, Annex A paragraph 1'
FROM council WHERE gss_code = 'E06000035'
ON CONFLICT (id) DO NOTHING;

INSERT INTO inspection_judgement (inspection_id, framework_code, area_code, judgement) VALUES
 ('a0000000-0000-4000-8000-000000000002', 'ILACS_2018', 'IMPACT_OF_LEADERS', 'INADEQUATE'),
 ('a0000000-0000-4000-8000-000000000002', 'ILACS_2018', 'HELP_AND_PROTECTION', 'INADEQUATE')
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

-- Eleanor Brazil OBE, Commissioner for Stoke-on-Trent: appointed with the first direction of
-- 16 May 2019 (recital 2), re-appointed by the direction of 31 October 2019 (recital 5).
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, ends_on, basis, instrument_type,
                         instrument_reference, instrument_date, previous_appointment_id, end_reason, notes)
SELECT 'd0000000-0000-4000-8000-000000000001', 'CHILDRENS_SERVICES_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2019-05-16', DATE '2019-10-30', 'APPOINTMENT', 'DIRECTION', 'E06000021-2019-05-16', DATE '2019-05-16', NULL,
       'Re-appointed under the direction of 31 October 2019', NULL
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, basis, instrument_type,
                         instrument_reference, instrument_date, previous_appointment_id, notes)
SELECT 'd0000000-0000-4000-8000-000000000002', 'CHILDRENS_SERVICES_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2019-10-31', 'RE_APPOINTMENT', 'DIRECTION', 'E06000021-2019-10-31', DATE '2019-10-31',
       'd0000000-0000-4000-8000-000000000001', 'Terms of reference: Annex to the direction of 31 October 2019'
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

-- Medway: the direction of 7 January 2020 extended her appointment (recital 6), as non-executive
-- Commissioner under Annex B. The source does not say when the earlier appointment began.
INSERT INTO appointment (id, role_code, council_id, person_id, starts_on, basis, instrument_type,
                         instrument_reference, instrument_date, notes)
SELECT 'd0000000-0000-4000-8000-000000000003', 'NON_EXECUTIVE_COMMISSIONER', c.id, 'c0000000-0000-4000-8000-000000000001',
       DATE '2020-01-07', 'EXTENSION', 'DIRECTION', 'E06000035-2020-01-07', DATE '2020-01-07',
       'Extends her earlier appointment as Commissioner for Children''s Services in Medway, whose start the direction does not state. Terms of reference: Annex B.'
FROM council c WHERE c.gss_code = 'E06000035'
ON CONFLICT (id) DO NOTHING;

-- Stockport and Essex, Partners in Practice for Stoke-on-Trent (recital 3.b; directives 7.b and 7.e.a).
INSERT INTO appointment (id, role_code, council_id, organisation_id, starts_on, basis, instrument_type,
                         instrument_reference, instrument_date, notes)
SELECT v.id::uuid, 'PARTNER_IN_PRACTICE', c.id, v.org::uuid, DATE '2019-10-31', 'APPOINTMENT', 'DIRECTION',
       'E06000021-2019-10-31', DATE '2019-10-31', 'Named in recital 3.b; directives 7.b and 7.e.a of the direction of 31 October 2019'
FROM (VALUES ('d0000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000007'),
             ('d0000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000012')) AS v (id, org)
JOIN council c ON c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;

-- Directive 7.d: by 31 January 2020 an agreed formal partnership with a strong local authority,
-- its terms agreed by the Secretary of State. The seed names no partner.
INSERT INTO partnership (id, council_id, partner_organisation_id, deadline, terms_agreed_on, status, instrument_reference, notes)
SELECT 'e0000000-0000-4000-8000-000000000001', c.id, NULL, DATE '2020-01-31', NULL, 'REQUIRED', 'E06000021-2019-10-31 7.d',
       'Formal partnership with a strong Local Authority to deliver all of the Council''s children''s social care services functions; if none can be brokered, alternative delivery arrangements.'
FROM council c WHERE c.gss_code = 'E06000021'
ON CONFLICT (id) DO NOTHING;
