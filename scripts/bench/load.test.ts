import { expect, it } from "vitest";
import { parseWrk } from "./load.ts";

it("reads wrk's latency distribution, throughput and errors", () => {
  const out = `Running 10s test @ http://127.0.0.1:1/api/areas
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.61ms  310.00us   9.80ms   90.00%
  Latency Distribution
     50%    1.55ms
     75%    1.70ms
     90%    1.90ms
     99%  850.00us
  198765 requests in 10.00s, 3.90GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  19876.45
Transfer/sec:    390.12MB
`;
  expect(parseWrk(out)).toEqual({ rps: 19876.45, p50: 1.55, p99: 0.85, errors: 3, non2xx: 4 });
});
