// Where figures rest on invented records, they say so where they stand: a watermark on a chart or
// a map, a short tag beside one figure, and a running line on every printed page. Pure components
// (no stylesheet import), so the static report export renders them too; the styles are in
// public/public.css.
import { useTranslation } from "react-i18next";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { demoKindNames } from "./demo.ts";

/** The watermark over a chart or a map; `kinds` (if known) names what is invented on hover. */
export function DemoMark({ kinds }: { kinds?: readonly DemoKind[] }) {
  const { t } = useTranslation();
  const names = kinds ? demoKindNames(kinds, t).join(", ") : undefined;
  return (
    <p className="demo-mark" data-testid="demo-mark" title={names || undefined}>
      {t("demo.mark")}
    </p>
  );
}

/** A short tag beside one figure that rests on invented records. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <span className="demo-tag" data-testid="demo-tag">
      {t("demo.tag")}
    </span>
  );
}

/**
 * A line shown only in print, repeated at the top of every printed page (print browsers repeat a
 * `position: fixed` element on each page).
 */
export function PrintDemoNote() {
  const { t } = useTranslation();
  return (
    <div className="print-demo" data-testid="print-demo">
      {t("demo.mark")}
    </div>
  );
}
