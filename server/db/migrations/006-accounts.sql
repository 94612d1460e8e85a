-- Accounts, sessions and the privacy settings (the accounts issue).
-- Roles: 'planner' (the municipality), 'police', 'admin' (manages accounts; also a planner).
-- The public has no account.
CREATE TABLE accounts (
  id                    INTEGER PRIMARY KEY,
  username              TEXT NOT NULL UNIQUE COLLATE NOCASE
                          CHECK (length(username) BETWEEN 2 AND 64),
  display_name          TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
  role                  TEXT NOT NULL CHECK (role IN ('planner', 'police', 'admin')),
  password_hash         TEXT NOT NULL,         -- 'scrypt$N$r$p$salt$hash' (base64url), never the password
  must_change_password  INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  disabled_at           TEXT,
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- A login session. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
-- database cannot be used to take over a session.
CREATE TABLE sessions (
  token_hash    TEXT PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  expires_at    TEXT NOT NULL,             -- absolute end; idle expiry is checked against last_seen_at
  remote        TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_account ON sessions (account_id);

-- Privacy settings: one row. contact_retention_months: contact details of a watch group inactive
-- (or removed) for this many months are erased; NULL keeps them until erased by hand.
CREATE TABLE privacy_settings (
  id                        INTEGER PRIMARY KEY CHECK (id = 1),
  contact_retention_months  INTEGER CHECK (contact_retention_months BETWEEN 1 AND 120),
  updated_at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO privacy_settings (id, contact_retention_months) VALUES (1, 24);

-- When a watch group last changed status, so "inactive for N months" can be measured. Existing
-- rows count from their creation.
ALTER TABLE watch_groups ADD COLUMN status_since TEXT;
UPDATE watch_groups SET status_since = created_at;
CREATE TRIGGER watch_groups_status_since AFTER UPDATE OF status ON watch_groups
  WHEN OLD.status IS NOT NEW.status
BEGIN
  UPDATE watch_groups SET status_since = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER watch_groups_status_since_insert AFTER INSERT ON watch_groups
  WHEN NEW.status_since IS NULL
BEGIN
  UPDATE watch_groups SET status_since = NEW.created_at WHERE id = NEW.id;
END;
