-- Visible presence as a point, a route or an area; coverage totals kept on write; the weekly
-- lägesbild (situation picture) with its flagged areas.

-- A presence's route as a GeoJSON LineString (WGS84). A point stays in lon/lat as in 001, and a
-- presence with neither is "in the area" area_id. See server/coverage/place.ts.
ALTER TABLE presence ADD COLUMN route TEXT CHECK (route IS NULL OR json_valid(route));
CREATE INDEX presence_start ON presence (starts_at);

-- The coverage rules (one row). Changing them rebuilds every total.
CREATE TABLE coverage_settings (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  radius_m           REAL NOT NULL CHECK (radius_m >= 0),
  effective_minutes  INTEGER NOT NULL CHECK (effective_minutes > 0),
  band_hours         TEXT NOT NULL CHECK (json_valid(band_hours)),    -- e.g. [0,6,12,18]
  weekend_days       TEXT NOT NULL CHECK (json_valid(weekend_days)),  -- ISO weekdays, e.g. [6,7]
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO coverage_settings (id, radius_m, effective_minutes, band_hours, weekend_days)
VALUES (1, 300, 10, '[0,6,12,18]', '[6,7]');

-- Coverage totals per area, Stockholm local day and band (an index into the settings' band list),
-- in seconds. Derived data: kept current by the presence writes in their own transaction, rebuilt
-- in full by a recomputation. No *_bump triggers: it changes only when presence, areas or settings
-- change, and those already bump data_version; a rebuild changes no figure, so no ETag either.
-- `day` is the local date as days since 1970-01-01: a rebuild writes millions of rows, and an
-- integer key halves the time a 'YYYY-MM-DD' text key takes.
CREATE TABLE coverage_daily (
  area_id  TEXT NOT NULL,
  day      INTEGER NOT NULL,
  band     INTEGER NOT NULL,
  eff_s    INTEGER NOT NULL,   -- seconds of effective presence (visits of at least the threshold)
  eff_n    INTEGER NOT NULL,   -- effective visits that start in this day and band
  short_s  INTEGER NOT NULL,   -- seconds of short visits (drive-bys)
  short_n  INTEGER NOT NULL,
  PRIMARY KEY (area_id, day, band)
) STRICT, WITHOUT ROWID;

-- Each area's polygon buffered by the radius (turf), computed once per area and radius because
-- buffering thousands of areas takes seconds. Derived; dropped when the area's geometry changes.
CREATE TABLE coverage_buffers (
  area_id   TEXT PRIMARY KEY,
  radius_m  REAL NOT NULL,
  geometry  TEXT NOT NULL CHECK (json_valid(geometry))
) STRICT;

-- stale = 1 when the totals may no longer match presence, areas or settings: any writer that does
-- not maintain them (the first-start seed, another feature, plain SQL) leaves them stale, and the
-- next coverage read or write rebuilds them first. buffers_version tells each process when to
-- reload its in-memory index of the buffers.
CREATE TABLE coverage_state (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  stale            INTEGER NOT NULL CHECK (stale IN (0, 1)),
  buffers_version  INTEGER NOT NULL,
  computed_at      TEXT
) STRICT;
INSERT INTO coverage_state (id, stale, buffers_version) VALUES (1, 1, 0);

CREATE TRIGGER presence_insert_coverage AFTER INSERT ON presence BEGIN UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER presence_update_coverage AFTER UPDATE ON presence BEGIN UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER presence_delete_coverage AFTER DELETE ON presence BEGIN UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER areas_insert_coverage AFTER INSERT ON areas BEGIN UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER areas_update_coverage AFTER UPDATE ON areas
WHEN OLD.geometry IS NOT NEW.geometry OR OLD.id IS NOT NEW.id
BEGIN DELETE FROM coverage_buffers WHERE area_id IN (OLD.id, NEW.id); UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER areas_delete_coverage AFTER DELETE ON areas
BEGIN DELETE FROM coverage_buffers WHERE area_id = OLD.id; UPDATE coverage_state SET stale = 1; END;
CREATE TRIGGER coverage_settings_coverage AFTER UPDATE ON coverage_settings BEGIN UPDATE coverage_state SET stale = 1; END;

-- The weekly lägesbild: one exchange per ISO week. Content is never public.
CREATE TABLE lagesbild (
  id            INTEGER PRIMARY KEY,
  week          TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  date          TEXT NOT NULL CHECK (date(date) IS date),     -- the day the exchange was held
  participants  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),  -- roles, e.g. "Kommunpolis"
  notes         TEXT NOT NULL DEFAULT '',
  demo          INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX lagesbild_week ON lagesbild (week) WHERE deleted_at IS NULL;

-- Areas the exchange asked presence for, why, and in which bands (JSON array of band keys such as
-- "weekday-18-24"; empty = any time).
CREATE TABLE lagesbild_areas (
  lagesbild_id  INTEGER NOT NULL REFERENCES lagesbild(id),
  area_id       TEXT NOT NULL REFERENCES areas(id),
  reason        TEXT NOT NULL,
  bands         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bands)),
  PRIMARY KEY (lagesbild_id, area_id)
) STRICT;

CREATE TRIGGER coverage_settings_insert_bump AFTER INSERT ON coverage_settings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER coverage_settings_update_bump AFTER UPDATE ON coverage_settings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER coverage_settings_delete_bump AFTER DELETE ON coverage_settings BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_insert_bump AFTER INSERT ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_update_bump AFTER UPDATE ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_delete_bump AFTER DELETE ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_areas_insert_bump AFTER INSERT ON lagesbild_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_areas_update_bump AFTER UPDATE ON lagesbild_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER lagesbild_areas_delete_bump AFTER DELETE ON lagesbild_areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
