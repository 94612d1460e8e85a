// Heavy, pure work (parsing an uploaded file) on a worker thread, so the event loop keeps
// answering everyone else meanwhile. One thread per task runs one job at a time; the others wait
// in a short queue, and a full queue refuses at once. A job that takes too long, or runs the
// thread out of its own memory limit, ends that thread (a fresh one takes the next job) and
// fails with WorkerTaskError: the server's own memory and time are never the upload's to take.
import { type Transferable, Worker } from "node:worker_threads";
import { importTsModule } from "./ts-module.ts";

export interface WorkerTaskOptions {
  /** A job still running after this is stopped. */
  timeoutMs: number;
  /** Jobs that may wait for the thread; one more is refused (WorkerBusy). */
  maxQueue: number;
  /** The thread's heap limit (V8's old generation), in MB. */
  maxHeapMb: number;
}

/** The job could not be done: it took too long, or ran out of memory, or the thread failed. */
export class WorkerTaskError extends Error {}
/** Too many jobs are waiting already. */
export class WorkerBusy extends WorkerTaskError {}

interface Job {
  arg: unknown;
  transfer: Transferable[];
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * `run(arg)` calls the export `name` of the TypeScript module `entry` with `arg` on the task's
 * thread and resolves with what it returns (both structured-cloned; `transfer` moves buffers).
 */
export function createWorkerTask<A, R>(entry: URL, name: string, options: WorkerTaskOptions) {
  const code = `
    const { parentPort } = require("node:worker_threads");
    let loaded;
    parentPort.on("message", async (arg) => {
      try {
        loaded ??= ${importTsModule(entry)};
        const result = await (await loaded)[${JSON.stringify(name)}](arg);
        parentPort.postMessage({ ok: true, result });
      } catch (err) {
        parentPort.postMessage({ ok: false, error: String((err && err.stack) || err) });
      }
    });`;
  let worker: Worker | null = null;
  let current: Job | null = null;
  let timer: NodeJS.Timeout | null = null;
  const queue: Job[] = [];

  const finish = (settle: (job: Job) => void) => {
    const job = current;
    current = null;
    if (timer) clearTimeout(timer);
    timer = null;
    worker?.unref(); // an idle thread never keeps the process alive
    if (job) settle(job);
    next();
  };

  const stop = (w: Worker, reason: string) => {
    if (worker === w) worker = null;
    void w.terminate();
    finish((job) => job.reject(new WorkerTaskError(reason)));
  };

  const start = (): Worker => {
    const w = new Worker(code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    });
    w.on("message", (answer: { ok: boolean; result?: unknown; error?: string }) => {
      if (answer.ok) finish((job) => job.resolve(answer.result));
      else finish((job) => job.reject(new Error(answer.error)));
    });
    // Only the current thread's events count: a stopped one may still report its end.
    w.on("error", (err) => {
      if (worker !== w) return;
      const memory = (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      stop(w, memory ? "ran out of memory" : `failed: ${err.message}`);
    });
    w.on("exit", () => {
      if (worker !== w) return;
      worker = null;
      if (current) finish((job) => job.reject(new WorkerTaskError("the worker thread ended")));
    });
    return w;
  };

  function next() {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    worker ??= start();
    const w = worker;
    w.ref();
    timer = setTimeout(
      () => stop(w, `took longer than ${options.timeoutMs / 1000} s`),
      options.timeoutMs,
    );
    w.postMessage(job.arg, job.transfer);
  }

  return {
    run(arg: A, transfer: Transferable[] = []): Promise<R> {
      if (queue.length >= options.maxQueue) {
        return Promise.reject(new WorkerBusy(`${queue.length} jobs are waiting already`));
      }
      return new Promise<R>((resolve, reject) => {
        queue.push({ arg, transfer, resolve: resolve as (v: unknown) => void, reject });
        next();
      });
    },
    /** Ends the thread (tests, shutdown); a running job fails. */
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

export type WorkerTask<A, R> = ReturnType<typeof createWorkerTask<A, R>>;

/** What `run` can move rather than copy: a byte array that has its buffer to itself. */
export const movable = (bytes: Uint8Array): Transferable[] =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? [bytes.buffer as ArrayBuffer]
    : [];

/** How a failed job is answered: 503 while the thread is busy, else 400 (the upload's doing). */
export function jobFailure(err: unknown): { status: 400 | 503; message: string } | null {
  if (err instanceof WorkerBusy) {
    return { status: 503, message: "other files are being read just now; try again soon" };
  }
  if (err instanceof WorkerTaskError) {
    return {
      status: 400,
      message: `the file could not be read within the server's limits: reading it ${err.message}`,
    };
  }
  return null;
}
