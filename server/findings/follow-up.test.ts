import { describe, expect, it } from "vitest";
import { type FollowUpRow, isOverdue, selectFindings } from "./follow-up.ts";

const TODAY = "2026-12-04";
const row = (id: number, over: Partial<FollowUpRow>): FollowUpRow => ({
  id,
  area_id: "A",
  owner: "Tekniska förvaltningen",
  status: "open",
  due_on: null,
  closed_on: null,
  ...over,
});

const rows = [
  row(1, { due_on: "2026-12-20" }),
  row(2, { status: "done", due_on: "2026-11-01", closed_on: "2026-11-10" }),
  row(3, { due_on: "2026-11-30", owner: "Polisen", area_id: "B" }),
  row(4, {}),
  row(5, { due_on: "2026-10-01", owner: "Åsa på fastighet" }),
  row(6, { status: "done", closed_on: "2026-12-01", area_id: "B" }),
  row(7, { due_on: TODAY }),
];

describe("the findings follow-up", () => {
  it("counts a finding overdue the day after its due date, and never a closed one", () => {
    expect(isOverdue({ status: "open", due_on: "2026-12-03" }, TODAY)).toBe(true);
    expect(isOverdue({ status: "open", due_on: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: "open", due_on: null }, TODAY)).toBe(false);
    expect(isOverdue({ status: "done", due_on: "2026-01-01" }, TODAY)).toBe(false);
  });

  it("lists the overdue first, then the open by due date, then the closed, newest first", () => {
    expect(selectFindings(rows, {}, TODAY).map((f) => f.id)).toEqual([5, 3, 7, 1, 4, 6, 2]);
  });

  it("filters by status, area and any part of the owner's name in any case", () => {
    const ids = (filter: Parameters<typeof selectFindings>[1]) =>
      selectFindings(rows, filter, TODAY).map((f) => f.id);
    expect(ids({ status: "overdue" })).toEqual([5, 3]);
    expect(ids({ status: "open" })).toEqual([5, 3, 7, 1, 4]);
    expect(ids({ status: "done" })).toEqual([6, 2]);
    expect(ids({ area_id: "B" })).toEqual([3, 6]);
    expect(ids({ owner: "TEKN" })).toEqual([7, 1, 4, 6, 2]);
    expect(ids({ owner: "åsa" })).toEqual([5]);
    expect(ids({ owner: "polis", status: "done" })).toEqual([]);
  });
});
