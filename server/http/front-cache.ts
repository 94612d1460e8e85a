// A request listener that answers a GET whose exact URL was answered before, from the bytes the
// JSON cache already holds, without entering Hono; everything else goes to the app. Only responses
// built by JsonCache.respond are ever indexed, so only requests the app validated and answered 200
// can take this path, and an entry is used only while its version is still current.
//
// Any check that must run on every request (sessions and roles, once there are accounts) belongs
// in `allowed` below, or the route must not use the shared cache.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type JsonCache, negotiate } from "./cached-json.ts";
import type { HeaderSet } from "./security-headers.ts";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** `headers` (the security headers) go on every answer given here, as the app puts them on its own. */
export function withFrontCache(cache: JsonCache, app: Listener, headers: HeaderSet = {}): Listener {
  return (req, res) => {
    const entry = req.method === "GET" && req.url ? cache.byUrl(req.url) : undefined;
    if (!entry) return app(req, res);
    const accept = req.headers["accept-encoding"];
    const answer = negotiate(
      entry,
      req.headers["if-none-match"],
      Array.isArray(accept) ? accept.join(",") : accept,
    );
    res.writeHead(answer.status, { ...headers, ...answer.headers });
    res.end(answer.body);
  };
}
