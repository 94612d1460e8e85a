// Boundary files are parsed on a worker thread (server/workers/task.ts): up to 20 MB of GeoJSON
// or a zipped Shapefile is JSON.parse, inflating, reprojection and topology checks, seconds of
// work that would otherwise stop every other request. The thread has its own heap limit and a
// time limit, so a hostile file costs that thread, not the server.
import { createWorkerTask, movable } from "../workers/task.ts";
import type { ParsedFile, ParseJob } from "./parse.ts";

const PARSE_LIMITS = { timeoutMs: 120_000, maxQueue: 4, maxHeapMb: 512 };

const task = createWorkerTask<ParseJob, ParsedFile>(
  new URL("./parse.ts", import.meta.url),
  "parseJob",
  PARSE_LIMITS,
);

/** parseBoundaryFile off the event loop. `bytes` is moved to the thread: do not use it after. */
export function parseBoundaryFileOffLoop(
  kind: ParseJob["kind"],
  bytes: Buffer,
  options: { idField?: string | undefined } = {},
): Promise<ParsedFile> {
  return task.run({ kind, bytes, idField: options.idField }, movable(bytes));
}
