// The public readers of the mixed load: many connections cycling through the public map's GETs.
// wrk with a small Lua script when /usr/bin/wrk exists (it reports p99.9 and keeps up with the
// server on one core); autocannon otherwise, which on a small machine measures itself (load.ts).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { WRK } from "./load.ts";
import { parseWrkJson, type Side, WRK_MARK } from "./stats.ts";

export interface ReaderLoad {
  origin: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}

/** wrk when installed, unless BENCH_MIXED_GENERATOR=autocannon asks for the other one. */
const wrkWanted = () => existsSync(WRK) && process.env.BENCH_MIXED_GENERATOR !== "autocannon";

export const readerGenerator = () => (wrkWanted() ? "wrk (1 thread, Lua script)" : "autocannon");

export function runReaders(name: string, load: ReaderLoad): Promise<Side> {
  return wrkWanted() ? wrk(name, load) : cannon(name, load);
}

/** Requests prebuilt once; each connection takes the next path in turn. */
const script = (paths: readonly string[]) => `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(", ")} }
local reqs = {}
local i = 0
init = function(args)
  for k, p in ipairs(paths) do reqs[k] = wrk.format("GET", p) end
end
request = function()
  i = i % #reqs + 1
  return reqs[i]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('${WRK_MARK}{"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p99":%d,"p999":%d,"max":%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max))
end
`;

async function wrk(name: string, load: ReaderLoad): Promise<Side> {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-wrk-"));
  try {
    const file = join(dir, "readers.lua");
    writeFileSync(file, script(load.paths));
    const headerArgs = Object.entries(load.headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
    const { stdout } = await promisify(execFile)(WRK, [
      "-t1",
      `-c${load.connections}`,
      `-d${load.seconds}s`,
      // wrk's default 2 s timeout would count a slow answer under heavy writes as an error.
      "--timeout",
      "10s",
      "-s",
      file,
      ...headerArgs,
      `${load.origin}${load.paths[0] ?? "/"}`,
    ]);
    return parseWrkJson(name, load.connections, stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function cannon(name: string, load: ReaderLoad): Promise<Side> {
  const r = await autocannon({
    url: load.origin,
    connections: load.connections,
    duration: load.seconds,
    timeout: 10,
    headers: load.headers,
    requests: load.paths.map((path) => ({ method: "GET" as const, path })),
  });
  return {
    name,
    clients: load.connections,
    requests: r.requests.total,
    seconds: r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    p999: r.latency.p99_9,
    max: r.latency.max,
    badStatus: r.non2xx,
    socketErrors: r.errors,
  };
}
