// The columns of each CSV and .xlsx export, with Swedish headers and values. The visits sheet uses
// the header names the visits import reads, so an exported file can be edited and imported again.
// No header holds a separator (',' or ';'): GDAL and other readers guess the separator from the
// header line.
// Neither sheet has a contact person: those details are in no export. Pure.
import type { AreaProperties, WatchStatus } from "../areas/types.ts";
import type { DnaKitRecord } from "../dna-kits/schema.ts";
import type { Period } from "../period/period.ts";
import type { Organiser, VisitKind, VisitRecord, VisitTopic } from "../visits/schema.ts";
import type { WatchGroupRecord, WatchGroupStatus } from "../watch-groups/schema.ts";
import type { Cell } from "./csv.ts";

export const KIND_SV: Record<VisitKind, string> = {
  info_session: "informationsträff",
  contact_meeting: "informationsträff för kontaktpersoner",
  safety_walk: "trygghetsvandring",
};
export const TOPIC_SV: Record<VisitTopic, string> = {
  grannsamverkan: "grannsamverkan",
  markdna: "märk-DNA",
  contact_persons: "kontaktpersoner",
  other: "annat",
};
export const ORGANISER_SV: Record<Organiser, string> = {
  police: "polis",
  municipality: "kommun",
  volunteers: "volontärer",
  others: "andra",
};
const WATCH_SV: Record<WatchStatus, string> = {
  active: "aktiv",
  starting: "startar",
  none: "ingen",
};

export interface Sheet {
  header: string[];
  rows: Cell[][];
}

/** A column: its header and how a row's cell is taken from a record (header and value side by side). */
type Columns<T> = [header: string, cell: (row: T) => Cell][];

function sheet<T>(columns: Columns<T>, records: T[]): Sheet {
  return {
    header: columns.map(([h]) => h),
    rows: records.map((r) => columns.map(([, cell]) => cell(r))),
  };
}

const AREA_COLUMNS: Columns<AreaProperties> = [
  ["område", (a) => a.id],
  ["namn", (a) => a.name],
  ["tätort", (a) => a.locality],
  ["hushåll (uppskattning)", (a) => a.households],
  ["hushållsmetod", (a) => a.households_method],
  ["röstberättigade", (a) => a.eligible_voters],
  ["yta km²", (a) => a.area_km2],
  ["grannsamverkan", (a) => WATCH_SV[a.watch_status]],
  ["grupper", (a) => a.watch_groups],
  ["hushåll i grannsamverkan", (a) => a.watch_households],
  ["andel i grannsamverkan", (a) => a.watch_coverage],
  ["hushåll med märk-DNA", (a) => a.dna_households],
  ["andel med märk-DNA", (a) => a.dna_uptake],
  ["besök i perioden", (a) => a.visits],
  ["senaste besök", (a) => a.last_visit],
  ["inbrott i perioden", (a) => a.burglaries],
  ["demodata", (a) => a.demo],
];

export function areaSheet(areas: AreaProperties[], period: Period): Sheet {
  const periodColumns: Columns<AreaProperties> = [
    ["period från", () => period.from],
    ["period till", () => period.to],
  ];
  return sheet([...AREA_COLUMNS, ...periodColumns], areas);
}

const isWalk = (v: VisitRecord) => v.kind === "safety_walk";

const VISIT_COLUMNS: Columns<VisitRecord> = [
  ["id", (v) => v.id],
  ["typ", (v) => KIND_SV[v.kind]],
  ["datum", (v) => v.date],
  ["område", (v) => v.area_id],
  ["områdesnamn", (v) => v.area_name],
  ["ämne", (v) => TOPIC_SV[v.topic]],
  ["arrangörer", (v) => v.organisers.map((o) => ORGANISER_SV[o]).join(", ")],
  ["deltagare", (v) => v.attendees],
  ["märk-DNA-satser", (v) => (isWalk(v) ? null : v.kits)],
  ["medverkande", (v) => v.participants.join(", ")],
  ["lon", (v) => v.lon],
  ["lat", (v) => v.lat],
  ["öppna fynd", (v) => (isWalk(v) ? v.open_findings : null)],
  ["anteckningar", (v) => v.notes],
  ["demodata", (v) => v.demo],
];

export function visitSheet(visits: VisitRecord[]): Sheet {
  return sheet(VISIT_COLUMNS, visits);
}

const GROUP_STATUS_SV: Record<WatchGroupStatus, string> = {
  active: "aktiv",
  starting: "startar",
  inactive: "vilande",
};

// Watch groups without their contact person, whose details are in no export; an import of this
// sheet updates a group's other fields and leaves the contact person as stored.
const GROUP_COLUMNS: Columns<WatchGroupRecord> = [
  ["id", (g) => g.id],
  ["område", (g) => g.area_id],
  ["områdesnamn", (g) => g.area_name],
  ["gruppens namn", (g) => g.name],
  ["status", (g) => GROUP_STATUS_SV[g.status]],
  ["hushåll", (g) => g.households],
  ["startdatum", (g) => g.started_on],
  ["demodata", (g) => g.demo],
];

export function groupSheet(groups: WatchGroupRecord[]): Sheet {
  return sheet(GROUP_COLUMNS, groups);
}

/** Märk-DNA kits handed out outside sessions (those at a session are in the visits sheet). */
const KIT_COLUMNS: Columns<DnaKitRecord> = [
  ["id", (k) => k.id],
  ["område", (k) => k.area_id],
  ["områdesnamn", (k) => k.area_name],
  ["utdelningsdatum", (k) => k.handed_out_on],
  ["antal kit", (k) => k.kits],
  ["demodata", (k) => k.demo],
];

export function kitSheet(kits: DnaKitRecord[]): Sheet {
  return sheet(
    KIT_COLUMNS,
    kits.filter((k) => k.visit_id === null),
  );
}
