// The column-mapping step of a preview, as spreadsheet and GIS import wizards have it: each column
// of the file with what it was read as, and a choice of the field it holds or "skip". Shown when a
// column is unknown or a required one is missing, or when the planner's own choices are in use.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FieldChoice } from "../../server/imports/columns.ts";
import type { HeaderColumn } from "../../server/imports/header.ts";
import { currentLang } from "../i18n/i18n.ts";

/** The select's value for "as read by its name" (no choice of the planner's). */
export const AUTO = "(auto)";

export function ColumnMapping({
  header,
  fields,
  missing,
  recalled,
  onChoose,
}: {
  header: HeaderColumn[];
  fields: FieldChoice[];
  /** Labels of required fields no column holds. */
  missing: string[];
  recalled: boolean;
  /** `field` is a field, "" to skip the column, or AUTO to read it by its name again. */
  onChoose: (column: string, field: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = currentLang(i18n.language);
  const label = (f: FieldChoice) => (lang === "en" ? f.en : f.sv);
  return (
    <section
      className="column-mapping"
      aria-labelledby={`${id}-title`}
      data-testid="column-mapping"
    >
      <h4 id={`${id}-title`}>{t("planner.import.mappingTitle")}</h4>
      <p className="muted">{t("planner.import.mappingHint")}</p>
      {recalled && (
        <p role="status" data-testid="mapping-recalled">
          {t("planner.import.mappingRecalled")}
        </p>
      )}
      {missing.length > 0 && (
        <p className="field__error" data-testid="mapping-missing">
          {t("planner.import.missingColumns", { columns: missing.join(", ") })}
        </p>
      )}
      <div className="planner__table">
        <table className="ranking">
          <thead>
            <tr>
              <th scope="col">{t("planner.import.mappingColumn")}</th>
              <th scope="col">{t("planner.import.mappingField")}</th>
              <th scope="col">{t("planner.import.mappingHow")}</th>
            </tr>
          </thead>
          <tbody>
            {header.map((col, i) => {
              const selectId = `${id}-col-${i}`;
              const value =
                col.how === "ignored" ? "" : col.how === "unknown" ? AUTO : (col.field ?? AUTO);
              return (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns keep their order, and two may share a name
                  key={`${i}-${col.name}`}
                  data-testid="mapping-row"
                  data-column={col.name}
                  data-how={col.how}
                >
                  <th scope="row">
                    <label htmlFor={selectId}>{col.name || "–"}</label>
                  </th>
                  <td>
                    <select
                      id={selectId}
                      data-testid="mapping-select"
                      value={value}
                      onChange={(e) => onChoose(col.name, e.target.value)}
                    >
                      <option value={AUTO}>{t("planner.import.mappingChoose")}</option>
                      {fields.map((f) => (
                        <option key={f.field} value={f.field}>
                          {label(f)}
                          {f.required ? ` (${t("planner.import.required")})` : ""}
                        </option>
                      ))}
                      <option value="">{t("planner.import.mappingSkip")}</option>
                    </select>
                  </td>
                  <td className={col.how === "unknown" ? "field__error" : "muted"}>
                    {t(`planner.import.how.${col.how}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
