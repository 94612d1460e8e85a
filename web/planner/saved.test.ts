import { describe, expect, it } from "vitest";
import type { VisitRecord } from "../../server/visits/schema.ts";
import { savedVisits } from "./saved.ts";

const line: NonNullable<VisitRecord["route"]> = {
  type: "LineString",
  coordinates: [
    [13.2, 55.6],
    [13.21, 55.61],
  ],
};
const visits = [
  { kind: "info_session" as const, area_id: "A", lon: 13.2, lat: 55.6, route: null },
  { kind: "contact_meeting" as const, area_id: "B", lon: 13.3, lat: 55.7, route: null },
  { kind: "info_session" as const, area_id: "A", lon: null, lat: null, route: null },
  { kind: "safety_walk" as const, area_id: "A", lon: null, lat: null, route: line },
  { kind: "safety_walk" as const, area_id: "B", lon: 13.4, lat: 55.8, route: null },
];

describe("savedVisits", () => {
  it("gives the sessions' points, of the chosen area or of all", () => {
    expect(savedVisits(visits, false, "")).toEqual({
      points: [
        [13.2, 55.6],
        [13.3, 55.7],
      ],
      routes: [],
    });
    expect(savedVisits(visits, false, "B")).toEqual({ points: [[13.3, 55.7]], routes: [] });
  });

  it("gives the walks' routes, and a walk without one by its point", () => {
    expect(savedVisits(visits, true, "")).toEqual({
      points: [[13.4, 55.8]],
      routes: [line.coordinates],
    });
  });
});
