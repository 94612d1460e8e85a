-- Hardening, second round (issue 11).

-- Known devices: a browser that has logged in to an account before, named by a random token in
-- its gk_device cookie (only the token's SHA-256 is stored). A known device is held only to its
-- own failed-login limit, so guessing elsewhere cannot lock its owner out (server/auth/rate-limit.ts).
-- A password change or reset forgets the account's devices.
CREATE TABLE known_devices (
  token_hash    TEXT NOT NULL,
  account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  PRIMARY KEY (token_hash, account_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX known_devices_account ON known_devices (account_id);
CREATE INDEX known_devices_seen ON known_devices (last_seen_at);
CREATE TRIGGER known_devices_password AFTER UPDATE OF password_hash ON accounts
  WHEN OLD.password_hash IS NOT NEW.password_hash
BEGIN
  DELETE FROM known_devices WHERE account_id = NEW.id;
END;

-- The date a watch group became inactive, which contact-detail retention counts from. Given on
-- import or in the API (`inactive_since`); a group recorded as already inactive without one counts
-- from its start (the earliest it can have become inactive); a group set to inactive later counts
-- from that change (status_since, migration 006). Before this column, a group seeded or imported
-- as inactive counted from the day its row was made, and kept its contact persons years too long.
ALTER TABLE watch_groups ADD COLUMN inactive_since TEXT
  CHECK (inactive_since IS NULL OR date(inactive_since) IS inactive_since);
UPDATE watch_groups SET inactive_since = started_on
  WHERE status = 'inactive' AND (status_since IS NULL OR status_since = created_at);
CREATE TRIGGER watch_groups_inactive_insert AFTER INSERT ON watch_groups
  WHEN NEW.status = 'inactive' AND NEW.inactive_since IS NULL
BEGIN
  UPDATE watch_groups SET inactive_since = NEW.started_on WHERE id = NEW.id;
END;
