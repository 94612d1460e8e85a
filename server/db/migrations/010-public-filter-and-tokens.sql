-- The public side's own version, and personal access tokens for GIS clients (issue 10).

-- public_version: bumped only by writes to tables the public figures are built from. The public
-- endpoints rebuild on it (not on data_version), so a police presence entry, a coverage setting or
-- a lägesbild's flagged areas never makes a public answer change, not even its timing.
INSERT INTO meta (key, value) VALUES ('public_version', '1');

CREATE TRIGGER areas_insert_public AFTER INSERT ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER areas_update_public AFTER UPDATE ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER areas_delete_public AFTER DELETE ON areas BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER watch_groups_insert_public AFTER INSERT ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER watch_groups_update_public AFTER UPDATE ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER watch_groups_delete_public AFTER DELETE ON watch_groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER visits_insert_public AFTER INSERT ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER visits_update_public AFTER UPDATE ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER visits_delete_public AFTER DELETE ON visits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER dna_kits_insert_public AFTER INSERT ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER dna_kits_update_public AFTER UPDATE ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER dna_kits_delete_public AFTER DELETE ON dna_kits BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER burglaries_insert_public AFTER INSERT ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER burglaries_update_public AFTER UPDATE ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER burglaries_delete_public AFTER DELETE ON burglaries BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER messages_insert_public AFTER INSERT ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER messages_update_public AFTER UPDATE ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER messages_delete_public AFTER DELETE ON messages BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_periods_insert_public AFTER INSERT ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_periods_update_public AFTER UPDATE ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_periods_delete_public AFTER DELETE ON promise_periods BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promises_insert_public AFTER INSERT ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promises_update_public AFTER UPDATE ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promises_delete_public AFTER DELETE ON promises BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_progress_insert_public AFTER INSERT ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_progress_update_public AFTER UPDATE ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER promise_progress_delete_public AFTER DELETE ON promise_progress BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
-- Whether a week had its exchange is public (a promise); what it said is not.
CREATE TRIGGER lagesbild_insert_public AFTER INSERT ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER lagesbild_update_public AFTER UPDATE OF date, week, deleted_at, demo ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;
CREATE TRIGGER lagesbild_delete_public AFTER DELETE ON lagesbild BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'public_version'; END;

-- A personal access token: read-only access to the OGC API for GIS clients (QGIS, GDAL), which
-- cannot log in with a cookie and a CSRF token. Created and revoked by its owner; only the
-- SHA-256 of the secret is stored, and the secret is shown once. It acts with its account's
-- current role, and stops working when the account is disabled or the token revoked or expired.
CREATE TABLE access_tokens (
  id            INTEGER PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash    TEXT NOT NULL UNIQUE,
  -- The first characters of the secret, so its owner can tell tokens apart; not enough to use it.
  prefix        TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at    TEXT NOT NULL,
  last_used_at  TEXT,
  revoked_at    TEXT
) STRICT;
CREATE INDEX access_tokens_account ON access_tokens (account_id);

-- The embedded promises' wording, as data/promises-2018-2019.json now has it: one name per thing
-- (informationsträff) and the safety goal's burglary focus, as in the signed text. Only rows that
-- still hold the old embedded wording change; a planner's own edits stay.
UPDATE promises SET
  title_sv = 'Minst fem informationsträffar om grannsamverkan, märk-DNA och andra brottsförebyggande åtgärder ute i aktuella bostadsområden',
  measure = 'informationsträffar i bostadsområden'
WHERE title_sv = 'Minst fem informationstillfällen om grannsamverkan, märk-DNA och andra brottsförebyggande åtgärder ute i aktuella bostadsområden';
UPDATE promises SET
  title_sv = 'Minst en informationsträff för kontaktpersoner i redan etablerade grannsamverkansområden',
  measure = 'informationsträffar för kontaktpersoner'
WHERE title_sv = 'Minst ett informationstillfälle för kontaktpersoner i redan etablerade grannsamverkansområden';
UPDATE promises SET
  title_sv = 'Ökad upplevd trygghet i kommande trygghetsmätningar när det gäller bostadsinbrott och tryggheten i kommunen',
  title_en = 'More perceived safety in coming safety surveys, as regards residential burglary and safety in the municipality',
  measure = 'trygghetsmätningens totala problemindex för kommunen (0–6, lägre är bättre); 65 % oroade sig för bostadsinbrott enligt medborgarlöftet'
WHERE title_sv = 'Ökad upplevd trygghet i kommande trygghetsmätningar';
