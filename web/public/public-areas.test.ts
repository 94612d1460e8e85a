import { describe, expect, it } from "vitest";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import {
  activityNewestFirst,
  allUpcoming,
  dnaClassLower,
  toMapCollection,
} from "./public-areas.ts";

const square = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
} as const;
const session = (date: string, area: string) => ({
  date,
  area_id: area,
  area_name: area,
  topic: "Märk-DNA",
  lon: 0,
  lat: 0,
});
function area(id: string, watch: "active" | "starting" | "invitation", dna: "<10 %" | "25–50 %") {
  return {
    type: "Feature" as const,
    id,
    geometry: square,
    properties: {
      id,
      name: id,
      locality: "Staffanstorp",
      watch,
      dna_uptake_class: dna,
      activity: [
        { month: "2019-01", info_sessions: 1, safety_walks: 0, demo: true },
        { month: "2019-03", info_sessions: 0, safety_walks: 2, demo: true },
      ],
      upcoming_sessions: [session(id === "a" ? "2027-02-01" : "2027-01-05", id)],
      next_session_nearby: null,
      demo: true,
    },
  };
}
const pub = {
  type: "FeatureCollection",
  as_of: "2026-11-30",
  demo: true,
  features: [area("a", "invitation", "<10 %"), area("b", "active", "25–50 %")],
} as unknown as PublicAreaCollection;

describe("public areas for the map", () => {
  it("gives each coarse class its lower bound", () => {
    expect(dnaClassLower("<10 %")).toBe(0);
    expect(dnaClassLower("10–25 %")).toBe(0.1);
    expect(dnaClassLower("25–50 %")).toBe(0.25);
    expect(dnaClassLower("≥50 %")).toBe(0.5);
  });
  it("draws an invitation area as 'none' and keeps only what the map needs", () => {
    const c = toMapCollection(pub);
    expect(c.period).toEqual({ from: "2026-11-30", to: "2026-11-30" });
    expect(c.features.map((f) => f.properties)).toEqual([
      { id: "a", name: "a", watch_status: "none", dna_uptake: 0 },
      { id: "b", name: "b", watch_status: "active", dna_uptake: 0.25 },
    ]);
  });
  it("lists months newest first and upcoming sessions by date", () => {
    expect(
      activityNewestFirst(
        (pub.features[0] as PublicAreaCollection["features"][number]).properties,
      ).map((m) => m.month),
    ).toEqual(["2019-03", "2019-01"]);
    expect(allUpcoming(pub).map((s) => s.date)).toEqual(["2027-01-05", "2027-02-01"]);
  });
});
