// The columns each import understands, per kind: the field each fills, its Swedish and English
// labels and the further spellings accepted as its header (every label the web app itself shows
// for that field — the forms, the area card, the exports and the templates — and the common
// variants; web/import/labels.test.ts checks the app's labels against this list), how each cell
// is read, which columns a file must have or may carry unread, and the fields the mapping step
// offers. Pure.
import { type Read, readDate, readDecimal, readWhole, splitList } from "./values.ts";
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
