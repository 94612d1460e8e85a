// The text on each page of a PDF that Chromium printed (page.pdf()), so a test can check what is
// on every printed page. Chromium's PDF writer (Skia) draws text with Type0 fonts (Identity-H)
// that carry a ToUnicode map, in FlateDecode streams, without object streams; this reads exactly
// that, enough for tests, and is no general PDF reader.
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Every `N 0 obj … endobj`, its stream (if any) inflated; streams are skipped by their length. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  let m = head.exec(src);
  while (m) {
    const n = Number(m[1]);
    const from = head.lastIndex;
    const end = src.indexOf("endobj", from);
    const streamAt = src.indexOf("stream", from);
    if (streamAt !== -1 && streamAt < end) {
      const dict = src.slice(from, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const start = streamAt + (src[streamAt + 6] === "\r" ? 8 : 7);
      const raw = pdf.subarray(start, start + length);
      objects.set(n, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
      head.lastIndex = src.indexOf("endobj", start + length);
    } else {
      objects.set(n, { dict: src.slice(from, end) });
      head.lastIndex = end;
    }
    m = head.exec(src);
  }
  return objects;
}

const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));

/** A ToUnicode CMap: glyph code → text (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(code as string, 16), text(dst as string));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of (block[1] ?? "").matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = Number.parseInt(dst as string, 16);
      for (let c = Number.parseInt(lo as string, 16); c <= Number.parseInt(hi as string, 16); c++)
        map.set(c, String.fromCodePoint(first + c - Number.parseInt(lo as string, 16)));
    }
  }
  return map;
}

/** The text of each page, in page order; text objects (BT … ET) separated by a space. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const dictOf = (n: number) => objects.get(n)?.dict ?? "";
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const pages: number[] = [];
  const walk = (n: number) => {
    const d = dictOf(n);
    if (/\/Type\s*\/Pages/.test(d))
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(d)?.[1] ?? "")) walk(kid);
    else pages.push(n);
  };
  walk(refs(/\/Pages (\d+ 0 R)/.exec(catalog?.dict ?? "")?.[1] ?? "")[0] ?? -1);

  const fonts = new Map<number, Map<number, string>>();
  const fontMap = (n: number) => {
    let map = fonts.get(n);
    if (!map) {
      const cmap = refs(/\/ToUnicode (\d+ 0 R)/.exec(dictOf(n))?.[1] ?? "")[0];
      map = toUnicode(
        cmap === undefined ? "" : (objects.get(cmap)?.stream?.toString("latin1") ?? ""),
      );
      fonts.set(n, map);
    }
    return map;
  };

  return pages.map((page) => {
    const d = dictOf(page);
    const resources = /\/Resources (\d+) 0 R/.exec(d)
      ? dictOf(Number(/\/Resources (\d+) 0 R/.exec(d)?.[1]))
      : d;
    const fontRefs = new Map(
      [...(/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "").matchAll(/\/(\w+) (\d+) 0 R/g)].map(
        (f) => [f[1] as string, Number(f[2])],
      ),
    );
    const contents =
      /\/Contents\s*\[([^\]]*)\]/.exec(d)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(d)?.[1] ?? "";
    const ops = refs(contents)
      .map((n) => objects.get(n)?.stream?.toString("latin1") ?? "")
      .join("\n");
    let font = new Map<number, string>();
    let out = "";
    for (const t of ops.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
      if (t[1] !== undefined) font = fontMap(fontRefs.get(t[1]) ?? -1);
      else if (t[2] !== undefined)
        for (const code of t[2].match(/.{4}/g) ?? [])
          out += font.get(Number.parseInt(code, 16)) ?? "";
      else out += " ";
    }
    // NFKC: ligature glyphs ("ﬀ") back to their letters.
    return out.normalize("NFKC").replace(/\s+/g, " ").trim();
  });
}
