-- Recording the work: a safety walk's route and participants, and the findings of a walk, each
-- with an owner and a status so the follow-up can be tracked.

-- A safety walk's route as drawn on the map: a GeoJSON LineString in WGS84, or NULL.
ALTER TABLE visits ADD COLUMN route TEXT CHECK (route IS NULL OR json_valid(route));
-- Who took part, by organisation or role (e.g. "Polisen", "Boende"): a JSON array of strings.
ALTER TABLE visits ADD COLUMN participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants));

-- Kits handed out at a session are one row linked to the visit; looked up on every visit edit.
CREATE INDEX dna_kits_visit ON dna_kits (visit_id);

CREATE TABLE walk_findings (
  id          INTEGER PRIMARY KEY,
  visit_id    INTEGER NOT NULL REFERENCES visits(id),
  text        TEXT NOT NULL CHECK (length(text) > 0),
  owner       TEXT NOT NULL CHECK (length(owner) > 0),   -- who follows it up: an organisation or role
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX walk_findings_visit ON walk_findings (visit_id);

CREATE TRIGGER walk_findings_insert_bump AFTER INSERT ON walk_findings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER walk_findings_update_bump AFTER UPDATE ON walk_findings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER walk_findings_delete_bump AFTER DELETE ON walk_findings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
