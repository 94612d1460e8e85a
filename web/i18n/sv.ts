// Swedish, the default language. Its shape is the type every other language must match.

import * as admin from "../admin/i18n.ts";
import * as auth from "../auth/i18n.ts";
import * as findings from "../findings/i18n.ts";
import { fieldCodesSv } from "../forms/codes.ts";
import { importCodesSv } from "../import/codes.ts";
import * as planner from "../planner/i18n.ts";
import * as police from "../police/i18n.ts";
import * as pub from "../public/i18n.ts";
export const sv = {
  app: {
    title: "Grannkoll – Staffanstorp",
    place: "Staffanstorp",
    loading: "Laddar kartan …",
    loadingView: "Laddar sidan …",
    loadingData: "Hämtar uppgifterna …",
    loadError: "Kunde inte hämta data: {{message}}",
    retry: "Försök igen",
    cancel: "Avbryt",
  },
  demo: {
    badge: "Demodata",
    explanation:
      "Påhittat för att visa hur verktyget fungerar: grannsamverkansgrupper, informationsträffar i bostadsområden, informationsträffar för kontaktpersoner, trygghetsvandringar, utdelat märk-DNA, bostadsinbrott, utskick i Coyards och CoProfs, veckornas lägesbilder och polisens närvaro. Verkligt: bostadsområdenas gränser, röstberättigade, hushållsuppskattningarna, löftena och trygghetsmätningens siffror.",
    /** On every chart, map and printed page whose figures rest on invented records. */
    mark: "Demodata – påhittade siffror",
    /** The short tag beside one figure. */
    tag: "demodata",
    /** Each kind of invented record by name (server/privacy/source-demo.ts DEMO_KINDS). */
    kinds: {
      watch_groups: "grannsamverkansgrupper",
      info_sessions: "informationsträffar i bostadsområden",
      contact_meetings: "informationsträffar för kontaktpersoner",
      safety_walks: "trygghetsvandringar",
      dna_kits: "utdelat märk-DNA",
      burglaries: "bostadsinbrott",
      messages: "utskick i Coyards och CoProfs",
      lagesbild: "veckornas lägesbilder",
    },
  },
  language: {
    label: "Språk",
    // Each language in itself, on its button whatever the interface language.
    sv: "Svenska",
    en: "English",
  },
  controls: {
    title: "Visa på kartan",
  },
  kommun: {
    label: "Kommun",
    all: "Hela lokalpolisområdet",
    /** Beside the one kommun of a caller who covers one: there is nothing to choose. */
    only: "Kommun: {{name}}",
    unknown: "Okänd kommun",
    /** Screen readers: what the page now shows after a change. */
    showing: "Visar {{name}}",
  },
  measure: {
    label: "Färglägg områden efter",
    watch_coverage: "Grannsamverkan (andel hushåll)",
    dna_uptake: "Märk-DNA (andel hushåll)",
    days_since_last_visit: "Dagar sedan senaste besök",
    visits: "Besök under perioden",
  },
  period: {
    legend: "Period",
    from: "Från",
    to: "Till",
    invalidDate: "{{field}}: ange ett giltigt datum (ÅÅÅÅ-MM-DD).",
    order: "Från-datumet måste vara samma som eller före till-datumet.",
    clamped: "Perioder kan väljas {{from}}–{{to}}; perioden har begränsats till det.",
    serverError: "Servern godtog inte perioden: {{message}}",
    presets: {
      label: "Snabbval",
      last12Months: "Senaste 12 månaderna",
      lastQuarter: "Senaste hela kvartalet",
      thisYear: "Hittills i år",
      promisePeriod: "{{name}}",
    },
  },
  legend: {
    title: "Teckenförklaring",
    darker: "Mörkare färg = mer gjort i området.",
    noVisit: "Inget besök registrerat",
    noWatch: "Ingen aktiv grannsamverkan",
    noWatchHint:
      "Streckat med streckad kant: här finns plats att starta grannsamverkan. Strecken är svaga utanför tätorten.",
    builtUp: "Stark färg: tätort, där de flesta bor",
    builtUpHint:
      "Blek färg: resten av området, mest åker och gårdar. Stark och blek färg gäller samma område och samma värde.",
    starting: "Grannsamverkan håller på att starta (orange kant)",
    lowerIncluded: "Gränsvärdet räknas till den högre klassen.",
    top: "De tre högst rankade områdena (lila kant och nummer)",
    selected: "Valt område (rosa kant)",
    point: "Platsen i formuläret (sparas med det)",
    route: "Rutten i formuläret (streckad, sparas med det)",
    savedSessions: "Registrerade möten",
    savedWalks: "Registrerade trygghetsvandringar",
    savedPresence: "Registrerad närvaro under perioden",
    heatNone: "Inga effektiva minuter",
    heatUpTo: "Upp till {{minutes}} effektiva minuter",
    flagReached: "Flaggat i veckans lägesbild, nått (heldragen kant)",
    flagMissed: "Flaggat i veckans lägesbild, ej nått (streckad kant)",
  },
  map: {
    label: "Karta över bostadsområden, färglagda efter {{measure}}",
    hoverHint: "Klicka för att visa området",
    title: "Karta",
    zoomIn: "Zooma in",
    zoomOut: "Zooma ut",
    toggleAttribution: "Visa eller dölj källor",
  },
  status: {
    active: "Aktiv grannsamverkan",
    starting: "Grannsamverkan startar",
    none: "Ingen grannsamverkan",
  },
  groupStatus: {
    active: "aktiv",
    starting: "startar",
    inactive: "vilande",
  },
  areaList: {
    title: "Bostadsområden",
    show: "Visa områdeslista",
    hide: "Dölj områdeslista",
    showShort: "Visa ▲",
    hideShort: "Dölj ▼",
  },
  panel: {
    label: "Fakta om {{name}}",
    close: "Stäng",
    closeHint: "Stäng (Esc)",
    loading: "Hämtar områdets uppgifter …",
    locality: "Tätort",
    households: "Hushåll",
    estimate: "uppskattning",
    householdsMethod: "Så har antalet uppskattats",
    eligibleVoters: "Röstberättigade (val 2022)",
    unknown: "uppgift saknas",
    watchTitle: "Grannsamverkan",
    watchHouseholds: "Hushåll i grannsamverkan",
    watchCoverage: "Andel hushåll i grannsamverkan",
    groups: "Grupper",
    noGroups: "Ingen grupp registrerad – området kan starta grannsamverkan.",
    groupLine: "{{households}} hushåll, startade {{started}}",
    dnaTitle: "Märk-DNA",
    dnaHouseholds: "Hushåll med märk-DNA",
    dnaUptake: "Andel hushåll med märk-DNA",
    visitsTitle: "Besök",
    visitsInPeriod: "Besök under perioden",
    lastVisit: "Senaste besök",
    daysSince: "{{days}} före periodens slut",
    noVisit: "Inget besök registrerat",
    visitsAll: "Alla besök fram till periodens slut, nyast först",
    attendees: "Deltagare",
    kits: "Märk-DNA-kit",
    organisers: "Arrangörer",
    outsidePeriod: "före perioden",
    burglariesTitle: "Bostadsinbrott",
    burglaries: "Bostadsinbrott under perioden",
    byQuarter: "Per kvartal",
    quarter: "Kvartal",
    count: "Antal",
  },
  householdsMethods: {
    "deso2025-dwellings-dasymetric-voters":
      "SCB:s antal bostäder per DeSO (2025) fördelat på valdistrikten efter var den bebyggda marken (tätorterna) ligger och var de röstberättigade bor. En bostad räknas som ett hushåll.",
  } as Record<string, string>,
  organiser: {
    police: "polisen",
    municipality: "kommunen",
    volunteers: "polisvolontärer",
    others: "andra aktörer",
  } as Record<string, string>,
  visitKind: {
    info_session: "Informationsträff",
    contact_meeting: "Informationsträff för kontaktpersoner",
    safety_walk: "Trygghetsvandring",
  },
  visitTopic: {
    grannsamverkan: "grannsamverkan",
    markdna: "märk-DNA",
    contact_persons: "kontaktpersoner",
    other: "annat",
  },
  importCodes: importCodesSv,
  fieldCodes: fieldCodesSv,
  admin: admin.sv,
  auth: auth.sv,
  findings: findings.sv,
  planner: planner.sv,
  pub: pub.sv,
  police: police.sv,
};

/** Every language file must have exactly these keys. */
export type Messages = typeof sv;
