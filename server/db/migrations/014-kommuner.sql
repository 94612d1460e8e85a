-- One deployment for a whole police area (issue 15): the kommuner it covers, a kommun on every
-- area (and through it on every record made in an area), on every promise period and message, and
-- the kommuner each account works for. A database made before this covered Staffanstorp (1230)
-- alone: its areas, periods, messages and accounts become Staffanstorp's, and nothing is lost.

CREATE TABLE kommuner (
  code  TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9]'),
  name  TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

-- Valdistrikt codes begin with the kommun's code (län 12 + kommun); an area imported under an
-- id of another shape is Staffanstorp's, the only kommun a database of the earlier version had.
ALTER TABLE areas ADD COLUMN kommun TEXT NOT NULL DEFAULT '1230'
  CHECK (kommun GLOB '[0-9][0-9][0-9][0-9]');
UPDATE areas SET kommun = substr(id, 1, 4) WHERE id GLOB '[0-9][0-9][0-9][0-9][0-9]*';
INSERT INTO kommuner (code, name) SELECT DISTINCT kommun, 'Staffanstorp' FROM areas WHERE kommun = '1230';
CREATE INDEX areas_kommun ON areas (kommun);

ALTER TABLE promise_periods ADD COLUMN kommun TEXT NOT NULL DEFAULT '1230'
  CHECK (kommun GLOB '[0-9][0-9][0-9][0-9]');
ALTER TABLE messages ADD COLUMN kommun TEXT NOT NULL DEFAULT '1230'
  CHECK (kommun GLOB '[0-9][0-9][0-9][0-9]');

-- Which kommuner an account works for. `scope` 'police_area' covers every kommun of the
-- deployment (the police, and an administrator of the police area); 'kommun' covers the kommuner
-- listed in account_kommuner (planners, and an administrator of a kommun).
ALTER TABLE accounts ADD COLUMN scope TEXT NOT NULL DEFAULT 'kommun'
  CHECK (scope IN ('kommun', 'police_area'));
UPDATE accounts SET scope = 'police_area' WHERE role = 'police';
CREATE TABLE account_kommuner (
  account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kommun      TEXT NOT NULL CHECK (kommun GLOB '[0-9][0-9][0-9][0-9]'),
  PRIMARY KEY (account_id, kommun)
) STRICT, WITHOUT ROWID;
INSERT INTO account_kommuner (account_id, kommun)
  SELECT id, '1230' FROM accounts WHERE scope = 'kommun';

-- The kommun an audit row is about (NULL: the police area as a whole, or no kommun), so an
-- administrator of a kommun reads the rows of their kommun. Earlier rows are Staffanstorp's: the
-- append-only trigger is lifted for that one update and comes back covering the new column too.
ALTER TABLE audit_log ADD COLUMN kommun TEXT;
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET kommun = '1230';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  WHEN NOT (NEW.remote IS NULL
    AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
    AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.detail = OLD.detail
    AND NEW.kommun IS OLD.kommun)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only; only a client address can be blanked'); END;
CREATE INDEX audit_log_kommun ON audit_log (kommun, id);
