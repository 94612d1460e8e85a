-- A client address in the audit log is personal data. It is kept for a set number of months (12
-- unless an admin changes it; NULL keeps it), then blanked by the retention run. Who, when and
-- what stay: the append-only trigger now lets an update do exactly one thing, blank the address.
ALTER TABLE privacy_settings ADD COLUMN audit_address_months INTEGER
  CHECK (audit_address_months BETWEEN 1 AND 120);
UPDATE privacy_settings SET audit_address_months = 12 WHERE id = 1;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  WHEN NOT (NEW.remote IS NULL
    AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
    AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.detail = OLD.detail)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only; only a client address can be blanked'); END;

-- The retention run's search: rows that still hold an address, by time.
CREATE INDEX audit_log_with_address ON audit_log (at) WHERE remote IS NOT NULL;
