// OGC API – Features, Part 1 Core, at /ogc: landing page, conformance, OpenAPI description,
// collections and items, so QGIS, ArcGIS and GDAL open the data directly. Anyone reads the public
// collections (built by the privacy filter); the planning collections need a login or a personal
// access token (caller.ts), with the roles their API twins have, and only the features of the
// kommuner the account works for (narrowed by ?kommun=, as on the API). `?kommun=` also selects
// one kommun's features of a public collection, for anyone (every feature names its kommun).
//
// Not served through the shared JSON cache: every response carries absolute links and a
// timeStamp, items have their own media type, and what a caller sees depends on who they are.
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { Auth } from "../auth/auth.ts";
import type { Db } from "../db/open.ts";
import { type ApiError, fieldError, sendError } from "../http/errors.ts";
import { publicOriginOf } from "../http/public-origin.ts";
import { validQuery } from "../http/validate.ts";
import { createKommunRepo } from "../kommun/repo.ts";
import { covered, narrow } from "../kommun/scope.ts";
import { createMetaRepo } from "../meta/repo.ts";
import type { PublicView } from "../privacy/public-view.ts";
import { CHALLENGE, type OgcCaller, ogcCaller } from "./caller.ts";
import {
  COLLECTION_IDS,
  type CollectionId,
  collectionInfo,
  HAS_TIME,
  isCollectionId,
  isPublicCollection,
  mayRead,
} from "./collections.ts";
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  landingPage,
  OPENAPI_TYPE,
  placeOf,
} from "./documents.ts";
import { featureDocument, itemsPage } from "./items.ts";
import { type ItemsFormat, mediaType } from "./links.ts";
import { openApiDocument } from "./openapi.ts";
import { DEFAULT_LIMIT } from "./params.ts";
import { createOgcRepo } from "./repo.ts";
import { documentQuery, featureQuery, itemsQuery } from "./schema.ts";

/** Where createApp mounts this router; links are absolute URLs under it. */
export const OGC_PATH = "/ogc";

const OGC_CODES: Record<number, string> = {
  400: "InvalidParameterValue",
  401: "NotAuthorized",
  403: "Forbidden",
  404: "NotFound",
  413: "PayloadTooLarge",
};

/** Adds the OGC exception members (code, description) to every error in the API's own format. */
const ogcExceptions: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status < 400 || !c.res.headers.get("content-type")?.includes("json")) return;
  const body = (await c.res.clone().json()) as Partial<ApiError>;
  if (!body.error) return;
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  const code = OGC_CODES[c.res.status] ?? "ServerError";
  const ogc = { code, description: body.error.message, ...body };
  c.res = new Response(JSON.stringify(ogc), { status: c.res.status, headers });
};

function base(c: Context): string {
  return `${publicOriginOf(c)}${OGC_PATH}`;
}

function geoJson(c: Context, body: unknown, format: ItemsFormat | undefined) {
  return c.body(JSON.stringify(body), 200, { "Content-Type": mediaType(format ?? "geojson") });
}

declare module "hono" {
  interface ContextVariableMap {
    /** Who reads /ogc (set for every /ogc request). */
    ogcCaller: OgcCaller;
    /** The one kommun `?kommun=` names, checked: the features of that kommun only. */
    ogcKommun: string | undefined;
  }
}

function noCollection(c: Context, id: string) {
  return sendError(c, 404, "not_found", `No collection '${id}'`, [
    fieldError("collectionId", "not_one_of", `must be one of ${COLLECTION_IDS.join(", ")}`, {
      options: COLLECTION_IDS.join(", "),
    }),
  ]);
}

const roleOf = (who: OgcCaller) => (who.kind === "account" ? who.role : null);

/**
 * 401 (with the challenge) or 403 when the caller may not read the collection, or asks a planning
 * collection for a kommun the account does not work for; else null.
 */
function denied(c: Context, id: CollectionId) {
  const who = c.get("ogcCaller");
  if (mayRead(id, roleOf(who))) {
    const only = c.get("ogcKommun");
    if (isPublicCollection(id) || only === undefined || c.get("kommuner").includes(only)) {
      return null;
    }
    return sendError(c, 403, "kommun_forbidden", `Your account does not cover kommun ${only}`);
  }
  if (who.kind === "account") {
    return sendError(c, 403, "forbidden", `The role '${who.role}' may not read '${id}'`);
  }
  c.header("WWW-Authenticate", CHALLENGE);
  return sendError(
    c,
    401,
    "unauthenticated",
    `'${id}' needs a login or a personal access token (create one under /konto)`,
  );
}

/**
 * Resolves the caller; refuses given-but-bad credentials; marks answers that depend on who asks.
 */
