// npm run bench: GET /api/areas of the real server, as a logged-in planner, against a bare
// node:http server writing the same precompressed bytes, at a fixed concurrency on loopback.
// Both get the same request (with the session cookie). A benchmark, not a test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createBenchAccounts, login } from "./bench/accounts.ts";
import { generatorName, load } from "./bench/load.ts";
import { freePort, startTsx } from "./bench/processes.ts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function run(
  name: string,
  url: string,
  seconds: number,
  headers: Record<string, string>,
): Promise<Result> {
  return { name, ...(await load(url, CONNECTIONS, seconds, headers)) };
}

/** Response headers as [name, value, …], less the per-connection ones node:http adds itself. */
function replayable(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [name = "", value = ""] = [raw[i], raw[i + 1]];
    if (!/^(date|connection|keep-alive|transfer-encoding|set-cookie)$/i.test(name))
      out.push(name, value);
  }
  return out;
}

/** The bytes exactly as sent (node:http does not decode), with their encoding and ETag. */
function getBytes(url: string, encoding: string, cookie: string) {
  return new Promise<{ body: Buffer; encoding: string; rawHeaders: string[] }>(
    (resolve, reject) => {
      get(url, { headers: { "accept-encoding": encoding, cookie } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            body: Buffer.concat(chunks),
            encoding: String(res.headers["content-encoding"] ?? "identity"),
            rawHeaders: replayable(res.rawHeaders),
          }),
        );
      }).on("error", reject);
    },
  );
}

function mean(results: Result[]): Result {
  const avg = (f: (r: Result) => number) => results.reduce((s, r) => s + f(r), 0) / results.length;
  return {
    name: results[0]?.name ?? "",
    rps: avg((r) => r.rps),
    p50: avg((r) => r.p50),
    p99: avg((r) => r.p99),
    errors: results.reduce((s, r) => s + r.errors, 0),
    non2xx: results.reduce((s, r) => s + r.non2xx, 0),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-bench-"));
  const dbPath = join(dir, "bench.db");
  await createBenchAccounts(dbPath);
  const appPort = await freePort();
  const barePort = await freePort();
  const app = await startTsx(
    "server/main.ts",
    { PORT: String(appPort), HOST: "127.0.0.1", DB_PATH: dbPath },
    `http://127.0.0.1:${appPort}/api/health`,
  );
  const areasUrl = `http://127.0.0.1:${appPort}/api/areas`;
  const publicUrl = `http://127.0.0.1:${appPort}/api/public/areas`;
  try {
    // /api/areas is for logged-in roles; the planner's session cookie goes on every request.
    const { cookie } = await login(`http://127.0.0.1:${appPort}`, "planner");
    const headers = { cookie };
    const raw = await getBytes(areasUrl, "identity", cookie);
    const gzipped = await getBytes(areasUrl, "gzip", cookie);
    if (gzipped.encoding !== "gzip") throw new Error("the server did not gzip /api/areas");
    const gz = gzipped.body;
    const bodyFile = join(dir, "areas.json.gz");
    writeFileSync(bodyFile, gz);
    const bare = await startTsx(
      "scripts/bench/bare-server.ts",
      { PORT: String(barePort), BODY_FILE: bodyFile, HEADERS: JSON.stringify(gzipped.rawHeaders) },
      `http://127.0.0.1:${barePort}/`,
    );
    try {
      const bareUrl = `http://127.0.0.1:${barePort}/`;
      await run("warm-up", areasUrl, WARMUP_S, headers);
      await run("warm-up", bareUrl, WARMUP_S, headers);
      await run("warm-up", publicUrl, WARMUP_S, {});
      // Interleaved rounds, so background load on the machine falls on both servers alike.
      const rounds: Result[][] = [];
      for (let i = 0; i < ROUNDS; i++) {
        rounds.push([
          await run("GET /api/areas (planner session, cached gzip)", areasUrl, DURATION_S, headers),
          await run("bare node:http, same bytes", bareUrl, DURATION_S, headers),
          // The same front-cache path with no session to check: what the session lookup costs.
          await run("GET /api/public/areas (no session)", publicUrl, DURATION_S, {}),
        ]);
      }
      const results = [0, 1, 2].map((k) => mean(rounds.map((r) => r[k] as Result)));
      report(results, raw.body.length, gz.length);
    } finally {
      await bare.stop();
    }
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(results: Result[], rawBytes: number, gzBytes: number) {
  const [real, bare, open] = results;
  if (!real || !bare || !open) return;
  console.log(
    `\nGET /api/areas with a planner's session cookie, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION_S} s, Accept-Encoding: gzip; p50/p99 are means over rounds`,
  );
  console.log(`payload: ${rawBytes} bytes raw, ${gzBytes} bytes gzip\n`);
  console.log("| server | req/s | p50 ms | p99 ms | errors | non-2xx |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.name} | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.non2xx} |`,
    );
  }
  console.log(`\nthroughput ratio (real / bare): ${((real.rps / bare.rps) * 100).toFixed(1)} %`);
  console.log(
    `throughput ratio (public areas, same front cache and a body of about the same size, no session / bare): ${((open.rps / bare.rps) * 100).toFixed(1)} %`,
  );
  console.log(
    `load generator: ${generatorName()}; node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ""}`,
  );
}

await main();
