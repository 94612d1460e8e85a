// An account's display name in the table, and its editor: "Ändra namn" opens a text field with
// save and cancel (Escape cancels too). An empty name clears it; the username is shown instead.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { adminApi } from "./api.ts";
import type { Account } from "./types.ts";
import { useAdminError } from "./use-admin-error.ts";

export function AccountName(props: { account: Account; onNotice: (text: string) => void }) {
  const { account: a, onNotice } = props;
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const [draft, setDraft] = useState<string | null>(null);
  // Focus follows the editor: into the field when it opens, back to its button when it closes.
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const opened = useRef(false);
  useEffect(() => {
    if (editing) field.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current ||= editing;
  }, [editing]);
  const save = useMutation({
    mutationFn: (display_name: string) => adminApi.patchAccount(a.id, { display_name }),
    onSuccess: async (updated) => {
      setDraft(null);
      onNotice(t("admin.accounts.nameSaved", { username: updated.username }));
      await client.invalidateQueries({ queryKey: ["admin"] });
    },
  });
  const name = a.display_name && a.display_name !== a.username ? a.display_name : null;
  const inputId = `name-${a.id}`;
  const error = errorText.general(save.error) ?? errorText.fields(save.error).display_name;

  if (draft === null) {
    return (
      <div className="admin-inline">
        {name && (
          <span className="muted" data-testid="account-display-name">
            {name}
          </span>
        )}
        <button
          ref={opener}
          type="button"
          className="admin-quiet"
          aria-label={t("admin.accounts.editNameLabel", { username: a.username })}
          onClick={() => {
            save.reset();
            setDraft(a.display_name ?? "");
          }}
          data-testid="account-name-edit"
        >
          {t("admin.accounts.editName")}
        </button>
      </div>
    );
  }
  return (
    <form
      className="admin-inline"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setDraft(null);
      }}
    >
      <label className="visually-hidden" htmlFor={inputId}>
        {t("admin.accounts.nameFor", { username: a.username })}
      </label>
      <input
        id={inputId}
        value={draft}
        ref={field}
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        data-testid="account-name-input"
      />
      <button type="submit" disabled={save.isPending} data-testid="account-name-save">
        {t("admin.accounts.saveName")}
      </button>
      <button type="button" onClick={() => setDraft(null)}>
        {t("admin.cancel")}
      </button>
      {error && (
        <p className="field__error" role="alert" id={`${inputId}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
