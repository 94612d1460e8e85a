// Personal access tokens for GIS clients (/api/auth/tokens): the list, create and revoke calls,
// and the pure words of how to use one — the OGC API's address, and the GDAL commands with HTTP
// Basic (username + token) or a Bearer header.
import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../api/client.ts";

export const TOKENS_KEY = ["auth", "tokens"] as const;

export const tokensQuery = () =>
  queryOptions({
    queryKey: TOKENS_KEY,
    queryFn: async ({ signal }) =>
      unwrap(await api.auth.tokens.$get(undefined, { init: { signal } })),
  });

export async function createToken(name: string, days: number) {
  return unwrap(await api.auth.tokens.$post({ json: { name, days } }));
}

export async function revokeToken(id: number) {
  await unwrap(await api.auth.tokens[":id"].$delete({ param: { id: String(id) } }));
}

export const MAX_DAYS = 365;
export const DEFAULT_DAYS = 90;

/** The validity field as a whole number of days 1–365, or null when it is not one. */
export function parseDays(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= MAX_DAYS ? n : null;
}

/** A word as one shell argument: single quotes, with any single quote in it closed and escaped. */
const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** How a GIS client reaches the OGC API with a token: the address and two GDAL commands. */
export function gisSetup(origin: string, username: string, secret: string) {
  const url = `${origin}/ogc`;
  return {
    url,
    gdalBasic: `GDAL_HTTP_AUTH=BASIC GDAL_HTTP_USERPWD=${shellQuote(`${username}:${secret}`)} ogrinfo OAPIF:${url}`,
    gdalBearer: `GDAL_HTTP_HEADERS=${shellQuote(`Authorization: Bearer ${secret}`)} ogrinfo OAPIF:${url}`,
  };
}
