// The planners' import endpoints (/api/imports/:kind/preview|commit) over a test app, and the
// counts an import may change: the two import specs (CSV, GeoJSON) share them.
import type { createTestApp } from "./test-app.ts";

export type ImportAnswer = Record<string, unknown> & {
  errors: { line: number; field: string; message: string }[];
  sample: Record<string, unknown>[];
};

/** `defaultType` is the upload's Content-Type unless a call gives its own ("" sends none). */
export function importClient(t: ReturnType<typeof createTestApp>, defaultType: string) {
  const count = (table: string) =>
    t.db.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get() ?? 0;
  return {
    async upload(path: string, body: BodyInit, type = defaultType) {
      const headers: Record<string, string> = type ? { "Content-Type": type } : {};
      const res = await t.app.request(`/api/imports/${path}`, { method: "POST", body, headers });
      return { status: res.status, body: (await res.json()) as ImportAnswer };
    },
    /** The data version and the rows an import can add. */
    state: () => ({
      version: t.db.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get(),
      visits: count("visits"),
      groups: count("watch_groups"),
      kits: count("dna_kits"),
      audit: count("audit_log"),
    }),
  };
}
