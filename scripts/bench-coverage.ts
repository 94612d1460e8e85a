// Coverage speed on the large synthetic set (make it first: npx tsx scripts/generate-large.ts).
// Measures, in this process, over the real app (Hono + SQLite, no network):
//   - full recomputation of every coverage total (target < 5 s);
//   - POST one presence, then GET the changed area's heat table (target < 50 ms);
//   - GET one area's heat table for a year (target < 20 ms);
//   - peak RSS. A benchmark, not a test: it prints figures and never fails on them.
//
//   npx tsx scripts/bench-coverage.ts [--db /tmp/grannkoll-large.db] [--rounds 3]
// It writes to the file (bench presences are added, then soft-deleted), so use a generated copy.
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createApp } from "../server/app.ts";
import { createAuth } from "../server/auth/auth.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../server/auth/guard.ts";
import { createCoverageEngine } from "../server/coverage/engine.ts";
import type { AreaHeatTable } from "../server/coverage/types.ts";
import { openDb } from "../server/db/open.ts";
import { Rng } from "./data/rng.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "/tmp/grannkoll-large.db" },
    rounds: { type: "string", default: "3" },
  },
});
if (!existsSync(args.db)) {
  console.error(`${args.db} does not exist: run npx tsx scripts/generate-large.ts first`);
  process.exit(1);
}

const db = openDb(args.db);
const engine = createCoverageEngine(db);
const auth = createAuth(db);
const app = createApp({ db, dataDir: "data", auth });
// /api/internal is for police: a bench account (added to the file on first run) and a session
// started in-process, sent as the browser would send it (cookie, and the CSRF token on writes).
const BENCH_POLICE = "bench-polis";
const policeId =
  auth.accounts.findByUsername(BENCH_POLICE)?.id ??
  (await auth.accounts.create({
    username: BENCH_POLICE,
    role: "police",
    password: "bench-polis-lösen",
  }));
const session = auth.sessions.create(policeId, null);
const sessionHeaders = {
  cookie: `${SESSION_COOKIE}=${session.token}`,
  [CSRF_HEADER]: session.csrfToken,
};
const rng = Rng.seeded(7);
const areas = db
  .prepare<[], { id: string; geometry: string }>("SELECT id, geometry FROM areas ORDER BY id")
  .all();
const ids = areas.map((a) => a.id);
/** The middle of an area's bounding box (inside it for the generator's grid cells). */
const middle = (i: number): [number, number] => {
  const ring =
    (JSON.parse(areas[i]?.geometry ?? "{}") as { coordinates: number[][][] }).coordinates[0] ?? [];
  const xs = ring.map((p) => p[0] as number);
  const ys = ring.map((p) => p[1] as number);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};
const presences = db
  .prepare("SELECT COUNT(*) FROM presence WHERE deleted_at IS NULL")
  .pluck()
  .get();

const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  return { min: s[0] as number, median: q(0.5), p95: q(0.95), max: s.at(-1) as number };
};
/** CPU time of the whole process (both threads), ms: less sensitive to a busy machine than wall time. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const loadAtStart = loadavg()[0] ?? 0;
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function request(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    ...(body
      ? {
          body: JSON.stringify(body),
          headers: { ...sessionHeaders, "content-type": "application/json" },
        }
      : { headers: sessionHeaders }),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

let t0 = performance.now();
engine.index();
const loadIndex = ms(t0);

const recompute: number[] = [];
const recomputeCpu: number[] = [];
let rows = 0;
let threads = 1;
for (let i = 0; i < Number(args.rounds); i++) {
  t0 = performance.now();
  const c0 = cpuMs();
  ({ rows, threads } = engine.recompute());
  recompute.push(ms(t0));
  recomputeCpu.push(cpuMs() - c0);
}

// Warm the routes once (the app's own engine loads its area index on first use, measured above),
// then time: one new presence in a random area, then that area's year.
await request("GET", `/api/internal/coverage/${ids[0]}?year=2019`);
await request("GET", "/api/internal/presence?from=2019-01-01&to=2019-01-01&limit=1");
const write: number[] = [];
const added: number[] = [];
for (let i = 0; i < 50; i++) {
  const a = rng.int(0, ids.length - 1);
  const [x, y] = middle(a);
  const day = String(rng.int(1, 28)).padStart(2, "0");
  const body = {
    starts_at: `2019-03-${day}T20:00:00+01:00`,
    ends_at: `2019-03-${day}T20:25:00+01:00`,
    actor: "police",
    kind: "foot",
    place: { type: "Point", coordinates: [x, y] },
  };
  const before = (await request(
    "GET",
    `/api/internal/coverage/${ids[a]}?year=2019`,
  )) as AreaHeatTable;
  t0 = performance.now();
  const created = (await request("POST", "/api/internal/presence", body)) as { id: number };
  const after = (await request(
    "GET",
    `/api/internal/coverage/${ids[a]}?year=2019`,
  )) as AreaHeatTable;
  write.push(ms(t0));
  added.push(created.id);
  const gained =
    after.year_total.total.effective_minutes - before.year_total.total.effective_minutes;
  if (gained !== 25) throw new Error(`heat table of ${ids[a]} rose by ${gained} minutes, not 25`);
}
for (const id of added) await request("DELETE", `/api/internal/presence/${id}`);

const heat: number[] = [];
for (let i = 0; i < 200; i++) {
  t0 = performance.now();
  await request(
    "GET",
    `/api/internal/coverage/${ids[rng.int(0, ids.length - 1)]}?year=${rng.int(2018, 2019)}`,
  );
  heat.push(ms(t0));
}

t0 = performance.now();
await request("GET", "/api/internal/coverage?from=2019-01-01&to=2019-12-31");
const wholeYear = ms(t0);
t0 = performance.now();
await request("GET", "/api/internal/coverage/gaps?days=14&to=2019-12-31");
const gaps = ms(t0);

const f = (x: number) => x.toFixed(1);
const [r, c, w, h] = [stats(recompute), stats(recomputeCpu), stats(write), stats(heat)];
const line = (name: string, x: ReturnType<typeof stats> | null, target = "", one?: number) =>
  console.log(
    x
      ? `| ${name} | ${f(x.min)} | ${f(x.median)} | ${f(x.p95)} | ${f(x.max)} | ${target} |`
      : `| ${name} | | ${f(one ?? 0)} | | | ${target} |`,
  );
console.log(`\nCoverage on ${ids.length} areas and ${presences} presences (${rows} total rows)\n`);
console.log("| measure, ms | min | median | p95 | max | target |");
console.log("|---|---:|---:|---:|---:|---:|");
line(`full recomputation (${recompute.length} runs, ${threads} threads)`, r, "< 5000");
line("… its CPU time, both threads together", c);
line("add one presence + read its heat table (50 runs)", w, "< 50");
line("heat table, one area × year (200 runs)", h, "< 20");
line("load the buffered-area index (once per process)", null, "", loadIndex);
line("area × band table, all areas, 2019", null, "", wholeYear);
line("gaps, all areas", null, "", gaps);
console.log(
  `\npeak RSS ${rss()} MB; node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ""}`,
);
console.log(
  `load average (1 min) ${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end: other work on the machine slows every figure`,
);
auth.sessions.destroy(session.token);
db.close();
