// One labelled figure of the side panel. `name` is the API field it shows, so tests can compare
// the panel with /api/areas/:id field by field.
import type { ReactNode } from "react";

export function Figure(props: { name: string; label: string; value: string; extra?: ReactNode }) {
  return (
    <div className="figure">
      <dt>{props.label}</dt>
      <dd>
        <span data-figure={props.name}>{props.value}</span>
        {props.extra}
      </dd>
    </div>
  );
}
