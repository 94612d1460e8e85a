// Log a crime-prevention message sent through Coyards or CoProfs (counts for the monthly promise).
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CHANNELS, messageInput } from "../../server/messages/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { checkedSave } from "../forms/validate.ts";
import type { WorkKommun } from "../kommun/use-kommun.ts";
import { FormKommun } from "./form-kommun.tsx";
import { useFormSave } from "./use-form-save.ts";

/**
 * `kommun`: the view's kommun. A message to a whole kommun (no areas) is the caller's only kommun's,
 * or the one ?kommun= names, which a planner of several must send.
 */
export function MessageForm({ kommun }: { kommun: WorkKommun }) {
  const { t } = useTranslation();
  const [sentOn, setSentOn] = useState("");
  const [channel, setChannel] = useState<string>("coyards");
  const [subject, setSubject] = useState("");
  const k = kommun.choice;
  const save = useFormSave(
    checkedSave(messageInput, async (json) =>
      // The guard reads ?kommun= on every logged-in route; the route's own schema does not name it.
      unwrap(await api.messages.$post({ json, query: { kommun: k } } as never)),
    ),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.submit({ sent_on: sentOn, channel, subject: subject.trim() });
  };
  return (
    <form className="follow-form" data-testid="message-form" onSubmit={onSubmit} noValidate>
      <h3>{t("pub.followUp.message")}</h3>
      <FormKommun kommun={kommun} />
      <Field label={t("pub.followUp.sentOn")} name="sent_on" error={save.errors.sent_on}>
        <input type="date" value={sentOn} onChange={(e) => setSentOn(e.target.value)} />
      </Field>
      <Field label={t("pub.followUp.channel")} name="channel" error={save.errors.channel}>
        <select value={channel} onChange={(e) => setChannel(e.target.value)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c === "coyards" ? "Coyards" : "CoProfs"}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("pub.followUp.subject")} name="subject" error={save.errors.subject}>
        <input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </Field>
      {save.error && (
        <p className="form-error" role="alert">
          {save.error}
        </p>
      )}
      {save.done && <p role="status">{t("pub.followUp.logged")}</p>}
      <button type="submit" disabled={save.pending}>
        {t("pub.followUp.logMessage")}
      </button>
    </form>
  );
}
