-- Every write is audited: who, when, what, from where. The application only ever inserts here;
-- triggers refuse updates and deletes so the log cannot be rewritten through SQL either.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor      TEXT NOT NULL,          -- account name, or 'anonymous' before accounts exist
  action     TEXT NOT NULL,          -- e.g. 'create', 'update', 'delete', 'import', 'read-personal'
  entity     TEXT NOT NULL,          -- table or resource, e.g. 'visits'
  entity_id  TEXT,
  detail     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  remote     TEXT                    -- client address
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
