import { describe, expect, it } from "vitest";
import { compileBands } from "./bands.ts";
import { asMinutes, isEffective, presenceTotals } from "./minutes.ts";
import { isoToDay } from "./stockholm.ts";

const bands = compileBands({ hours: [0, 6, 12, 18], weekendDays: [6, 7] });
const TEN_MINUTES = 600;
const at = (s: string) => Date.parse(s);
const WED = isoToDay("2019-05-15");

describe("effective and short visits", () => {
  it("counts exactly 10 minutes as effective and 9:59 as short", () => {
    const start = at("2019-05-15T16:00:00Z"); // Wed 18:00 CEST
    expect(isEffective(start, start + 600_000, TEN_MINUTES)).toBe(true);
    expect(isEffective(start, start + 599_000, TEN_MINUTES)).toBe(false);
    expect(presenceTotals(bands, start, start + 600_000, TEN_MINUTES)).toEqual([
      { day: WED, band: 3, eff_s: 600, eff_n: 1, short_s: 0, short_n: 0 },
    ]);
    expect(presenceTotals(bands, start, start + 599_000, TEN_MINUTES)).toEqual([
      { day: WED, band: 3, eff_s: 0, eff_n: 0, short_s: 599, short_n: 1 },
    ]);
  });

  it("counts the visit once, where it starts, and its seconds wherever they fall", () => {
    // Wed 17:55 → 18:05 CEST: 10 minutes in all, so effective in both bands it touches
    const t = presenceTotals(
      bands,
      at("2019-05-15T15:55:00Z"),
      at("2019-05-15T16:05:00Z"),
      TEN_MINUTES,
    );
    expect(t).toEqual([
      { day: WED, band: 2, eff_s: 300, eff_n: 1, short_s: 0, short_n: 0 },
      { day: WED, band: 3, eff_s: 300, eff_n: 0, short_s: 0, short_n: 0 },
    ]);
  });

  it("shows seconds as minutes with two decimals", () => {
    expect(asMinutes({ eff_s: 599, eff_n: 1, short_s: 90, short_n: 2 })).toEqual({
      effective_minutes: 9.98,
      effective_visits: 1,
      short_minutes: 1.5,
      short_visits: 2,
    });
  });
});
