// /polis/tackning, "Inställningar för täckning": the coverage rules in force and a form to change
// them. The server judges the values (its 400 is laid on the fields); a save recomputes every total
// in the same request (PUT /api/internal/coverage/settings), so every internal query is refetched.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageSettingsBody, SettingsChange } from "../../server/coverage/types.ts";
import { ApiError, api, unwrap } from "../api/client.ts";
import { coverageSettingsQuery, INTERNAL_KEY } from "../api/queries.ts";
import { WordedField } from "../forms/field.tsx";
import { useBandLabel } from "./band-label.ts";
import {
  bodyOf,
  draftOf,
  type SettingsDraft,
  type SettingsField,
  settingsErrors,
} from "./settings.ts";

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const dayKey = (d: number) => `police.settings.days.d${d as (typeof DAYS)[number]}` as const;

/** The settings typed as text, in form order, with their string keys and phone keyboards. */
const TEXT_FIELDS = [
  { name: "radius_m", label: "radius", inputMode: "decimal" },
  { name: "effective_minutes", label: "effective", inputMode: "numeric" },
  { name: "band_hours", label: "hours", inputMode: "text" },
] as const;

export function CoverageSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery(coverageSettingsQuery());
  return (
    <details className="police-settings" data-testid="coverage-settings">
      <summary>{t("police.settings.title")}</summary>
      <p className="muted">{t("police.settings.intro")}</p>
      {settings.error && (
        <p className="field__error" role="alert">
          {t("police.settings.loadError", { message: settings.error.message })}
        </p>
      )}
      {settings.data && <SettingsForm settings={settings.data} />}
    </details>
  );
}

function Current({ settings }: { settings: CoverageSettingsBody }) {
  const { t } = useTranslation();
  const label = useBandLabel(settings.bands);
  const weekend = settings.weekend_days.map((d) => t(dayKey(d))).join(", ");
  return (
    <>
      <h4>{t("police.settings.current")}</h4>
      <dl className="police-settings__current" data-testid="settings-current">
        <dt>{t("police.settings.radius")}</dt>
        <dd data-testid="current-radius_m">
          {t("police.settings.radiusValue", { value: settings.radius_m })}
        </dd>
        <dt>{t("police.settings.effective")}</dt>
        <dd data-testid="current-effective_minutes" data-value={settings.effective_minutes}>
          {t("police.settings.effectiveValue", { value: settings.effective_minutes })}
        </dd>
        <dt>{t("police.settings.bands")}</dt>
        <dd data-testid="current-bands">{settings.bands.map((b) => label(b.key)).join(", ")}</dd>
        <dt>{t("police.settings.weekend")}</dt>
        <dd data-testid="current-weekend_days">{weekend || t("police.settings.noWeekend")}</dd>
      </dl>
    </>
  );
}

function SettingsForm({ settings }: { settings: CoverageSettingsBody }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState("");

  const save = useMutation({
    mutationFn: async (): Promise<SettingsChange> =>
      unwrap(await api.internal.coverage.settings.$put({ json: bodyOf(draft) as never })),
    onMutate: () => setStatus(""),
    onSuccess: async (res) => {
      setErrors({});
      setDraft(draftOf(res.settings));
      client.setQueryData(coverageSettingsQuery().queryKey, res.settings);
      const r = res.recompute;
      setStatus(
        t("police.settings.saved", { presences: r.presences, rows: r.rows, ms: Math.round(r.ms) }),
      );
      // Every internal figure (tables, gaps, year tables, follow-through) depends on the rules.
      await client.invalidateQueries({ queryKey: INTERNAL_KEY });
    },
    onError: (err) => {
      setErrors(err instanceof ApiError ? settingsErrors(err.fields) : {});
    },
  });
  const fieldErrors = Object.keys(errors).length > 0;

  /** An input's change: its server error goes, the value is set. */
  const edit = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    setErrors(({ [field]: _gone, ...rest }) => rest);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  // A refused field is explained in the user's language (the server's words are English).
  const errorText = (field: SettingsField) =>
    errors[field] ? t(`police.settings.errors.${field}`) : undefined;

  return (
    <>
      <Current settings={settings} />
      <form
        className="record-form police-settings__form"
        data-testid="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {TEXT_FIELDS.map(({ name, label, inputMode }) => (
          <WordedField
            key={name}
            label={t(`police.settings.${label}`)}
            name={name}
            hint={t(`police.settings.${label}Hint`)}
            error={errorText(name)}
          >
            <input
              type="text"
              inputMode={inputMode}
              autoComplete="off"
              value={draft[name]}
              onChange={(e) => edit(name, e.target.value)}
            />
          </WordedField>
        ))}
        <fieldset
          className="police-radios"
          data-field="weekend_days"
          aria-describedby="settings-weekend-hint"
        >
          <legend>{t("police.settings.weekend")}</legend>
          <p id="settings-weekend-hint" className="field__hint muted">
            {t("police.settings.weekendHint")}
          </p>
          {DAYS.map((d) => (
            <label key={d}>
              <input
                type="checkbox"
                data-testid={`weekend-${d}`}
                checked={draft.weekend_days.includes(d)}
                onChange={(e) =>
                  edit(
                    "weekend_days",
                    e.target.checked
                      ? [...draft.weekend_days, d]
                      : draft.weekend_days.filter((x) => x !== d),
                  )
                }
              />{" "}
              {t(dayKey(d))}
            </label>
          ))}
          {errors.weekend_days && (
            <p className="field__error" data-testid="error-weekend_days">
              {errorText("weekend_days")}
            </p>
          )}
        </fieldset>
        <div className="record-form__footer">
          <button
            type="submit"
            className="primary-button"
            data-testid="settings-save"
            disabled={save.isPending}
          >
            {save.isPending ? t("police.settings.saving") : t("police.settings.save")}
          </button>
          <div role="alert" data-testid="settings-alert">
            {save.error && !fieldErrors && (
              <p className="field__error">
                {t("police.settings.refused", { message: save.error.message })}
              </p>
            )}
            {fieldErrors && <p className="field__error">{t("planner.record.fixErrors")}</p>}
          </div>
          <p role="status" data-testid="settings-status">
            {status}
          </p>
        </div>
      </form>
    </>
  );
}
