import { describe, expect, it } from "vitest";
import { parseWrkJson, percentile, summarize, table, verdict } from "./stats.ts";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 50)).toBe(5); // rank ceil(5) = 5
    expect(percentile(ten, 99)).toBe(10); // rank ceil(9.9) = 10
    expect(percentile(ten, 0)).toBe(1); // rank 0 is clamped to the first
    expect(percentile([7], 99.9)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("sorts the latencies and counts the requests", () => {
    // 1 000 values 1…1000, shuffled: p50 is rank 500, p99 rank 990, p99.9 rank 999.
    const values = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) + 1);
    const s = summarize("writers", 5, values, 10, 2, 1);
    expect(s).toEqual({
      name: "writers",
      clients: 5,
      requests: 1000,
      seconds: 10,
      p50: 500,
      p99: 990,
      p999: 999,
      max: 1000,
      badStatus: 2,
      socketErrors: 1,
    });
  });
});

describe("parseWrkJson", () => {
  it("reads the done() line and turns microseconds into milliseconds", () => {
    const out = `Running 1m test @ http://127.0.0.1:1/api/public/areas
  1 threads and 100 connections
WRK_JSON {"requests":120000,"duration_us":60000000,"connect":0,"read":1,"write":0,"status":3,"timeout":2,"p50":1500,"p99":42000,"p999":88500,"max":120000}
`;
    expect(parseWrkJson("readers", 100, out)).toEqual({
      name: "readers",
      clients: 100,
      requests: 120000,
      seconds: 60,
      p50: 1.5,
      p99: 42,
      p999: 88.5,
      max: 120,
      badStatus: 3,
      socketErrors: 3,
    });
  });

  it("fails loudly when the line is missing", () => {
    expect(() => parseWrkJson("readers", 1, "nothing")).toThrow(/WRK_JSON/);
  });
});

describe("report", () => {
  const readers = summarize("readers", 100, [1, 2, 150], 3, 0, 0);
  const writers = summarize("writers", 5, [10, 20], 2, 1, 0);

  it("prints one table row per side with throughput", () => {
    const lines = table([readers, writers]).split("\n");
    expect(lines).toHaveLength(4);
    // 3 requests in 3 s = 1 req/s; p50 rank 2 of [1, 2, 150] = 2, p99 rank 3 = 150.
    expect(lines[2]).toBe("| readers | 100 | 3 | 1 | 2.0 | 150.0 | 150.0 | 150.0 | 0 | 0 |");
    expect(lines[3]).toBe("| writers | 5 | 2 | 1 | 10.0 | 20.0 | 20.0 | 20.0 | 1 | 0 |");
  });

  it("says which targets were met", () => {
    expect(verdict(readers, writers, { readP99Ms: 100 })).toEqual([
      "zero errors: NOT met (readers 0, writers 1)",
      "reader p99 under 100 ms: NOT met (150.0 ms)",
    ]);
    const fast = summarize("readers", 100, [1, 2, 3], 3, 0, 0);
    const clean = summarize("writers", 5, [10], 1, 0, 0);
    expect(verdict(fast, clean, { readP99Ms: 100 })).toEqual([
      "zero errors: met (readers 0, writers 0)",
      "reader p99 under 100 ms: met (3.0 ms)",
    ]);
  });
});
