-- Bulk copy of the template synthetic authority (made through the API by generate.py) in councils-service's database.
-- psql variables: template (its GSS code, E99000001), last (copies E99000002 .. E99<last>). Run in one transaction.
-- What POST /v1/councils writes: the council row and its 'created' audit event (no organisation, person or
-- appointment: a council is made alone). Copies keep the template's timestamps and version; la_code stays empty.
CREATE FUNCTION pg_temp.gss(j int) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT 'E99' || lpad(j::text, 6, '0') $$;

INSERT INTO council (gss_code, la_code, name, type, region, version, created_at, updated_at, source)
SELECT pg_temp.gss(j), NULL, replace(c.name, c.gss_code, pg_temp.gss(j)), c.type, c.region, c.version, c.created_at,
       c.updated_at, c.source
FROM council c CROSS JOIN generate_series(2, :last) j
WHERE c.gss_code = :'template'
ORDER BY j;

INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT a.entity_type, pg_temp.gss(j), a.action, a.actor, a.occurred_at, replace(a.changes::text, :'template', pg_temp.gss(j))::jsonb
FROM audit_event a CROSS JOIN generate_series(2, :last) j
WHERE a.entity_type = 'council' AND a.entity_id = :'template'
ORDER BY j, a.id;
