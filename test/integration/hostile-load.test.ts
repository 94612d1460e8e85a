// The real server process under the requests issue 11 found could stall it: a megabyte of nested
// JSON to the login, a zip of millions of vertices, heavy boundary files and imports. Each is
// refused or answered, and the public map's read sent meanwhile is answered, and answered before
// the heavy files are done (they are parsed on worker threads). How fast is measured by
// `npm run bench:hostile` (docs/performance.md), never here.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostileRequest, hostileRequests } from "../../scripts/lib/hostile.ts";
import { login, seedAccounts } from "../helpers/accounts.ts";
import { type ServerProcess, spawnServer } from "../helpers/server-process.ts";
import { FIXTURE_DATA, FIXTURE_KOMMUN } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-hostile-"));
const DB_PATH = join(dir, "grannkoll.db");
let server: ServerProcess;
let planner: Record<string, string>;
const requests = hostileRequests("Alfa");
const named = (name: string) => requests.find((r) => r.name.startsWith(name)) as HostileRequest;

beforeAll(async () => {
  await seedAccounts(DB_PATH);
  server = await spawnServer(
    {
      DB_PATH,
      DATA_DIR: FIXTURE_DATA,
      KOMMUNER: FIXTURE_KOMMUN,
      DIST_DIR: join(dir, "no-web"),
      BASEMAP_STYLE_URL: "",
    },
    30_000,
  );
  planner = await login(server.origin, "planner");
}, 60_000);
afterAll(async () => {
  await server?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Sends `r` on a connection of its own, as an attacker would (never one the reads share), and
 * takes the answer as soon as it comes: a refusal may come while the body is still being sent,
 * and the socket may then close under the rest of it.
 */
const send = (r: HostileRequest) =>
  new Promise<{ name: string; status: number; text: string }>((resolve, reject) => {
    let answered = false;
    const req = request(
      `${server.origin}${r.path}`,
      {
        method: r.method,
        agent: false,
        headers: {
          "content-type": r.type,
          "content-length": r.body.length,
          ...(r.as ? planner : {}),
        },
      },
      (res) => {
        answered = true;
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => resolve({ name: r.name, status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", (err) => {
      if (!answered) reject(err); // an error after the answer began is the body cut short
    });
    req.end(r.body);
  });

const publicRead = () =>
  fetch(`${server.origin}/api/public/areas`).then((res) => {
    expect(res.status).toBe(200);
    return res.json();
  });

describe("hostile requests against the real server", () => {
  it("answers a public read while heavy boundary files and imports are still being read", async () => {
    await publicRead(); // built once, as after any start
    const order: string[] = [];
    const heavy = [named("a boundary file"), named("a 60 000-row CSV")].map((r) =>
      send(r).then((answer) => {
        order.push(r.name);
        return answer;
      }),
    );
    // Sent once the uploads are with the server: a loop busy parsing them would answer it last.
    await new Promise((r) => setTimeout(r, 300));
    await publicRead().then(() => order.push("public read"));
    const answers = await Promise.all(heavy);
    expect(order[0]).toBe("public read");
    for (const a of answers) expect([200, 400]).toContain(a.status);
  }, 60_000);

  it("refuses or answers each of them, and public reads sent meanwhile are all answered", async () => {
    const hostile = Promise.all(requests.flatMap((r) => [send(r), send(r)]));
    const reads: unknown[] = [];
    for (let i = 0; i < 10; i++) reads.push(await publicRead());
    const answers = await hostile;
    expect(reads).toHaveLength(10);
    const wrong = answers.filter(
      (a) => !named(a.name).expect.includes(a.status) || !a.text.startsWith("{"),
    );
    expect(wrong.map((a) => `${a.name}: ${a.status} ${a.text.slice(0, 120)}`)).toEqual([]);
    const health = await fetch(`${server.origin}/api/health`);
    expect(health.status).toBe(200);
  }, 120_000);
});
