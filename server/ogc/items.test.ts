import { describe, expect, it } from "vitest";
import { featureDocument, type ItemsRequest, itemsPage } from "./items.ts";
import type { OgcFeature } from "./repo.ts";

// Three visits a day apart, 0.01° apart along the same parallel.
const visit = (id: number, lon: number, date: string): OgcFeature => ({
  type: "Feature",
  id,
  geometry: { type: "Point", coordinates: [lon, 55.645] },
  properties: { id, date },
  time: { start: date, end: date },
});
const features = [
  visit(1, 13.2, "2019-06-10"),
  visit(2, 13.21, "2019-06-11"),
  visit(3, 13.22, "2019-06-12"),
];
const request = (over: Partial<ItemsRequest>): ItemsRequest => ({
  features,
  hasTime: true,
  limit: 100,
  offset: 0,
  format: "geojson",
  filters: {},
  collectionUrl: "http://h/ogc/collections/visits",
  timeStamp: "2026-11-30T12:00:00.000Z",
  ...over,
});
const ids = (r: ReturnType<typeof itemsPage>) => r.features.map((f) => f.id);

describe("itemsPage", () => {
  it("counts what matched before paging and what the page returns", () => {
    const page = itemsPage(request({ limit: 2, offset: 1 }));
    expect([ids(page), page.numberMatched, page.numberReturned]).toEqual([[2, 3], 3, 2]);
    expect(page.links.map((l) => l.rel)).toEqual(["self", "alternate", "prev", "collection"]);
  });

  it("filters by bbox and datetime together", () => {
    const interval = { start: Date.parse("2019-06-11T00:00:00Z"), end: null };
    const page = itemsPage(request({ boxes: [[13.205, 55, 14, 56]], interval }));
    expect([ids(page), page.numberMatched]).toEqual([[2, 3], 2]);
    expect(
      ids(itemsPage(request({ boxes: [[13.215, 55, 14, 56]], interval: { start: null, end: 0 } }))),
    ).toEqual([]);
  });

  it("matches a month-long span anywhere in it, and returns features without the filter's time", () => {
    const month = {
      ...visit(9, 13.2, "2019-06-01"),
      time: { start: "2019-06-01", end: "2019-06-30" },
    };
    const late = { start: Date.parse("2019-06-30T23:00:00Z"), end: null };
    const page = itemsPage(request({ features: [month], interval: late }));
    expect(ids(page)).toEqual([9]);
    expect(page.features[0]).not.toHaveProperty("time");
    const after = { start: Date.parse("2019-07-01T00:00:00Z"), end: null };
    expect(ids(itemsPage(request({ features: [month], interval: after })))).toEqual([]);
  });

  it("ignores datetime for a collection without time", () => {
    expect(ids(itemsPage(request({ hasTime: false, interval: { start: null, end: 0 } })))).toEqual([
      1, 2, 3,
    ]);
  });
});

describe("featureDocument", () => {
  it("links the feature to itself, its other media type and its collection", () => {
    const doc = featureDocument(
      visit(7, 13.2, "2019-06-10"),
      "http://h/ogc/collections/visits",
      "json",
    );
    expect(doc.links).toEqual([
      {
        href: "http://h/ogc/collections/visits/items/7?f=json",
        rel: "self",
        type: "application/json",
      },
      {
        href: "http://h/ogc/collections/visits/items/7?f=geojson",
        rel: "alternate",
        type: "application/geo+json",
      },
      {
        href: "http://h/ogc/collections/visits?f=json",
        rel: "collection",
        type: "application/json",
      },
    ]);
  });
});
