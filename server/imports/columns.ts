// The columns each import understands: Swedish and English header names (compared folded, so
// "Område", "omrade" and "OMRÅDE" are one), and how each cell is read. Pure.
import type { ORGANISERS, VISIT_KINDS, VISIT_TOPICS } from "../visits/schema.ts";
import type { WATCH_GROUP_STATUSES } from "../watch-groups/schema.ts";
import {
  fold,
  type Read,
  readDate,
  readDecimal,
  readWhole,
  readWord,
  readWords,
  splitList,
  wordTable,
} from "./values.ts";

export const IMPORT_KINDS = ["visits", "watch-groups", "dna-kits"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Column {
  /** The API field the column fills; `area` is resolved by id or name to `area_id`. */
  field: string;
  names: string[];
  read: (cell: string) => Read<unknown>;
}

const text = (cell: string): Read<unknown> => ({ ok: true, value: cell.trim() });

const visitKind = wordTable<(typeof VISIT_KINDS)[number]>({
  info_session: ["informationsmöte", "informationstillfälle", "infomöte", "info", "session"],
  contact_meeting: ["kontaktpersonsmöte", "kontaktombudsmöte", "kontaktmöte", "contact meeting"],
  safety_walk: ["trygghetsvandring", "vandring", "safety walk", "walk"],
});
const topic = wordTable<(typeof VISIT_TOPICS)[number]>({
  grannsamverkan: ["neighbourhood watch"],
  markdna: ["märk-dna", "dna", "märkning"],
  contact_persons: ["kontaktpersoner", "kontaktombud", "contact persons"],
  other: ["annat", "övrigt", "annan"],
});
const organiser = wordTable<(typeof ORGANISERS)[number]>({
  police: ["polis", "polisen"],
  municipality: ["kommun", "kommunen"],
  volunteers: ["volontärer", "volontär", "polisvolontärer", "frivilliga"],
  others: ["andra", "övriga", "annan", "other"],
});
const groupStatus = wordTable<(typeof WATCH_GROUP_STATUSES)[number]>({
  active: ["aktiv", "igång"],
  starting: ["startar", "uppstart", "under uppstart", "ny"],
  inactive: ["inaktiv", "vilande", "avslutad", "nedlagd"],
});

const AREA: Column = {
  field: "area",
  names: ["område", "area", "area_id", "områdesid", "bostadsområde"],
  read: text,
};

/** A header as an error names it: a long one cut, so a garbage first line gives a short answer. */
const cut = (h: string) => ([...h].length > 60 ? `${[...h].slice(0, 60).join("")}…` : h);

export const COLUMNS: Record<ImportKind, Column[]> = {
  visits: [
    {
      field: "kind",
      names: ["typ", "kind", "slag", "aktivitet"],
      read: (c) => readWord(visitKind, c),
    },
    { field: "date", names: ["datum", "date", "dag"], read: readDate },
    AREA,
    { field: "lon", names: ["lon", "longitud", "longitude", "lng"], read: readDecimal },
    { field: "lat", names: ["lat", "latitud", "latitude"], read: readDecimal },
    { field: "topic", names: ["ämne", "tema", "topic"], read: (c) => readWord(topic, c) },
    {
      field: "organisers",
      names: ["arrangörer", "arrangör", "organisers", "organizers", "organiser"],
      read: (c) => readWords(organiser, c),
    },
    {
      field: "attendees",
      names: ["deltagare", "antal deltagare", "attendees", "besökare"],
      read: readWhole,
    },
    {
      field: "kits",
      names: ["märk-dna", "märk-dna-satser", "satser", "kits", "dna kits", "utdelade satser"],
      read: readWhole,
    },
    {
      field: "participants",
      names: ["medverkande", "participants"],
      read: (c) => ({ ok: true, value: splitList(c) }),
    },
    { field: "notes", names: ["anteckningar", "anteckning", "kommentar", "notes"], read: text },
  ],
  "watch-groups": [
    AREA,
    { field: "name", names: ["namn", "gruppnamn", "name", "grupp"], read: text },
    { field: "status", names: ["status", "läge"], read: (c) => readWord(groupStatus, c) },
    { field: "households", names: ["hushåll", "antal hushåll", "households"], read: readWhole },
    {
      field: "started_on",
      names: ["startdatum", "start", "startad", "started_on", "start date", "datum"],
      read: readDate,
    },
    {
      field: "contact_name",
      names: ["kontaktperson", "kontaktombud", "contact_name", "contact"],
      read: text,
    },
    {
      field: "contact_phone",
      names: ["telefon", "tel", "mobil", "phone", "contact_phone"],
      read: text,
    },
    {
      field: "contact_email",
      names: ["e-post", "epost", "mejl", "email", "contact_email"],
      read: text,
    },
    {
      field: "inactive_since",
      names: [
        "inaktiv sedan",
        "inaktiv från",
        "slutdatum",
        "upphörde",
        "inactive_since",
        "end date",
      ],
      read: readDate,
    },
  ],
  "dna-kits": [
    AREA,
    {
      field: "handed_out_on",
      names: ["datum", "date", "utdelat", "handed_out_on"],
      read: readDate,
    },
    {
      field: "kits",
      names: ["antal", "satser", "kits", "märk-dna", "antal satser"],
      read: readWhole,
    },
  ],
};

/** Columns Grannkoll's own export writes that an import does not need: read past, not refused. */
export const IGNORED: Record<ImportKind, string[]> = {
  visits: ["id", "områdesnamn", "öppna fynd", "demodata"],
  "watch-groups": ["id", "områdesnamn", "demodata"],
  "dna-kits": ["id", "områdesnamn", "demodata"],
};

/** The columns a file must have; a place (area, or lon and lat) is checked separately for visits. */
export const REQUIRED: Record<ImportKind, string[]> = {
  visits: ["kind", "date"],
  "watch-groups": ["area", "name", "status", "households", "started_on"],
  "dna-kits": ["area", "handed_out_on", "kits"],
};

/**
 * Matches each header to a column; line-1 errors for unknown, repeated and missing columns.
 * `placed`: every row's place is given from outside the cells (a GeoJSON feature's geometry).
 */
export function matchHeader(kind: ImportKind, header: string[], placed = false) {
  const byName = new Map(COLUMNS[kind].flatMap((col) => col.names.map((n) => [fold(n), col])));
  const ignored = new Set(IGNORED[kind].map(fold));
  const errors: { line: number; field: string; message: string }[] = [];
  const seen = new Set<string>();
  const columns = header.map((h) => {
    const col = byName.get(fold(h));
    if (!col && ignored.has(fold(h))) return undefined;
    if (!col) {
      const known = COLUMNS[kind].map((c) => c.names[0]).join(", ");
      errors.push({
        line: 1,
        field: cut(h) || "(empty)",
        message: `unknown column; known columns: ${known}`,
      });
    } else if (seen.has(col.field)) {
      errors.push({ line: 1, field: h, message: `a second column for ${col.field}` });
    } else seen.add(col.field);
    return col;
  });
  for (const field of REQUIRED[kind]) {
    if (!seen.has(field)) {
      const name = COLUMNS[kind].find((c) => c.field === field)?.names[0] ?? field;
      errors.push({ line: 1, field: name, message: "required column is missing" });
    }
  }
  if (kind === "visits" && !placed && !seen.has("area") && !(seen.has("lon") && seen.has("lat"))) {
    errors.push({
      line: 1,
      field: "område",
      message: "give an area column, or lon and lat columns",
    });
  }
  return { columns, errors };
}
