// Requests for the OGC API integration tests (ogc*.test.ts): JSON bodies, items with their media
// type checked, and the 400 shape every bad parameter gets (both error formats).
import { expect } from "vitest";
import type { Client, createTestApp } from "./test-app.ts";

export interface Link {
  href: string;
  rel: string;
  type: string;
}
export interface Items {
  type: string;
  features: {
    id: string | number;
    geometry: { type: string };
    properties: Record<string, unknown>;
  }[];
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: Link[];
}

export const ids = (fc: Items) => fc.features.map((f) => f.id);
export const href = (links: unknown, rel: string) =>
  (links as Link[]).find((l) => l.rel === rel)?.href;

/** Requests as `client` (by default the test app's planner session). */
export function ogcClient(t: ReturnType<typeof createTestApp>, client: Client = t.app) {
  async function get(path: string) {
    const res = await client.request(path);
    return { res, body: (await res.json()) as Record<string, unknown> };
  }
  return {
    get,
    async items(path: string): Promise<Items> {
      const { res, body } = await get(path);
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/geo+json");
      return body as unknown as Items;
    },
    async expect400(path: string, field: string) {
      const { res, body } = await get(path);
      expect(res.status, path).toBe(400);
      expect(body.code).toBe("InvalidParameterValue");
      const error = body.error as { code: string; message: string; fields: { field: string }[] };
      expect(error.code).toBe("invalid_query");
      expect(error.fields.map((f) => f.field)).toContain(field);
      expect(body.description).toBe(error.message);
    },
  };
}
