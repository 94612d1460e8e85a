import { describe, expect, it } from "vitest";
import { createPendingStore, PREVIEW_TTL_MS } from "./pending.ts";

describe("createPendingStore", () => {
  it("returns a value until it expires", () => {
    let now = new Date("2019-06-10T10:00:00Z");
    const store = createPendingStore<string>(() => now);
    const { token, expiresAt } = store.put("preview");
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(expiresAt.toISOString()).toBe("2019-06-10T10:15:00.000Z");
    now = new Date(now.getTime() + PREVIEW_TTL_MS - 1);
    expect(store.get(token)).toBe("preview");
    now = new Date(now.getTime() + 1);
    expect(store.get(token)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("drops the oldest beyond the maximum, and a deleted token", () => {
    const store = createPendingStore<number>(() => new Date(0), 1000, 2);
    const a = store.put(1).token;
    const b = store.put(2).token;
    const c = store.put(3).token;
    expect([store.get(a), store.get(b), store.get(c)]).toEqual([undefined, 2, 3]);
    store.delete(b);
    expect(store.get(b)).toBeUndefined();
    expect(store.get("not-a-token")).toBeUndefined();
  });
});
