// What the full-page maps (the dashboard and the public map) fit to, kept out from under the
// control cards and, on a phone, the bottom sheet.

/** `viewportHeight` is the window's inner height; the phone's sheet is sized from it. */
export function fitPadding(isPhone: boolean, sheetOpen: boolean, viewportHeight: number) {
  if (!isPhone) return { top: 30, right: 60, bottom: 40, left: 330 };
  // The sheet is at most 55 % of the map's height (styles.css); keep a little more clear.
  const sheet = sheetOpen ? Math.round(viewportHeight * 0.55) + 10 : 80;
  return { top: 120, right: 50, bottom: sheet, left: 15 };
}
