// SQL expressions for the first and last day of a `quarter` column written 'YYYY-QN'; the same
// arithmetic as quarterStart/quarterEnd in quarters.ts, kept here so every query uses one spelling.
export const QUARTER_START_SQL = `(substr(quarter, 1, 4) || '-' ||
  printf('%02d', (CAST(substr(quarter, 7, 1) AS INTEGER) - 1) * 3 + 1) || '-01')`;

export const QUARTER_END_SQL = `(substr(quarter, 1, 4) || '-' ||
  printf('%02d', CAST(substr(quarter, 7, 1) AS INTEGER) * 3) || '-' ||
  CASE substr(quarter, 7, 1) WHEN '1' THEN '31' WHEN '4' THEN '31' ELSE '30' END)`;
