// The side panel's frame (a bottom sheet on phones), shared by the planners' and the public map:
// the chosen area's panel, or the area list under its heading, which a phone folds away behind a
// toggle. When the panel closes, focus goes back to that area's button in the list.
import "./areas.css";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export function SidePanelFrame(props: {
  /** The chosen area's id and panel; null shows the list. */
  selectedId: string | null;
  panel: ReactNode;
  isPhone: boolean;
  /** Prefix of the list's element ids (heading and list), unique on the page. */
  listId: string;
  /** Where the list's words are: `<labels>.title`, and the toggle's `show`, `hide` (accessible
   * names), `showShort` and `hideShort` (its visible words). */
  labels: "areaList" | "pub.list";
  /** How many areas the list holds; null while they load (shown as "…", not as 0). */
  count: number | null;
  list: ReactNode;
  /** Shown under the list while it is shown (the public map's upcoming sessions). */
  belowList?: ReactNode;
}) {
  const { selectedId, isPhone, listId, labels } = props;
  const { t } = useTranslation();
  const [listOpen, setListOpen] = useState(false);
  const asideRef = useRef<HTMLElement>(null);
  const lastSelected = useRef<string | null>(null);

  useEffect(() => {
    if (selectedId !== null) {
      lastSelected.current = selectedId;
      return;
    }
    const id = lastSelected.current;
    if (id === null) return;
    lastSelected.current = null;
    asideRef.current?.querySelector<HTMLElement>(`[data-area-id="${id}"]`)?.focus();
  }, [selectedId]);

  const selected = selectedId !== null;
  const showList = !selected && (!isPhone || listOpen);
  return (
    <aside
      ref={asideRef}
      className="side-panel"
      data-testid="side-panel"
      data-state={selected ? "area" : showList ? "list" : "collapsed"}
    >
      {selected ? (
        props.panel
      ) : (
        <>
          <nav aria-labelledby={`${listId}-title`}>
            <div className="side-panel__head">
              <h2 id={`${listId}-title`}>
                {t(`${labels}.title`)} <span className="muted">({props.count ?? "…"})</span>
              </h2>
              {isPhone && (
                <button
                  type="button"
                  className="text-button"
                  data-testid="area-list-toggle"
                  aria-expanded={listOpen}
                  aria-controls={listId}
                  aria-label={t(`${labels}.${listOpen ? "hide" : "show"}`)}
                  onClick={() => setListOpen((open) => !open)}
                >
                  {t(`${labels}.${listOpen ? "hideShort" : "showShort"}`)}
                </button>
              )}
            </div>
            <div id={listId} hidden={!showList}>
              {props.list}
            </div>
          </nav>
          {showList && props.belowList}
        </>
      )}
    </aside>
  );
}
