// The coverage rules and the area index as stored in the database, with the in-memory copies each
// process keeps: the settings row compiled once per change, and the buffered-area index reloaded
// only when buffers_version moves (a buffer was computed here or by another process).
import type { Db } from "../db/open.ts";
import { bufferArea } from "./buffers.ts";
import { type AreaIndex, type AreaPolygon, buildIndex } from "./geometry.ts";
import { type CoverageSettings, compileRules, type Rules } from "./settings.ts";

interface SettingsRow {
  radius_m: number;
  effective_minutes: number;
  band_hours: string;
  weekend_days: string;
}

export function createIndexStore(db: Db) {
  const settingsRow = db.prepare<[], SettingsRow>(
    "SELECT radius_m, effective_minutes, band_hours, weekend_days FROM coverage_settings WHERE id = 1",
  );
  const saveSettings = db.prepare(
    `UPDATE coverage_settings SET radius_m = @radius_m, effective_minutes = @effective_minutes,
       band_hours = @band_hours, weekend_days = @weekend_days,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1`,
  );
  const missing = db.prepare<{ r: number }, { id: string; geometry: string }>(
    `SELECT a.id, a.geometry FROM areas a LEFT JOIN coverage_buffers b ON b.area_id = a.id
     WHERE b.area_id IS NULL OR b.radius_m != @r ORDER BY a.id`,
  );
  const putBuffer = db.prepare(
    "INSERT OR REPLACE INTO coverage_buffers (area_id, radius_m, geometry) VALUES (?, ?, ?)",
  );
  const shapes = db.prepare<[], { id: string; geometry: string; buffer: string | null }>(
    `SELECT a.id, a.geometry, b.geometry AS buffer FROM areas a
     LEFT JOIN coverage_buffers b ON b.area_id = a.id ORDER BY a.id`,
  );
  const buffersVersion = db
    .prepare<[], number>("SELECT buffers_version FROM coverage_state WHERE id = 1")
    .pluck();
  const bumpBuffers = db.prepare(
    "UPDATE coverage_state SET buffers_version = buffers_version + 1 WHERE id = 1",
  );

  let rulesMemo: { key: string; rules: Rules } | undefined;
  let indexMemo: { version: number; index: AreaIndex } | undefined;

  function rules(): Rules {
    const row = settingsRow.get();
    if (!row) throw new Error("coverage_settings has no row: migration 004 not applied?");
    const key = JSON.stringify(row);
    if (rulesMemo?.key !== key) {
      const settings: CoverageSettings = {
        radius_m: row.radius_m,
        effective_minutes: row.effective_minutes,
        band_hours: JSON.parse(row.band_hours) as number[],
        weekend_days: JSON.parse(row.weekend_days) as number[],
      };
      rulesMemo = { key, rules: compileRules(settings) };
    }
    return rulesMemo.rules;
  }

  return {
    rules,

    saveSettings(s: CoverageSettings) {
      saveSettings.run({
        ...s,
        band_hours: JSON.stringify(s.band_hours),
        weekend_days: JSON.stringify(s.weekend_days),
      });
    },

    /** Buffers every area that has none for the current radius; call inside a transaction. */
    refreshBuffers(): number {
      const r = rules().radiusM;
      const todo = missing.all({ r });
      for (const a of todo) {
        const grown = bufferArea(JSON.parse(a.geometry) as AreaPolygon, r);
        putBuffer.run(a.id, r, JSON.stringify(grown));
      }
      if (todo.length > 0) bumpBuffers.run();
      return todo.length;
    },

    /** The area index for the stored buffers (refreshBuffers must have run since areas changed). */
    index(): AreaIndex {
      const version = buffersVersion.get() ?? 0;
      if (indexMemo?.version !== version) {
        const areas = shapes.all().map((a) => {
          if (!a.buffer) throw new Error(`area ${a.id} has no coverage buffer`);
          return {
            id: a.id,
            geometry: JSON.parse(a.geometry) as AreaPolygon,
            buffer: JSON.parse(a.buffer) as AreaPolygon,
          };
        });
        indexMemo = { version, index: buildIndex(areas) };
      }
      return indexMemo.index;
    },
  };
}

export type IndexStore = ReturnType<typeof createIndexStore>;
