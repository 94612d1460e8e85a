// Deterministic text formats for the data files: JSON, GeoJSON, CSV and Markdown. Pure.

/**
 * A FeatureCollection with one feature per line: small diffs when one area changes, and byte
 * stable because every object is built with a fixed key order before it gets here.
 */
export function featureCollectionText(features: readonly unknown[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(",\n");
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

/** 2-space JSON with a trailing newline. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes) into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  if (!header) return [];
  return body.map((r, n) => {
    if (r.length !== header.length) {
      throw new Error(`CSV row ${n + 2} has ${r.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, i) => [h, r[i] as string]));
  });
}

/** One CSV field, quoted only when it must be (comma, quote or line break), as RFC 4180. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a header row and a trailing newline; `columns` fixes the order. */
export function csvText(
  columns: readonly string[],
  rows: readonly Record<string, string>[],
): string {
  const line = (r: Record<string, string>) => columns.map((c) => csvField(r[c] ?? "")).join(",");
  return `${[columns.join(","), ...rows.map(line)].join("\n")}\n`;
}

/** Replaces the text between two marker lines, keeping the markers. */
export function replaceBetween(doc: string, start: string, end: string, body: string): string {
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`Markers ${start} … ${end} not found`);
  return `${doc.slice(0, a + start.length)}\n${body}${doc.slice(b)}`;
}

/**
 * A Markdown table laid out the way biome formats Markdown (columns padded to equal width, numbers
 * right-aligned), so `biome check` accepts the README straight after a build.
 */
export function markdownTable(header: readonly string[], rows: readonly (string | number)[][]) {
  const cells = [header, ...rows].map((r) => r.map(String));
  const width = (c: string) => [...c].length;
  const numeric = (c: string) => /^[\d.]+( %)?( ⚠)?$/.test(c);
  const right = header.map((_, i) => numeric(cells[1]?.[i] ?? ""));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => width(r[i] ?? ""))));
  const pad = (c: string, i: number) => {
    const fill = " ".repeat((widths[i] ?? 0) - width(c));
    return right[i] ? fill + c : c + fill;
  };
  const rule = widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w)));
  const line = (r: readonly string[]) => `| ${r.map(pad).join(" | ")} |`;
  const [head = [], ...body] = cells;
  return [line(head), `| ${rule.join(" | ")} |`, ...body.map(line)].join("\n");
}
