// Which kommuner an account works for: the whole police area, or the kommuner ticked. Two radio
// buttons and a checkbox per kommun, all native controls in fieldsets with legends, so they are
// reached and read by keyboard and screen reader like any form. An administrator of a kommun is
// offered only their own kommuner and not the police area (the server refuses those anyway).
import { useTranslation } from "react-i18next";
import type { Kommun } from "../kommun/kommun.ts";

export type Scope = "kommun" | "police_area";

export interface ScopeValue {
  scope: Scope;
  kommuner: string[];
}

/** What an account's listing says about its kommuner (the issue 15 contract), read defensively. */
export function scopeOf(account: object): ScopeValue | null {
  const a = account as { scope?: unknown; kommuner?: unknown };
  if (a.scope !== "kommun" && a.scope !== "police_area") return null;
  const kommuner = Array.isArray(a.kommuner) ? a.kommuner.map(String) : [];
  return { scope: a.scope, kommuner };
}

/** The field error of a value: a kommun scope with no kommun ticked. */
export const scopeError = (v: ScopeValue) => v.scope === "kommun" && v.kommuner.length === 0;

export function ScopeFields(props: {
  value: ScopeValue;
  onChange: (v: ScopeValue) => void;
  /** The kommuner the administrator may give (their own). */
  kommuner: readonly Kommun[];
  /** Whether the administrator covers the whole police area, and so may give it. */
  mayGivePoliceArea: boolean;
  /** Names the radio group apart from another on the same page. */
  name: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { value, onChange, name } = props;
  const errorId = `${name}-kommuner-error`;
  return (
    <div className="admin-scope" data-testid={`${name}-scope`}>
      {props.mayGivePoliceArea && (
        <fieldset>
          <legend>{t("admin.accounts.scope.legend")}</legend>
          {(["kommun", "police_area"] as const).map((s) => (
            <label key={s} className="admin-check">
              <input
                type="radio"
                name={`${name}-scope`}
                value={s}
                data-testid={`${name}-scope-${s}`}
                checked={value.scope === s}
                onChange={() => onChange({ ...value, scope: s })}
              />{" "}
              {s === "kommun"
                ? t("admin.accounts.scope.kommun")
                : t("admin.accounts.scope.policeArea")}
            </label>
          ))}
        </fieldset>
      )}
      {value.scope === "kommun" && (
        <fieldset aria-describedby={props.error ? errorId : undefined}>
          <legend>{t("admin.accounts.scope.kommuner")}</legend>
          {props.kommuner.map((k) => (
            <label key={k.code} className="admin-check">
              <input
                type="checkbox"
                value={k.code}
                data-testid={`${name}-kommun-${k.code}`}
                checked={value.kommuner.includes(k.code)}
                onChange={(e) =>
                  onChange({
                    ...value,
                    kommuner: e.target.checked
                      ? props.kommuner
                          .map((x) => x.code)
                          .filter((c) => c === k.code || value.kommuner.includes(c))
                      : value.kommuner.filter((c) => c !== k.code),
                  })
                }
              />{" "}
              {k.name}
            </label>
          ))}
          {props.error && (
            <p id={errorId} className="form-error" data-testid={`${name}-kommuner-error`}>
              {props.error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}

/** The account's kommuner in words: the police area, or the kommuner's names. */
export function scopeText(
  v: ScopeValue | null,
  kommuner: readonly Kommun[],
  policeArea: string,
): string {
  if (!v) return "–";
  if (v.scope === "police_area") return policeArea;
  return v.kommuner.map((c) => kommuner.find((k) => k.code === c)?.name ?? c).join(", ") || "–";
}
