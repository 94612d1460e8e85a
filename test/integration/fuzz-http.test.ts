// Raw malformed HTTP against the app over a real socket (node:http, as main.ts serves it): bad
// Content-Length, invalid UTF-8, chunked garbage, bodies that stop early. Whatever the bytes, the
// process keeps answering, and an answer from the app is never a 5xx.
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { randomBytes } from "../helpers/fuzz-cases.ts";
import { digester } from "../helpers/fuzz-run.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
const digest = digester(t.db);
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(getRequestListener(t.hono.fetch));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.close();
});

/** Sends raw bytes, half-closes, and returns whatever comes back within `ms`. */
function raw(bytes: Buffer | string, ms = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const done = () => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(done, ms);
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", () => {
      clearTimeout(timer);
      done();
    });
    socket.on("close", () => {
      clearTimeout(timer);
      done();
    });
    socket.write(bytes, () => socket.end());
  });
}

const session = () => {
  const h = t.headersOf("planner");
  return `Cookie: ${h.cookie}\r\n${CSRF_HEADER}: ${h[CSRF_HEADER]}\r\n`;
};
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe("malformed HTTP", () => {
  const head = (extra: string) =>
    `POST /api/visits HTTP/1.1\r\nHost: x\r\n${session()}Content-Type: application/json\r\n${extra}`;
  const cases: [string, () => Buffer | string][] = [
    [
      "a Content-Length longer than the body",
      () => `${head("Content-Length: 100\r\n")}\r\n{"kind":`,
    ],
    ["a Content-Length that is not a number", () => `${head("Content-Length: abc\r\n")}\r\n{}`],
    ["a negative Content-Length", () => `${head("Content-Length: -5\r\n")}\r\n{}`],
    [
      "both Content-Length and chunked",
      () =>
        `${head("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")}\r\n3\r\n{}}\r\n0\r\n\r\n`,
    ],
    [
      "chunk sizes that are not hex",
      () => `${head("Transfer-Encoding: chunked\r\n")}\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ],
    [
      "a chunked body cut off",
      () => `${head("Transfer-Encoding: chunked\r\n")}\r\nffff\r\n{"kind":"x"`,
    ],
    [
      "a chunked body over the 1 MB limit",
      () =>
        `${head("Transfer-Encoding: chunked\r\n")}\r\n${"100000\r\n".concat("x".repeat(0x100000), "\r\n").repeat(2)}0\r\n\r\n`,
    ],
    [
      "invalid UTF-8 in the body",
      () =>
        Buffer.concat([
          Buffer.from(`${head("Content-Length: 12\r\n")}\r\n`),
          Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0xa0, 0x22, 0x7d]),
        ]),
    ],
    [
      "invalid UTF-8 in a header",
      () =>
        Buffer.concat([
          Buffer.from(head("X-Name: ")),
          Buffer.from([0xff, 0xfe, 0x0d, 0x0a]),
          Buffer.from("Content-Length: 2\r\n\r\n{}"),
        ]),
    ],
    [
      "a 64 kB header",
      () => `${head(`X-Big: ${"a".repeat(65_536)}\r\nContent-Length: 2\r\n`)}\r\n{}`,
    ],
    ["a request line of garbage", () => randomBytes(11, 2048) as unknown as Buffer],
    [
      "a body of random bytes",
      () =>
        Buffer.concat([
          Buffer.from(`${head("Content-Length: 4096\r\n")}\r\n`),
          Buffer.from(randomBytes(12, 4096)),
        ]),
    ],
    [
      "an import cut off mid-file",
      () =>
        `POST /api/imports/visits/commit HTTP/1.1\r\nHost: x\r\n${session()}Content-Type: text/csv\r\nContent-Length: 100000\r\n\r\ntyp;datum;område\ncontact_meeting;2019-05-14;`,
    ],
  ];

  it.each(cases)(
    "%s: no 5xx, nothing written, the server keeps answering",
    async (_name, bytes) => {
      const before = digest();
      const answer = await raw(
        Buffer.isBuffer(bytes()) ? (bytes() as Buffer) : Buffer.from(bytes() as string),
      );
      const status = statusOf(answer);
      // Node answers unparseable requests itself (400/413/431) or closes; the app answers 4xx.
      if (status !== 0) expect(status, answer.slice(0, 300)).toBeGreaterThanOrEqual(400);
      if (status !== 0) expect(status, answer.slice(0, 300)).toBeLessThan(500);
      expect(digest()).toBe(before);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    },
  );

  it("answers a well-formed bad request in the error format after all that", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/visits`, {
      method: "POST",
      headers: { ...t.headersOf("planner"), "Content-Type": "application/json" },
      body: '{"kind": 1}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).not.toBe("");
  });
});
