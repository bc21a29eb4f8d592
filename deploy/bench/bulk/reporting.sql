-- Bulk copy of the template synthetic authority's history (made through the API by generate.py) in reporting-service's
-- database. psql variables: template (E99000001), last (copies onto E99000002 .. E99<last>). Run in one transaction.
-- What the API wrote for it: board meetings, submissions with their versions, sections (and attachments, when any),
-- reviews (and section comments), an audit event per write, an outbox event per submission event (webhook_event; no
-- delivery, as no subscription exists) and an idempotency record per POST with an Idempotency-Key. Each copy gets
-- new ids (v4-shaped, derived from the template's id and the copy's number, so references between rows stay
-- consistent), every text naming the template's GSS code, direction reference, due item or ids names the copy's, and
-- timestamps, versions and ETag counters stay the template's (so bodies that carry them stay true).
CREATE FUNCTION pg_temp.gss(j int) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT 'E99' || lpad(j::text, 6, '0') $$;
CREATE FUNCTION pg_temp.remap(u uuid, j int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT overlay(overlay(md5(u::text || '/' || j) PLACING '4' FROM 13 FOR 1) PLACING '8' FROM 17 FOR 1)::uuid $$;
-- every id in a text (a JSON body, a Location, an audit entity id) as the copy's
CREATE FUNCTION pg_temp.remap_text(t text, j int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    m text;
BEGIN
    IF t IS NULL OR t !~ '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' THEN
        RETURN t;
    END IF;
    FOR m IN SELECT DISTINCT (regexp_matches(t, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g'))[1] LOOP
        t := replace(t, m, pg_temp.remap(m::uuid, j)::text);
    END LOOP;
    RETURN t;
END $$;
CREATE TEMPORARY TABLE copy ON COMMIT DROP AS SELECT j, pg_temp.gss(j) AS gss FROM generate_series(2, :last) j;
CREATE TEMPORARY TABLE t_submission ON COMMIT DROP AS SELECT * FROM submission WHERE council_gss = :'template';
CREATE TEMPORARY TABLE t_version ON COMMIT DROP AS
SELECT v.* FROM submission_version v JOIN t_submission s ON s.id = v.submission_id;
CREATE TEMPORARY TABLE t_review ON COMMIT DROP AS
SELECT r.* FROM submission_review r JOIN t_submission s ON s.id = r.submission_id;
CREATE TEMPORARY TABLE t_ids ON COMMIT DROP AS
SELECT id::text AS id FROM t_submission UNION ALL SELECT id::text FROM board_meeting WHERE council_gss = :'template';

INSERT INTO board_meeting (id, council_gss, meets_on, status, notes, cancel_reason, recorded_by, recorded_at, version)
SELECT pg_temp.remap(b.id, c.j), c.gss, b.meets_on, b.status, b.notes, b.cancel_reason, b.recorded_by, b.recorded_at, b.version
FROM board_meeting b CROSS JOIN copy c WHERE b.council_gss = :'template'
ORDER BY c.j, b.meets_on;

INSERT INTO submission (id, council_gss, due_item_id, duty_id, direction_reference, due_on, kind, title, status,
                        current_version, first_submitted_at, last_submitted_at, created_by, version)
SELECT pg_temp.remap(s.id, c.j), c.gss, replace(s.due_item_id, :'template', c.gss), replace(s.duty_id, :'template', c.gss),
       replace(s.direction_reference, :'template', c.gss), s.due_on, s.kind, s.title, s.status, s.current_version,
       s.first_submitted_at, s.last_submitted_at, s.created_by, s.version
FROM t_submission s CROSS JOIN copy c
ORDER BY c.j, s.first_submitted_at;

INSERT INTO submission_version (id, submission_id, number, submitted_at, submitted_by, submitted_as, on_behalf_of, fields, note)
SELECT pg_temp.remap(v.id, c.j), pg_temp.remap(v.submission_id, c.j), v.number, v.submitted_at, v.submitted_by,
       v.submitted_as, replace(v.on_behalf_of, :'template', c.gss), replace(v.fields::text, :'template', c.gss)::jsonb, v.note
FROM t_version v CROSS JOIN copy c
ORDER BY c.j, v.submitted_at;

INSERT INTO submission_section (id, version_id, contributor, organisation_gss, section_key, narrative, authored_in_version,
                                authored_by, position, plan_updates)
SELECT pg_temp.remap(x.id, c.j), pg_temp.remap(x.version_id, c.j), x.contributor, replace(x.organisation_gss, :'template', c.gss),
       replace(x.section_key, :'template', c.gss), replace(x.narrative, :'template', c.gss), x.authored_in_version,
       x.authored_by, x.position, replace(pg_temp.remap_text(x.plan_updates::text, c.j), :'template', c.gss)::jsonb
FROM submission_section x JOIN t_version v ON v.id = x.version_id CROSS JOIN copy c
ORDER BY c.j, x.id;

-- attachments share their content (attachment_blob, keyed by its hash), as the API stores it once
INSERT INTO submission_attachment (id, section_id, file_name, content_type, size_bytes, sha256, position)
SELECT pg_temp.remap(a.id, c.j), pg_temp.remap(a.section_id, c.j), a.file_name, a.content_type, a.size_bytes, a.sha256, a.position
FROM submission_attachment a JOIN submission_section x ON x.id = a.section_id JOIN t_version v ON v.id = x.version_id
CROSS JOIN copy c
ORDER BY c.j, a.id;

INSERT INTO submission_review (id, submission_id, version_number, decision, comments, reviewer, reviewed_at)
SELECT pg_temp.remap(r.id, c.j), pg_temp.remap(r.submission_id, c.j), r.version_number, r.decision, r.comments, r.reviewer,
       r.reviewed_at
FROM t_review r CROSS JOIN copy c
ORDER BY c.j, r.reviewed_at;

INSERT INTO review_comment (id, review_id, section_key, contributor, organisation_gss, comments, position)
SELECT pg_temp.remap(k.id, c.j), pg_temp.remap(k.review_id, c.j), replace(k.section_key, :'template', c.gss), k.contributor,
       replace(k.organisation_gss, :'template', c.gss), k.comments, k.position
FROM review_comment k JOIN t_review r ON r.id = k.review_id CROSS JOIN copy c
ORDER BY c.j, k.id;

INSERT INTO webhook_event (id, type, council_gss, owed_by, body, occurred_at, once_key)
SELECT pg_temp.remap(e.id, c.j), e.type, c.gss, e.owed_by, replace(pg_temp.remap_text(e.body, c.j), :'template', c.gss),
       e.occurred_at, replace(pg_temp.remap_text(e.once_key, c.j), :'template', c.gss)
FROM webhook_event e CROSS JOIN copy c WHERE e.council_gss = :'template'
ORDER BY c.j, e.occurred_at
-- the service's own scan may already have recorded a copied direction's issue (its once_key) while the copy ran
ON CONFLICT (once_key) DO NOTHING;

-- the idempotency records of the template's submissions (the POSTs of a submission and of its later versions)
INSERT INTO idempotency_record (caller, idempotency_key, request_hash, state, response_status, response_body,
                                response_location, response_etag, created_at, completed_at)
SELECT i.caller, pg_temp.remap_text(i.idempotency_key, c.j),
       encode(sha256(convert_to(i.request_hash || '/' || c.j, 'UTF8')), 'hex'), i.state, i.response_status,
       replace(pg_temp.remap_text(i.response_body, c.j), :'template', c.gss), pg_temp.remap_text(i.response_location, c.j),
       i.response_etag, i.created_at, i.completed_at
FROM idempotency_record i JOIN t_submission s ON i.response_location LIKE '/v1/submissions/' || s.id || '%'
CROSS JOIN copy c
ORDER BY c.j, i.created_at;

INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT a.entity_type, pg_temp.remap_text(a.entity_id, c.j), a.action, a.actor, a.occurred_at,
       replace(pg_temp.remap_text(a.changes::text, c.j), :'template', c.gss)::jsonb
FROM audit_event a JOIN t_ids t ON t.id = a.entity_id CROSS JOIN copy c
ORDER BY c.j, a.id;
