import { describe, expect, it } from "vitest";
import {
  auditParams,
  detailLines,
  EMPTY_FILTER,
  filterErrors,
  filterFromParams,
} from "./audit-filter.ts";

describe("auditParams", () => {
  it("keeps only the filters that are set, trimmed", () => {
    expect(auditParams({ ...EMPTY_FILTER, q: " anna inloggning ", from: "2026-01-01" })).toEqual({
      q: "anna inloggning",
      from: "2026-01-01",
    });
    expect(auditParams({ ...EMPTY_FILTER, q: "  " })).toEqual({});
  });

  it("reads the filter a link names, and writes it back the same", () => {
    const params = new URLSearchParams("flik=audit&q=skapade+vandring&to=2026-11-30");
    const filter = filterFromParams(params);
    expect(filter).toEqual({ q: "skapade vandring", from: "", to: "2026-11-30" });
    expect(auditParams(filter)).toEqual({ q: "skapade vandring", to: "2026-11-30" });
  });
});

describe("filterErrors", () => {
  it("names a date that is not a real YYYY-MM-DD date", () => {
    expect(filterErrors({ ...EMPTY_FILTER, from: "2026-02-30" })).toEqual({ from: "badDate" });
    expect(filterErrors({ ...EMPTY_FILTER, to: "30/11/2026" })).toEqual({ to: "badDate" });
  });
  it("refuses a range that ends before it starts, on the to field", () => {
    expect(filterErrors({ ...EMPTY_FILTER, from: "2026-11-30", to: "2026-11-01" })).toEqual({
      to: "order",
    });
    expect(filterErrors({ ...EMPTY_FILTER, from: "2026-11-30", to: "2026-11-30" })).toEqual({});
  });
});

describe("detailLines", () => {
  it("gives one line per key of an object or a JSON string", () => {
    expect(detailLines({ role: "police", disabled: true })).toEqual([
      { key: "role", value: "police" },
      { key: "disabled", value: "true" },
    ]);
    expect(detailLines('{"ids":[3,4],"changes":{"role":"admin"}}')).toEqual([
      { key: "ids", value: "3, 4" },
      { key: "changes", value: '{"role":"admin"}' },
    ]);
  });
  it("keeps text that is not JSON as one line, and nothing as no lines", () => {
    expect(detailLines("not json")).toEqual([{ key: "", value: "not json" }]);
    expect(detailLines(null)).toEqual([]);
    expect(detailLines("")).toEqual([]);
    expect(detailLines({})).toEqual([]);
  });
});
