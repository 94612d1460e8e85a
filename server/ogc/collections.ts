// The service's two collections: what they are called and what a GIS user must know about them.
import type { CollectionId, CollectionInfo } from "./documents.ts";
import type { CollectionData } from "./repo.ts";

export const COLLECTION_IDS: CollectionId[] = ["areas", "visits"];

export function isCollectionId(id: string): id is CollectionId {
  return (COLLECTION_IDS as string[]).includes(id);
}

/** Whether `datetime` filters the collection; areas have no time, so it is accepted and ignored. */
export const HAS_TIME: Record<CollectionId, boolean> = { areas: false, visits: true };

export function collectionInfo(id: CollectionId, data: CollectionData): CollectionInfo {
  if (id === "areas") {
    const p = data.period;
    return {
      id,
      title: "Bostadsområden",
      description:
        "Bostadsområden (valdistrikt) med andel hushåll i grannsamverkan (watch_coverage) och med " +
        `märk-DNA (dna_uptake), antal besök ${p ? `${p.from}–${p.to}` : "de senaste 12 månaderna"} ` +
        "(visits, period_from–period_to) och senaste besök. households är en uppskattning " +
        "(households_method). Områden har ingen tid: datetime accepteras men filtrerar inte. " +
        "Inga inbrottssiffror och inga kontaktpersoner.",
      bbox: data.bbox,
    };
  }
  return {
    id,
    title: "Besök",
    description:
      "Informationsmöten, möten med kontaktombud och trygghetsvandringar som har en plats " +
      "(kind: info_session, contact_meeting, safety_walk). datetime filtrerar på besökets datum, " +
      "som gäller hela dagen (UTC). Färre än 5 deltagare visas inte (attendees är då null och " +
      "attendees_under_5 sann). Inga anteckningar och inga kontaktpersoner.",
    bbox: data.bbox,
    days: data.days ?? null,
  };
}
