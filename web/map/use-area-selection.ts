// The area open in the side panel of a full-page map (the dashboard, the public map). Clicking an
// area on the map and choosing it in the list are the same act (`select`); Escape closes it.
import { useCallback, useEffect, useState } from "react";

export function useAreaSelection() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const select = useCallback((id: string) => setSelectedId(id), []);
  const close = useCallback(() => setSelectedId(null), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close]);

  return { selectedId, select, close };
}
