// The kommun a public page shows (?kommun=1261, or ?kommun=alla for the whole police area): the
// deployment's default kommun unless the resident chose another. A deployment whose /api/meta
// names no kommuner (one kommun, or a server of the earlier version) shows what it has, with no
// choice and no parameter.
import { useCallback } from "react";
import type { PublicMeta } from "../../server/meta/routes.ts";
import type { Changes } from "../url-state/url-state.ts";
import { useUrlState } from "../url-state/use-url-state.ts";
import { ALL, KOMMUN_PARAM, type Kommun, type KommunChoice, kommunChoiceIn } from "./kommun.ts";

/** /api/meta as the contract of issue 15 has it: the deployment's kommuner and its default. */
export type KommunMeta = PublicMeta & {
  kommuner?: Kommun[];
  default_kommun?: string;
  /** The police area's name, e.g. "Lokalpolisområde Kävlinge". */
  police_area?: string;
};

export interface PublicKommun {
  /** The kommun shown, ALL, or undefined when the deployment names no kommuner. */
  choice: KommunChoice | undefined;
  setChoice: (choice: KommunChoice, also?: Changes) => void;
  kommuner: Kommun[];
  /** The name of what is shown: the kommun's, or the police area's. */
  name: string | undefined;
}

export function usePublicKommun(meta: PublicMeta): PublicKommun {
  const { kommuner = [], default_kommun, police_area } = meta as KommunMeta;
  const { params, set } = useUrlState();
  const fallback = default_kommun ?? kommuner[0]?.code;
  const choice =
    fallback === undefined
      ? undefined
      : kommunChoiceIn(params.get(KOMMUN_PARAM), { kommuner, fallback, allowAll: true });
  const setChoice = useCallback(
    (next: KommunChoice, also: Changes = {}) => set({ [KOMMUN_PARAM]: next, ...also }),
    [set],
  );
  const name =
    choice === ALL ? police_area : (kommuner.find((k) => k.code === choice)?.name ?? undefined);
  return { choice, setChoice, kommuner, name };
}

/** `?kommun=…` to keep the choice on a link to another public page ("" when there is none). */
export const keepKommun = (choice: KommunChoice | undefined) =>
  choice ? `?${KOMMUN_PARAM}=${encodeURIComponent(choice)}` : "";
