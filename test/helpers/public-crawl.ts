// Everything a person without a login can fetch, for the privacy tests: the public API, /api/meta,
// the calendar feed, every report, and /ogc followed link by link (every collection, every page of
// items, every item). Answers are kept as text, keyed by path.
import type { Client } from "./test-app.ts";

const SEEDS = [
  "/api/meta",
  "/api/auth/session",
  "/api/public/areas",
  "/api/public/promises",
  "/api/public/reports",
  "/api/public/sessions.ics",
  "/api/public/police-area",
  "/api/public/police-area/reports",
  "/api/basemap/kommun",
  "/api/basemap/neighbours",
  "/api/basemap/tatorter",
  "/api/basemap/coast",
  "/api/basemap/tatort_points",
  "/api/basemap/built_up",
  "/ogc",
  "/ogc/api",
  "/ogc/conformance",
  "/ogc/collections",
];

/** The public answers that take `?kommun=`, for each kommun given and for the police area ("all"). */
export function kommunSeeds(kommuner: readonly string[]): string[] {
  return [...kommuner, "all"].flatMap((k) =>
    ["areas", "promises", "reports", "sessions.ics"].map((p) => `/api/public/${p}?kommun=${k}`),
  );
}

export interface Crawl {
  /** path → body text, for every 200 answer. */
  bodies: Map<string, string>;
  /** path → status, for every request made. */
  statuses: Map<string, number>;
}

/** Paths under /ogc named by absolute links in an answer (any host: links must not leave /ogc). */
function ogcLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"href":"(https?:\/\/[^"]+)"/g)) {
    const url = new URL(m[1] as string);
    if (url.pathname.startsWith("/ogc")) out.push(url.pathname + url.search);
  }
  return out;
}

export async function crawlPublic(client: Client, extra: string[] = []): Promise<Crawl> {
  const bodies = new Map<string, string>();
  const statuses = new Map<string, number>();
  const queue = [...SEEDS, ...extra];
  const seen = new Set(queue);
  const push = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const res = await client.request(path);
    statuses.set(path, res.status);
    const text = await res.text();
    // `?kommun=all` leads to the police area's own answers.
    const location = res.headers.get("location");
    if ((res.status === 301 || res.status === 302) && location?.startsWith("/")) push(location);
    if (res.status !== 200) continue;
    bodies.set(path, text);
    const [base, search = ""] = path.split("?") as [string, string?];
    if (base === "/api/public/reports" || base === "/api/public/police-area/reports") {
      const { reports } = JSON.parse(text) as { reports: { quarter: string }[] };
      for (const r of reports) push(`${base}/${r.quarter}${search ? `?${search}` : ""}`);
    }
    if (path.startsWith("/ogc")) {
      for (const link of ogcLinks(text)) push(link);
      // Every item of every items page, by its own address.
      if (/\/items(\?|$)/.test(path)) {
        const base = path.split("?")[0] as string;
        const body = JSON.parse(text) as { features?: { id: string | number }[] };
        for (const f of body.features ?? []) push(`${base}/${encodeURIComponent(String(f.id))}`);
      }
    }
  }
  return { bodies, statuses };
}

/** Every key of every object in a JSON value, with the object it sits in. */
export function* keysOf(value: unknown): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* keysOf(v);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      yield [k, o];
      yield* keysOf(v);
    }
  }
}
