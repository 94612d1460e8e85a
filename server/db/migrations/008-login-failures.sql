-- Failed logins (and wrong current passwords in a password change), for the login limit: kept in
-- the database so a restart does not clear them. A key is the SHA-256 of "u:<username>" or
-- "a:<address>", never the typed text itself (it may be a password typed into the wrong field).
-- Rows older than the limit's window are deleted as new failures come in.
CREATE TABLE login_failures (
  key  TEXT NOT NULL,
  at   INTEGER NOT NULL          -- ms since the epoch
) STRICT;
CREATE INDEX login_failures_key_at ON login_failures (key, at);
CREATE INDEX login_failures_at ON login_failures (at);
