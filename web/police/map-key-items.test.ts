import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { policeKeyItems, savedPresence } from "./map-key-items.ts";

// The key and its values, so the test reads what would be said without the language files.
const t = ((key: string, v?: Record<string, unknown>) =>
  v ? `${key} ${JSON.stringify(v)}` : key) as unknown as TFunction;

describe("the police map's legend", () => {
  it("says what each shade of the band holds, and the week's flags on the lägesbild", () => {
    const items = policeKeyItems(t, {
      tab: "lagesbild",
      heatMax: 80,
      mode: "point",
      selected: false,
    });
    expect(items.map((i) => i.text)).toEqual([
      "legend.heatNone",
      'legend.heatUpTo {"minutes":"20"}',
      'legend.heatUpTo {"minutes":"40"}',
      'legend.heatUpTo {"minutes":"60"}',
      'legend.heatUpTo {"minutes":"80"}',
      "legend.flagReached",
      "legend.flagMissed",
    ]);
  });

  it("on the presence log: logged presence and the form's route, and the chosen area", () => {
    const items = policeKeyItems(t, {
      tab: "narvaro",
      heatMax: null,
      mode: "route",
      selected: true,
    });
    expect(items.map((i) => [i.id, i.text])).toEqual([
      ["saved", "legend.savedPresence"],
      ["sketch", "legend.route"],
      ["selected", "legend.selected"],
    ]);
  });

  it("draws logged points and routes, not presence given only as an area", () => {
    const saved = savedPresence([
      { place: { type: "Point", coordinates: [13.2, 55.6] } },
      { place: { type: "Area", area_id: "A" } },
      {
        place: {
          type: "LineString",
          coordinates: [
            [13.2, 55.6],
            [13.3, 55.7],
          ],
        },
      },
    ]);
    expect(saved).toEqual({
      points: [[13.2, 55.6]],
      routes: [
        [
          [13.2, 55.6],
          [13.3, 55.7],
        ],
      ],
    });
  });
});
