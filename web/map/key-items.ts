// The legend lines the planners' and the police's maps share: what is already recorded (solid
// blue), the form's place being drawn (yellow point, dashed black route) and the chosen area.
import type { KeyItem } from "./map-key.tsx";
import { OVERLAY_COLOURS } from "./map-overlay.ts";
import { BASE_COLORS } from "./map-style.ts";

export const savedKey = (as: "point" | "line", text: string): KeyItem => ({
  id: "saved",
  mark:
    as === "point"
      ? { kind: "point", colour: OVERLAY_COLOURS.saved, ring: "#fff" }
      : { kind: "line", colour: OVERLAY_COLOURS.saved },
  text,
});

export const sketchKey = (as: "point" | "route", text: string): KeyItem => ({
  id: "sketch",
  mark:
    as === "point"
      ? { kind: "point", colour: OVERLAY_COLOURS.sketchPoint }
      : { kind: "line", colour: OVERLAY_COLOURS.sketchLine, dashed: true },
  text,
});

export const selectedKey = (text: string): KeyItem => ({
  id: "selected",
  mark: { kind: "line", colour: BASE_COLORS.selectedLine, width: 4 },
  text,
});
