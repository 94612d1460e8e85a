// The service's collections: three public ones, built by the privacy filter for anyone, and two
// planning collections for a logged-in user or a personal access token, each readable by the roles
// the access table gives its API twin (server/auth/access.ts). What a GIS user must know about each.
import { rolesFor } from "../auth/access.ts";
import type { Role } from "../auth/roles.ts";
import type { Box } from "./params.ts";

export const COLLECTION_IDS = [
  "areas",
  "activity",
  "sessions",
  "planning_areas",
  "planning_visits",
] as const;
export type CollectionId = (typeof COLLECTION_IDS)[number];

export function isCollectionId(id: string): id is CollectionId {
  return (COLLECTION_IDS as readonly string[]).includes(id);
}

/** The API path whose read access a planning collection shares; public ones have none. */
const TWIN: Record<CollectionId, string | null> = {
  areas: null,
  activity: null,
  sessions: null,
  planning_areas: "/api/areas",
  planning_visits: "/api/visits",
};

export const isPublicCollection = (id: CollectionId) => TWIN[id] === null;

/** Whether a caller (null: the public) may read the collection. */
export function mayRead(id: CollectionId, role: Role | null): boolean {
  const twin = TWIN[id];
  if (twin === null) return true;
  if (role === null) return false;
  const roles = rolesFor("GET", twin);
  return roles === "open" || roles.includes(role);
}

/** Whether `datetime` filters the collection; areas have no time, so it is accepted and ignored. */
export const HAS_TIME: Record<CollectionId, boolean> = {
  areas: false,
  activity: true,
  sessions: true,
  planning_areas: false,
  planning_visits: true,
};

export interface CollectionInfo {
  id: CollectionId;
  title: string;
  description: string;
  /** Spatial extent of the items, or null when there are none. */
  bbox: Box | null;
  /** First and last day with items, for collections that have time. */
  days?: [string, string] | null;
}

const TEXT: Record<CollectionId, { title: string; description: (period?: string) => string }> = {
  areas: {
    title: "Bostadsområden (öppna uppgifter)",
    description: () =>
      "Bostadsområden (valdistrikt) med grannsamverkan (watch: active, starting eller invitation, " +
      "ett område utan grannsamverkan är en inbjudan) och andel hushåll med märk-DNA i grova " +
      "klasser (dna_uptake_class), som läget var den dag as_of anger (sista dagen i förra " +
      "månaden). Inga antal, inga inbrottssiffror, inga personuppgifter. demo: bygger på demodata.",
  },
  activity: {
    title: "Informationsträffar och trygghetsvandringar per område och månad",
    description: () =>
      "Antal informationsträffar (info_sessions) och trygghetsvandringar (safety_walks) per " +
      "område och avslutad månad (month). Kommunens och polisens egna aktiviteter, exakta antal. " +
      "datetime filtrerar på månaden. Möten med kontaktpersoner visas aldrig per område.",
  },
  sessions: {
    title: "Kommande informationsträffar",
    description: () =>
      "Informationsträffar som är annonserade från och med i dag: dag (date), område, ämne, " +
      "arrangörer och plats (en offentlig plats, annars områdets mitt). datetime filtrerar på dagen.",
  },
  planning_areas: {
    title: "Bostadsområden för planering (inloggad)",
    description: (period) =>
      "Bostadsområden med uppskattat antal hushåll (households, se households_method), andel " +
      "hushåll i grannsamverkan (watch_coverage) och med märk-DNA (dna_uptake), besök " +
      `${period ?? "de senaste 12 månaderna"} (visits, period_from–period_to), senaste besök och ` +
      "anmälda bostadsinbrott. Kräver inloggning eller personlig åtkomsttoken. Inga kontaktpersoner.",
  },
  planning_visits: {
    title: "Besök för planering (inloggad)",
    description: () =>
      "Informationsträffar, möten med kontaktpersoner och trygghetsvandringar som har en plats, " +
      "med datum, ämne, arrangörer, antal deltagare och anteckningar. datetime filtrerar på " +
      "besökets datum (hela dagen, UTC). Kräver inloggning eller personlig åtkomsttoken.",
  },
};

export function collectionInfo(
  id: CollectionId,
  data: { bbox: Box | null; days?: [string, string] | null; period?: string },
): CollectionInfo {
  const text = TEXT[id];
  return {
    id,
    title: text.title,
    description: text.description(data.period),
    bbox: data.bbox,
    ...(HAS_TIME[id] ? { days: data.days ?? null } : {}),
  };
}
