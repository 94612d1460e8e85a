// A determinate bar over an upload's steps, with words for what is and is not measured.
import { useTranslation } from "react-i18next";
import { stepFraction, type UploadProgress } from "./upload.ts";

export type Step = "idle" | "upload" | "check" | "done";

export function Progress({ step, progress }: { step: Step; progress: UploadProgress | null }) {
  const { t } = useTranslation();
  if (step === "idle") return null;
  const pct = Math.round(stepFraction(step, progress) * 100);
  const kb = (n: number) => Math.ceil(n / 1024).toLocaleString("sv-SE");
  const label =
    step === "upload"
      ? t("planner.import.uploading", {
          sent: kb(progress?.sent ?? 0),
          total: kb(progress?.total ?? 0),
        })
      : step === "check"
        ? t("planner.import.checking")
        : t("planner.import.ready");
  return (
    <div className="progress" data-testid="import-progress" data-step={step}>
      <progress max={100} value={pct} aria-label={label} />
      <span role="status">{label}</span>
    </div>
  );
}
