// Which kommun a new promise period or message is for: a labelled select for someone who covers
// several (it moves the whole view to that kommun, whose current period the form copies), the
// kommun's name for someone who covers one.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { kommunName } from "../kommun/kommun.ts";
import type { WorkKommun } from "../kommun/use-kommun.ts";

export function FormKommun({ kommun }: { kommun: WorkKommun }) {
  const { t } = useTranslation();
  const id = useId();
  const name = kommunName(kommun.kommuner, kommun.choice);
  if (kommun.kommuner.length < 2) {
    return (
      <p className="muted" data-testid="form-kommun" data-kommun={kommun.choice}>
        {t("pub.followUp.kommunOnly", { name })}
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t("pub.followUp.kommun")}</label>
      <select
        id={id}
        name="kommun"
        value={kommun.choice}
        data-testid="form-kommun"
        onChange={(e) => kommun.setChoice(e.target.value)}
      >
        {kommun.kommuner.map((k) => (
          <option key={k.code} value={k.code}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );
}
