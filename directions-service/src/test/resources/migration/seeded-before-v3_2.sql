-- A database seeded before V3_2: the two seed directions (their text left out) with their duties as
-- the seed then wrote them, each obligation of 7.e.b/Annex 3.h and 8.e/Annex B.3 held twice.
INSERT INTO direction (reference, council_gss_code, council_name, direction_date, status, title, content) VALUES
 ('E06000021-2019-10-31', 'E06000021', 'Stoke-on-Trent City Council', DATE '2019-10-31', 'ISSUED', 'Stoke-on-Trent', '{}'::jsonb),
 ('E06000035-2020-01-07', 'E06000035', 'Medway Council', DATE '2020-01-07', 'ISSUED', 'Medway', '{}'::jsonb);

INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient,
                  cadence_type, cadence_months, cadence_offsets, cadence_due_on)
SELECT d.id, v.* FROM direction d, (VALUES
 (1, 'partnership-deadline', '7.d', '{}'::varchar(40)[], 'DEADLINE', 'Agreed formal partnership arrangement with a strong Local Authority', ARRAY['COUNCIL']::varchar(60)[], 'SECRETARY_OF_STATE', 'ONCE', NULL::int, NULL::int[], DATE '2020-01-31'),
 (2, 'monthly-progress-report', '7.e.a', '{}'::varchar(40)[], 'PROGRESS_REPORT', 'Combined monthly progress report', ARRAY['CHILDRENS_SERVICES_COMMISSIONER', 'PARTNER_IN_PRACTICE', 'DIRECTOR_OF_CHILDRENS_SERVICES']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'MONTHLY', NULL::int, NULL::int[], NULL::date),
 (3, 'performance-review', '7.e.b', '{}'::varchar(40)[], 'PERFORMANCE_REVIEW', 'Formal performance review at 3-monthly intervals from the date of the direction', ARRAY['COUNCIL']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'EVERY_N_MONTHS', 3, NULL::int[], NULL::date),
 (4, 'improvement-board-meeting', 'Annex.3.a', ARRAY['7.e.c']::varchar(40)[], 'IMPROVEMENT_BOARD_MEETING', 'Monthly meeting of the Improvement Board chaired by the Commissioner', ARRAY['CHILDRENS_SERVICES_COMMISSIONER']::varchar(60)[], 'IMPROVEMENT_BOARD', 'MONTHLY', NULL::int, NULL::int[], NULL::date),
 (5, 'board-progress-report', 'Annex.3.b', '{}'::varchar(40)[], 'IMPROVEMENT_BOARD_REPORT', 'Council progress report to each Improvement Board meeting', ARRAY['COUNCIL']::varchar(60)[], 'IMPROVEMENT_BOARD', 'PER_BOARD_MEETING', NULL::int, NULL::int[], NULL::date),
 (6, 'minister-written-update', 'Annex.3.h', '{}'::varchar(40)[], 'WRITTEN_UPDATE', 'Monthly written update to the Minister for Children and Families', ARRAY['CHILDRENS_SERVICES_COMMISSIONER']::varchar(60)[], 'MINISTER_CHILDREN_FAMILIES', 'MONTHLY', NULL::int, NULL::int[], NULL::date),
 (7, 'quarterly-progress-review', 'Annex.3.h', '{}'::varchar(40)[], 'PROGRESS_REVIEW', 'Quarterly formal progress review led by the Commissioner', ARRAY['CHILDRENS_SERVICES_COMMISSIONER']::varchar(60)[], 'MINISTER_CHILDREN_FAMILIES', 'EVERY_N_MONTHS', 3, NULL::int[], NULL::date)
) AS v (position, code, clause, cited_by, kind, title, providers, recipient, cadence_type, cadence_months, cadence_offsets, cadence_due_on)
WHERE d.reference = 'E06000021-2019-10-31'
ON CONFLICT (direction_id, code) DO NOTHING;

INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient,
                  cadence_type, cadence_months, cadence_offsets, cadence_due_on)
SELECT d.id, v.* FROM direction d, (VALUES
 (1, 'board-progress-report', '8.d', '{}'::varchar(40)[], 'IMPROVEMENT_BOARD_REPORT', 'Comprehensive progress report by the Director of Children''s Services to each Improvement Board meeting', ARRAY['DIRECTOR_OF_CHILDRENS_SERVICES']::varchar(60)[], 'IMPROVEMENT_BOARD', 'PER_BOARD_MEETING', NULL::int, NULL::int[], NULL::date),
 (2, 'commissioner-review', '8.e', '{}'::varchar(40)[], 'REVIEW', 'Commissioner-led review at 6 and 12 months from the date of the direction', ARRAY['NON_EXECUTIVE_COMMISSIONER']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'AT_MONTH_OFFSETS', NULL::int, ARRAY[6, 12], NULL::date),
 (3, 'quarterly-report-to-secretary-of-state', '8.f', '{}'::varchar(40)[], 'QUARTERLY_REPORT', 'Quarterly report by the Chair of the Improvement Board to the Secretary of State', ARRAY['IMPROVEMENT_BOARD_CHAIR']::varchar(60)[], 'SECRETARY_OF_STATE', 'EVERY_N_MONTHS', 3, NULL::int[], NULL::date),
 (4, 'effectiveness-review', 'AnnexB.3', '{}'::varchar(40)[], 'REVIEW', 'Review of the effectiveness of the Leadership Improvement Partnership at 6 and 12 months', ARRAY['NON_EXECUTIVE_COMMISSIONER']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'AT_MONTH_OFFSETS', NULL::int, ARRAY[6, 12], NULL::date),
 (5, 'minister-report', 'AnnexB.5', '{}'::varchar(40)[], 'WRITTEN_UPDATE', 'Report to the Parliamentary Under Secretary of State for Children and Families at 6 and 12 months', ARRAY['NON_EXECUTIVE_COMMISSIONER']::varchar(60)[], 'MINISTER_CHILDREN_FAMILIES', 'AT_MONTH_OFFSETS', NULL::int, ARRAY[6, 12], NULL::date),
 (6, 'lip-regular-reports', 'AnnexA.2.e', '{}'::varchar(40)[], 'REGULAR_REPORT', 'Regular reports to the Department for Education on service improvements', ARRAY['LEADERSHIP_IMPROVEMENT_PARTNER']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'REGULAR', NULL::int, NULL::int[], NULL::date)
) AS v (position, code, clause, cited_by, kind, title, providers, recipient, cadence_type, cadence_months, cadence_offsets, cadence_due_on)
WHERE d.reference = 'E06000035-2020-01-07'
ON CONFLICT (direction_id, code) DO NOTHING;
