import { describe, expect, it } from "vitest";
import { accessFor, decide } from "./access.ts";

describe("accessFor", () => {
  it("reads the first matching prefix, by method", () => {
    expect(accessFor("GET", "/api/internal/lagesbild/3")).toEqual({
      kind: "roles",
      roles: ["planner", "police", "admin"],
    });
    expect(accessFor("POST", "/api/internal/presence")).toEqual({
      kind: "roles",
      roles: ["police"],
    });
    expect(accessFor("GET", "/api/promises")).toMatchObject({
      roles: ["planner", "police", "admin"],
    });
    expect(accessFor("DELETE", "/api/promises/4")).toMatchObject({ roles: ["planner", "admin"] });
    expect(accessFor("POST", "/api/areas")).toEqual({ kind: "roles", roles: [] });
  });

  it("matches whole path segments only", () => {
    expect(accessFor("GET", "/api/areasx")).toBeNull();
    expect(accessFor("GET", "/api/public-secret")).toBeNull();
    expect(accessFor("GET", "/api/areas/")).toMatchObject({ kind: "roles" });
  });

  it("leaves paths outside /api to the web app and /ogc", () => {
    expect(accessFor("GET", "/karta")).toEqual({ kind: "open" });
    expect(accessFor("GET", "/ogc/collections")).toEqual({ kind: "open" });
  });
});

describe("decide", () => {
  const planners = { kind: "roles", roles: ["planner", "admin"] } as const;
  it("tells a missing session from a wrong role", () => {
    expect(decide(planners, null)).toBe("unauthenticated");
    expect(decide(planners, "police")).toBe("forbidden");
    expect(decide(planners, "admin")).toBe("allow");
    expect(decide({ kind: "session" }, "police")).toBe("allow");
    expect(decide({ kind: "session" }, null)).toBe("unauthenticated");
    expect(decide({ kind: "open" }, null)).toBe("allow");
  });
});
