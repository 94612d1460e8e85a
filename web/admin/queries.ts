// queryOptions for the admin pages, keyed under ['admin', ...] so a write invalidates by prefix:
// ['admin', 'accounts'] after an account change, ['admin'] after anything (the log grows too).
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { adminApi } from "./api.ts";
import { auditParams } from "./audit-filter.ts";
import type { AuditFilter } from "./types.ts";

/** Entries per page of the audit log; "older" asks for the next page before the last id. */
export const AUDIT_PAGE = 50;

export const accountsQuery = () =>
  queryOptions({
    queryKey: ["admin", "accounts"] as const,
    queryFn: ({ signal }) => adminApi.accounts(signal),
  });

export const auditQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ["admin", "audit", filter] as const,
    queryFn: ({ signal, pageParam }) =>
      adminApi.audit({ ...auditParams(filter), limit: AUDIT_PAGE, before_id: pageParam }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next_before_id ?? undefined,
  });

export const privacyQuery = () =>
  queryOptions({
    queryKey: ["admin", "privacy"] as const,
    queryFn: ({ signal }) => adminApi.privacy(signal),
  });
