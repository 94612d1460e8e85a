// The legend of a map that draws more than the coverage colours (the planners' and the police's
// maps): a folded card on the map with one line per mark, each a small drawing of the mark and
// its meaning in words, so nothing rests on colour alone. Open on a wide screen, folded on a phone.
import "./swatch.css";
import "./map-key.css";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PHONE_QUERY, useMediaQuery } from "../use-media.ts";

export type KeyMark =
  | { kind: "fill"; colour: string }
  | { kind: "line"; colour: string; dashed?: boolean; width?: number }
  | { kind: "point"; colour: string; ring?: string }
  | { kind: "badge"; colour: string; text: string };

export interface KeyItem {
  id: string;
  mark: KeyMark;
  text: string;
}

function Mark({ mark }: { mark: KeyMark }) {
  if (mark.kind === "fill") {
    return <span className="swatch" style={{ background: mark.colour }} aria-hidden="true" />;
  }
  if (mark.kind === "line") {
    return (
      <span
        className="key-line"
        style={{
          borderTopColor: mark.colour,
          borderTopStyle: mark.dashed ? "dashed" : "solid",
          borderTopWidth: `${mark.width ?? 3}px`,
        }}
        aria-hidden="true"
      />
    );
  }
  if (mark.kind === "point") {
    return (
      <span
        className="key-point"
        style={{ background: mark.colour, borderColor: mark.ring ?? "#1a1a1a" }}
        aria-hidden="true"
      />
    );
  }
  return (
    <span className="key-badge" style={{ background: mark.colour }} aria-hidden="true">
      {mark.text}
    </span>
  );
}

/** `children` comes first: e.g. the coverage classes the map is coloured by. */
export function MapKey(props: { items: KeyItem[]; children?: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  return (
    <details className="card map-key" open={!isPhone} data-testid={props.testId ?? "map-key"}>
      <summary>{t("legend.title")}</summary>
      {props.children}
      {props.items.length > 0 && (
        <ul className="map-key__items">
          {props.items.map((item) => (
            <li key={item.id} data-testid={`key-${item.id}`}>
              <Mark mark={item.mark} />
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
