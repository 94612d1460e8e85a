// Calls to /api/internal/* for the presence, coverage and lägesbild tests: JSON by default, a
// string body as is (CSV), the answer parsed, with the ETag and the field names of a 400.
import type { Hono } from "hono";
import type { CoverageTable } from "../../server/coverage/types.ts";

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever shape the endpoint answers
  body: any;
  etag: string | null;
}

export function internalApi(app: Pick<Hono, "request">) {
  return async function api(
    method: string,
    path: string,
    body?: unknown,
    type = "application/json",
  ): Promise<Answer> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      init.headers = { "content-type": type };
    }
    const res = await app.request(`/api/internal${path}`, init);
    const text = await res.text();
    return {
      status: res.status,
      body: text ? JSON.parse(text) : null,
      etag: res.headers.get("etag"),
    };
  };
}

/** The fields a 400 names, in order. */
export const fieldsOf = (a: Answer): string[] =>
  (a.body?.error?.fields ?? []).map((f: { field: string }) => f.field);

/** The fixture's areas (test/fixtures/data/areas.geojson). */
export const [ALFA, BETA, GAMMA] = ["12300001", "12300002", "12300003"];
export const ZERO_CELL = {
  effective_minutes: 0,
  effective_visits: 0,
  short_minutes: 0,
  short_visits: 0,
};

/** Calls the coverage tests make: post a car presence, read the area × band table, dump totals. */
export function coverageCalls(t: {
  app: Pick<Hono, "request">;
  db: { prepare(sql: string): { all(): unknown[] } };
}) {
  const api = internalApi(t.app);
  return {
    api,
    presence: (starts_at: string, ends_at: string, place: unknown, actor = "police") =>
      api("POST", "/presence", { starts_at, ends_at, actor, kind: "car", place }),
    table: async (q: string) => (await api("GET", `/coverage${q}`)).body as CoverageTable,
    row: (tb: CoverageTable, id: string) => tb.areas.find((a) => a.area_id === id),
    /** Every stored total in key order. */
    dump: () => t.db.prepare("SELECT * FROM coverage_daily ORDER BY area_id, day, band").all(),
  };
}
