import { afterAll, describe, expect, it } from "vitest";
import { createWorkerTask, WorkerBusy, WorkerTaskError } from "./task.ts";

const JOBS = new URL("../../test/fixtures/workers/jobs.ts", import.meta.url);
const options = { timeoutMs: 30_000, maxQueue: 2, maxHeapMb: 64 };
const tasks: { close(): Promise<void> }[] = [];
function task<A, R>(name: string, o = options) {
  const t = createWorkerTask<A, R>(JOBS, name, o);
  tasks.push(t);
  return t;
}
afterAll(async () => {
  for (const t of tasks) await t.close();
});

describe("createWorkerTask", () => {
  it("runs the job on its thread, with a transferred buffer, and passes on its errors", async () => {
    const bytes = new Uint8Array(1_000_000).fill(3);
    const answer = await task<Uint8Array, { length: number; sum: number }>("sum").run(bytes, [
      bytes.buffer,
    ]);
    expect(answer).toEqual({ length: 1_000_000, sum: 3_000_000 });
    expect(bytes.length).toBe(0); // moved, not copied
    await expect(task<string, never>("fail").run("no such area")).rejects.toThrow(/no such area/);
  });

  it("leaves the event loop free while the job runs", async () => {
    let ticks = 0;
    const tick = setInterval(() => {
      ticks++;
    }, 1);
    try {
      const result = await task<number, string>("spin").run(300);
      expect(result).toBe("done");
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(tick);
    }
  });

  it("stops a job that takes too long, and runs the next on a fresh thread", async () => {
    // The limit counts from the job's start, the thread's start-up included.
    const spin = task<number, string>("spin", { ...options, timeoutMs: 3_000 });
    await expect(spin.run(60_000)).rejects.toThrow(new WorkerTaskError("took longer than 3 s"));
    expect(await spin.run(1)).toBe("done");
  }, 20_000);

  it("stops a job that runs its thread out of memory", async () => {
    const hog = task<undefined, number>("hog", { ...options, maxHeapMb: 32 });
    await expect(hog.run(undefined)).rejects.toThrow(new WorkerTaskError("ran out of memory"));
  });

  it("refuses a job at once when the queue is full", async () => {
    const spin = task<number, string>("spin");
    const running = [spin.run(100), spin.run(1), spin.run(1)];
    await expect(spin.run(1)).rejects.toBeInstanceOf(WorkerBusy);
    expect(await Promise.all(running)).toEqual(["done", "done", "done"]);
  });
});
