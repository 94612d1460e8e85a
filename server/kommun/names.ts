// The names of the kommuner of Lokalpolisområde Kävlinge, for a data set whose areas do not name
// their kommun (the data build writes `kommun_name` on every area; a hand-made test fixture may not).
export const KOMMUN_NAMES: Record<string, string> = {
  "1230": "Staffanstorp",
  "1231": "Burlöv",
  "1261": "Kävlinge",
  "1262": "Lomma",
};
