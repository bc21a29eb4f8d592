-- directions-service (its V3_2) holds each of two obligations once where a database seeded earlier
-- held them twice: Stoke-on-Trent's Annex 3.h quarterly reviews are 7.e.b's performance reviews, and
-- Medway's Annex B.3 review is 8.e's. Both pairs fall due on the same dates, so a report for a removed
-- duty's due item answers the surviving duty's item of the same date:
--   E06000021-2019-10-31/quarterly-progress-review -> E06000021-2019-10-31/performance-review
--   E06000035-2020-01-07/effectiveness-review      -> E06000035-2020-01-07/commissioner-review
-- Where that item already has a report, the other (one due item answers to one report) is kept as an
-- ad-hoc report about the surviving duty: no due date, its content and history untouched. Each change
-- is in the submission's audit history, with the due item it answered before.
CREATE TEMPORARY TABLE merged_duty (removed varchar(200) PRIMARY KEY, kept varchar(200) NOT NULL, kept_kind varchar(40) NOT NULL)
    ON COMMIT DROP;
INSERT INTO merged_duty VALUES
    ('E06000021-2019-10-31/quarterly-progress-review', 'E06000021-2019-10-31/performance-review', 'PERFORMANCE_REVIEW'),
    ('E06000035-2020-01-07/effectiveness-review', 'E06000035-2020-01-07/commissioner-review', 'REVIEW');

CREATE TEMPORARY TABLE moved_submission ON COMMIT DROP AS
SELECT s.id, s.due_item_id AS before_item, s.duty_id AS before_duty, s.kind AS before_kind, m.kept, m.kept_kind,
       replace(m.kept, '/', '.') || '.' || to_char(s.due_on, 'YYYY-MM-DD') AS after_item,
       EXISTS (SELECT 1 FROM submission o
               WHERE o.due_item_id = replace(m.kept, '/', '.') || '.' || to_char(s.due_on, 'YYYY-MM-DD')) AS taken
FROM submission s JOIN merged_duty m ON m.removed = s.duty_id;

INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT 'submission', v.id::text, CASE WHEN v.taken THEN 'detached-from-merged-duty' ELSE 'moved-to-merged-duty' END,
       'migration V3_2', now(),
       jsonb_build_object('dueItemId', jsonb_build_object('from', v.before_item, 'to', CASE WHEN v.taken THEN NULL ELSE v.after_item END),
                          'dutyId', jsonb_build_object('from', v.before_duty, 'to', v.kept),
                          'kind', jsonb_build_object('from', v.before_kind, 'to', v.kept_kind))
FROM moved_submission v;

UPDATE submission s SET due_item_id = CASE WHEN v.taken THEN NULL ELSE v.after_item END,
                        due_on = CASE WHEN v.taken THEN NULL ELSE s.due_on END,
                        duty_id = v.kept, kind = v.kept_kind
FROM moved_submission v WHERE s.id = v.id;

-- the kept copy of the duties feed still lists the removed duties: it is read afresh at the next request
DELETE FROM duty_snapshot;
