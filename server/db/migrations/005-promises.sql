-- Medborgarlöften: a promise period holds activity promises (counted from recorded activity, or
-- from manual progress entries where nothing is recorded) and outcome goals (an indicator with a
-- baseline). The signed promises are real data (demo = 0); see data/promises-2018-2019.json.

CREATE TABLE promise_periods (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  starts_on   TEXT NOT NULL CHECK (date(starts_on) IS starts_on),
  ends_on     TEXT NOT NULL CHECK (date(ends_on) IS ends_on AND ends_on >= starts_on),
  signed_by   TEXT NOT NULL DEFAULT '',            -- organisations, e.g. "Staffanstorps kommun; Polisen LPO Kävlinge"
  source_url  TEXT,                                -- where the signed text is published
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;

-- category 'activity': `evidence` says which recorded rows count; `target` is a total, or for the
-- recurring kinds (message_monthly, lagesbild_week) the minimum per month or week.
-- category 'goal': `indicator` says how the outcome is measured against `baseline_*`.
CREATE TABLE promises (
  id              INTEGER PRIMARY KEY,
  period_id       INTEGER NOT NULL REFERENCES promise_periods(id),
  position        INTEGER NOT NULL DEFAULT 0,
  category        TEXT NOT NULL CHECK (category IN ('activity', 'goal')),
  title_sv        TEXT NOT NULL CHECK (length(title_sv) > 0),
  title_en        TEXT NOT NULL CHECK (length(title_en) > 0),
  measure         TEXT NOT NULL DEFAULT '',
  target          INTEGER CHECK (target IS NULL OR target >= 0),
  deadline        TEXT NOT NULL CHECK (date(deadline) IS deadline),
  evidence        TEXT CHECK (evidence IN ('info_session', 'contact_meeting', 'safety_walk',
                                           'lagesbild_week', 'message_monthly', 'manual')),
  indicator       TEXT CHECK (indicator IN ('burglaries_not_increase', 'more_dna_households',
                                            'more_watch_areas', 'perceived_safety', 'manual')),
  baseline_value  REAL,
  baseline_label  TEXT,                            -- e.g. "Trygghetsmätningen 2017"
  source_url      TEXT,
  demo            INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at      TEXT,
  CHECK ((category = 'activity' AND evidence IS NOT NULL AND indicator IS NULL)
      OR (category = 'goal' AND indicator IS NOT NULL AND evidence IS NULL))
) STRICT;
CREATE INDEX promises_period ON promises (period_id, position);

-- What recorded activity cannot show: SIG started, other actors found, a survey result. `amount`
-- counts toward the target; `value` is a measured figure (e.g. a survey index) with its source.
CREATE TABLE promise_progress (
  id          INTEGER PRIMARY KEY,
  promise_id  INTEGER NOT NULL REFERENCES promises(id),
  date        TEXT NOT NULL CHECK (date(date) IS date),
  amount      INTEGER NOT NULL DEFAULT 1 CHECK (amount >= 0),
  value       REAL,
  label       TEXT NOT NULL DEFAULT '',            -- short public label, e.g. "Trygghetsmätningen 2018"
  note        TEXT NOT NULL DEFAULT '',            -- internal; never public
  source_url  TEXT,
  demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX promise_progress_promise ON promise_progress (promise_id, date);

CREATE INDEX messages_sent_on ON messages (sent_on);

CREATE TRIGGER promise_periods_insert_bump AFTER INSERT ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promise_periods_update_bump AFTER UPDATE ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promise_periods_delete_bump AFTER DELETE ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promises_insert_bump AFTER INSERT ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promises_update_bump AFTER UPDATE ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promises_delete_bump AFTER DELETE ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promise_progress_insert_bump AFTER INSERT ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promise_progress_update_bump AFTER UPDATE ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
CREATE TRIGGER promise_progress_delete_bump AFTER DELETE ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END;
