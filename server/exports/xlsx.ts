// Writing Excel workbooks (.xlsx) with write-excel-file: the same sheets as the CSV exports, one
// worksheet each. Numbers are numbers and dates (YYYY-MM-DD) are date cells, so Excel sorts and
// filters them; booleans are ja/nej as in the CSV. Every text cell is written as text, never as a
// formula, so a cell beginning with '=' cannot run in Excel and needs no apostrophe.
import writeXlsxFile, { type Cell as XlsxCell } from "write-excel-file/node";
import type { Cell } from "./csv.ts";

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface NamedSheet {
  /** The worksheet's tab name (Excel allows at most 31 characters). */
  name: string;
  header: string[];
  rows: Cell[][];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function xlsxCell(value: Cell): XlsxCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? { value, type: Number } : null;
  if (typeof value === "boolean") return { value: value ? "ja" : "nej", type: String };
  if (ISO_DATE.test(value)) {
    return { value: new Date(`${value}T00:00:00Z`), type: Date, format: "yyyy-mm-dd" };
  }
  return { value, type: String };
}

export async function toXlsx(sheets: NamedSheet[]): Promise<Buffer> {
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31),
    data: [
      s.header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })),
      ...s.rows.map((r) => r.map(xlsxCell)),
    ],
    stickyRowsCount: 1,
  }));
  return writeXlsxFile(data).toBuffer();
}
