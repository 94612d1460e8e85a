// The kommun a view shows, from the URL (?kommun=), and the context its parts read it from, so a
// list deep in a view asks the API for the same kommun as the view's map and table.
import { createContext, useCallback, useContext } from "react";
import type { WorkMeta } from "../../server/meta/routes.ts";
import type { Changes } from "../url-state/url-state.ts";
import { useUrlState } from "../url-state/use-url-state.ts";
import { ALL, KOMMUN_PARAM, type Kommun, type KommunChoice, kommunChoiceIn } from "./kommun.ts";

export interface WorkKommun {
  /** The kommun shown: a code, or ALL for every kommun the user covers. */
  choice: KommunChoice;
  /** Writes a new choice into the URL, with `also` (e.g. clearing a chosen area of another kommun). */
  setChoice: (choice: KommunChoice, also?: Changes) => void;
  /** The kommuner the user may choose between. */
  kommuner: Kommun[];
  allowAll: boolean;
}

/**
 * A logged-in view's kommun. `allowAll`: the whole police area is a choice (police views);
 * `preferAll`: it is also where the view opens. Otherwise the view opens on the user's default
 * kommun (/api/meta/work `default_kommun`).
 */
export function useWorkKommun(
  work: WorkMeta,
  options: { allowAll: boolean; preferAll?: boolean },
): WorkKommun {
  const { params, set } = useUrlState();
  const kommuner = work.kommuner ?? [];
  const allowAll = options.allowAll && kommuner.length > 1;
  const fallback = allowAll && options.preferAll ? ALL : work.default_kommun;
  const choice = kommunChoiceIn(params.get(KOMMUN_PARAM), { kommuner, fallback, allowAll });
  const setChoice = useCallback(
    // A chosen area belongs to one kommun: it is dropped with the kommun it was chosen in.
    (next: KommunChoice, also: Changes = {}) =>
      set({ [KOMMUN_PARAM]: next, omrade: null, ...also }),
    [set],
  );
  return { choice, setChoice, kommuner, allowAll };
}

/** The kommun the view around shows (a code or ALL); undefined outside a kommun view. */
export const KommunContext = createContext<KommunChoice | undefined>(undefined);

export const useKommunScope = () => useContext(KommunContext);
