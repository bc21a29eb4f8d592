-- Schedules, aggregates and calendars read, for every item of a range of councils and due dates, only the
-- report answering it (its due item, state and first receipt). This index answers that from the index alone;
-- ad hoc reports (no due item), which can be most of the table, are not in it.
CREATE INDEX submission_answering ON submission (council_gss, due_on) INCLUDE (due_item_id, status, first_submitted_at)
    WHERE due_item_id IS NOT NULL;
