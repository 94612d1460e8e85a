// The load generator for npm run bench. wrk (C, Debian package `wrk`) when it is installed: with
// 20 kB responses autocannon itself saturates a core at about 3 000 req/s, long before either
// server does, so its figures would measure the generator. autocannon is the fallback.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export const WRK = "/usr/bin/wrk";
export const generatorName = () => (existsSync(WRK) ? "wrk (1 thread)" : "autocannon");

/** `headers` go on every request, after Accept-Encoding: gzip (e.g. the session cookie). */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const all = { "accept-encoding": "gzip", ...headers };
  return existsSync(WRK)
    ? wrk(url, connections, seconds, all)
    : cannon(url, connections, seconds, all);
}

async function cannon(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function wrk(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(WRK, [
    "-t1",
    `-c${connections}`,
    `-d${seconds}s`,
    "--latency",
    ...Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ]);
  return parseWrk(stdout);
}

/** Reads wrk's --latency report: requests/sec, the 50 % and 99 % latencies, errors. */
export function parseWrk(out: string): LoadResult {
  const ms = (label: string) => {
    const m = out.match(new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, "m"));
    if (!m) throw new Error(`wrk printed no ${label}% latency:\n${out}`);
    const value = Number(m[1]);
    return m[2] === "us" ? value / 1000 : m[2] === "s" ? value * 1000 : value;
  };
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  if (!Number.isFinite(rps)) throw new Error(`wrk printed no Requests/sec:\n${out}`);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0;
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  return { rps, p50: ms("50"), p99: ms("99"), errors, non2xx };
}
