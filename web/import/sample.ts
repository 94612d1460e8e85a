// The sample rows of a preview as a person reads them: columns named by the import's field labels
// (not the API's field names), values in words (Trygghetsvandring, polisen, aktiv), the area by
// its name, and whether the row is already stored. Pure, given a translate function.
import type { TFunction } from "i18next";
import type { FieldChoice } from "../../server/imports/columns.ts";

/** API fields a person does not need to see: the area is shown by its name. */
const HIDDEN = new Set(["area_id"]);
const WORDED: Record<string, string> = {
  kind: "visitKind",
  topic: "visitTopic",
  organisers: "organiser",
  status: "groupStatus",
};

export interface SampleTable {
  columns: { key: string; label: string }[];
  rows: { line: string; cells: string[] }[];
}

export function sampleTable(
  sample: Record<string, unknown>[],
  fields: FieldChoice[],
  t: TFunction,
  lang: "sv" | "en",
): SampleTable {
  const keys = [...new Set(sample.flatMap((r) => Object.keys(r)))].filter((k) => !HIDDEN.has(k));
  // The file's order of fields first, then what else the rows have (a GeoJSON route).
  const order = ["line", ...fields.map((f) => f.field), "area_name", "match"];
  keys.sort((a, b) => rank(order, a) - rank(order, b));
  const label = (key: string) => {
    const field = fields.find((f) => f.field === key);
    if (field) return lang === "en" ? field.en : field.sv;
    if (key === "line") return t("planner.import.sampleLine");
    if (key === "area_name") return t("planner.record.area");
    if (key === "match") return t("planner.import.sampleMatch");
    if (key === "route") return t("planner.record.route");
    return key;
  };
  const word = (key: string, v: unknown): string => {
    if (v === null || v === undefined) return "";
    if (key === "route") {
      const n = (v as { coordinates?: unknown[] }).coordinates?.length ?? 0;
      return t("planner.record.routePoints", { count: n });
    }
    if (key === "match") return t(`planner.import.match.${v as "new" | "same" | "changed"}`);
    if (Array.isArray(v)) return v.map((x) => word(key, x)).join(", ");
    const group = WORDED[key];
    if (group && typeof v === "string") return t(`${group}.${v}` as never, { defaultValue: v });
    if (typeof v === "number") {
      return v.toLocaleString(lang === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 7 });
    }
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  return {
    columns: keys.map((key) => ({ key, label: label(key) })),
    rows: sample.map((r) => ({ line: String(r.line), cells: keys.map((k) => word(k, r[k])) })),
  };
}

const rank = (order: string[], key: string) => {
  const i = order.indexOf(key);
  return i < 0 ? order.length - 1 : i;
};
