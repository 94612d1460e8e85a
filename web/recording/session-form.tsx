// An information session or a contact-person meeting: date, place (a point clicked on the map, or
// an area), topic, organisers, attendees, märk-DNA kits and notes; for an information session
// also what the public map and the calendar announce (time, venue, how to sign up).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ORGANISERS,
  type Organiser,
  VISIT_TOPICS,
  type VisitDetail,
  type VisitTopic,
} from "../../server/visits/schema.ts";
import { AreaField } from "../forms/area-select.tsx";
import { GroupError, InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import { PlacePicked } from "../forms/place-picked.tsx";
import type { FormProps } from "../forms/use-record-form.ts";
import { useRecordForm } from "../forms/use-record-form.ts";
import { numberOrEmpty } from "../forms/validate.ts";
import { visitSave } from "./save.ts";

type SessionKind = "info_session" | "contact_meeting";

export interface SessionFormProps extends FormProps<VisitDetail> {
  point: number[] | null;
  setPoint: (p: number[] | null) => void;
}

export function SessionForm({
  areas,
  point,
  setPoint,
  initialArea,
  editing,
  onDone,
  onArea,
}: SessionFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SessionKind>(
    editing?.kind === "contact_meeting" ? "contact_meeting" : "info_session",
  );
  const [date, setDate] = useState(editing?.date ?? "");
  const [area, setArea] = useState(editing && editing.lon === null ? editing.area_id : initialArea);
  const [topic, setTopic] = useState<VisitTopic>(editing?.topic ?? "grannsamverkan");
  const [organisers, setOrganisers] = useState<Organiser[]>(editing?.organisers ?? []);
  const [attendees, setAttendees] = useState(editing?.attendees?.toString() ?? "");
  const [kits, setKits] = useState(editing ? String(editing.kits) : "");
  const [notes, setNotes] = useState(editing?.notes ?? "");
  const [startTime, setStartTime] = useState(editing?.start_time ?? "");
  const [endTime, setEndTime] = useState(editing?.end_time ?? "");
  const [venue, setVenue] = useState(editing?.venue ?? "");
  const [signup, setSignup] = useState(editing?.signup ?? "");
  const announced = kind === "info_session";

  const place = point
    ? { lon: point[0], lat: point[1], ...(editing ? { area_id: undefined } : {}) }
    : { area_id: area || undefined, ...(editing ? { lon: null, lat: null } : {}) };
  const body = {
    kind,
    date,
    topic,
    organisers,
    attendees: numberOrEmpty(attendees) ?? null,
    kits: numberOrEmpty(kits) ?? 0,
    notes,
    ...place,
    ...(announced
      ? { start_time: startTime || null, end_time: endTime || null, venue, signup }
      : {}),
  };
  const form = useRecordForm({
    body,
    save: visitSave(editing),
    onSaved: () => onDone(t("planner.record.saved")),
  });

  return (
    <form className="record-form" data-testid="session-form" onSubmit={form.submit} noValidate>
      <fieldset className="choices">
        <legend>{t("planner.record.visitKind")}</legend>
        {(["info_session", "contact_meeting"] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="kind"
              checked={kind === k}
              disabled={editing !== null}
              onChange={() => setKind(k)}
            />
            {t(`visitKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <InputField
        form={form}
        name="date"
        label={t("planner.record.date")}
        value={date}
        set={setDate}
        type="date"
      />
      <AreaField
        areas={areas}
        value={point ? "" : area}
        hint={t("planner.record.placeHint")}
        error={form.errorOf("area_id") ?? form.errorOf("lon")}
        onChange={form.edit("area_id", (id: string) => {
          form.touch("lon");
          setPoint(null);
          setArea(id);
          onArea(id);
        })}
      />
      <PlacePicked areas={areas} point={point} onClear={() => setPoint(null)} />
      <fieldset className="choices" data-testid="field-topic">
        <legend>{t("planner.record.topic")}</legend>
        {VISIT_TOPICS.map((k) => (
          <label key={k}>
            <input type="radio" name="topic" checked={topic === k} onChange={() => setTopic(k)} />
            {t(`visitTopic.${k}`)}
          </label>
        ))}
        <GroupError name="topic" error={form.errorOf("topic")} />
      </fieldset>
      <fieldset className="choices" data-testid="field-organisers">
        <legend>{t("planner.record.organisers")}</legend>
        {ORGANISERS.map((o) => (
          <label key={o}>
            <input
              type="checkbox"
              checked={organisers.includes(o)}
              onChange={(e) =>
                setOrganisers((xs) => (e.target.checked ? [...xs, o] : xs.filter((x) => x !== o)))
              }
            />
            {t(`organiser.${o}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <InputField
          form={form}
          name="attendees"
          label={t("planner.record.attendees")}
          value={attendees}
          set={setAttendees}
          inputMode="numeric"
        />
        <InputField
          form={form}
          name="kits"
          label={t("planner.record.kitsHanded")}
          value={kits}
          set={setKits}
          inputMode="numeric"
        />
      </div>
      {announced && (
        <fieldset className="announcement" data-testid="field-announcement">
          <legend>{t("planner.record.announcement")}</legend>
          <p className="muted">{t("planner.record.announcementHint")}</p>
          <div className="field-row">
            <InputField
              form={form}
              name="start_time"
              label={t("planner.record.startTime")}
              value={startTime}
              set={setStartTime}
              type="time"
            />
            <InputField
              form={form}
              name="end_time"
              label={t("planner.record.endTime")}
              value={endTime}
              set={setEndTime}
              type="time"
            />
          </div>
          <InputField
            form={form}
            name="venue"
            label={t("planner.record.venue")}
            value={venue}
            set={setVenue}
          />
          <InputField
            form={form}
            name="signup"
            label={t("planner.record.signup")}
            value={signup}
            set={setSignup}
          />
        </fieldset>
      )}
      <InputField
        form={form}
        name="notes"
        label={t("planner.record.notes")}
        value={notes}
        set={setNotes}
        rows={3}
      />
      <FormFooter form={form} editing={editing !== null} onCancel={() => onDone("")} />
    </form>
  );
}
