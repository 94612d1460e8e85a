// Pure pieces of the mixed-load benchmark: latency percentiles, wrk's report line, the summary
// table and the verdict against the targets. No I/O here; stats.test.ts checks each by hand.

/** One side of the load (readers or writers), latencies in milliseconds. */
export interface Side {
  name: string;
  clients: number;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** null when the generator does not report it. */
  p999: number | null;
  max: number;
  /** Answers outside 2xx (for writers: anything but 201). */
  badStatus: number;
  /** Connect, read and write failures and timeouts. */
  socketErrors: number;
}

export const errorsOf = (s: Side) => s.badStatus + s.socketErrors;
export const throughput = (s: Side) => (s.seconds > 0 ? s.requests / s.seconds : 0);

/** The nearest-rank percentile (p in 0–100) of ascending values; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // The epsilon keeps float error (99.9 / 100 * 1000 = 999.0000000000001) from skipping a rank.
  const rank = Math.ceil((p / 100) * sorted.length - 1e-9);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** The Side of latencies recorded one per request (ms), in any order. */
export function summarize(
  name: string,
  clients: number,
  latencies: readonly number[],
  seconds: number,
  badStatus: number,
  socketErrors: number,
): Side {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    clients,
    requests: sorted.length,
    seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.at(-1) ?? Number.NaN,
    badStatus,
    socketErrors,
  };
}

/** The marker the wrk script (readers.ts) prints its JSON after. */
export const WRK_MARK = "WRK_JSON ";

interface WrkJson {
  requests: number;
  duration_us: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

/** The Side from wrk's output with the done() line of the readers' script (microseconds). */
export function parseWrkJson(name: string, clients: number, out: string): Side {
  const line = out.split("\n").find((l) => l.startsWith(WRK_MARK));
  if (!line) throw new Error(`wrk printed no ${WRK_MARK.trim()} line:\n${out}`);
  const j = JSON.parse(line.slice(WRK_MARK.length)) as WrkJson;
  const ms = (us: number) => us / 1000;
  return {
    name,
    clients,
    requests: j.requests,
    seconds: j.duration_us / 1e6,
    p50: ms(j.p50),
    p99: ms(j.p99),
    p999: ms(j.p999),
    max: ms(j.max),
    // wrk counts a status of 400 and above; a 3xx would pass, and none of these paths sends one.
    badStatus: j.status,
    socketErrors: j.connect + j.read + j.write + j.timeout,
  };
}

const num = (n: number) => Math.round(n).toLocaleString("en-US").replaceAll(",", " ");
const msText = (n: number | null) => (n === null || Number.isNaN(n) ? "–" : n.toFixed(1));

/** A markdown table, one row per side. */
export function table(sides: readonly Side[]): string {
  const rows = sides.map(
    (s) =>
      `| ${s.name} | ${s.clients} | ${num(s.requests)} | ${num(throughput(s))} | ${msText(s.p50)} | ${msText(s.p99)} | ${msText(s.p999)} | ${msText(s.max)} | ${s.badStatus} | ${s.socketErrors} |`,
  );
  return [
    "| load | clients | requests | req/s | p50 ms | p99 ms | p99.9 ms | max ms | bad status | socket errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

export interface Targets {
  /** Reader p99 must stay under this (ms). */
  readP99Ms: number;
}

/** Each target with whether it was met, as lines for the report. */
export function verdict(readers: Side, writers: Side, targets: Targets): string[] {
  const mark = (ok: boolean) => (ok ? "met" : "NOT met");
  const errors = errorsOf(readers) + errorsOf(writers);
  return [
    `zero errors: ${mark(errors === 0)} (readers ${errorsOf(readers)}, writers ${errorsOf(writers)})`,
    `reader p99 under ${targets.readP99Ms} ms: ${mark(readers.p99 < targets.readP99Ms)} (${msText(readers.p99)} ms)`,
  ];
}
