// Starting and stopping the servers under test as child processes, so each has its own core.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = address && typeof address === "object" ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs `<entry>` under tsx with extra env and waits until `readyUrl` answers 200. Node itself is
 * the child (`node --import tsx`), not `npx tsx`: npx does not pass SIGTERM on, so stop() would
 * leave the server running and holding the pipe that keeps this process alive.
 */
export async function startTsx(entry: string, env: Record<string, string>, readyUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.resume(); // drained, so a chatty server never blocks on a full pipe
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      const res = await fetch(readyUrl);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not answer ${readyUrl} within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  } satisfies Running;
}
