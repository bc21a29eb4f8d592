-- DEVELOPMENT AND TEST DATA ONLY: not a statutory fact, and never loaded in production.
-- The development token identities that deploy/local/token.sh mints for commissioners, linked to the
-- seed Commissioner (Eleanor Brazil OBE, Commissioner for Stoke-on-Trent and Medway), so that the
-- local stack's commissioner tokens act as her. Loaded with the seed data, and only where the
-- development issuer is the trusted one (DevelopmentIdentities). Idempotent: it runs at every start.
INSERT INTO person_identity (id, person_id, issuer, subject, linked_at, notes)
SELECT v.id::uuid, p.id, 'https://dev-only.intervention.invalid', v.subject, now(),
       'Development identity minted by deploy/local/token.sh; not a fact of the seed directions'
FROM (VALUES ('f0000000-0000-4000-8000-000000000001', 'dev-commissioner.E06000021@example.invalid'),
             ('f0000000-0000-4000-8000-000000000002', 'dev-commissioner.E06000035@example.invalid')) AS v (id, subject)
JOIN person p ON p.id = 'c0000000-0000-4000-8000-000000000001'
ON CONFLICT DO NOTHING;
