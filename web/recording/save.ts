// The recording API's writes: create (POST) or change (PATCH) a record, and delete one. The
// typed client checks each body against the server's route; errors become ApiErrors with fields.
import type { DnaKitInput } from "../../server/dna-kits/schema.ts";
import type { VisitInput } from "../../server/visits/schema.ts";
import type { WatchGroupInput } from "../../server/watch-groups/schema.ts";
import { api, unwrap } from "../api/client.ts";

type Editing = { id: number } | null;
const param = (e: { id: number }) => ({ id: String(e.id) });

export async function saveVisit(editing: Editing, body: unknown) {
  const json = body as VisitInput;
  return editing
    ? unwrap(await api.visits[":id"].$patch({ param: param(editing), json }))
    : unwrap(await api.visits.$post({ json }));
}

export async function saveDnaKits(editing: Editing, body: unknown) {
  const json = body as DnaKitInput;
  return editing
    ? unwrap(await api["dna-kits"][":id"].$patch({ param: param(editing), json }))
    : unwrap(await api["dna-kits"].$post({ json }));
}

export async function saveWatchGroup(editing: Editing, body: unknown) {
  const json = body as WatchGroupInput;
  return editing
    ? unwrap(await api["watch-groups"][":id"].$patch({ param: param(editing), json }))
    : unwrap(await api["watch-groups"].$post({ json }));
}

export type RecordKind = "visit" | "watch-group" | "dna-kit";

export async function deleteRecord(kind: RecordKind, id: number) {
  const p = { param: { id: String(id) } };
  if (kind === "watch-group") return unwrap(await api["watch-groups"][":id"].$delete(p));
  if (kind === "dna-kit") return unwrap(await api["dna-kits"][":id"].$delete(p));
  return unwrap(await api.visits[":id"].$delete(p));
}
