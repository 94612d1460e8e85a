// The template a planner fills in: for each kind, the header row with the columns' Swedish labels
// (as CSV or .xlsx), and in the workbook a second sheet saying what each column takes. Pure.
import type { Sheet } from "../exports/sheets.ts";
import type { NamedSheet } from "../exports/xlsx.ts";
import { COLUMNS, type ImportKind, REQUIRED } from "./columns.ts";
import { GROUP_STATUS_WORDS, ORGANISER_WORDS, TOPIC_WORDS, VISIT_KIND_WORDS } from "./words.ts";

const DATE = "ÅÅÅÅ-MM-DD (även D/M/ÅÅÅÅ och D.M.ÅÅÅÅ)";
const words = (w: { sv: string[] }) => `ett av: ${w.sv.join(", ")}`;

/** What a column takes, in Swedish. */
const HINTS: Record<string, string> = {
  kind: `${words(VISIT_KIND_WORDS)}; ämnet kan stå i samma cell, t.ex. "Informationsmöte grannsamverkan"`,
  date: DATE,
  area: "områdets namn eller id; kan lämnas tomt när longitud och latitud är ifyllda",
  lon: "WGS 84 i grader, t.ex. 13,2255 (decimalkomma eller punkt)",
  lat: "WGS 84 i grader, t.ex. 55,6452",
  topic: words(TOPIC_WORDS),
  organisers: `${words(ORGANISER_WORDS)}; flera med komma; andra namn räknas som andra aktörer`,
  attendees: "heltal",
  kits: "heltal; lämnas tomt eller 0 för en trygghetsvandring",
  participants: "trygghetsvandringar: organisationer eller roller, med komma",
  notes: "fri text",
  name: "gruppens namn",
  status: words(GROUP_STATUS_WORDS),
  households: "heltal",
  started_on: DATE,
  contact_name: "personuppgift: visas bara för planerare",
  contact_phone: "siffror, mellanslag, +, - och ()",
  contact_email: "e-postadress",
  handed_out_on: DATE,
};

const columnsOf = (kind: ImportKind) => COLUMNS[kind].filter((c) => c.field !== "id");

export function templateSheet(kind: ImportKind): Sheet {
  return { header: columnsOf(kind).map((c) => c.sv), rows: [] };
}

const NAMES: Record<ImportKind, string> = {
  visits: "Besök",
  "watch-groups": "Grannsamverkansgrupper",
  "dna-kits": "Märk-DNA",
};

export function templateWorkbook(kind: ImportKind): NamedSheet[] {
  const help = columnsOf(kind).map((c) => [
    c.sv,
    REQUIRED[kind].includes(c.field) ? "ja" : "nej",
    HINTS[c.field] ?? "",
    c.en,
  ]);
  return [
    { name: NAMES[kind], ...templateSheet(kind) },
    {
      name: "Så fyller du i",
      header: ["Kolumn", "Krävs", "Vad den tar", "Column (English)"],
      rows: help,
    },
  ];
}

export const templateName = (kind: ImportKind, ext: "csv" | "xlsx") =>
  `grannkoll-mall-${kind}.${ext}`;