function callerOf(
  auth: Pick<Auth, "tokens" | "sessions">,
  deployed: () => string[],
): MiddlewareHandler {
  return async (c, next) => {
    const who = ogcCaller(c, auth);
    c.set("ogcCaller", who);
    c.set("kommuner", []);
    c.header("Vary", "Authorization, Cookie");
    if (who.kind === "refused") {
      c.header("WWW-Authenticate", CHALLENGE);
      return sendError(c, 401, "unauthenticated", who.message);
    }
    const named = c.req.queries("kommun") ?? [];
    if (named.length > 1) {
      return sendError(c, 400, "invalid_query", "kommun is given more than once", [
        fieldError("kommun", "repeated_parameter", "kommun is given more than once"),
      ]);
    }
    const requested = named[0] || undefined;
    // Anyone may pick one of the service's kommuner (in the public collections, whoever asks);
    // one it does not serve, or not a kommun code, is the same 400 for everyone.
    if (requested !== undefined) {
      const served = narrow(deployed(), requested);
      if (!served.ok) {
        const message =
          served.code === "bad_request"
            ? served.message
            : `kommun ${requested} is not one of this service's: ${deployed().join(", ")}`;
        return sendError(c, 400, "invalid_query", message, [
          fieldError("kommun", "not_one_of", message, { options: deployed().join(", ") }),
        ]);
      }
    }
    if (who.kind === "account") {
      c.header("Cache-Control", "private, no-store");
      // The planning collections hold the kommuner the account works for, the one ?kommun= names
      // if it is one of them (another one is refused there: denied).
      const mine = covered(who, deployed());
      c.set("kommuner", requested && mine.includes(requested) ? [requested] : mine);
    } else if (named.length > 0) {
      // Judged here, so validQuery drops it as on the scoped routes.
      c.set("kommuner", deployed());
    }
    c.set("ogcKommun", requested);
    await next();
  };
}

export function ogcRoutes(
  db: Db,
  view: PublicView,
  auth: Pick<Auth, "tokens" | "sessions">,
  clock: () => Date = () => new Date(),
) {
  const meta = createMetaRepo(db, clock);
  const repo = createOgcRepo(db, meta, view);
  const kommuner = createKommunRepo(db);
  const collection = (c: Context, id: CollectionId) => repo.collection(id, c.get("kommuner"));
  /** The collection's features, of the one kommun ?kommun= names if it names one. */
  const featuresOf = (c: Context, id: CollectionId) => {
    const all = collection(c, id).features;
    const only = c.get("ogcKommun");
    return only === undefined ? all : all.filter((f) => f.properties.kommun === only);
  };
  const place = () => placeOf(kommuner.list(), view.meta().police_area);
  const info = (c: Context, id: CollectionId) => collectionInfo(id, collection(c, id));
  const readable = (c: Context) =>
    COLLECTION_IDS.filter((id) => mayRead(id, roleOf(c.get("ogcCaller"))));

  return new Hono()
    .use("*", cors({ allowHeaders: ["Authorization"] }))
    .use("*", ogcExceptions)
    .use("*", callerOf(auth, kommuner.codes))
    .get("/", validQuery(documentQuery), (c) => c.json(landingPage(base(c), place())))
    .get("/api", validQuery(documentQuery), (c) =>
      c.body(JSON.stringify(openApiDocument(base(c), place(), kommuner.codes())), 200, {
        "Content-Type": OPENAPI_TYPE,
      }),
    )
    .get("/conformance", validQuery(documentQuery), (c) => c.json(conformance()))
    .get("/collections", validQuery(documentQuery), (c) =>
      c.json(
        collectionsDocument(
          base(c),
          readable(c).map((id) => info(c, id)),
        ),
      ),
    )
    .get("/collections/:collectionId", validQuery(documentQuery), (c) => {
      const id = c.req.param("collectionId");
      if (!isCollectionId(id)) return noCollection(c, id);
      const no = denied(c, id);
      if (no) return no;
      return c.json(collectionDocument(base(c), info(c, id)));
    })
    .get("/collections/:collectionId/items", validQuery(itemsQuery), (c) => {
      const id = c.req.param("collectionId");
      if (!isCollectionId(id)) return noCollection(c, id);
      const no = denied(c, id);
      if (no) return no;
      const q = c.req.valid("query");
      const page = itemsPage({
        features: featuresOf(c, id),
        hasTime: HAS_TIME[id],
        boxes: q.bbox,
        interval: q.datetime,
        limit: q.limit ?? DEFAULT_LIMIT,
        offset: q.offset ?? 0,
        format: q.f ?? "geojson",
        filters: {
          bbox: c.req.query("bbox"),
          datetime: c.req.query("datetime"),
          kommun: c.get("ogcKommun"),
        },
        collectionUrl: `${base(c)}/collections/${id}`,
        timeStamp: clock().toISOString(),
      });
      return geoJson(c, page, q.f);
    })
    .get("/collections/:collectionId/items/:featureId", validQuery(featureQuery), (c) => {
      const id = c.req.param("collectionId");
      if (!isCollectionId(id)) return noCollection(c, id);
      const no = denied(c, id);
      if (no) return no;
      const featureId = c.req.param("featureId");
      const feature = featuresOf(c, id).find((f) => String(f.id) === featureId);
      if (!feature) {
        return sendError(c, 404, "not_found", `No feature '${featureId}' in collection '${id}'`, [
          fieldError("featureId", "not_found", "no such feature"),
        ]);
      }
      const format = c.req.valid("query").f ?? "geojson";
      return geoJson(c, featureDocument(feature, `${base(c)}/collections/${id}`, format), format);
    })
    .all("*", (c) =>
      sendError(c, 404, "not_found", `No such OGC resource: ${c.req.method} ${c.req.path}`),
    );
}
