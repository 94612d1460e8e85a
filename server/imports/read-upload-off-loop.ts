// readUpload on a worker thread (server/workers/task.ts), with its own time and heap limits.
import { createWorkerTask, movable } from "../workers/task.ts";
import type { UploadJob, UploadRead } from "./read-upload.ts";

const task = createWorkerTask<UploadJob, UploadRead>(
  new URL("./read-upload.ts", import.meta.url),
  "readUpload",
  { timeoutMs: 120_000, maxQueue: 4, maxHeapMb: 1024 },
);

/** Reads the upload off the event loop; its bytes are moved to the thread when they can be. */
export function readUploadOffLoop(job: UploadJob): Promise<UploadRead> {
  return task.run(job, movable(job.bytes));
}
