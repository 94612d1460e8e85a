// A client that drops the connection while sending a body, over a real socket (node:http with
// @hono/node-server, as main.ts serves it). node:http fails the body stream with Error("aborted",
// code ECONNRESET); the app answers that quietly (400, no console.error), while a real internal
// error is still logged and answered 500.
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import type { Role } from "../../server/auth/roles.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
// Routes that fail inside the app, added before the first request builds the router. Outside
// /api, so neither the session guard nor the API's catch-all 404 stands in the way.
t.hono.get("/test-only/boom", () => {
  throw new Error("boom");
});
t.hono.get("/test-only/reset", () => {
  // An ECONNRESET that is not the client's request going away (e.g. a socket of the server's own).
  throw Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
});

/** The app's answers, in order, as the server hands them to node:http. */
const answers: { path: string; status: number; body: string }[] = [];
let answered: (() => void) | undefined;
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(
    getRequestListener(async (req, env) => {
      const res = await t.hono.fetch(req, env);
      const body = await res.clone().text();
      answers.push({ path: new URL(req.url).pathname, status: res.status, body });
      answered?.();
      return res;
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Resolves with the app's next answer (or undefined after `ms`). */
function nextAnswer(ms = 3000): Promise<(typeof answers)[number] | undefined> {
  const seen = answers.length;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(answers[seen]), ms);
    answered = () => {
      if (answers.length <= seen) return;
      clearTimeout(timer);
      answered = undefined;
      resolve(answers[seen]);
    };
  });
}

/** Sends the headers with Content-Length 1000 and 10 bytes of body, then destroys the socket. */
function abortMidBody(path: string, role: Role, type: string): Promise<void> {
  const h = t.headersOf(role);
  const head =
    `POST ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${h.cookie}\r\n${CSRF_HEADER}: ${h[CSRF_HEADER]}\r\n` +
    `Content-Type: ${type}\r\nContent-Length: 1000\r\n\r\n`;
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    socket.write(`${head}0123456789`, () => {
      // Give the server time to start reading the body, then go away.
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 50);
    });
  });
}

describe("a client that drops the connection mid-body", () => {
  const uploads: [string, Role, string][] = [
    ["/api/imports/visits/commit", "planner", "text/csv"],
    ["/api/imports/visits/preview", "planner", "text/csv"],
    ["/api/area-boundaries/preview", "planner", "application/geo+json"],
    ["/api/internal/presence/import?dry_run=1", "police", "text/csv"],
    ["/api/internal/presence/import?dry_run=0", "police", "multipart/form-data; boundary=x"],
  ];

  it.each(uploads)("POST %s (%s, %s): answered 400, nothing logged", async (path, role, type) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = nextAnswer();
    await abortMidBody(path, role, type);
    const a = await answer;
    expect(a?.path).toBe(path.split("?")[0]);
    expect(a?.status).toBe(400);
    expect(JSON.parse(a?.body ?? "{}").error.code).toBe("bad_request");
    expect(logged).not.toHaveBeenCalled();
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  });
});

describe("a real internal error", () => {
  it("is still logged with console.error and answered 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await fetch(`http://127.0.0.1:${port}/test-only/boom`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("internal");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ message: "boom" });
  });

  it("is logged even with code ECONNRESET when the client is still there", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await fetch(`http://127.0.0.1:${port}/test-only/reset`);
    expect(res.status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ code: "ECONNRESET" });
  });
});
