// The writers of the mixed load: a few logged-in people recording what they did, each in a loop
// over one keep-alive connection. Planners record märk-DNA kits and contact meetings, police
// their presence. Every write bumps the data version, so it invalidates the public map's cache.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { type BenchRole, type BenchSession, writeHeaders } from "./accounts.ts";
import { type Side, summarize } from "./stats.ts";

export interface Write {
  path: string;
  body: unknown;
}

/** A small deterministic generator (mulberry32), so runs post the same sequence of writes. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(xs: readonly T[], r: number) => xs[Math.floor(r * xs.length)] as T;

/**
 * The n-th write of a writer with this role: a planner alternates a märk-DNA hand-out and a
 * contact meeting; police record a car or foot patrol in an area, ending in the past day.
 */
export function nextWrite(
  role: BenchRole,
  n: number,
  areaIds: readonly string[],
  rand: () => number,
  now: Date,
): Write {
  const area_id = pick(areaIds, rand());
  const today = now.toISOString().slice(0, 10);
  if (role === "police") {
    const end = now.getTime() - Math.floor(rand() * 24 * 60) * 60_000;
    const minutes = 10 + Math.floor(rand() * 80);
    return {
      path: "/api/internal/presence",
      body: {
        starts_at: new Date(end - minutes * 60_000).toISOString(),
        ends_at: new Date(end).toISOString(),
        actor: "police",
        kind: pick(["car", "foot"] as const, rand()),
        place: { type: "Area", area_id },
        notes: "",
      },
    };
  }
  if (n % 2 === 0) {
    return {
      path: "/api/dna-kits",
      body: { area_id, handed_out_on: today, kits: 1 + Math.floor(rand() * 5) },
    };
  }
  return {
    path: "/api/visits",
    body: {
      kind: "contact_meeting",
      date: today,
      area_id,
      attendees: 2 + Math.floor(rand() * 10),
      notes: "Samtal med kontaktperson om grannsamverkan",
    },
  };
}

export interface Writer {
  role: BenchRole;
  session: BenchSession;
}

export interface WriterLoad {
  origin: string;
  writers: readonly Writer[];
  seconds: number;
  /** Pause after each answer, per writer (0: as fast as the server answers). */
  pauseMs: number;
  areaIds: readonly string[];
}

export interface WriterResult {
  side: Side;
  /** Writes answered 201, per path. */
  byPath: Record<string, number>;
  /** The first few failures, for the report. */
  samples: string[];
}

function post(agent: Agent, origin: string, session: BenchSession, write: Write) {
  const body = JSON.stringify(write.body);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      `${origin}${write.path}`,
      {
        method: "POST",
        agent,
        headers: { ...writeHeaders(session), "content-length": Buffer.byteLength(body) },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out after 10 s")));
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs every writer for `seconds`; a write counts as an error unless it is answered 201. */
export async function runWriters(load: WriterLoad): Promise<WriterResult> {
  const latencies: number[] = [];
  const byPath: Record<string, number> = {};
  const samples: string[] = [];
  let badStatus = 0;
  let socketErrors = 0;
  const start = performance.now();
  const end = start + load.seconds * 1000;
  const note = (s: string) => {
    if (samples.length < 5) samples.push(s);
  };

  async function loop(writer: Writer, index: number) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const rand = random(index + 1);
    try {
      for (let n = 0; performance.now() < end; n++) {
        const write = nextWrite(writer.role, n, load.areaIds, rand, new Date());
        const t0 = performance.now();
        try {
          const { status, text } = await post(agent, load.origin, writer.session, write);
          latencies.push(performance.now() - t0);
          if (status === 201) byPath[write.path] = (byPath[write.path] ?? 0) + 1;
          else {
            badStatus++;
            note(`${write.path} ${status}: ${text.slice(0, 200)}`);
          }
        } catch (err) {
          socketErrors++;
          note(`${write.path}: ${(err as Error).message}`);
        }
        if (load.pauseMs > 0) await new Promise((r) => setTimeout(r, load.pauseMs));
      }
    } finally {
      agent.destroy();
    }
  }

  await Promise.all(load.writers.map(loop));
  const seconds = (performance.now() - start) / 1000;
  const side = summarize(
    "writers",
    load.writers.length,
    latencies,
    seconds,
    badStatus,
    socketErrors,
  );
  return { side, byPath, samples };
}
