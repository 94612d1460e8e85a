// Swedish, the default language. Its shape is the type every other language must match.
import * as admin from "../admin/i18n.ts";
import * as auth from "../auth/i18n.ts";
import * as planner from "../planner/i18n.ts";
import * as police from "../police/i18n.ts";
import * as pub from "../public/i18n.ts";
export const sv = {
  app: {
    title: "Grannkoll – Staffanstorp",
    place: "Staffanstorp",
    loading: "Laddar kartan …",
    loadingView: "Laddar sidan …",
    loadError: "Kunde inte hämta data: {{message}}",
    retry: "Försök igen",
  },
  demo: {
    badge: "Demodata",
    explanation:
      "Aktivitetsdata (grannsamverkansgrupper, besök, märk-DNA och inbrott) är påhittade för att visa hur verktyget fungerar. Områdesgränser, röstberättigade och hushållsuppskattningar bygger på verkliga källor.",
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
    clamped: "Det finns data {{from}}–{{to}}; perioden har begränsats till det.",
    serverError: "Servern godtog inte perioden: {{message}}",
  },
  legend: {
    title: "Teckenförklaring",
    darker: "Mörkare färg = mer gjort i området.",
    noVisit: "Inget besök registrerat",
    noWatch: "Ingen aktiv grannsamverkan",
    noWatchHint: "Streckat med streckad kant: här finns plats att starta grannsamverkan.",
    starting: "Grannsamverkan håller på att starta (orange kant)",
    lowerIncluded: "Gränsvärdet räknas till den högre klassen.",
  },
  map: {
    label: "Karta över bostadsområden i Staffanstorps kommun, färglagda efter {{measure}}",
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
    info_session: "Informationstillfälle",
    contact_meeting: "Möte med kontaktombud",
    safety_walk: "Trygghetsvandring",
  },
  visitTopic: {
    grannsamverkan: "grannsamverkan",
    markdna: "märk-DNA",
    contact_persons: "kontaktombud",
    other: "annat",
  },
  admin: admin.sv,
  auth: auth.sv,
  planner: planner.sv,
  pub: pub.sv,
  police: police.sv,
};

/** Every language file must have exactly these keys. */
export type Messages = typeof sv;
