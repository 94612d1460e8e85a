import { describe, expect, it } from "vitest";
import { areaProperties, NO_COUNTS } from "../areas/metrics.ts";
import { publicArea, publicVisit } from "./public.ts";

const period = { from: "2019-01-01", to: "2019-12-31" };
const row = {
  id: "12300713",
  name: "Jakriborg",
  locality: "Hjärup",
  households: 300,
  households_method: "test",
  eligible_voters: null,
  area_km2: 12.7,
};

describe("publicArea", () => {
  it("keeps the map figures and leaves out burglaries", () => {
    const p = publicArea(
      areaProperties(row, { ...NO_COUNTS, burglaries: 9, visitsInPeriod: 2 }, period),
      period,
    );
    expect(Object.keys(p).sort()).toEqual(
      [
        "demo",
        "dna_uptake",
        "households",
        "households_method",
        "id",
        "last_visit",
        "locality",
        "name",
        "period_from",
        "period_to",
        "visits",
        "watch_coverage",
        "watch_status",
      ].sort(),
    );
    expect(p.visits).toBe(2);
    expect(JSON.stringify(p)).not.toMatch(/burglar/);
  });
});

describe("publicVisit", () => {
  const visit = {
    id: 1,
    area_id: "a",
    kind: "info_session",
    date: "2019-06-10",
    topic: "other",
    demo: 0,
  };

  it("hides attendee counts under 5", () => {
    expect(publicVisit({ ...visit, attendees: 4 })).toMatchObject({
      attendees: null,
      attendees_under_5: true,
    });
    expect(publicVisit({ ...visit, attendees: 0 })).toMatchObject({
      attendees: null,
      attendees_under_5: true,
    });
    expect(publicVisit({ ...visit, attendees: 5 })).toMatchObject({
      attendees: 5,
      attendees_under_5: false,
    });
    expect(publicVisit({ ...visit, attendees: null })).toMatchObject({
      attendees: null,
      attendees_under_5: false,
    });
    expect(publicVisit({ ...visit, attendees: 5 }).demo).toBe(false);
  });
});
