// Drawing a route on the map point by point: the hint, how many points there are, and undo and
// clear. Shared by the safety walk's form and the police's presence form.
import { useTranslation } from "react-i18next";

export function RouteTools(props: { route: number[][]; setRoute: (r: number[][]) => void }) {
  const { t } = useTranslation();
  const { route, setRoute } = props;
  const drawn = route.length > 0;
  return (
    <>
      <p className="muted field__hint">{t("planner.record.routeHint")}</p>
      <p role="status">{t("planner.record.routePoints", { count: route.length })}</p>
      <div className="route-tool__buttons">
        <button
          type="button"
          className="text-button"
          disabled={!drawn}
          onClick={() => setRoute(route.slice(0, -1))}
        >
          {t("planner.record.undo")}
        </button>{" "}
        <button
          type="button"
          className="text-button"
          disabled={!drawn}
          onClick={() => setRoute([])}
        >
          {t("planner.record.clearRoute")}
        </button>
      </div>
    </>
  );
}
