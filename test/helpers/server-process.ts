// The real server process (server/main.ts via tsx) on a free port, as a user runs it: for the
// browser tests and the crash test. Detached, so a signal reaches npx, tsx and node together.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  /** Everything the process has written so far, for failure messages. */
  output(): string;
  /** Sends the signal to the whole process group and waits (at most 5 s) for the exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the server with `env` added to this process's environment (DB_PATH at least) and waits
 * until `/api/health` answers, or fails with the server's output.
 */
export async function spawnServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn("npx", ["tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const running: ServerProcess = {
    child,
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const exited = new Promise((ok) => child.once("exit", ok));
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // Already gone.
      }
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5_000))]);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${running.origin}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return running;
    await new Promise((r) => setTimeout(r, 100));
  }
  await running.kill("SIGKILL");
  throw new Error(`server did not answer /api/health within ${timeoutMs / 1000} s:\n${output}`);
}
