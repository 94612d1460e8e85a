// The physical limit for this stack: a bare node:http server that writes precompressed bytes it
// already holds in memory. The benchmark compares the real areas endpoint against it.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = readFileSync(process.env.BODY_FILE ?? "");
// The real server's own response headers (security headers, ETag, Vary…), so both servers put
// the same bytes on the wire and the comparison measures only the work behind them.
const headers: string[] = JSON.parse(process.env.HEADERS ?? "[]");

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening ${address.port}`);
});
