// Deleting a presence or a lägesbild: the API answers 204 with no body, so only a refusal is read.
import { api, unwrap } from "../api/client.ts";

async function noContent(res: Response & Parameters<typeof unwrap>[0]): Promise<void> {
  if (!res.ok) await unwrap(res);
}

export async function removePresence(id: number) {
  await noContent(await api.internal.presence[":id"].$delete({ param: { id: String(id) } }));
}

export async function removeLagesbild(id: number) {
  await noContent(await api.internal.lagesbild[":id"].$delete({ param: { id: String(id) } }));
}
