// A request listener that answers a GET whose exact URL was answered before, from the bytes the
// JSON cache already holds, without entering Hono; everything else goes to the app. Only responses
// built by JsonCache.respond are ever indexed, so only requests the app validated and answered 200
// can take this path, and an entry is used only while byUrl says it may be: while its version is
// current, or, for the public endpoints' bounded staleness, within its stale window (cached-json.ts).
//
// The session guard does not run here, so `allowed` asks the same access table before an entry is
// served; a request it does not allow goes on to the app, which answers 401 or 403.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CachedBody, JsonCache } from "./cached-json.ts";
import { matches } from "./etag.ts";
import { headersFor, negotiate, pickBody } from "./negotiate.ts";
import type { HeaderSet } from "./security-headers.ts";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Whether the caller of a GET may have the answer (server/auth/guard.ts authorizeRaw): the scope
 * key of the kommuner they work for ("" for the public), or null when not.
 */
export type Gate = (path: string, cookie: string | undefined) => string | null;

/** `headers` (the security headers) go on every answer given here, as the app puts them on its own. */
export function withFrontCache(
  cache: JsonCache,
  app: Listener,
  headers: HeaderSet,
  allowed: Gate,
): Listener {
  // The header list of a 200 depends only on the bytes sent (each Buffer belongs to one entry and
  // one encoding): build it once per Buffer, as the flat [name, value, …] array node:http writes
  // without re-examining an object. Keyed by the bytes, not the entry, because an entry's gzip
  // changes once (level-1 stand-in, then level 6) and Content-Length with it.
  //
  // Header names are written in lower case, as the app's own answers (through Hono's Headers)
  // write them: the same answer must not come as `etag:` from the app and `ETag:` from here.
  const flat = new WeakMap<Buffer, string[]>();
  function flatHeaders(entry: CachedBody, encoding: "br" | "gzip" | undefined, body: Buffer) {
    let list = flat.get(body);
    if (!list) {
      list = Object.entries(
        lowerNames({ ...headers, ...headersFor(entry, encoding, body) }),
      ).flat();
      flat.set(body, list);
    }
    return list;
  }

  return (req, res) => {
    if (req.method !== "GET" || !req.url) return app(req, res);
    const url = req.url;
    const query = url.indexOf("?");
    const scope = allowed(query === -1 ? url : url.slice(0, query), req.headers.cookie);
    const entry = scope === null ? undefined : cache.byUrl(url, scope);
    if (!entry) return app(req, res);
    const accept = req.headers["accept-encoding"];
    const acceptEncoding = Array.isArray(accept) ? accept.join(",") : accept;
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
      const answer = negotiate(entry, ifNoneMatch, acceptEncoding);
      res.writeHead(304, lowerNames({ ...headers, ...answer.headers }));
      res.end();
      return;
    }
    // The hot path: no header object is built; the list for these bytes is reused. pickBody
    // only offers bytes the entry holds (br once the threadpool has made it, else gzip, else raw).
    const { encoding, body } = pickBody(entry, acceptEncoding);
    res.writeHead(200, flatHeaders(entry, encoding, body));
    res.end(body);
  };
}

/** The same headers with their names in lower case, as the app writes them. */
function lowerNames(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}
