import { describe, expect, it } from "vitest";
import { exportHref, findingCounts, findingQuery, findingsByWalk, findingView } from "./filter.ts";

describe("the findings filter", () => {
  it("shows the open findings of every area and owner unless the link says otherwise", () => {
    expect(findingView(new URLSearchParams())).toEqual({ status: "open", area: "", owner: "" });
    expect(findingView(new URLSearchParams("status=late"))).toMatchObject({ status: "open" });
    const v = findingView(new URLSearchParams("status=overdue&omrade=12300001&agare=Tekn"));
    expect(v).toEqual({ status: "overdue", area: "12300001", owner: "Tekn" });
  });

  it("asks the API for what is set, and links the CSV of the same list", () => {
    expect(findingQuery({ status: "all", area: "", owner: "  " })).toEqual({ status: "all" });
    const v = { status: "overdue" as const, area: "12300001", owner: "Åsa" };
    expect(findingQuery(v)).toEqual({ status: "overdue", area_id: "12300001", owner: "Åsa" });
    expect(exportHref(v)).toBe(
      "/api/findings/export.csv?status=overdue&area_id=12300001&owner=%C3%85sa",
    );
  });

  it("counts open, overdue and closed", () => {
    const counts = findingCounts([
      { status: "open", overdue: true },
      { status: "open", overdue: false },
      { status: "done", overdue: false },
    ]);
    expect(counts).toEqual({ open: 2, overdue: 1, done: 1 });
  });
});

describe("findingsByWalk", () => {
  it("counts each walk's open and closed findings", () => {
    const by = findingsByWalk([
      { visit_id: 3, status: "open" },
      { visit_id: 3, status: "done" },
      { visit_id: 3, status: "open" },
      { visit_id: 5, status: "done" },
    ]);
    expect(Object.fromEntries(by)).toEqual({ 3: { open: 2, done: 1 }, 5: { open: 0, done: 1 } });
  });
});
