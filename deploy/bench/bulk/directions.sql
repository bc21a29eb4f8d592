-- Bulk copy of the template synthetic authority's directions (made through the API by generate.py) in
-- directions-service's database. psql variables: template (E99000001), last (copies onto E99000002 .. E99<last>),
-- title_from / title_to_prefix (the template's "DIRECTION <n> TO COUNCIL E99000001" becomes "DIRECTION <n + j - 1> TO
-- COUNCIL E99<j>"). Run in one transaction. What POST /v1/directions and .../issue write: the direction (its content
-- names no council), its duties, and its 'created' and 'issued' audit events. Every text naming the template's GSS code
-- (reference, council name, title, audit changes) names the copy's; timestamps and versions stay the template's.
CREATE FUNCTION pg_temp.gss(j int) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT 'E99' || lpad(j::text, 6, '0') $$;
CREATE TEMPORARY TABLE copy ON COMMIT DROP AS
SELECT j, pg_temp.gss(j) AS gss, 'DIRECTION ' || (:n_template + j - 1) || ' TO COUNCIL ' || pg_temp.gss(j) AS title
FROM generate_series(2, :last) j;
CREATE TEMPORARY TABLE template ON COMMIT DROP AS SELECT * FROM direction WHERE council_gss_code = :'template';

INSERT INTO direction (reference, council_gss_code, council_name, direction_date, status, title, statutory_basis,
                       signatory_name, signatory_capacity, signed_on_behalf_of, date_as_printed, content, summary, source,
                       revokes_reference, revoked_by_reference, revoked_on, revocation_reason, issued_at, version,
                       created_at, updated_at, signatory_as_printed)
SELECT replace(d.reference, :'template', c.gss), c.gss, replace(d.council_name, :'template', c.gss), d.direction_date,
       d.status, replace(replace(d.title, :'title_from', c.title), :'template', c.gss), d.statutory_basis,
       d.signatory_name, d.signatory_capacity, d.signed_on_behalf_of, d.date_as_printed,
       replace(d.content::text, :'template', c.gss)::jsonb, d.summary, d.source,
       replace(d.revokes_reference, :'template', c.gss), replace(d.revoked_by_reference, :'template', c.gss),
       d.revoked_on, d.revocation_reason, d.issued_at, d.version, d.created_at, d.updated_at, d.signatory_as_printed
FROM template d CROSS JOIN copy c
ORDER BY c.j, d.id;

INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient, cadence_type,
                  cadence_months, cadence_offsets, cadence_due_on, trigger_event, trigger_role, cadence_within,
                  cadence_requesters, cadence_anchor, cadence_anchor_basis)
SELECT n.id, u.position, u.code, u.clause, u.cited_by, u.kind, u.title, u.providers, u.recipient, u.cadence_type,
       u.cadence_months, u.cadence_offsets, u.cadence_due_on, u.trigger_event, u.trigger_role, u.cadence_within,
       u.cadence_requesters, u.cadence_anchor, u.cadence_anchor_basis
FROM template d JOIN duty u ON u.direction_id = d.id CROSS JOIN copy c
JOIN direction n ON n.reference = replace(d.reference, :'template', c.gss)
ORDER BY n.id, u.position;

INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT a.entity_type, replace(a.entity_id, :'template', c.gss), a.action, a.actor, a.occurred_at,
       replace(replace(a.changes::text, :'title_from', c.title), :'template', c.gss)::jsonb
FROM audit_event a JOIN template d ON a.entity_type = 'direction' AND a.entity_id = d.reference CROSS JOIN copy c
ORDER BY c.j, a.id;
