// What the police map's legend says, tab by tab: the effective minutes of the chosen band (each
// shade and what it holds), the week's flagged areas (lägesbild), the logged presence and the
// form's place (presence log), and the chosen area. Pure, given the translator.
import type { TFunction } from "i18next";
import type { PresenceItem } from "../../server/presence/types.ts";
import { savedKey, selectedKey, sketchKey } from "../map/key-items.ts";
import type { KeyItem } from "../map/map-key.tsx";
import type { Saved } from "../map/map-overlay.ts";
import { heatSteps } from "./heat.ts";

export interface PoliceMapState {
  tab: "tackning" | "narvaro" | "lagesbild";
  /** The largest effective minutes of the band, or null while coverage is not loaded (or not the reader's). */
  heatMax: number | null;
  mode: "point" | "route" | "area";
  selected: boolean;
}

export function policeKeyItems(t: TFunction, s: PoliceMapState): KeyItem[] {
  const heat = (s.heatMax === null ? [] : heatSteps(s.heatMax)).map(
    ({ colour, upTo }, k): KeyItem => ({
      id: `heat-${k}`,
      mark: { kind: "fill", colour },
      text: k === 0 ? t("legend.heatNone") : t("legend.heatUpTo", { minutes: String(upTo) }),
    }),
  );
  const flags: KeyItem[] =
    s.tab === "lagesbild"
      ? [
          {
            id: "flag-reached",
            mark: { kind: "line", colour: "#1a1a1a", width: 4 },
            text: t("legend.flagReached"),
          },
          {
            id: "flag-missed",
            mark: { kind: "line", colour: "#b35806", width: 4, dashed: true },
            text: t("legend.flagMissed"),
          },
        ]
      : [];
  const route = s.mode === "route";
  const presence =
    s.tab === "narvaro"
      ? [
          savedKey("line", t("legend.savedPresence")),
          sketchKey(route ? "route" : "point", t(route ? "legend.route" : "legend.point")),
        ]
      : [];
  return [
    ...heat,
    ...flags,
    ...presence,
    ...(s.selected ? [selectedKey(t("legend.selected"))] : []),
  ];
}

/** The points and routes of logged presence (a presence given only as an area has neither). */
export function savedPresence(items: readonly Pick<PresenceItem, "place">[]): Saved {
  return {
    points: items.flatMap((p) => (p.place.type === "Point" ? [p.place.coordinates] : [])),
    routes: items.flatMap((p) => (p.place.type === "LineString" ? [p.place.coordinates] : [])),
  };
}
