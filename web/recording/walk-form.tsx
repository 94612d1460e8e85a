// A safety walk: date, a route drawn on the map (click point by point; undo, clear) or an area,
// the participating organisations, and findings each with an owner and a due date. A finding is
// closed, with the date and a note of what was done, in the follow-up list (/uppfoljning); here a
// closed one says so.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding, VisitDetail } from "../../server/visits/schema.ts";
import { AreaField } from "../forms/area-select.tsx";
import { Field, GroupError, InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import { RouteTools } from "../forms/route-tools.tsx";
import type { FormProps } from "../forms/use-record-form.ts";
import { useRecordForm } from "../forms/use-record-form.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { visitSave } from "./save.ts";

interface FindingDraft {
  id?: number;
  text: string;
  owner: string;
  due_on: string;
  /** What the stored finding says of its closing; not sent. */
  closed?: Pick<Finding, "status" | "closed_on" | "closed_note">;
}

const draftOf = (f: Finding): FindingDraft => ({
  id: f.id,
  text: f.text,
  owner: f.owner,
  due_on: f.due_on ?? "",
  closed: { status: f.status, closed_on: f.closed_on, closed_note: f.closed_note },
});

/** A finding as the API takes it: the closing is the follow-up's, so status is never sent. */
const inputOf = (f: FindingDraft) => ({
  ...(f.id ? { id: f.id } : {}),
  text: f.text,
  owner: f.owner,
  due_on: f.due_on || null,
});

export interface WalkFormProps extends FormProps<VisitDetail> {
  route: number[][];
  setRoute: (r: number[][]) => void;
}

export function WalkForm({
  areas,
  route,
  setRoute,
  initialArea,
  editing,
  onDone,
  onArea,
}: WalkFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [date, setDate] = useState(editing?.date ?? "");
  const [area, setArea] = useState(editing && !editing.route ? editing.area_id : initialArea);
  const [participants, setParticipants] = useState(editing?.participants.join(", ") ?? "");
  const [findings, setFindings] = useState<FindingDraft[]>(editing?.findings.map(draftOf) ?? []);
  const drawn = route.length > 0;
  const body = {
    kind: "safety_walk" as const,
    date,
    participants: participants
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
    findings: findings.map(inputOf),
    ...(drawn
      ? {
          route: { type: "LineString" as const, coordinates: route },
          ...(editing ? { area_id: undefined } : {}),
        }
      : { area_id: area || undefined, ...(editing ? { route: null } : {}) }),
  };
  const form = useRecordForm({
    body,
    save: visitSave(editing),
    onSaved: () => onDone(t("planner.record.saved")),
  });
  const setFinding = (i: number, patch: Partial<FindingDraft>) => {
    form.touch("findings");
    setFindings((fs) => fs.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  };

  return (
    <form className="record-form" data-testid="walk-form" onSubmit={form.submit} noValidate>
      <InputField
        form={form}
        name="date"
        label={t("planner.record.date")}
        value={date}
        set={setDate}
        type="date"
      />
      <fieldset className="route-tool" data-testid="route-tool">
        <legend>{t("planner.record.route")}</legend>
        <RouteTools route={route} setRoute={setRoute} />
        <GroupError
          name="route"
          error={form.errorOf("route") ?? form.errorOf("route.coordinates")}
        />
      </fieldset>
      <AreaField
        areas={areas}
        value={drawn ? "" : area}
        error={form.errorOf("area_id")}
        onChange={form.edit("area_id", (id: string) => {
          setRoute([]);
          setArea(id);
          onArea(id);
        })}
      />
      <InputField
        form={form}
        name="participants"
        label={t("planner.record.participants")}
        value={participants}
        set={setParticipants}
      />
      <fieldset className="findings">
        <legend>{t("planner.record.findings")}</legend>
        {findings.map((f, i) => (
          <div className="finding" key={f.id ?? `new-${i}`}>
            <Field
              label={t("planner.record.finding")}
              name={`findings.${i}.text`}
              error={form.errorOf(`findings.${i}.text`)}
            >
              <input value={f.text} onChange={(e) => setFinding(i, { text: e.target.value })} />
            </Field>
            <Field
              label={t("planner.record.owner")}
              name={`findings.${i}.owner`}
              error={form.errorOf(`findings.${i}.owner`)}
            >
              <input value={f.owner} onChange={(e) => setFinding(i, { owner: e.target.value })} />
            </Field>
            <Field
              label={t("planner.record.dueOn")}
              name={`findings.${i}.due_on`}
              error={form.errorOf(`findings.${i}.due_on`)}
            >
              <input
                type="date"
                value={f.due_on}
                onChange={(e) => setFinding(i, { due_on: e.target.value })}
              />
            </Field>
            <p className="finding__status muted" data-testid={`finding-status-${i}`}>
              {f.closed?.status === "done"
                ? t("planner.record.closedOn", {
                    date: f.closed.closed_on ? formatDate(f.closed.closed_on, lang) : "–",
                    note: f.closed.closed_note || "–",
                  })
                : t("planner.record.openFinding")}
            </p>
            <button
              type="button"
              className="text-button"
              onClick={() => setFindings((fs) => fs.filter((_, j) => j !== i))}
            >
              {t("planner.record.removeFinding")}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="text-button"
          onClick={() => setFindings((fs) => [...fs, { text: "", owner: "", due_on: "" }])}
        >
          + {t("planner.record.addFinding")}
        </button>
      </fieldset>
      <FormFooter form={form} editing={editing !== null} onCancel={() => onDone("")} />
    </form>
  );
}
