-- What a cadence counts from (anchor), and whether the text states it or it was chosen (anchor basis,
-- EVERY_N_MONTHS only). Null anchor: the type's own (MONTHLY: calendar months; EVERY_N_MONTHS and
-- AT_MONTH_OFFSETS: the direction's date).
ALTER TABLE duty ADD COLUMN cadence_anchor varchar(20)
    CHECK (cadence_anchor IN ('CALENDAR_MONTH', 'DIRECTION_DATE', 'CALENDAR_QUARTER'));
ALTER TABLE duty ADD COLUMN cadence_anchor_basis varchar(10) CHECK (cadence_anchor_basis IN ('STATED', 'CHOSEN'));
ALTER TABLE duty ADD CHECK (cadence_anchor IS NULL OR cadence_anchor <> 'CALENDAR_QUARTER'
    OR (cadence_type = 'EVERY_N_MONTHS' AND cadence_months = 3));
ALTER TABLE duty ADD CHECK (cadence_anchor_basis IS NULL OR cadence_type = 'EVERY_N_MONTHS');

-- A database seeded before this version holds each of two obligations twice, and recipients the
-- text does not state. Each change below applies only to rows exactly as that seed wrote them, so a
-- direction entered otherwise is left alone; the direction's audit history records what changed.
--
-- Stoke-on-Trent 7.e.b ("formal performance reviews at 3 monthly intervals from the date of this
-- direction") and Annex 3.h ("lead quarterly formal progress reviews") are one series of reviews:
-- the Department assesses progress through them (7.e), the Commissioner leads them (3.h), the council
-- co-operates. 7.e.c/Annex 3.a: the Department assesses progress through the Board (7.e); nothing
-- is delivered to the Board itself.
WITH stoke AS (
    SELECT d.id FROM direction d
    WHERE d.reference = 'E06000021-2019-10-31'
      AND EXISTS (SELECT 1 FROM duty q WHERE q.direction_id = d.id AND q.code = 'quarterly-progress-review' AND q.clause = 'Annex.3.h')
      AND EXISTS (SELECT 1 FROM duty p WHERE p.direction_id = d.id AND p.code = 'performance-review' AND p.clause = '7.e.b'
                  AND p.cited_by = '{}' AND p.providers = ARRAY['COUNCIL']::varchar(60)[])
)
INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT 'direction', 'E06000021-2019-10-31', 'duties-corrected', 'migration V3_2', now(), jsonb_build_object(
    'duties', jsonb_build_object(
        'from', jsonb_build_array('partnership-deadline', 'monthly-progress-report', 'performance-review', 'improvement-board-meeting',
                                  'board-progress-report', 'minister-written-update', 'quarterly-progress-review'),
        'to', jsonb_build_array('partnership-deadline', 'monthly-progress-report', 'performance-review', 'improvement-board-meeting',
                                'board-progress-report', 'minister-written-update')),
    'performance-review.citations', jsonb_build_object('from', jsonb_build_array('7.e.b'), 'to', jsonb_build_array('7.e.b', 'Annex.3.h')),
    'performance-review.providers', jsonb_build_object('from', jsonb_build_array('COUNCIL'),
                                                       'to', jsonb_build_array('CHILDRENS_SERVICES_COMMISSIONER', 'COUNCIL')),
    'improvement-board-meeting.recipient', jsonb_build_object('from', 'IMPROVEMENT_BOARD', 'to', 'DEPARTMENT_FOR_EDUCATION'))
FROM stoke;

UPDATE duty p SET cited_by = ARRAY['Annex.3.h']::varchar(40)[],
                  title = 'Formal performance review at 3-monthly intervals from the date of the direction, led by the Commissioner',
                  providers = ARRAY['CHILDRENS_SERVICES_COMMISSIONER', 'COUNCIL']::varchar(60)[],
                  cadence_anchor = 'DIRECTION_DATE', cadence_anchor_basis = 'STATED'
FROM direction d
WHERE p.direction_id = d.id AND d.reference = 'E06000021-2019-10-31' AND p.code = 'performance-review' AND p.clause = '7.e.b'
  AND p.cited_by = '{}' AND p.providers = ARRAY['COUNCIL']::varchar(60)[]
  AND EXISTS (SELECT 1 FROM duty q WHERE q.direction_id = d.id AND q.code = 'quarterly-progress-review' AND q.clause = 'Annex.3.h');

DELETE FROM duty q USING direction d
WHERE q.direction_id = d.id AND d.reference = 'E06000021-2019-10-31' AND q.code = 'quarterly-progress-review' AND q.clause = 'Annex.3.h'
  AND EXISTS (SELECT 1 FROM duty p WHERE p.direction_id = d.id AND p.code = 'performance-review' AND 'Annex.3.h' = ANY (p.cited_by));

UPDATE duty u SET recipient = 'DEPARTMENT_FOR_EDUCATION'
FROM direction d
WHERE u.direction_id = d.id AND d.reference = 'E06000021-2019-10-31' AND u.code = 'improvement-board-meeting'
  AND u.clause = 'Annex.3.a' AND u.recipient = 'IMPROVEMENT_BOARD';

-- Medway 8.e (co-operate with a Commissioner-led review at 6 and 12 months from the date of this
-- direction) and Annex B.3 (conduct a review of effectiveness at 6 and 12 months) are one review; neither
-- names to whom it goes. B.5's report goes to the Parliamentary Under Secretary of State for Children
-- and Families, as named. 8.f's "on a quarterly basis" states no anchor: the direction's date is kept
-- (the dates already scheduled), recorded as chosen.
WITH medway AS (
    SELECT d.id FROM direction d
    WHERE d.reference = 'E06000035-2020-01-07'
      AND EXISTS (SELECT 1 FROM duty q WHERE q.direction_id = d.id AND q.code = 'effectiveness-review' AND q.clause = 'AnnexB.3')
      AND EXISTS (SELECT 1 FROM duty p WHERE p.direction_id = d.id AND p.code = 'commissioner-review' AND p.clause = '8.e'
                  AND p.cited_by = '{}' AND p.recipient = 'DEPARTMENT_FOR_EDUCATION')
)
INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT 'direction', 'E06000035-2020-01-07', 'duties-corrected', 'migration V3_2', now(), jsonb_build_object(
    'duties', jsonb_build_object(
        'from', jsonb_build_array('board-progress-report', 'commissioner-review', 'quarterly-report-to-secretary-of-state',
                                  'effectiveness-review', 'minister-report', 'lip-regular-reports'),
        'to', jsonb_build_array('board-progress-report', 'commissioner-review', 'quarterly-report-to-secretary-of-state',
                                'minister-report', 'lip-regular-reports')),
    'commissioner-review.citations', jsonb_build_object('from', jsonb_build_array('8.e'), 'to', jsonb_build_array('8.e', 'AnnexB.3')),
    'commissioner-review.providers', jsonb_build_object('from', jsonb_build_array('NON_EXECUTIVE_COMMISSIONER'),
                                                        'to', jsonb_build_array('NON_EXECUTIVE_COMMISSIONER', 'COUNCIL')),
    'commissioner-review.recipient', jsonb_build_object('from', 'DEPARTMENT_FOR_EDUCATION', 'to', 'NOT_STATED'),
    'minister-report.recipient', jsonb_build_object('from', 'MINISTER_CHILDREN_FAMILIES', 'to', 'PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES'),
    'quarterly-report-to-secretary-of-state.cadence.anchor', jsonb_build_object('from', NULL, 'to', 'DIRECTION_DATE'),
    'quarterly-report-to-secretary-of-state.cadence.anchorBasis', jsonb_build_object('from', NULL, 'to', 'CHOSEN'))
FROM medway;

UPDATE duty p SET cited_by = ARRAY['AnnexB.3']::varchar(40)[],
                  title = 'Commissioner-led review at 6 and 12 months from the date of the direction, of the Council''s progress and the Leadership Improvement Partnership''s effectiveness',
                  providers = ARRAY['NON_EXECUTIVE_COMMISSIONER', 'COUNCIL']::varchar(60)[],
                  recipient = 'NOT_STATED'
FROM direction d
WHERE p.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND p.code = 'commissioner-review' AND p.clause = '8.e'
  AND p.cited_by = '{}' AND p.recipient = 'DEPARTMENT_FOR_EDUCATION'
  AND EXISTS (SELECT 1 FROM duty q WHERE q.direction_id = d.id AND q.code = 'effectiveness-review' AND q.clause = 'AnnexB.3');

DELETE FROM duty q USING direction d
WHERE q.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND q.code = 'effectiveness-review' AND q.clause = 'AnnexB.3'
  AND EXISTS (SELECT 1 FROM duty p WHERE p.direction_id = d.id AND p.code = 'commissioner-review' AND 'AnnexB.3' = ANY (p.cited_by));

-- positions stay consecutive, as a fresh seed numbers them (two steps: (direction, position) is unique)
UPDATE duty u SET position = -u.position FROM direction d
WHERE u.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND u.code IN ('minister-report', 'lip-regular-reports')
  AND u.position IN (5, 6) AND NOT EXISTS (SELECT 1 FROM duty o WHERE o.direction_id = d.id AND o.position = 4);
UPDATE duty u SET position = -u.position - 1 FROM direction d
WHERE u.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND u.position < 0;

UPDATE duty u SET recipient = 'PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES'
FROM direction d
WHERE u.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND u.code = 'minister-report' AND u.clause = 'AnnexB.5'
  AND u.recipient = 'MINISTER_CHILDREN_FAMILIES';

UPDATE duty u SET cadence_anchor = 'DIRECTION_DATE', cadence_anchor_basis = 'CHOSEN'
FROM direction d
WHERE u.direction_id = d.id AND d.reference = 'E06000035-2020-01-07' AND u.code = 'quarterly-report-to-secretary-of-state'
  AND u.clause = '8.f' AND u.cadence_type = 'EVERY_N_MONTHS' AND u.cadence_anchor IS NULL;
