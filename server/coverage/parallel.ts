// A full rebuild on two cores: the helper thread collects the upper half of the presence rows
// while the main thread collects the lower half. The rebuild runs inside a synchronous SQLite
// transaction, so the main thread waits with Atomics.wait and takes the answer with
// receiveMessageOnPort. Whatever goes wrong (no helper, an error, a timeout, different data seen),
// the caller collects that half itself: the helper can only make a rebuild faster, never different.
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { importTsModule } from "../workers/ts-module.ts";
import type { AccumulatorParts } from "./accumulate.ts";
import type { AreaIndex } from "./geometry.ts";
import type { CoverageSettings } from "./settings.ts";

export interface HalfJob {
  dbPath: string;
  /** Presence ids in (after, upTo]. */
  after: number;
  upTo: number;
  index: AreaIndex;
  settings: CoverageSettings;
}

export type HalfResult =
  | { ok: true; version: number; rows: number; parts: AccumulatorParts }
  | { ok: false; error: string };

let helper: Worker | null | undefined; // undefined: not started yet; null: not available
let warned = false;

function warnOnce(error: string) {
  if (warned) return;
  warned = true;
  console.warn(`coverage: the rebuild helper thread failed, rebuilding on one thread: ${error}`);
}

/**
 * The helper runs TypeScript through tsx's loader, registered inside the thread. Its message
 * handler is plain JavaScript, so even a failure to load answers (with ok: false) instead of
 * leaving the main thread waiting.
 */
function startHelper(): Worker | null {
  try {
    const entry = new URL("./rebuild-worker.ts", import.meta.url);
    const code = `
      const { parentPort } = require("node:worker_threads");
      let loaded;
      parentPort.on("message", async ({ job, signal, port }) => {
        let reply;
        try {
          loaded ??= ${importTsModule(entry)};
          reply = (await loaded).runHalf(job);
        } catch (err) {
          reply = { ok: false, error: String(err && err.stack || err) };
        }
        const p = reply.parts;
        port.postMessage(reply, p ? [p.area.buffer, p.key.buffer, p.sec.buffer, p.flags.buffer] : []);
        Atomics.store(signal, 0, 1);
        Atomics.notify(signal, 0);
      });`;
    const w = new Worker(code, { eval: true });
    w.unref(); // an idle helper never keeps the process alive
    const gone = () => {
      if (helper === w) helper = null;
    };
    w.on("error", gone);
    w.on("exit", gone);
    return w;
  } catch {
    return null;
  }
}

/**
 * Starts a half on the helper thread. The returned function blocks until the helper answers and
 * gives its result, or null (no helper, failure, or no answer within the timeout).
 */
export function startHalf(
  job: HalfJob,
  timeoutMs = 120_000,
): (() => (HalfResult & { ok: true }) | null) | null {
  if (helper === undefined) helper = startHelper();
  const w = helper;
  if (!w) return null;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ job, signal, port: port2 }, [port2]);
  return () => {
    const waited = Atomics.wait(signal, 0, 0, timeoutMs);
    const answer = receiveMessageOnPort(port1)?.message as HalfResult | undefined;
    port1.close();
    if (waited === "timed-out" || !answer) {
      void w.terminate();
      helper = null;
      return null;
    }
    if (!answer.ok) warnOnce(answer.error);
    return answer.ok ? answer : null;
  };
}
