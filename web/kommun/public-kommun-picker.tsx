// The kommun choice of a public page (/loften, /rapporter): the deployment's kommuner and the whole
// police area, shown only where the deployment covers more than one kommun.
import { KommunPicker } from "./kommun-picker.tsx";
import type { PublicKommun } from "./use-public-kommun.ts";

export function PublicKommunPicker({ kommun }: { kommun: PublicKommun }) {
  if (kommun.kommuner.length < 2 || !kommun.choice) return null;
  return (
    <KommunPicker
      kommuner={kommun.kommuner}
      value={kommun.choice}
      onChange={(k) => kommun.setChoice(k)}
      allowAll
    />
  );
}
