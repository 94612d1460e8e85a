// Sending a fuzz case and judging the answer (test/integration/fuzz*.test.ts): a 4xx in the API's
// error format, the database unchanged, nothing polluted, and the app still answering.
import { createHash } from "node:crypto";
import type { Case } from "./fuzz-cases.ts";
import type { createTestApp } from "./test-app.ts";

type App = ReturnType<typeof createTestApp>;
type Db = App["db"];

/** Tables a refused request may still write: the audit log (a failed login) and sessions. */
// The audit log and sessions change with any request; the coverage tables are a cache derived
// from presence and the areas (compared themselves), rebuilt lazily by whichever request reads
// coverage first, a refused one included, so a case run alone must not count that as a change.
const NOT_COMPARED = new Set([
  "audit_log",
  "sessions",
  "coverage_daily",
  "coverage_buffers",
  "coverage_state",
]);

/**
 * A digest of every row of every table but NOT_COMPARED, independent of row order (a rebuild may
 * reinsert equal rows). Recomputed only when SQLite's change counter moved since the last call.
 */
export function digester(db: Db, exclude: string[] = []) {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
  ).filter((name) => !NOT_COMPARED.has(name) && !exclude.includes(name));
  const changes = db.prepare("SELECT total_changes()").pluck();
  let last: { changes: number; digest: string } | undefined;
  return (): string => {
    const now = changes.get() as number;
    if (last && last.changes === now) return last.digest;
    const hash = createHash("sha256");
    for (const table of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${table}"`)
        .raw()
        .all()
        .map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? String(v) : v)))
        .sort();
      hash.update(`${table}\u0000${rows.length}\u0000${rows.join("\n")}\u0001`);
    }
    last = { changes: now, digest: hash.digest("hex") };
    return last.digest;
  };
}

export interface Sent {
  status: number;
  type: string;
  text: string;
  body: unknown;
}

export async function send(
  request: (path: string, init: RequestInit) => Response | Promise<Response>,
  method: string,
  path: string,
  c: Pick<Case, "body" | "type">,
): Promise<Sent> {
  const headers: Record<string, string> = {};
  if (c.type) headers["Content-Type"] = c.type;
  const res = await request(path, {
    method,
    headers,
    ...(c.body === undefined || method === "GET" ? {} : { body: c.body as BodyInit }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", text, body };
}

/** What is wrong with a refusal, or null: a 4xx, the error format, the message, what it names. */
export function refusalProblem(
  sent: Sent,
  c: Pick<Case, "mentions" | "status">,
  { reportOk = false } = {},
): string | null {
  const b = sent.body as
    | { error?: { code?: unknown; message?: unknown; fields?: unknown } }
    | undefined;
  // An import preview answers a readable file with bad rows with a 200 report listing them.
  if (reportOk && sent.status === 200) {
    // (or a file with no rows at all: nothing to import, which the commit refuses).
    const r = sent.body as { error_count?: unknown; valid?: unknown; rows?: unknown };
    if (typeof r?.error_count === "number" && r.error_count > 0) return mentionProblem(sent, c);
    if (r?.rows === 0 && r?.valid === 0) return null;
    return `200 without errors in the report: ${sent.text.slice(0, 200)}`;
  }
  if (sent.status < 400 || sent.status > 499) {
    return `status ${sent.status}: ${sent.text.slice(0, 300)}`;
  }
  if (c.status !== undefined && sent.status !== c.status) {
    return `status ${sent.status}, expected ${c.status}: ${sent.text.slice(0, 200)}`;
  }
  if (!/json/.test(sent.type)) return `not JSON (${sent.type}): ${sent.text.slice(0, 200)}`;
  const e = b?.error;
  if (!e || typeof e.code !== "string" || e.code === "") {
    return `no error.code: ${sent.text.slice(0, 200)}`;
  }
  if (typeof e.message !== "string" || e.message.trim() === "") {
    return `no error.message: ${sent.text.slice(0, 200)}`;
  }
  if (e.fields !== undefined) {
    const ok =
      Array.isArray(e.fields) &&
      e.fields.every(
        (f: { field?: unknown; message?: unknown }) =>
          typeof f?.field === "string" && typeof f?.message === "string" && f.message !== "",
      );
    if (!ok) return `malformed error.fields: ${JSON.stringify(e.fields).slice(0, 200)}`;
  }
  return mentionProblem(sent, c);
}

function mentionProblem(sent: Sent, c: Pick<Case, "mentions">): string | null {
  if (!c.mentions) return null;
  // A message must name the field or the reason; the report's list of row errors counts too.
  return c.mentions.test(sent.text)
    ? null
    : `the answer does not mention ${c.mentions}: ${sent.text.slice(0, 300)}`;
}

/** Whether Object.prototype was polluted by a `__proto__` key anywhere on the way. */
export function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted !== undefined || probe.role !== undefined;
}
