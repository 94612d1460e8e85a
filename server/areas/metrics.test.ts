import { describe, expect, it } from "vitest";
import { type AreaRow, areaProperties, NO_COUNTS, share, watchStatus } from "./metrics.ts";

const area: AreaRow = {
  id: "12300702",
  name: "Borggård",
  locality: "Staffanstorp",
  households: 400,
  households_method: "test",
  eligible_voters: 900,
  area_km2: 0.5,
  kommun: "1230",
  kommun_name: "Staffanstorp",
};
const period = { from: "2019-01-01", to: "2019-12-31" };

describe("watchStatus", () => {
  it("is active over starting over none", () => {
    expect(watchStatus({ activeGroups: 1, startingGroups: 2 })).toBe("active");
    expect(watchStatus({ activeGroups: 0, startingGroups: 1 })).toBe("starting");
    expect(watchStatus({ activeGroups: 0, startingGroups: 0 })).toBe("none");
  });
});

describe("share", () => {
  it("caps at 1 and treats an empty area as 0", () => {
    expect(share(100, 400)).toBe(0.25);
    expect(share(500, 400)).toBe(1);
    expect(share(3, 0)).toBe(0);
  });
});

describe("areaProperties", () => {
  it("computes coverage, uptake and days since the last visit", () => {
    const p = areaProperties(
      area,
      {
        ...NO_COUNTS,
        activeGroups: 2,
        startingGroups: 1,
        activeHouseholds: 130,
        dnaKits: 33,
        visitsInPeriod: 2,
        lastVisit: "2019-11-30",
        burglaries: 4,
        demo: true,
      },
      period,
    );
    expect(p).toMatchObject({
      watch_status: "active",
      watch_groups: 3,
      watch_households: 130,
      watch_coverage: 0.325,
      dna_households: 33,
      dna_uptake: 0.0825,
      visits: 2,
      last_visit: "2019-11-30",
      days_since_last_visit: 31,
      burglaries: 4,
      demo: true,
    });
  });

  it("reports no visit as null, not as zero days", () => {
    const p = areaProperties(area, NO_COUNTS, period);
    expect(p.watch_status).toBe("none");
    expect(p.last_visit).toBeNull();
    expect(p.days_since_last_visit).toBeNull();
    expect(p.watch_coverage).toBe(0);
  });

  it("never lets recorded households exceed the estimate", () => {
    const p = areaProperties(
      area,
      { ...NO_COUNTS, activeGroups: 1, activeHouseholds: 999, dnaKits: 999 },
      period,
    );
    expect(p.watch_households).toBe(400);
    expect(p.watch_coverage).toBe(1);
    expect(p.dna_uptake).toBe(1);
  });
});
