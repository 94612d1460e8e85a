import { describe, expect, it } from "vitest";
import { headerKey, importSearch, recall, remember } from "./mapping.ts";

/** A Storage over a Map, as localStorage behaves. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe("the remembered column mapping", () => {
  it("is found again for the same kind and headers, and not for others", () => {
    const s = memoryStorage();
    remember(s, "dna-kits", ["Plats", "När", "Antal"], { Plats: "area", När: "handed_out_on" });
    expect(recall(s, "dna-kits", ["Plats", "När", "Antal"])).toEqual({
      Plats: "area",
      När: "handed_out_on",
    });
    expect(recall(s, "visits", ["Plats", "När", "Antal"])).toBeNull();
    expect(recall(s, "dna-kits", ["När", "Plats", "Antal"])).toBeNull();
    expect(headerKey("a", ["b"])).not.toBe(headerKey("a", ["b", ""]));
  });

  it("counts a damaged entry as none", () => {
    const s = memoryStorage();
    s.setItem(headerKey("dna-kits", ["x"]), "{not json");
    expect(recall(s, "dna-kits", ["x"])).toBeNull();
  });
});

describe("importSearch", () => {
  it("sends only what differs from the defaults", () => {
    expect(importSearch({ mapping: {}, existing: "skip", place: "point" })).toBe("");
    expect(importSearch({ mapping: { Färg: "" }, existing: "update", place: "area" })).toBe(
      `?columns=${encodeURIComponent('{"Färg":""}')}&existing=update&place=area`,
    );
  });
  it("names the kommun the rows are for", () => {
    expect(importSearch({ mapping: {}, existing: "skip", place: "point", kommun: "1262" })).toBe(
      "?kommun=1262",
    );
  });
});
