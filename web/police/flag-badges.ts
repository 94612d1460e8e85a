// The flagged areas' badges on the police map, decluttered: where badges would cover each other
// (the whole police area on a phone), the missed ones keep their words first, then the ones not
// told yet, then the reached; the others show their mark (✗, … or ✓) and name the area in their
// title. Run after the badges are placed and after every move of the map.
import type * as maplibregl from "maplibre-gl";
import { centredBox, declutter } from "../map/declutter.ts";

/** Each badge's size in full, measured once: a compacted badge is smaller than its words. */
const fullSize = new WeakMap<HTMLElement, { width: number; height: number }>();

const PRIORITY: Record<string, number> = { false: 0, null: 1, true: 2 };

export function declutterBadges(map: maplibregl.Map, markers: readonly maplibregl.Marker[]) {
  const ordered = [...markers].sort(
    (a, b) =>
      (PRIORITY[a.getElement().dataset.reached ?? "null"] ?? 1) -
      (PRIORITY[b.getElement().dataset.reached ?? "null"] ?? 1),
  );
  const boxes = ordered.map((marker) => {
    const el = marker.getElement();
    let size = fullSize.get(el);
    if (!size && el.dataset.compact !== "true") {
      const r = el.getBoundingClientRect();
      if (r.width > 0) {
        size = { width: r.width, height: r.height };
        fullSize.set(el, size);
      }
    }
    const { x, y } = map.project(marker.getLngLat());
    return size ? centredBox(x, y, size.width, size.height) : null;
  });
  // A badge not measured yet (its map hidden) stays in full and takes no room, until it is.
  const full = declutter(boxes.flatMap((b) => (b ? [b] : [])));
  let next = 0;
  ordered.forEach((marker, k) => {
    const shown = boxes[k] === null ? true : (full[next++] ?? true);
    marker.getElement().dataset.compact = String(!shown);
  });
}
