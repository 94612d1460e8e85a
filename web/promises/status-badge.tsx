// A status in words with an icon shape (✔ ● ▲ ✖ ○), never colour alone.
import { useTranslation } from "react-i18next";
import { type AnyStatus, statusLook } from "./status.ts";

export function StatusBadge({ status }: { status: AnyStatus }) {
  const { t } = useTranslation();
  const { icon, tone } = statusLook(status);
  return (
    <span className={`pstatus pstatus--${tone}`} data-status={status} data-testid="promise-status">
      <span aria-hidden="true">{icon}</span> {t(`pub.status.${status}`)}
    </span>
  );
}
