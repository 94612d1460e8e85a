// The coverage settings form's pure parts: the draft (what the inputs hold) to the PUT body, and the
// server's field errors to one error per input. No client-side judging: the server's schema
// (server/coverage/settings.ts) is the one that says what is valid. Unit-tested beside this file.
import type { CoverageSettings } from "../../server/coverage/settings.ts";
import type { FieldError } from "../../server/http/errors.ts";

export interface SettingsDraft {
  radius_m: string;
  effective_minutes: string;
  /** "0, 6, 12, 18" */
  band_hours: string;
  weekend_days: number[];
}

export const SETTINGS_FIELDS = [
  "radius_m",
  "effective_minutes",
  "band_hours",
  "weekend_days",
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export function draftOf(s: CoverageSettings): SettingsDraft {
  return {
    radius_m: String(s.radius_m),
    effective_minutes: String(s.effective_minutes),
    band_hours: s.band_hours.join(", "),
    weekend_days: [...s.weekend_days],
  };
}

/** "12,5" → 12.5; "" → NaN (sent as null, so the server names the field). */
const numberOf = (raw: string) => {
  const t = raw.trim().replace(",", ".");
  return t === "" ? Number.NaN : Number(t);
};

/** JSON turns NaN into null, which the server rejects at that field. */
const orNull = (n: number) => (Number.isFinite(n) ? n : null);

/** The PUT body. Hours are split on commas, semicolons or spaces; a word that is not a number stays
 * in the list as null so the server's error points at it. Weekend days go in weekday order. */
export function bodyOf(d: SettingsDraft) {
  const hours = d.band_hours
    .split(/[\s,;]+/)
    .filter((x) => x !== "")
    .map((x) => orNull(Number(x)));
  return {
    radius_m: orNull(numberOf(d.radius_m)),
    effective_minutes: orNull(numberOf(d.effective_minutes)),
    band_hours: hours,
    weekend_days: [...d.weekend_days].sort((a, b) => a - b),
  };
}

/** The server's errors by input: "band_hours.2" belongs to band_hours; the first message wins. */
export function settingsErrors(
  fields: readonly FieldError[],
): Partial<Record<SettingsField, string>> {
  const out: Partial<Record<SettingsField, string>> = {};
  for (const f of fields) {
    const key = f.field.split(/[.[]/)[0] as SettingsField;
    if (SETTINGS_FIELDS.includes(key)) out[key] ??= f.message;
  }
  return out;
}
