// The admin API (/api/admin/...) through the typed client, one function per call: request and
// answer types come from server/admin/ (AppType). The client sends the session's CSRF token on
// every write; answers and errors go through `unwrap`, so a refusal becomes an ApiError.
import type { InferRequestType, InferResponseType } from "hono/client";
import { api, unwrap } from "../api/client.ts";
import type { AccountPatch, AuditFilter, PersonCriteria } from "./types.ts";

const admin = api.admin;

const reading = (signal?: AbortSignal) => (signal ? { init: { signal } } : undefined);

export type AccountWithPassword = InferResponseType<typeof admin.accounts.$post, 201>;
type AccountCreate = InferRequestType<typeof admin.accounts.$post>["json"];
type AuditQuery = InferRequestType<typeof admin.audit.$get>["query"];
export type AuditParams = Partial<AuditFilter> & { before_id?: number | null; limit?: number };

/** The query as strings, without the values that are not set (the server has defaults). */
function auditQuery(params: AuditParams): AuditQuery {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v) !== "") out[k] = String(v);
  }
  return out;
}

export const adminApi = {
  accounts: async (signal?: AbortSignal) =>
    unwrap(await admin.accounts.$get(undefined, reading(signal))),
  createAccount: async (json: AccountCreate) => unwrap(await admin.accounts.$post({ json })),
  patchAccount: async (id: number, json: AccountPatch) =>
    unwrap(await admin.accounts[":id"].$patch({ param: { id: String(id) }, json })),
  resetPassword: async (id: number) =>
    unwrap(await admin.accounts[":id"]["reset-password"].$post({ param: { id: String(id) } })),
  audit: async (params: AuditParams, signal?: AbortSignal) =>
    unwrap(await admin.audit.$get({ query: auditQuery(params) }, reading(signal))),
  privacy: async (signal?: AbortSignal) =>
    unwrap(await admin.privacy.$get(undefined, reading(signal))),
  setRetention: async (json: {
    contact_retention_months: number | null;
    audit_address_months: number | null;
  }) => unwrap(await admin.privacy.$put({ json })),
  runRetention: async () => unwrap(await admin.privacy.retention.run.$post()),
  exportPerson: async (json: PersonCriteria) => unwrap(await admin.persons.export.$post({ json })),
  erasePerson: async (json: PersonCriteria) => unwrap(await admin.persons.erase.$post({ json })),
};
