// A table cell that carries its column's name, shown beside the value when a phone stacks the
// table into cards (admin.css). The content is one element, so it stays one grid item.
import type { ReactNode } from "react";

export function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label}>
      <div className="admin-cell">{children}</div>
    </td>
  );
}
