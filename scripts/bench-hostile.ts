// npm run bench:hostile (part of npm run bench): how fast the public map is read while clients
// send the requests issue 11 found could stall the server (scripts/lib/hostile.ts). A probe reads
// GET /api/public/areas over one keep-alive connection, one request at a time with a 10 ms pause,
// first alone and then while BENCH_HOSTILE_CLIENTS clients send one kind of hostile request in a
// loop, kind after kind, and finally all kinds at once. A stalled event loop shows as the probe's
// p99 and max. A benchmark, not a test. BENCH_SERVER_CWD runs the server from another checkout
// (e.g. the commit before the change) with this benchmark; BENCH_HOSTILE_ONLY=login runs only the
// kinds whose name has that word.
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { CSRF_HEADER } from "../server/auth/guard.ts";
import { createBenchAccounts, login } from "./bench/accounts.ts";
import { freePort, startTsx } from "./bench/processes.ts";
import { percentile } from "./bench/stats.ts";
import { type HostileRequest, hostileRequests } from "./lib/hostile.ts";

const SECONDS = Number(process.env.BENCH_HOSTILE_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_HOSTILE_CLIENTS ?? 4);
const PAUSE_MS = 10;
const PROBE_PATH = "/api/public/areas";
const SERVER_CWD = resolve(process.env.BENCH_SERVER_CWD ?? ".");
/** Only the kinds whose name contains this (e.g. "login"); all by default. */
const ONLY = process.env.BENCH_HOSTILE_ONLY ?? "";

const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Probe {
  latencies: number[];
  errors: number;
}

/** GET the public areas one at a time over one keep-alive connection until `until`. */
async function probe(origin: string, until: number): Promise<Probe> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const result: Probe = { latencies: [], errors: 0 };
  while (Date.now() < until) {
    const start = performance.now();
    const ok = await new Promise<boolean>((done) => {
      const req = request(
        `${origin}${PROBE_PATH}`,
        { agent, headers: { "accept-encoding": "gzip" }, timeout: 30_000 },
        (res) => {
          res.resume();
          res.on("end", () => done(res.statusCode === 200));
          res.on("error", () => done(false));
        },
      );
      req.on("error", () => done(false));
      req.on("timeout", () => req.destroy());
      req.end();
    });
    if (ok) result.latencies.push(performance.now() - start);
    else result.errors++;
    await sleep(PAUSE_MS);
  }
  agent.destroy();
  return result;
}

interface Sent {
  answers: number;
  statuses: Map<number | string, number>;
  latencies: number[];
}

const newSent = (): Sent => ({ answers: 0, statuses: new Map(), latencies: [] });

/** Sends `r` once; the status, or the socket error's code. */
async function sendOnce(
  origin: string,
  r: HostileRequest,
  session: Record<string, string>,
  into: Sent,
) {
  const start = performance.now();
  let status: number | string;
  try {
    const res = await fetch(`${origin}${r.path}`, {
      method: r.method,
      headers: { "content-type": r.type, ...(r.as ? session : {}) },
      body: r.body,
    });
    await res.arrayBuffer();
    status = res.status;
  } catch (err) {
    status = (err as { cause?: { code?: string } }).cause?.code ?? "socket error";
  }
  into.answers++;
  into.latencies.push(performance.now() - start);
  into.statuses.set(status, (into.statuses.get(status) ?? 0) + 1);
}

/** One client sending `r` in a loop until `until`. */
async function hostileClient(
  origin: string,
  r: HostileRequest,
  session: Record<string, string>,
  until: number,
  into: Sent,
) {
  while (Date.now() < until) await sendOnce(origin, r, session, into);
}

interface Row {
  phase: string;
  probe: Probe;
  sent?: Sent;
}

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : v.toFixed(0)) : "–");

function table(rows: Row[]): string {
  const head = [
    "hostile load (× clients)",
    "reads",
    "p50 ms",
    "p99 ms",
    "max ms",
    "read errors",
    "hostile answers (status × n)",
    "hostile p50 ms",
  ];
  const lines = rows.map(({ phase, probe: p, sent }) => {
    const sorted = [...p.latencies].sort((a, b) => a - b);
    const statuses = sent ? [...sent.statuses].map(([s, n]) => `${s} × ${n}`).join(", ") : "–";
    const hostileP50 = sent
      ? percentile(
          [...sent.latencies].sort((a, b) => a - b),
          50,
        )
      : NaN;
    return [
      phase,
      String(sorted.length),
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 99)),
      ms(sorted.at(-1) ?? NaN),
      String(p.errors),
      statuses,
      ms(hostileP50),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 || i === 6 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [fmt(head), rule, ...lines.map(fmt)].join("\n");
}

async function main() {
  const loadBefore = load1();
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-bench-hostile-"));
  const dbPath = join(dir, "bench.db");
  await createBenchAccounts(dbPath);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const app = await startTsx(
    join(SERVER_CWD, "server/main.ts"),
    { PORT: String(port), HOST: "127.0.0.1", DB_PATH: dbPath, DATA_DIR: join(SERVER_CWD, "data") },
    `${origin}/api/health`,
  );
  try {
    const { cookie, csrf } = await login(origin, "planner");
    const session = { cookie, [CSRF_HEADER]: csrf };
    const areas = (await (await fetch(`${origin}${PROBE_PATH}`)).json()) as {
      features: { properties: { name: string } }[];
    };
    const requests = hostileRequests(areas.features[0]?.properties.name ?? "Borggård").filter((r) =>
      r.name.includes(ONLY),
    );
    // Warm-up: the JIT, the caches, and one of each hostile request (the worker threads start).
    await probe(origin, Date.now() + 2_000);
    await Promise.all(requests.map((r) => sendOnce(origin, r, session, newSent())));

    const rows: Row[] = [
      { phase: "none (reads alone)", probe: await probe(origin, Date.now() + SECONDS * 1000) },
    ];
    const phases: [string, HostileRequest[]][] = [
      ...requests.map((r): [string, HostileRequest[]] => [r.name, [r]]),
      ["all of the above at once", requests],
    ];
    for (const [phase, kinds] of phases) {
      const until = Date.now() + SECONDS * 1000;
      const sent = newSent();
      const clients = kinds.flatMap((r) =>
        Array.from({ length: CLIENTS }, () => hostileClient(origin, r, session, until, sent)),
      );
      const [p] = await Promise.all([probe(origin, until), ...clients]);
      rows.push({ phase: `${phase} (× ${CLIENTS * kinds.length})`, probe: p, sent });
      process.stderr.write(`done: ${phase}\n`);
    }
    console.log(
      `\nHostile load: GET ${PROBE_PATH} one at a time (${PAUSE_MS} ms pause) over one keep-alive connection, ${SECONDS} s per row, while ${CLIENTS} clients per kind send hostile requests in a loop; server from ${SERVER_CWD}\n`,
    );
    console.log(table(rows));
    console.log(
      `\nmachine: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? ""}), ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free at the end); 1-min load average ${loadBefore} before, ${load1()} at the end`,
    );
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
