import { describe, expect, it } from "vitest";
import { square } from "../../test/helpers/boundaries.ts";
import type { PolygonGeometry } from "../geo/reproject.ts";
import type { FileArea } from "./parse.ts";
import { type ExistingArea, nameKey, newAreaId, planImport, planSignature } from "./plan.ts";

const existing: ExistingArea[] = [
  { id: "12300001", name: "Alfa", geometry: square(13.2), area_km2: 0.7, references: 12 },
  { id: "12300002", name: "Beta", geometry: square(13.21), area_km2: 0.7, references: 3 },
  { id: "12300003", name: "Gamma", geometry: square(13.22), area_km2: 0.7, references: 0 },
];
const file = (
  index: number,
  id: string | null,
  name: string | null,
  geometry: PolygonGeometry,
): FileArea => ({
  index,
  id,
  name,
  geometry,
  area_km2: 0.7,
});

describe("planImport", () => {
  it("marks unchanged, changed, new and missing areas with what will happen", () => {
    const moved = square(13.2101);
    const plan = planImport(
      [
        file(0, "12300001", "Alfa", square(13.2)),
        file(1, "12300002", null, moved),
        file(2, "12300009", "Delta", square(13.3)),
      ],
      existing,
    );
    expect(plan.errors).toEqual([]);
    expect(
      plan.areas.map((a) => [a.id, a.name, a.status, a.action, a.matched_by, a.index]),
    ).toEqual([
      ["12300001", "Alfa", "unchanged", "none", "id", 0],
      ["12300002", "Beta", "changed", "update", "id", 1],
      ["12300009", "Delta", "new", "insert", null, 2],
      ["12300003", "Gamma", "missing", "delete", null, null],
    ]);
  });

  it("keeps a missing area that has activity, or when asked to", () => {
    const plan = planImport([file(0, "12300003", "Gamma", square(13.22))], existing);
    expect(
      plan.areas.filter((a) => a.status === "missing").map((a) => [a.id, a.action, a.references]),
    ).toEqual([
      ["12300001", "keep", 12],
      ["12300002", "keep", 3],
    ]);
    const kept = planImport([file(0, "12300001", null, square(13.2))], existing, {
      keepMissing: true,
    });
    expect(kept.areas.find((a) => a.id === "12300003")?.action).toBe("keep");
  });

  it("falls back to the name when the id is unknown, keeping the stored id", () => {
    const plan = planImport(
      [file(0, "77", "  BETA ", square(13.21)), file(1, null, "gamma", square(13.22))],
      existing,
    );
    expect(plan.areas.slice(0, 2).map((a) => [a.id, a.status, a.matched_by])).toEqual([
      ["12300002", "unchanged", "name"],
      ["12300003", "unchanged", "name"],
    ]);
  });

  it("reports a name claimed twice and a name shared by two areas", () => {
    const twice = planImport(
      [file(0, "12300001", null, square(13.2)), file(1, null, "Alfa", square(13.2))],
      existing,
    );
    expect(twice.errors).toEqual([
      {
        index: 1,
        id: null,
        name: "Alfa",
        reason: "matches area 12300001 by name, which feature 0 already matched",
      },
    ]);
    const same = [...existing, { ...existing[0], id: "12300004" } as ExistingArea];
    const ambiguous = planImport([file(0, null, "alfa", square(13.2))], same);
    expect(ambiguous.errors[0]?.reason).toBe(
      "name 'alfa' matches several areas (12300001, 12300004); give an id",
    );
  });

  it("gives a new area without an id a slug of its name", () => {
    const plan = planImport([file(0, null, "Hjärup Södra", square(13.3))], existing, {
      keepMissing: true,
    });
    expect(plan.areas[0]).toMatchObject({
      id: "ny-hjarup-sodra",
      name: "Hjärup Södra",
      status: "new",
    });
  });

  it("has a signature that changes when the outcome does", () => {
    const a = planImport([file(0, "12300001", "Alfa", square(13.2))], existing);
    const b = planImport([file(0, "12300001", "Alfa", square(13.2))], existing, {
      keepMissing: true,
    });
    expect(planSignature(a)).toBe(
      planSignature(planImport([file(0, "12300001", null, square(13.2))], existing)),
    );
    expect(planSignature(a)).not.toBe(planSignature(b));
  });
});

describe("names", () => {
  it("compare without case and doubled spaces", () => {
    expect(nameKey("Hjärup  Södra ")).toBe(nameKey("hjärup södra"));
    expect(nameKey("Bråhög")).not.toBe(nameKey("Brahog"));
  });

  it("make unique ids", () => {
    expect(newAreaId("Östra Åkern", new Set())).toBe("ny-ostra-akern");
    expect(newAreaId("Östra Åkern", new Set(["ny-ostra-akern", "ny-ostra-akern-2"]))).toBe(
      "ny-ostra-akern-3",
    );
    expect(newAreaId("!!!", new Set())).toBe("ny-omrade");
  });
});
