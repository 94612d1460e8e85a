// Create an account: username, name, role and the kommuner it works for (or the whole police
// area); checked with the server's own schema first. The temporary password of the answer goes to
// the parent, which shows it once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { accountCreate } from "../../server/admin/schema.ts";
import { WordedField } from "../forms/field.tsx";
import { zodFieldErrors } from "../forms/validate.ts";
import type { Kommun } from "../kommun/kommun.ts";
import { ScopeFields, type ScopeValue, scopeError } from "./account-scope.tsx";
import { adminApi } from "./api.ts";
import type { Issued } from "./temp-password.tsx";
import { ROLES, type Role } from "./types.ts";
import { useAdminError, type WordedErrors } from "./use-admin-error.ts";

export interface ScopeChoices {
  /** The kommuner the administrator may give (their own). */
  kommuner: Kommun[];
  /** The kommun a new account works for unless another is ticked. */
  defaultKommun: string;
  mayGivePoliceArea: boolean;
  /**
   * Whether the server keeps accounts' kommuner (its listing names each account's scope). A server
   * of the earlier version does not, and refuses the fields: the form then leaves them out.
   */
  known: boolean;
}

/**
 * The roles the administrator may give: the police work for the whole police area, so only an
 * administrator of the police area offers that role (the server refuses it to the others).
 */
export const givableRoles = (choices: Pick<ScopeChoices, "mayGivePoliceArea" | "known">): Role[] =>
  ROLES.filter((r) => r !== "police" || choices.mayGivePoliceArea || !choices.known);

export function AccountCreate({
  onCreated,
  choices,
}: {
  onCreated: (issued: Issued) => void;
  choices: ScopeChoices;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("planner");
  const firstScope = (r: Role): ScopeValue =>
    r === "police" && choices.mayGivePoliceArea
      ? { scope: "police_area", kommuner: [] }
      : { scope: "kommun", kommuner: [choices.defaultKommun] };
  const [scope, setScope] = useState<ScopeValue>(() => firstScope("planner"));
  const [local, setLocal] = useState<WordedErrors>({});
  const create = useMutation({
    mutationFn: adminApi.createAccount,
    onSuccess: async (answer) => {
      onCreated({ username: answer.account.username, password: answer.password });
      setUsername("");
      setDisplayName("");
      setRole("planner");
      setScope(firstScope("planner"));
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
    const worded: WordedErrors = errorText.local(found);
    if (choices.known && scopeError(scope)) worded.kommuner = t("admin.accounts.scope.pickOne");
    setLocal(worded);
    create.reset();
    if (Object.keys(worded).length > 0) return;
    // The police area's accounts list no kommuner; a kommun account the ones ticked.
    const kommuner = scope.scope === "kommun" ? scope.kommuner : [];
    create.mutate(
      choices.known ? ({ ...body, scope: scope.scope, kommuner } as typeof body) : body,
    );
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
        <select
          value={role}
          onChange={(e) => {
            const next = e.target.value as Role;
            setRole(next);
            setScope(firstScope(next));
          }}
        >
          {givableRoles(choices).map((r) => (
            <option key={r} value={r}>
              {t(`admin.roles.${r}`)}
            </option>
          ))}
        </select>
      </WordedField>
      {choices.known && (
        <ScopeFields
          name="create"
          value={scope}
          onChange={setScope}
          kommuner={choices.kommuner}
          mayGivePoliceArea={choices.mayGivePoliceArea}
          error={errors.kommuner ?? errors.scope}
        />
      )}
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
