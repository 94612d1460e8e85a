// The fixed documents of the service: landing page, conformance and collection descriptions. Pure;
// `base` is the absolute URL of /ogc as the client reached it.

import type { CollectionInfo } from "./collections.ts";
import { GEOJSON, JSON_TYPE, type Link } from "./links.ts";

export const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
export const OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";

export const CONFORMANCE = [
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
];

/**
 * The service's coverage in words: "Staffanstorps kommun" for one kommun, "Lokalpolisområde
 * Kävlinge (Burlöv, Kävlinge, Lomma och Staffanstorp)" for several.
 */
export function placeOf(kommuner: readonly { name: string }[], policeArea: string): string {
  const names = kommuner.map((k) => k.name);
  // The kommun's own name: a genitive -s, except after a vowel or an s (Lomma kommun, Kävlinge kommun).
  if (names.length === 1) {
    const name = names[0] as string;
    return `${name}${/[aeiouyåäös]$/i.test(name) ? "" : "s"} kommun`;
  }
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} och ${names.at(-1)}` : names.join("");
  return `${policeArea} (${listed})`;
}

export function landingPage(base: string, place: string) {
  const links: Link[] = [
    { href: `${base}?f=json`, rel: "self", type: JSON_TYPE, title: "Den här sidan" },
    {
      href: `${base}/api`,
      rel: "service-desc",
      type: OPENAPI_TYPE,
      title: "API-beskrivning (OpenAPI 3.0)",
    },
    {
      href: `${base}/conformance`,
      rel: "conformance",
      type: JSON_TYPE,
      title: "Standarder som tjänsten följer",
    },
    { href: `${base}/collections`, rel: "data", type: JSON_TYPE, title: "Samlingar" },
  ];
  return {
    title: `Grannkoll – ${place}`,
    description:
      "Bostadsområden och besök i det brottsförebyggande arbetet (grannsamverkan, märk-DNA, " +
      `trygghetsvandringar) i ${place}, som OGC API – Features. Inga personuppgifter, ` +
      "inga inbrottssiffror per område. Varje objekt anger sin kommun (egenskapen kommun; " +
      "?kommun= väljer en). Aktivitetsdata kan vara demodata (egenskapen demo).",
    links,
  };
}

export function conformance() {
  return { conformsTo: CONFORMANCE };
}

export function collectionDocument(base: string, info: CollectionInfo) {
  const url = `${base}/collections/${info.id}`;
  const extent: Record<string, unknown> = {};
  if (info.bbox) extent.spatial = { bbox: [info.bbox], crs: CRS84 };
  if (info.days) {
    extent.temporal = {
      interval: [[`${info.days[0]}T00:00:00Z`, `${info.days[1]}T23:59:59Z`]],
      trs: "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
    };
  }
  const links: Link[] = [
    { href: `${url}?f=json`, rel: "self", type: JSON_TYPE, title: info.title },
    {
      href: `${url}/items?f=geojson`,
      rel: "items",
      type: GEOJSON,
      title: `${info.title} (GeoJSON)`,
    },
    { href: `${url}/items?f=json`, rel: "items", type: JSON_TYPE, title: `${info.title} (JSON)` },
  ];
  return {
    id: info.id,
    title: info.title,
    description: info.description,
    itemType: "feature",
    crs: [CRS84],
    extent,
    links,
  };
}

export function collectionsDocument(base: string, infos: CollectionInfo[]) {
  return {
    links: [
      { href: `${base}/collections?f=json`, rel: "self", type: JSON_TYPE, title: "Samlingar" },
    ],
    collections: infos.map((info) => collectionDocument(base, info)),
  };
}
