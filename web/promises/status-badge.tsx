// A status in words with an icon shape (✔ ● ▲ ✖ ? – ○), never colour alone; "preliminärt" beside
// it while the promise period runs on, since the status may still change.
import { useTranslation } from "react-i18next";
import { type AnyStatus, statusLook } from "./status.ts";

export function StatusBadge({ status, provisional }: { status: AnyStatus; provisional?: boolean }) {
  const { t } = useTranslation();
  const { icon, tone } = statusLook(status);
  return (
    <span className="pstatus-wrap">
      <span
        className={`pstatus pstatus--${tone}`}
        data-status={status}
        data-testid="promise-status"
      >
        <span aria-hidden="true">{icon}</span> {t(`pub.status.${status}`)}
      </span>
      {provisional && (
        <span className="provisional" data-testid="provisional">
          {" "}
          ({t("pub.figures.provisional")})
        </span>
      )}
    </span>
  );
}
