// The shared JSON-body validator, over a tiny route in the real Hono stack: every bad field is
// named, and a body that is not JSON is a 400, never a 500.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validJson } from "../../server/http/validate.ts";

const app = new Hono().post(
  "/things",
  validJson(z.strictObject({ name: z.string().min(1), count: z.number().int().positive() })),
  (c) => c.json(c.req.valid("json"), 201),
);

async function post(body: string, contentType = "application/json") {
  const res = await app.request("/things", {
    method: "POST",
    body,
    headers: { "Content-Type": contentType },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("validJson", () => {
  it("passes a valid body through", async () => {
    expect(await post('{"name":"x","count":2}')).toEqual({
      status: 201,
      body: { name: "x", count: 2 },
    });
  });

  it("names every bad field at once", async () => {
    const res = await post('{"name":"","count":-1,"extra":true}');
    expect(res.status).toBe(400);
    const fields = (res.body.error as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["name", "count", "extra"]));
  });

  it("answers malformed JSON with a 400 that says so", async () => {
    for (const type of ["application/json", "text/plain"]) {
      const res = await post("{not json", type);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/JSON/);
    }
  });
});
