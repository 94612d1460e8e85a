// The presence log's recent entries (newest first) with change and delete.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { Period } from "../../server/period/period.ts";
import type { PresenceItem } from "../../server/presence/types.ts";
import { INTERNAL_KEY, presenceListQuery } from "../api/queries.ts";
import { useKommunScope } from "../kommun/use-kommun.ts";
import { removePresence } from "./remove.ts";
import { localText } from "./times.ts";

export function PresenceList(props: {
  period: Period;
  areas: AreaCollection | undefined;
  onEdit: (p: PresenceItem) => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(presenceListQuery(props.period, useKommunScope()));
  const nameOf = (id: string) =>
    props.areas?.features.find((f) => f.id === id)?.properties.name ?? id;
  const remove = useMutation({
    mutationFn: removePresence,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: INTERNAL_KEY });
      props.onDone(t("police.presence.deleted"));
    },
  });
  const items = list.data?.items.slice(0, 50) ?? [];
  return (
    <section aria-labelledby="presence-list-title" className="police-section">
      <h3 id="presence-list-title">{t("police.presence.listTitle")}</h3>
      {list.data && (
        <p className="muted">
          {t("police.presence.shown", { shown: items.length, total: list.data.total })}
        </p>
      )}
      {remove.error && (
        <p className="field__error" role="alert">
          {remove.error.message}
        </p>
      )}
      {list.isPending && <p role="status">{t("app.loadingData")}</p>}
      {list.data && items.length === 0 && <p>{t("police.presence.empty")}</p>}
      <ul className="police-list">
        {items.map((p) => (
          <li key={p.id} data-testid="presence-item" data-id={p.id}>
            <span>
              <strong>{localText(p.starts_at)}</strong>–{localText(p.ends_at).slice(11)} ·{" "}
              {nameOf(p.area_id)} · {t(`police.presence.actors.${p.actor}`)},{" "}
              {t(`police.presence.kinds.${p.kind}`)} ·{" "}
              {t("police.presence.minutes", { count: Math.round(p.minutes) })} (
              {p.effective ? t("police.presence.effective") : t("police.presence.short")})
            </span>{" "}
            <button type="button" className="text-button" onClick={() => props.onEdit(p)}>
              {t("police.presence.edit")}
            </button>{" "}
            <button
              type="button"
              className="text-button"
              onClick={() => {
                if (window.confirm(t("police.presence.confirmDelete", { id: p.id })))
                  remove.mutate(p.id);
              }}
            >
              {t("police.presence.delete")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
