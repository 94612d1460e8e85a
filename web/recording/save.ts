// The recording API's writes: create (POST) or change (PATCH) a record, and delete one. Each save
// sends only what its schema accepts (checkedSave), typed as the server's route takes it; errors
// become ApiErrors with fields.
import { dnaKitInput } from "../../server/dna-kits/schema.ts";
import { visitInput } from "../../server/visits/schema.ts";
import { watchGroupInput } from "../../server/watch-groups/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { checkedSave } from "../forms/validate.ts";

type Editing = { id: number } | null;
const param = (e: { id: number }) => ({ id: String(e.id) });

export const visitSave = (editing: Editing) =>
  checkedSave(visitInput, async (json) =>
    editing
      ? unwrap(await api.visits[":id"].$patch({ param: param(editing), json }))
      : unwrap(await api.visits.$post({ json })),
  );

export const dnaKitSave = (editing: Editing) =>
  checkedSave(dnaKitInput, async (json) =>
    editing
      ? unwrap(await api["dna-kits"][":id"].$patch({ param: param(editing), json }))
      : unwrap(await api["dna-kits"].$post({ json })),
  );

export const watchGroupSave = (editing: Editing) =>
  checkedSave(watchGroupInput, async (json) =>
    editing
      ? unwrap(await api["watch-groups"][":id"].$patch({ param: param(editing), json }))
      : unwrap(await api["watch-groups"].$post({ json })),
  );

export type RecordKind = "visit" | "watch-group" | "dna-kit";

export async function deleteRecord(kind: RecordKind, id: number) {
  const p = { param: { id: String(id) } };
  if (kind === "watch-group") return unwrap(await api["watch-groups"][":id"].$delete(p));
  if (kind === "dna-kit") return unwrap(await api["dna-kits"][":id"].$delete(p));
  return unwrap(await api.visits[":id"].$delete(p));
}
