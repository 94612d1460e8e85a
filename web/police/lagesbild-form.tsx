// The weekly lägesbild: ISO week, the day of the exchange, participants as roles, the flagged
// areas each with a reason and the requested time bands, and notes. Server schema as you type.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { BandInfo } from "../../server/coverage/types.ts";
import { createLagesbild, patchLagesbild } from "../../server/lagesbild/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { INTERNAL_KEY } from "../api/queries.ts";
import { AreaSelect } from "../forms/area-select.tsx";
import { Field, GroupError, InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import { useRecordForm } from "../forms/use-record-form.ts";
import { checkedSave } from "../forms/validate.ts";
import { useBandLabel } from "./band-label.ts";
import { type SeenWeek, splitRoles } from "./follow.ts";

interface FlagDraft {
  /** Only for React's key; not sent. */
  k: number;
  area_id: string;
  reason: string;
  bands: string[];
}

export function LagesbildForm(props: {
  areas: AreaCollection | undefined;
  bands: BandInfo[];
  editing: SeenWeek | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const label = useBandLabel(props.bands);
  const { editing } = props;
  const [week, setWeek] = useState(editing?.week ?? "");
  const [date, setDate] = useState(editing?.date ?? "");
  const [roles, setRoles] = useState(editing?.participants.join(", ") ?? "");
  const [notes, setNotes] = useState(editing?.notes ?? "");
  const [flags, setFlags] = useState<FlagDraft[]>(
    editing?.areas.map((a, k) => ({ k, area_id: a.area_id, reason: a.reason, bands: a.bands })) ??
      [],
  );
  const body = {
    ...(week ? { week } : {}),
    date,
    participants: splitRoles(roles),
    areas: flags.map(({ k: _k, ...f }) => f),
    notes,
  };
  const form = useRecordForm({
    body,
    save: editing
      ? checkedSave(patchLagesbild, async (json) =>
          unwrap(
            await api.internal.lagesbild[":id"].$patch({ param: { id: String(editing.id) }, json }),
          ),
        )
      : checkedSave(createLagesbild, async (json) =>
          unwrap(await api.internal.lagesbild.$post({ json })),
        ),
    onSaved: () => {
      void client.invalidateQueries({ queryKey: INTERNAL_KEY });
      props.onDone(t("police.lagesbild.saved"));
    },
  });
  const setFlag = (i: number, patch: Partial<FlagDraft>) => {
    form.touch("areas");
    setFlags((fs) => fs.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  };

  return (
    <form className="record-form" data-testid="lagesbild-form" onSubmit={form.submit} noValidate>
      <InputField
        form={form}
        name="week"
        label={t("police.lagesbild.weekField")}
        value={week}
        set={setWeek}
      />
      <InputField
        form={form}
        name="date"
        label={t("police.lagesbild.date")}
        value={date}
        set={setDate}
        type="date"
      />
      <InputField
        form={form}
        name="participants"
        label={t("police.lagesbild.participantsField")}
        value={roles}
        set={setRoles}
      />
      <fieldset className="findings">
        <legend>{t("police.lagesbild.flagged")}</legend>
        <GroupError name="areas" error={form.errorOf("areas")} />
        {flags.map((f, i) => (
          <div className="finding flag-draft" key={f.k} data-testid="flag-draft">
            <Field
              label={t("planner.record.area")}
              name={`areas.${i}.area_id`}
              error={form.errorOf(`areas.${i}.area_id`)}
            >
              <AreaSelect
                areas={props.areas?.features ?? []}
                value={f.area_id}
                onChange={(id) => setFlag(i, { area_id: id })}
              />
            </Field>
            <Field
              label={t("police.lagesbild.reason")}
              name={`areas.${i}.reason`}
              error={form.errorOf(`areas.${i}.reason`)}
            >
              <input value={f.reason} onChange={(e) => setFlag(i, { reason: e.target.value })} />
            </Field>
            <fieldset className="police-bands">
              <legend>{t("police.lagesbild.bands")}</legend>
              {props.bands.map((b) => (
                <label key={b.key}>
                  <input
                    type="checkbox"
                    checked={f.bands.includes(b.key)}
                    onChange={(e) =>
                      setFlag(i, {
                        bands: e.target.checked
                          ? [...f.bands, b.key]
                          : f.bands.filter((x) => x !== b.key),
                      })
                    }
                  />{" "}
                  {label(b.key)}
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              className="text-button"
              onClick={() => setFlags((fs) => fs.filter((_, j) => j !== i))}
            >
              {t("police.lagesbild.removeArea")}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="text-button"
          onClick={() =>
            setFlags((fs) => [
              ...fs,
              { k: Math.max(-1, ...fs.map((x) => x.k)) + 1, area_id: "", reason: "", bands: [] },
            ])
          }
        >
          + {t("police.lagesbild.addArea")}
        </button>
      </fieldset>
      <InputField
        form={form}
        name="notes"
        label={t("police.lagesbild.notes")}
        value={notes}
        set={setNotes}
        rows={3}
      />
      <FormFooter form={form} editing={editing !== null} onCancel={() => props.onDone("")} />
    </form>
  );
}
