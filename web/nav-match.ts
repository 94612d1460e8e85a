// Which nav link a location belongs to: its own path, or a page below it (/polis/tackning is
// under /polis, /rapporter/2019-Q4 under /rapporter). The start page '/' matches only itself.
export function isUnder(path: string, location: string): boolean {
  if (path === "/") return location === "/";
  return location === path || location.startsWith(`${path}/`);
}
