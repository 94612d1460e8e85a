// npm run bench:mixed: the public map under load while people record their work. 100 public
// readers (GET /api/public/areas and /api/public/promises, as a browser asks for them) and 5
// logged-in writers (3 planners, 2 police) for 60 s against the real server on loopback. Every
// write bumps the data version, so readers keep meeting a cache miss. A benchmark, not a test.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { type BenchRole, createBenchAccounts, login } from "./bench/accounts.ts";
import { freePort, startTsx } from "./bench/processes.ts";
import { readerGenerator, runReaders } from "./bench/readers.ts";
import { table, verdict } from "./bench/stats.ts";
import { runWriters, type Writer } from "./bench/writers.ts";

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};

const SECONDS = env("BENCH_MIXED_SECONDS", 60);
const READERS = env("BENCH_MIXED_READERS", 100);
const WRITERS = env("BENCH_MIXED_WRITERS", 5);
/** Pause of each writer after an answer; 0 writes as fast as the server answers. */
const PAUSE_MS = env("BENCH_MIXED_WRITER_PAUSE_MS", 0);
/** A readers-only run first, for comparison; 0 skips it. */
const BASELINE_S = env("BENCH_MIXED_BASELINE_SECONDS", 10);
const WARMUP_S = 3;
const READ_P99_TARGET_MS = 100;
const PATHS = (process.env.BENCH_MIXED_PATHS ?? "/api/public/areas,/api/public/promises")
  .split(",")
  .map((p) => p.trim())
  .filter(Boolean);
// What a current browser sends; the server answers br.
const READ_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };

const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";

async function main() {
  const loadBefore = load1();
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-bench-mixed-"));
  const dbPath = join(dir, "bench.db");
  await createBenchAccounts(dbPath);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const app = await startTsx(
    "server/main.ts",
    { PORT: String(port), HOST: "127.0.0.1", DB_PATH: dbPath },
    `${origin}/api/health`,
  );
  try {
    const areas = (await (await fetch(`${origin}/api/public/areas`)).json()) as {
      features: { id: string }[];
    };
    const areaIds = areas.features.map((f) => f.id);
    const writers: Writer[] = [];
    for (let i = 0; i < WRITERS; i++) {
      const role: BenchRole = i % 2 === 0 ? "planner" : "police";
      writers.push({ role, session: await login(origin, role) });
    }
    const reads = { origin, paths: PATHS, headers: READ_HEADERS, connections: READERS };

    // Warms the JIT and the caches, and makes one write of each kind (the first presence write
    // builds the coverage index), so the measured run starts from a server in use.
    await Promise.all([
      runReaders("warm-up", { ...reads, seconds: WARMUP_S }),
      runWriters({ origin, writers, seconds: WARMUP_S, pauseMs: 0, areaIds }),
    ]);
    const baseline =
      BASELINE_S > 0
        ? await runReaders("readers alone (no writes)", { ...reads, seconds: BASELINE_S })
        : undefined;
    const [readers, written] = await Promise.all([
      runReaders("readers", { ...reads, seconds: SECONDS }),
      runWriters({ origin, writers, seconds: SECONDS, pauseMs: PAUSE_MS, areaIds }),
    ]);

    const roles = writers.map((w) => w.role);
    console.log(
      `\nMixed load: ${READERS} public readers (${PATHS.join(", ")}, taken in turn) and ${WRITERS} writers (${roles.filter((r) => r === "planner").length} planners, ${roles.filter((r) => r === "police").length} police; pause ${PAUSE_MS} ms after each answer) for ${SECONDS} s on loopback\n`,
    );
    console.log(table(baseline ? [baseline, readers, written.side] : [readers, written.side]));
    console.log(
      `\nwrites answered 201: ${Object.entries(written.byPath)
        .map(([path, n]) => `${path} ${n}`)
        .join(", ")}`,
    );
    for (const s of written.samples) console.log(`writer failure: ${s}`);
    for (const line of verdict(readers, written.side, { readP99Ms: READ_P99_TARGET_MS }))
      console.log(line);
    console.log(
      `\nreaders: ${readerGenerator()}, Accept-Encoding: ${READ_HEADERS["accept-encoding"]}; writers: node:http keep-alive, one connection each`,
    );
    console.log(
      `machine: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? ""}), ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free at the end); 1-min load average ${loadBefore} before, ${load1()} at the end`,
    );
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
