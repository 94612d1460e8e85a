import { describe, expect, it } from "vitest";
import { isoWeekOf, weekMonday, weeksInPeriod } from "./weeks.ts";

describe("ISO weeks", () => {
  it("names the week of a date, across year ends", () => {
    expect(isoWeekOf("2019-02-12")).toBe("2019-W07");
    expect(isoWeekOf("2018-12-31")).toBe("2019-W01");
    expect(isoWeekOf("2020-12-31")).toBe("2020-W53");
    expect(isoWeekOf("2021-01-03")).toBe("2020-W53");
    expect(isoWeekOf("2021-01-04")).toBe("2021-W01");
  });

  it("finds a week's Monday and refuses weeks that do not exist", () => {
    expect(weekMonday("2019-W07")).toBe("2019-02-11");
    expect(weekMonday("2019-W01")).toBe("2018-12-31");
    expect(weekMonday("2020-W53")).toBe("2020-12-28");
    expect(weekMonday("2019-W53")).toBeNull();
    expect(weekMonday("2019-W00")).toBeNull();
    expect(weekMonday("2019-7")).toBeNull();
  });

  it("counts the weeks of a period by their Thursdays", () => {
    const y2019 = weeksInPeriod("2019-01-01", "2019-12-31");
    expect(y2019).toHaveLength(52);
    expect(y2019[0]).toBe("2019-W01");
    expect(y2019.at(-1)).toBe("2019-W52");
    expect(weeksInPeriod("2020-01-01", "2020-12-31")).toHaveLength(53);
    expect(weeksInPeriod("2019-02-11", "2019-02-13")).toEqual([]); // no Thursday
    expect(weeksInPeriod("2019-02-14", "2019-02-14")).toEqual(["2019-W07"]);
  });
});
