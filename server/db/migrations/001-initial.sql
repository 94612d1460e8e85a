-- Areas (bostadsområden) and the activity recorded in them.
-- Every activity row carries `demo` (1 = generated demo data) and `deleted_at` (soft delete).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Bumped by triggers on every write, so ETags follow the data without the app remembering to.
INSERT INTO meta (key, value) VALUES ('data_version', '1');

CREATE TABLE areas (
  id                TEXT PRIMARY KEY,             -- valdistrikt code, e.g. '12300702'; stable
  name              TEXT NOT NULL,
  locality          TEXT NOT NULL,                -- tätort the area belongs to, or 'Landsbygd'
  households        INTEGER NOT NULL CHECK (households >= 0),  -- estimate, see households_method
  households_method TEXT NOT NULL,
  eligible_voters   INTEGER,                      -- real count (Valmyndigheten 2022)
  area_km2          REAL NOT NULL,
  geometry          TEXT NOT NULL CHECK (json_valid(geometry))  -- GeoJSON Polygon/MultiPolygon, WGS84
) STRICT;

CREATE TABLE watch_groups (
  id             INTEGER PRIMARY KEY,
  area_id        TEXT NOT NULL REFERENCES areas(id),
  name           TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('active', 'starting', 'inactive')),
  households     INTEGER NOT NULL CHECK (households >= 0),
  started_on     TEXT NOT NULL CHECK (date(started_on) IS started_on),
  contact_name   TEXT,                            -- personal data: never in public responses
  contact_phone  TEXT,
  contact_email  TEXT,
  demo           INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT
) STRICT;
CREATE INDEX watch_groups_area ON watch_groups (area_id);

CREATE TABLE visits (
  id          INTEGER PRIMARY KEY,
  area_id     TEXT NOT NULL REFERENCES areas(id),
  kind        TEXT NOT NULL CHECK (kind IN ('info_session', 'contact_meeting', 'safety_walk')),
  date        TEXT NOT NULL CHECK (date(date) IS date),
  topic       TEXT NOT NULL CHECK (topic IN ('grannsamverkan', 'markdna', 'contact_persons', 'other')),
  organisers  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organisers)),  -- JSON array of organiser keys
  attendees   INTEGER CHECK (attendees >= 0),
  lon         REAL,
  lat         REAL,
  notes       TEXT NOT NULL DEFAULT '',
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX visits_area_date ON visits (area_id, date);

CREATE TABLE dna_kits (
  id             INTEGER PRIMARY KEY,
  area_id        TEXT NOT NULL REFERENCES areas(id),
  handed_out_on  TEXT NOT NULL CHECK (date(handed_out_on) IS handed_out_on),
  kits           INTEGER NOT NULL CHECK (kits > 0),   -- one kit marks one household
  visit_id       INTEGER REFERENCES visits(id),       -- set when handed out at a session
  demo           INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT
) STRICT;
CREATE INDEX dna_kits_area_date ON dna_kits (area_id, handed_out_on);

CREATE TABLE presence (
  id          INTEGER PRIMARY KEY,
  area_id     TEXT NOT NULL REFERENCES areas(id),
  starts_at   TEXT NOT NULL,                      -- ISO 8601 UTC, e.g. 2018-09-12T16:30:00Z
  ends_at     TEXT NOT NULL CHECK (ends_at > starts_at),
  actor       TEXT NOT NULL CHECK (actor IN ('police', 'municipality', 'volunteers', 'other')),
  kind        TEXT NOT NULL CHECK (kind IN ('foot', 'car', 'camper', 'event', 'other')),
  lon         REAL,
  lat         REAL,
  notes       TEXT NOT NULL DEFAULT '',
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX presence_area_start ON presence (area_id, starts_at);

CREATE TABLE burglaries (
  area_id  TEXT NOT NULL REFERENCES areas(id),
  quarter  TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  count    INTEGER NOT NULL CHECK (count >= 0),
  demo     INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  PRIMARY KEY (area_id, quarter)
) STRICT;

CREATE TABLE messages (
  id        INTEGER PRIMARY KEY,
  sent_on   TEXT NOT NULL CHECK (date(sent_on) IS sent_on),
  channel   TEXT NOT NULL CHECK (channel IN ('coyards', 'coprofs')),
  subject   TEXT NOT NULL,
  demo      INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;

CREATE TABLE message_areas (
  message_id INTEGER NOT NULL REFERENCES messages(id),
  area_id    TEXT NOT NULL REFERENCES areas(id),
  PRIMARY KEY (message_id, area_id)
) STRICT;

-- One trigger per table and operation; data_version feeds the ETags.
CREATE TRIGGER areas_insert_bump AFTER INSERT ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER areas_update_bump AFTER UPDATE ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER areas_delete_bump AFTER DELETE ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER watch_groups_insert_bump AFTER INSERT ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER watch_groups_update_bump AFTER UPDATE ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER watch_groups_delete_bump AFTER DELETE ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER visits_insert_bump AFTER INSERT ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER visits_update_bump AFTER UPDATE ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER visits_delete_bump AFTER DELETE ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER dna_kits_insert_bump AFTER INSERT ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER dna_kits_update_bump AFTER UPDATE ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER dna_kits_delete_bump AFTER DELETE ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER presence_insert_bump AFTER INSERT ON presence BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER presence_update_bump AFTER UPDATE ON presence BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER presence_delete_bump AFTER DELETE ON presence BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER burglaries_insert_bump AFTER INSERT ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER burglaries_update_bump AFTER UPDATE ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER burglaries_delete_bump AFTER DELETE ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER messages_insert_bump AFTER INSERT ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER messages_update_bump AFTER UPDATE ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER messages_delete_bump AFTER DELETE ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER message_areas_insert_bump AFTER INSERT ON message_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER message_areas_update_bump AFTER UPDATE ON message_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER message_areas_delete_bump AFTER DELETE ON message_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
