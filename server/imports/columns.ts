// The columns each import understands and how each cell is read. A header is matched folded
// ("Område", "omrade" and "OMRÅDE" are one) against every Swedish and English label the web app
// itself shows for that field (the forms, the area card, the exports and the templates) and the
// common variants; web/import/labels.test.ts checks the app's labels against this
// list. A header matched by none of them is left to the planner: the preview names it and a
// `columns` mapping (header → field, or "" to ignore it) says what it holds. Pure.
import { type RowError, reason, rowError } from "./reasons.ts";
import { fold, type Read, readDate, readDecimal, readWhole, splitList } from "./values.ts";
import {
  GROUP_STATUS_WORDS,
  readOrganisers,
  readVisitKind,
  readWord,
  TOPIC_WORDS,
} from "./words.ts";

export const IMPORT_KINDS = ["visits", "watch-groups", "dna-kits"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Column {
  /** The API field the column fills; `area` is resolved by id or name to `area_id`, `id` matches. */
  field: string;
  /** The label in templates, the mapping step and messages. */
  sv: string;
  en: string;
  /** Further spellings accepted as the header (the labels are accepted too). */
  names: string[];
  read: (cell: string) => Read<unknown>;
}

const text = (cell: string): Read<unknown> => ({ ok: true, value: cell.trim() });

const AREA: Column = {
  field: "area",
  sv: "Område",
  en: "Area",
  names: ["area_id", "områdesid", "områdes-id", "bostadsområde", "valdistrikt", "area id"],
  read: text,
};

/** The `id` an export writes: a row with it is matched to the stored record it came from. */
const ID: Column = { field: "id", sv: "id", en: "id", names: ["nr", "löpnummer"], read: readWhole };

export const COLUMNS: Record<ImportKind, Column[]> = {
  visits: [
    {
      field: "kind",
      sv: "Typ",
      en: "Kind",
      names: ["typ av möte", "kind of meeting", "slag", "aktivitet", "typ av besök", "händelse"],
      read: readVisitKind,
    },
    { field: "date", sv: "Datum", en: "Date", names: ["dag", "mötesdatum"], read: readDate },
    AREA,
    {
      field: "lon",
      sv: "Longitud",
      en: "Longitude",
      names: ["lon", "lng", "long", "x", "östlig longitud"],
      read: readDecimal,
    },
    {
      field: "lat",
      sv: "Latitud",
      en: "Latitude",
      names: ["lat", "y", "nordlig latitud"],
      read: readDecimal,
    },
    {
      field: "topic",
      sv: "Ämne",
      en: "Topic",
      names: ["tema", "innehåll"],
      read: (c) => readWord(TOPIC_WORDS, c),
    },
    {
      field: "organisers",
      sv: "Arrangörer",
      en: "Organisers",
      names: ["arrangör", "organizers", "organiser", "organizer", "ansvarig", "ansvariga"],
      read: readOrganisers,
    },
    {
      field: "attendees",
      sv: "Antal deltagare",
      en: "Attendees",
      names: ["deltagare", "besökare", "antal besökare", "number of attendees"],
      read: readWhole,
    },
    {
      field: "kits",
      sv: "Märk-DNA-kit",
      en: "Märk-DNA kits",
      names: [
        "märk-dna-kit som delades ut",
        "märk-dna kits handed out",
        "märk-dna",
        "märk-dna-satser",
        "märk-dna-kits",
        "dna-kit",
        "kit",
        "satser",
        "kits",
        "dna kits",
        "utdelade satser",
        "utdelade kit",
        "antal kit",
      ],
      read: readWhole,
    },
    {
      field: "participants",
      sv: "Medverkande",
      en: "Participants",
      names: [
        "deltagare (organisationer eller roller, kommaseparerade)",
        "participants (organisations or roles, comma-separated)",
        "deltagande organisationer",
      ],
      read: (c) => ({ ok: true, value: splitList(c) }),
    },
    {
      field: "notes",
      sv: "Anteckningar",
      en: "Notes",
      names: ["anteckning", "kommentar", "kommentarer", "noteringar", "övrigt", "beskrivning"],
      read: text,
    },
    ID,
  ],
  "watch-groups": [
    AREA,
    {
      field: "name",
      sv: "Gruppens namn",
      en: "Group name",
      names: ["namn", "gruppnamn", "name", "grupp", "grannsamverkansgrupp"],
      read: text,
    },
    {
      field: "status",
      sv: "Status",
      en: "Status",
      names: ["läge"],
      read: (c) => readWord(GROUP_STATUS_WORDS, c),
    },
    {
      field: "households",
      sv: "Hushåll",
      en: "Households",
      names: ["antal hushåll", "number of households"],
      read: readWhole,
    },
    {
      field: "started_on",
      sv: "Startdatum",
      en: "Start date",
      names: ["start", "startad", "started_on", "started", "datum", "date", "startade"],
      read: readDate,
    },
    {
      field: "contact_name",
      sv: "Kontaktperson",
      en: "Contact person",
      names: ["kontaktombud", "contact_name", "contact", "kontaktpersonens namn", "contact name"],
      read: text,
    },
    {
      field: "contact_phone",
      sv: "Telefon",
      en: "Phone",
      names: ["tel", "mobil", "telefonnummer", "contact_phone", "mobilnummer"],
      read: text,
    },
    {
      field: "contact_email",
      sv: "E-post",
      en: "E-mail",
      names: ["epost", "mejl", "email", "contact_email", "e-postadress", "mail"],
      read: text,
    },
    {
      field: "inactive_since",
      sv: "Inaktiv sedan",
      en: "Inactive since",
      names: ["inaktiv från", "slutdatum", "upphörde", "inactive_since", "end date"],
      read: readDate,
    },
    ID,
  ],
  "dna-kits": [
    AREA,
    {
      field: "handed_out_on",
      sv: "Utdelningsdatum",
      en: "Date handed out",
      names: ["datum", "date", "utdelat", "handed_out_on", "utdelad", "dag"],
      read: readDate,
    },
    {
      field: "kits",
      sv: "Antal kit",
      en: "Number of kits",
      names: [
        "antal",
        "satser",
        "kits",
        "kit",
        "märk-dna",
        "märk-dna-kit",
        "antal satser",
        "märk-dna-satser",
      ],
      read: readWhole,
    },
    ID,
  ],
};

/** Columns Grannkoll's own export writes that an import does not need: read past, not refused. */
export const IGNORED: Record<ImportKind, string[]> = {
  visits: ["områdesnamn", "area name", "öppna fynd", "demodata"],
  "watch-groups": ["områdesnamn", "area name", "demodata"],
  "dna-kits": ["områdesnamn", "area name", "demodata", "möte", "visit_id"],
};

/** The columns a file must have; a place (area, or lon and lat) is checked separately for visits. */
export const REQUIRED: Record<ImportKind, string[]> = {
  visits: ["kind", "date"],
  "watch-groups": ["area", "name", "status", "households", "started_on"],
  "dna-kits": ["area", "handed_out_on", "kits"],
};

/** What the planner said a header holds: a field of the kind, or "" to ignore the column. */
export type ColumnMapping = Record<string, string>;

/** How one column of the file was read, as the preview shows it. */
export interface HeaderColumn {
  name: string;
  field: string | null;
  /** known: by its name; mapped: by the planner; ignored: read past; unknown: waits for a choice. */
  how: "known" | "mapped" | "ignored" | "unknown";
}

/** A field a column can fill, for the mapping step. */
export interface FieldChoice {
  field: string;
  sv: string;
  en: string;
  required: boolean;
}

export function fieldChoices(kind: ImportKind): FieldChoice[] {
  return COLUMNS[kind].map(({ field, sv, en }) => ({
    field,
    sv,
    en,
    required: REQUIRED[kind].includes(field),
  }));
}

/** A header as an error names it: a long one cut, so a garbage first line gives a short answer. */
const cut = (h: string) => ([...h].length > 60 ? `${[...h].slice(0, 60).join("")}…` : h);

const lookups = new Map(
  IMPORT_KINDS.map((kind) => [
    kind,
    new Map(
      COLUMNS[kind].flatMap((col) =>
        [col.sv, col.en, col.field, ...col.names].map((n) => [fold(n), col] as const),
      ),
    ),
  ]),
);

/** The column a header names by itself, if any. */
export function columnNamed(kind: ImportKind, header: string): Column | undefined {
  return lookups.get(kind)?.get(fold(header));
}

/** The mapping's fields that are no field of the kind: a bad request, not a bad file. */
export function badMapping(kind: ImportKind, mapping: ColumnMapping): string[] {
  const fields = new Set(COLUMNS[kind].map((c) => c.field));
  return Object.values(mapping).filter((f) => f !== "" && !fields.has(f));
}

/**
 * Matches each header to a column, by the planner's mapping first, then by name; line-1 errors for
 * unknown, repeated and missing columns. `placed`: every row's place is given from outside the
 * cells (a GeoJSON feature's geometry).
 */
export function matchHeader(
  kind: ImportKind,
  header: string[],
  placed = false,
  mapping: ColumnMapping = {},
) {
  const byField = new Map(COLUMNS[kind].map((c) => [c.field, c]));
  const ignored = new Set(IGNORED[kind].map(fold));
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const described: HeaderColumn[] = [];
  const columns = header.map((h) => {
    const name = cut(h) || "(empty)";
    const chosen = Object.hasOwn(mapping, h) ? mapping[h] : undefined;
    let col: Column | undefined;
    if (chosen === "") {
      described.push({ name: h, field: null, how: "ignored" });
      return undefined;
    }
    if (chosen !== undefined) col = byField.get(chosen);
    const how = col ? "mapped" : "known";
    col ??= columnNamed(kind, h);
    if (!col && ignored.has(fold(h))) {
      described.push({ name: h, field: null, how: "ignored" });
      return undefined;
    }
    if (!col) {
      described.push({ name: h, field: null, how: "unknown" });
      errors.push(rowError(1, name, reason("unknown_column")));
      return undefined;
    }
    described.push({ name: h, field: col.field, how });
    if (seen.has(col.field)) {
      const params = { column: col.sv, column_en: col.en };
      errors.push(rowError(1, name, reason("second_column", params)));
      return undefined;
    }
    seen.add(col.field);
    return col;
  });
  for (const field of REQUIRED[kind]) {
    if (!seen.has(field)) {
      const col = byField.get(field);
      const params = { column: col?.sv ?? field, column_en: col?.en ?? field };
      errors.push(rowError(1, params.column, reason("missing_column", params)));
    }
  }
  if (kind === "visits" && !placed && !seen.has("area") && !(seen.has("lon") && seen.has("lat"))) {
    errors.push(rowError(1, "Område", reason("give_area_or_point")));
  }
  return {
    columns,
    errors,
    header: described,
    missing: REQUIRED[kind].filter((f) => !seen.has(f)),
  };
}
