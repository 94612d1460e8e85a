// Create an account: username, name and role; checked with the server's own schema first. The
// temporary password of the answer goes to the parent, which shows it once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { accountCreate } from "../../server/admin/schema.ts";
import { WordedField } from "../forms/field.tsx";
import { zodFieldErrors } from "../forms/validate.ts";
import { adminApi } from "./api.ts";
import type { Issued } from "./temp-password.tsx";
import { ROLES, type Role } from "./types.ts";
import { useAdminError, type WordedErrors } from "./use-admin-error.ts";

export function AccountCreate({ onCreated }: { onCreated: (issued: Issued) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("planner");
  const [local, setLocal] = useState<WordedErrors>({});
  const create = useMutation({
    mutationFn: adminApi.createAccount,
    onSuccess: async (answer) => {
      onCreated({ username: answer.account.username, password: answer.password });
      setUsername("");
      setDisplayName("");
      setRole("planner");
      await client.invalidateQueries({ queryKey: ["admin"] });
    },
  });
  // A taken username (409) comes as the username field's error.
  const errors: WordedErrors = { ...errorText.fields(create.error), ...local };
  const general = errorText.general(create.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      username: username.trim(),
      role,
      ...(displayName.trim() ? { display_name: displayName.trim() } : {}),
    };
    const found = zodFieldErrors(accountCreate, body);
    setLocal(errorText.local(found));
    create.reset();
    if (Object.keys(found).length === 0) create.mutate(body);
  };

  return (
    <form className="admin-form" onSubmit={onSubmit} noValidate data-testid="account-create">
      <h3>{t("admin.accounts.create.title")}</h3>
      <WordedField
        label={t("admin.accounts.username")}
        name="username"
        hint={t("admin.accounts.create.usernameHint")}
        error={errors.username}
      >
        <input
          value={username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          onChange={(e) => setUsername(e.target.value)}
        />
      </WordedField>
      <WordedField
        label={t("admin.accounts.displayName")}
        name="display_name"
        hint={t("admin.accounts.create.displayNameHint")}
        error={errors.display_name}
      >
        <input
          value={displayName}
          autoComplete="off"
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </WordedField>
      <WordedField label={t("admin.accounts.role")} name="role" error={errors.role}>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`admin.roles.${r}`)}
            </option>
          ))}
        </select>
      </WordedField>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" disabled={create.isPending} data-testid="account-create-submit">
          {t("admin.accounts.create.submit")}
        </button>
      </div>
    </form>
  );
}
