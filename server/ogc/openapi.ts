// A minimal OpenAPI 3.0 description of /ogc (the oas30 conformance class): the paths, their
// parameters with the limits the server enforces, and the media types. Clients such as GDAL read
// the limit's maximum from here.
import { COLLECTION_IDS } from "./collections.ts";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./params.ts";

const json = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const geojson = (description: string) => ({
  description,
  content: {
    "application/geo+json": { schema: { type: "object" } },
    "application/json": { schema: { type: "object" } },
  },
});
const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const errors = {
  "400": json("A parameter is not valid; the body names it (error.fields, code, description)."),
  "401": json("The collection needs a login or a personal access token (WWW-Authenticate)."),
  "403": json("The token's or session's role may not read the collection."),
  "404": json("No such collection or feature."),
};

/** `place`: what the service covers in words, e.g. "Staffanstorps kommun" (documents.ts). */
export function openApiDocument(base: string, place: string, kommuner: readonly string[]) {
  const get = (summary: string, parameters: unknown[], ok: unknown) => ({
    get: { summary, parameters, responses: { "200": ok, ...errors } },
  });
  return {
    openapi: "3.0.3",
    info: {
      title: "Grannkoll – OGC API – Features",
      version: "1.0.0",
      description:
        `Bostadsområden och det brottsförebyggande arbetet i ${place}. Endast ` +
        "JSON/GeoJSON. Samlingarna planning_* kräver inloggning eller en personlig åtkomsttoken " +
        "(Authorization: Bearer <token>, eller HTTP Basic med användarnamn och token som lösenord).",
    },
    servers: [{ url: base }],
    paths: {
      "/": get("Startsida", [ref("f")], json("Startsida med länkar")),
      "/api": get("Den här API-beskrivningen", [ref("f")], json("OpenAPI 3.0")),
      "/conformance": get("Standarder som följs", [ref("f")], json("conformsTo")),
      "/collections": get("Samlingar", [ref("f")], json("Samlingar med utbredning")),
      "/collections/{collectionId}": get(
        "En samling",
        [ref("collectionId"), ref("f")],
        json("Samlingen"),
      ),
      "/collections/{collectionId}/items": get(
        "Objekt i en samling",
        [
          ref("collectionId"),
          ref("bbox"),
          ref("datetime"),
          ref("limit"),
          ref("offset"),
          ref("kommun"),
          ref("fItems"),
        ],
        geojson("FeatureCollection med numberMatched, numberReturned och länkar"),
      ),
      "/collections/{collectionId}/items/{featureId}": get(
        "Ett objekt",
        [ref("collectionId"), ref("featureId"), ref("kommun"), ref("fItems")],
        geojson("Feature"),
      ),
    },
    components: {
      parameters: {
        collectionId: {
          name: "collectionId",
          in: "path",
          required: true,
          schema: { type: "string", enum: [...COLLECTION_IDS] },
        },
        featureId: { name: "featureId", in: "path", required: true, schema: { type: "string" } },
        f: { name: "f", in: "query", required: false, schema: { type: "string", enum: ["json"] } },
        fItems: {
          name: "f",
          in: "query",
          required: false,
          description:
            "geojson (standard): application/geo+json; json: samma innehåll som application/json",
          schema: { type: "string", enum: ["geojson", "json"], default: "geojson" },
        },
        bbox: {
          name: "bbox",
          in: "query",
          required: false,
          style: "form",
          explode: false,
          description: "minLon,minLat,maxLon,maxLat i CRS84",
          schema: { type: "array", minItems: 4, maxItems: 6, items: { type: "number" } },
        },
        datetime: {
          name: "datetime",
          in: "query",
          required: false,
          description:
            "RFC 3339-tidpunkt eller intervall (a/b, ../b, a/..). Områden saknar tid och filtreras inte.",
          schema: { type: "string" },
        },
        limit: {
          name: "limit",
          in: "query",
          required: false,
          style: "form",
          explode: false,
          schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        offset: {
          name: "offset",
          in: "query",
          required: false,
          schema: { type: "integer", minimum: 0, default: 0 },
        },
        kommun: {
          name: "kommun",
          in: "query",
          required: false,
          description:
            "Kommunkod: bara objekt i den kommunen (egenskapen kommun). I planeringssamlingarna " +
            "bara en kommun kontot arbetar för.",
          schema: { type: "string", enum: [...kommuner] },
        },
      },
    },
  };
}
