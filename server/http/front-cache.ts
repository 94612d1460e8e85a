// A request listener that answers a GET whose exact URL was answered before, from the bytes the
// JSON cache already holds, without entering Hono; everything else goes to the app. Only responses
// built by JsonCache.respond are ever indexed, so only requests the app validated and answered 200
// can take this path, and an entry is used only while its version is still current.
//
// The session guard does not run here, so `allowed` asks the same access table before an entry is
// served; a request it does not allow goes on to the app, which answers 401 or 403.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type CachedBody,
  type JsonCache,
  matches,
  negotiate,
  pickEncodingCached,
} from "./cached-json.ts";
import type { HeaderSet } from "./security-headers.ts";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Whether the caller of a GET may have the answer (server/auth/guard.ts authorizeRaw). */
export type Gate = (path: string, cookie: string | undefined) => boolean;

/** `headers` (the security headers) go on every answer given here, as the app puts them on its own. */
export function withFrontCache(
  cache: JsonCache,
  app: Listener,
  headers: HeaderSet,
  allowed: Gate,
): Listener {
  // The header list of a 200 depends only on the entry and the chosen encoding: build it once
  // per pair, as the flat [name, value, …] array node:http writes without re-examining an object.
  const flat = new WeakMap<CachedBody, Map<string, string[]>>();
  function flatHeaders(entry: CachedBody, encoding: string, acceptEncoding: string | undefined) {
    let byEncoding = flat.get(entry);
    if (!byEncoding) {
      byEncoding = new Map();
      flat.set(entry, byEncoding);
    }
    let list = byEncoding.get(encoding);
    if (!list) {
      const answer = negotiate(entry, undefined, acceptEncoding);
      list = Object.entries({ ...headers, ...answer.headers }).flat();
      byEncoding.set(encoding, list);
    }
    return list;
  }

  return (req, res) => {
    const entry = req.method === "GET" && req.url ? cache.byUrl(req.url) : undefined;
    if (!entry) return app(req, res);
    const url = req.url as string;
    const query = url.indexOf("?");
    if (!allowed(query === -1 ? url : url.slice(0, query), req.headers.cookie))
      return app(req, res);
    const accept = req.headers["accept-encoding"];
    const acceptEncoding = Array.isArray(accept) ? accept.join(",") : accept;
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
      const answer = negotiate(entry, ifNoneMatch, acceptEncoding);
      res.writeHead(304, { ...headers, ...answer.headers });
      res.end();
      return;
    }
    // The hot path: no header object is built; the list for this entry and encoding is reused.
    const encoding = pickEncodingCached(acceptEncoding);
    const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.raw;
    res.writeHead(200, flatHeaders(entry, encoding ?? "identity", acceptEncoding));
    res.end(body);
  };
}
