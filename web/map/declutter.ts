// Which of a map's badges keep their words when they would cover each other: the first in the
// given order wins, a later one that overlaps a kept one shows its mark only. Pure: screen boxes
// in, a flag per box out; the caller measures and projects (web/police/flag-badges.ts).

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: ScreenBox, b: ScreenBox, gap: number) =>
  a.left < b.right + gap &&
  b.left < a.right + gap &&
  a.top < b.bottom + gap &&
  b.top < a.bottom + gap;

/**
 * True for each box that may show in full: none of the earlier full boxes comes within `gap` px.
 * @example declutter([{left:0,top:0,right:10,bottom:10},{left:5,top:5,right:15,bottom:15}]) // [true,false]
 */
export function declutter(boxes: readonly ScreenBox[], gap = 2): boolean[] {
  const kept: ScreenBox[] = [];
  return boxes.map((box) => {
    if (kept.some((k) => overlaps(k, box, gap))) return false;
    kept.push(box);
    return true;
  });
}

/** The box of an element of `width` × `height` centred on a screen point. */
export const centredBox = (x: number, y: number, width: number, height: number): ScreenBox => ({
  left: x - width / 2,
  top: y - height / 2,
  right: x + width / 2,
  bottom: y + height / 2,
});
