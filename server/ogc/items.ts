// The items responses: a page of a collection's features (filtered by bbox and, where the
// collection has time, by datetime) with its counts and links, and a single feature. Pure.
import { meetsBoxes, spanMeets } from "./filter.ts";
import { type ItemsFormat, JSON_TYPE, type Link, mediaType, pageLinks } from "./links.ts";
import type { Box, TimeInterval } from "./params.ts";
import type { OgcFeature } from "./repo.ts";

export interface ItemsRequest {
  /** The whole collection, in its stable order. */
  features: OgcFeature[];
  /** False for areas: datetime is accepted but selects nothing out. */
  hasTime: boolean;
  boxes?: Box[] | undefined;
  interval?: TimeInterval | undefined;
  limit: number;
  offset: number;
  format: ItemsFormat;
  /** bbox and datetime as the client wrote them, for the links. */
  filters: Record<string, string | undefined>;
  /** Absolute URL of the collection, e.g. http://host/ogc/collections/visits. */
  collectionUrl: string;
  timeStamp: string;
}

export function itemsPage(req: ItemsRequest) {
  const { boxes, interval } = req;
  const matched = req.features.filter(
    (f) =>
      (!boxes || meetsBoxes(f.geometry, boxes)) &&
      (!interval || !req.hasTime || (f.time !== undefined && spanMeets(f.time, interval))),
  );
  // `time` is what the filter reads; the properties already say it in the collection's own words.
  const features = matched
    .slice(req.offset, req.offset + req.limit)
    .map(({ time: _time, ...f }) => f);
  const links = pageLinks(
    {
      ...req,
      itemsUrl: `${req.collectionUrl}/items`,
      matched: matched.length,
      returned: features.length,
    },
    req.collectionUrl,
  );
  return {
    type: "FeatureCollection" as const,
    features,
    numberMatched: matched.length,
    numberReturned: features.length,
    timeStamp: req.timeStamp,
    links,
  };
}

export function featureDocument(
  { time: _time, ...feature }: OgcFeature,
  collectionUrl: string,
  format: ItemsFormat,
) {
  const url = `${collectionUrl}/items/${encodeURIComponent(String(feature.id))}`;
  const other: ItemsFormat = format === "json" ? "geojson" : "json";
  const links: Link[] = [
    { href: `${url}?f=${format}`, rel: "self", type: mediaType(format) },
    { href: `${url}?f=${other}`, rel: "alternate", type: mediaType(other) },
    { href: `${collectionUrl}?f=json`, rel: "collection", type: JSON_TYPE },
  ];
  return { ...feature, links };
}
