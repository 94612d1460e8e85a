// The area open in the side panel of a full-page map (the dashboard, the public map). Clicking an
// area on the map and choosing it in the list are the same act (`select`); Escape closes it.
// `source` keeps the selection elsewhere than in the component, e.g. in the URL (useAreaParam).
import { useCallback, useEffect, useState } from "react";

export type SelectionSource = [string | null, (id: string | null) => void];

export function useAreaSelection(source?: SelectionSource) {
  const local = useState<string | null>(null);
  const [selectedId, setSelectedId] = source ?? local;
  const select = useCallback((id: string) => setSelectedId(id), [setSelectedId]);
  const close = useCallback(() => setSelectedId(null), [setSelectedId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close]);

  return { selectedId, select, close };
}
