// Logging a presence: start and end (Stockholm time), the place — a point clicked on the map, a
// route drawn on it (click point by point; undo, clear) or a whole area — actor, kind and notes.
// Checked as you type with the server's schema; the server's 400 lands on the same fields.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { FieldCode } from "../../server/http/field-codes.ts";
import { createPresence, patchPresence } from "../../server/presence/schema.ts";
import {
  ACTORS,
  KINDS,
  type PresenceActor,
  type PresenceItem,
  type PresenceKind,
} from "../../server/presence/types.ts";
import { api, unwrap } from "../api/client.ts";
import { INTERNAL_KEY } from "../api/queries.ts";
import { AreaField } from "../forms/area-select.tsx";
import { GroupError, InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import { PlacePicked } from "../forms/place-picked.tsx";
import { RouteTools } from "../forms/route-tools.tsx";
import { useRecordForm } from "../forms/use-record-form.ts";
import { checkedSave } from "../forms/validate.ts";

import { toInstant, toLocalInput } from "./times.ts";

export type PlaceMode = "point" | "route" | "area";

export interface PresenceFormProps {
  areas: AreaCollection | undefined;
  editing: PresenceItem | null;
  mode: PlaceMode;
  setMode: (m: PlaceMode) => void;
  point: number[] | null;
  setPoint: (p: number[] | null) => void;
  route: number[][];
  setRoute: (r: number[][]) => void;
  area: string;
  setArea: (id: string) => void;
  onDone: (message: string) => void;
}

/**
 * A place the server could not find on the map is worded by its code; any other problem with the
 * place means it is missing or unfinished, which is said as what to do in the chosen mode.
 */
const PLACE_FOUND: ReadonlySet<FieldCode> = new Set<FieldCode>([
  "unknown_area",
  "not_in_area",
  "far_from_areas",
  "route_outside",
]);
const PLACE_MISSING = {
  point: "police.presence.errors.placePoint",
  route: "police.presence.errors.placeRoute",
  area: "police.presence.errors.placeArea",
} as const;

export function PresenceForm(props: PresenceFormProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { editing, mode, point, route, area } = props;
  const [starts, setStarts] = useState(editing ? toLocalInput(editing.starts_at) : "");
  const [ends, setEnds] = useState(editing ? toLocalInput(editing.ends_at) : "");
  const [actor, setActor] = useState<PresenceActor>(editing?.actor ?? "police");
  const [kind, setKind] = useState<PresenceKind>(editing?.kind ?? "foot");
  const [notes, setNotes] = useState(editing?.notes ?? "");
  const place =
    mode === "point"
      ? point && { type: "Point" as const, coordinates: point as [number, number] }
      : mode === "route"
        ? { type: "LineString" as const, coordinates: route as [number, number][] }
        : { type: "Area" as const, area_id: area };
  const body = {
    starts_at: starts ? toInstant(starts) : undefined,
    ends_at: ends ? toInstant(ends) : undefined,
    actor,
    kind,
    place: place ?? undefined,
    notes,
  };
  const form = useRecordForm({
    body,
    save: editing
      ? checkedSave(patchPresence, async (json) =>
          unwrap(
            await api.internal.presence[":id"].$patch({ param: { id: String(editing.id) }, json }),
          ),
        )
      : checkedSave(createPresence, async (json) =>
          unwrap(await api.internal.presence.$post({ json })),
        ),
    onSaved: () => {
      void client.invalidateQueries({ queryKey: INTERNAL_KEY });
      props.onDone(t("police.presence.saved"));
    },
  });
  const placeProblem =
    form.errorOf("place") ?? form.errorOf("place.coordinates") ?? form.errorOf("place.area_id");
  const placeError = placeProblem && {
    text: PLACE_FOUND.has(placeProblem.code) ? undefined : t(PLACE_MISSING[mode]),
    problem: placeProblem,
  };

  return (
    <form className="record-form" data-testid="presence-form" onSubmit={form.submit} noValidate>
      <InputField
        form={form}
        name="starts_at"
        label={t("police.presence.starts")}
        value={starts}
        set={setStarts}
        type="datetime-local"
      />
      <InputField
        form={form}
        name="ends_at"
        label={t("police.presence.ends")}
        value={ends}
        set={setEnds}
        type="datetime-local"
      />
      <fieldset className="route-tool" data-testid="place-tool">
        <legend>{t("police.presence.place")}</legend>
        <div className="police-radios">
          {(["point", "route", "area"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="place-mode"
                value={m}
                data-testid={`place-${m}`}
                checked={mode === m}
                onChange={() => {
                  form.touch("place");
                  props.setMode(m);
                }}
              />{" "}
              {t(`police.presence.${m}`)}
            </label>
          ))}
        </div>
        {mode === "point" && (
          <>
            <p className="muted field__hint">{t("police.presence.pointHint")}</p>
            <PlacePicked areas={props.areas} point={point} onClear={() => props.setPoint(null)} />
          </>
        )}
        {mode === "route" && <RouteTools route={route} setRoute={props.setRoute} />}
        {mode === "area" && (
          <AreaField
            areas={props.areas}
            value={area}
            error={undefined}
            onChange={form.edit("place", props.setArea)}
          />
        )}
        <GroupError name="place" error={placeError?.problem} text={placeError?.text} />
      </fieldset>
      <InputField
        form={form}
        name="actor"
        label={t("police.presence.actor")}
        value={actor}
        set={setActor}
        options={ACTORS.map((a) => [a, t(`police.presence.actors.${a}`)] as const)}
      />
      <InputField
        form={form}
        name="kind"
        label={t("police.presence.kind")}
        value={kind}
        set={setKind}
        options={KINDS.map((k) => [k, t(`police.presence.kinds.${k}`)] as const)}
      />
      <InputField
        form={form}
        name="notes"
        label={t("police.presence.notes")}
        value={notes}
        set={setNotes}
        rows={2}
      />
      <FormFooter form={form} editing={editing !== null} onCancel={() => props.onDone("")} />
    </form>
  );
}
