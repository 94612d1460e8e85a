// The links of an items response: self, alternate (the other JSON media type), next and prev by
// offset, and the collection. Absolute URLs, because GIS clients follow them as they are. Pure.

export interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export const GEOJSON = "application/geo+json";
export const JSON_TYPE = "application/json";

/** `f=json` asks for plain application/json (browsers show it); anything else gets GeoJSON's type. */
export type ItemsFormat = "geojson" | "json";

export const mediaType = (f: ItemsFormat) => (f === "json" ? JSON_TYPE : GEOJSON);

export interface PageRequest {
  /** The items URL without a query, e.g. http://host/ogc/collections/areas/items. */
  itemsUrl: string;
  /** Filter parameters exactly as given (bbox, datetime), carried into every link. */
  filters: Record<string, string | undefined>;
  format: ItemsFormat;
  limit: number;
  offset: number;
  matched: number;
  returned: number;
}

function href(req: PageRequest, offset: number, format: ItemsFormat): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(req.filters)) if (v !== undefined) q.set(k, v);
  q.set("limit", String(req.limit));
  if (offset > 0) q.set("offset", String(offset));
  q.set("f", format);
  return `${req.itemsUrl}?${q}`;
}

export function pageLinks(req: PageRequest, collectionUrl: string): Link[] {
  const other: ItemsFormat = req.format === "json" ? "geojson" : "json";
  const links: Link[] = [
    {
      href: href(req, req.offset, req.format),
      rel: "self",
      type: mediaType(req.format),
      title: "Den här sidan",
    },
    {
      href: href(req, req.offset, other),
      rel: "alternate",
      type: mediaType(other),
      title: `Den här sidan som ${mediaType(other)}`,
    },
  ];
  if (req.offset + req.returned < req.matched) {
    const next = href(req, req.offset + req.limit, req.format);
    links.push({ href: next, rel: "next", type: mediaType(req.format), title: "Nästa sida" });
  }
  if (req.offset > 0) {
    const prev = href(req, Math.max(0, req.offset - req.limit), req.format);
    links.push({ href: prev, rel: "prev", type: mediaType(req.format), title: "Föregående sida" });
  }
  links.push({
    href: `${collectionUrl}?f=json`,
    rel: "collection",
    type: JSON_TYPE,
    title: "Samlingen",
  });
  return links;
}
