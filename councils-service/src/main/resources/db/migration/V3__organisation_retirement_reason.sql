-- Why an organisation was retired is part of its record (as an inspection's withdrawal reason and an
-- appointment's end reason are), up to the 1000 characters the API accepts. It was written into the
-- audit action ("retired: <reason>"), whose 60 characters refused any reason over 51 of them.
ALTER TABLE organisation ADD COLUMN retired_reason varchar(1000);

UPDATE organisation o
SET retired_reason = substring(a.action FROM 10)
FROM audit_event a
WHERE a.entity_type = 'organisation' AND a.entity_id = o.id::text AND a.action LIKE 'retired: %'
  AND o.status = 'RETIRED';
