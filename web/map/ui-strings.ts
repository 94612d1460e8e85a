// MapLibre's built-in control labels, in the user's language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export function useMapUiStrings(): Record<string, string> {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: t changes with the language
  return useMemo(
    () => ({
      "Map.Title": t("map.title"),
      "NavigationControl.ZoomIn": t("map.zoomIn"),
      "NavigationControl.ZoomOut": t("map.zoomOut"),
      "AttributionControl.ToggleAttribution": t("map.toggleAttribution"),
    }),
    [t, i18n.language],
  );
}
