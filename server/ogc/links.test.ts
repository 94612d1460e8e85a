import { describe, expect, it } from "vitest";
import { type PageRequest, pageLinks } from "./links.ts";

const items = "http://h/ogc/collections/visits/items";
const page = (over: Partial<PageRequest>): PageRequest => ({
  itemsUrl: items,
  filters: {},
  format: "geojson",
  limit: 2,
  offset: 0,
  matched: 5,
  returned: 2,
  ...over,
});
const rels = (req: PageRequest) =>
  Object.fromEntries(pageLinks(req, "http://h/ogc/collections/visits").map((l) => [l.rel, l.href]));

describe("pageLinks", () => {
  it("links the first page to the next, with no prev", () => {
    const r = rels(page({}));
    expect(r.self).toBe(`${items}?limit=2&f=geojson`);
    expect(r.alternate).toBe(`${items}?limit=2&f=json`);
    expect(r.next).toBe(`${items}?limit=2&offset=2&f=geojson`);
    expect(r.prev).toBeUndefined();
    expect(r.collection).toBe("http://h/ogc/collections/visits?f=json");
  });

  it("links a middle page both ways and the last page only back", () => {
    const middle = rels(page({ offset: 2 }));
    expect(middle.next).toBe(`${items}?limit=2&offset=4&f=geojson`);
    expect(middle.prev).toBe(`${items}?limit=2&f=geojson`);
    const last = rels(page({ offset: 4, returned: 1 }));
    expect(last.next).toBeUndefined();
    expect(last.prev).toBe(`${items}?limit=2&offset=2&f=geojson`);
  });

  it("carries the filters, and never goes before the first item", () => {
    const r = rels(
      page({
        offset: 1,
        filters: { bbox: "13,55,14,56", datetime: "2019-01-01/.." },
        format: "json",
      }),
    );
    expect(r.prev).toBe(`${items}?bbox=13%2C55%2C14%2C56&datetime=2019-01-01%2F..&limit=2&f=json`);
    expect(pageLinks(page({ format: "json" }), "c").find((l) => l.rel === "self")?.type).toBe(
      "application/json",
    );
    expect(pageLinks(page({}), "c").find((l) => l.rel === "alternate")?.type).toBe(
      "application/json",
    );
  });
});
