// Writing CSV for Swedish Excel: semicolon separated, UTF-8 with BOM (so Excel picks the right
// encoding), CRLF line ends, decimal comma. Pure.
//
// Formula injection: a text cell that begins with '=', '+', '-', '@', a tab or a carriage return
// would be run as a formula by Excel or LibreOffice; it is written with a leading apostrophe
// ("'=SUM(A1)"), which the spreadsheet shows as text. Only text cells are changed: numbers are
// written by this module itself (e.g. a negative longitude, -0,5) and are never formulas.

export type Cell = string | number | boolean | null | undefined;

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
const BOM = "\uFEFF";
const SEPARATOR = ";";
const CRLF = "\r\n";

export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stood for: "'=SUM(A1)" → "=SUM(A1)"; other text unchanged. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A number with a decimal comma and no grouping: 55.6401 → "55,6401". */
export function decimalComma(n: number): string {
  return Number.isFinite(n) ? String(n).replace(".", ",") : "";
}

export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return decimalComma(value);
  if (typeof value === "boolean") return value ? "ja" : "nej";
  const text = neutralise(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(formatCell).join(SEPARATOR));
  return BOM + lines.join(CRLF) + CRLF;
}
