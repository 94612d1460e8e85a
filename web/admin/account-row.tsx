// One account in the table: its name (editable), its status in words and symbols (never colour
// alone), its role with a save button, disable/enable, and a new temporary password after a
// confirmation. Its kommuner (or the whole police area) in words, changed in a fold-out form.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { givableRoles, type ScopeChoices } from "./account-create.tsx";
import { AccountName } from "./account-name.tsx";
import { ScopeFields, type ScopeValue, scopeError, scopeOf, scopeText } from "./account-scope.tsx";
import { adminApi } from "./api.ts";
import { Cell } from "./cell.tsx";
import { formatAt } from "./format.ts";
import type { Issued } from "./temp-password.tsx";
import type { Account, AccountPatch, Role } from "./types.ts";
import { useAdminError } from "./use-admin-error.ts";
import { useLang } from "./use-lang.ts";

export function AccountRow(props: {
  account: Account;
  isMe: boolean;
  onNotice: (text: string) => void;
  onIssued: (issued: Issued) => void;
  choices: ScopeChoices;
}) {
  const { account: a, isMe, onNotice, onIssued } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const errorText = useAdminError();
  const [role, setRole] = useState<Role>(a.role);
  // The row stays mounted across saves (so focus stays where it was); the role follows the server.
  useEffect(() => setRole(a.role), [a.role]);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ["admin"] });
  const stored = scopeOf(a);
  const [scope, setScope] = useState<ScopeValue>(() => stored ?? { scope: "kommun", kommuner: [] });
  const [scopeOpen, setScopeOpen] = useState(false);
  const [scopeMissing, setScopeMissing] = useState(false);
  const saveScope = useMutation({
    mutationFn: (v: ScopeValue) =>
      adminApi.patchAccount(a.id, {
        scope: v.scope,
        kommuner: v.scope === "kommun" ? v.kommuner : [],
      } as AccountPatch),
    onSuccess: async (updated) => {
      setScopeOpen(false);
      onNotice(t("admin.accounts.scope.saved", { username: updated.username }));
      await refresh();
    },
  });
  const scopeFailure =
    errorText.general(saveScope.error) ?? Object.values(errorText.fields(saveScope.error))[0];

  const patch = useMutation({
    mutationFn: (body: AccountPatch) => adminApi.patchAccount(a.id, body),
    onSuccess: async (updated, body) => {
      if (body.role !== undefined) {
        onNotice(
          t("admin.accounts.roleSaved", {
            username: updated.username,
            role: t(`admin.roles.${updated.role}`),
          }),
        );
      } else {
        onNotice(
          t(updated.disabled ? "admin.accounts.disabledDone" : "admin.accounts.enabledDone", {
            username: updated.username,
          }),
        );
      }
      await refresh();
    },
    onError: () => setRole(a.role),
  });
  const reset = useMutation({
    mutationFn: () => adminApi.resetPassword(a.id),
    onSuccess: async (answer) => {
      setConfirming(false);
      onIssued({ username: answer.account.username, password: answer.password });
      await refresh();
    },
  });
  const error = errorText.general(patch.error) ?? Object.values(errorText.fields(patch.error))[0];

  return (
    <tr data-testid="account-row" data-username={a.username} data-disabled={a.disabled}>
      <Cell label={t("admin.accounts.username")}>
        <strong>{a.username}</strong>{" "}
        {isMe && <span className="muted">{t("admin.accounts.you")}</span>}
        <AccountName account={a} onNotice={onNotice} />
      </Cell>
      <Cell label={t("admin.accounts.role")}>
        <div className="admin-inline">
          <label className="visually-hidden" htmlFor={`role-${a.id}`}>
            {t("admin.accounts.changeRole", { username: a.username })}
          </label>
          <select
            id={`role-${a.id}`}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            data-testid="account-role"
          >
            {givableRoles(props.choices).map((r) => (
              <option key={r} value={r}>
                {t(`admin.roles.${r}`)}
              </option>
            ))}
          </select>
          {role !== a.role && (
            <button
              type="button"
              disabled={patch.isPending}
              onClick={() => patch.mutate({ role })}
              data-testid="account-role-save"
            >
              {t("admin.accounts.saveRole")}
            </button>
          )}
        </div>
      </Cell>
      {props.choices.known && (
        <Cell label={t("admin.accounts.scope.column")}>
          <span data-testid="account-kommuner">
            {scopeText(stored, props.choices.kommuner, t("admin.accounts.scope.policeArea"))}
          </span>
          <details
            open={scopeOpen}
            onToggle={(e) => {
              const open = (e.target as HTMLDetailsElement).open;
              setScopeOpen(open);
              if (open) setScope(stored ?? { scope: "kommun", kommuner: [] });
            }}
          >
            <summary aria-label={t("admin.accounts.scope.editLabel", { username: a.username })}>
              {t("admin.accounts.scope.edit")}
            </summary>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const missing = scopeError(scope);
                setScopeMissing(missing);
                if (!missing) saveScope.mutate(scope);
              }}
            >
              <ScopeFields
                name={`account-${a.id}`}
                value={scope}
                onChange={setScope}
                kommuner={props.choices.kommuner}
                mayGivePoliceArea={props.choices.mayGivePoliceArea}
                error={scopeMissing ? t("admin.accounts.scope.pickOne") : undefined}
              />
              <button type="submit" disabled={saveScope.isPending} data-testid="account-scope-save">
                {t("admin.accounts.scope.save")}
              </button>
              {scopeFailure && (
                <p className="field__error" role="alert">
                  {scopeFailure}
                </p>
              )}
            </form>
          </details>
        </Cell>
      )}
      <Cell label={t("admin.accounts.status")}>
        <ul className="admin-status">
          {a.disabled ? (
            <li
              className="admin-status__item admin-status__item--off"
              data-testid="status-disabled"
            >
              <span aria-hidden="true">✕ </span>
              {t("admin.accounts.disabled")}
            </li>
          ) : (
            <li className="admin-status__item admin-status__item--on">
              <span aria-hidden="true">✓ </span>
              {t("admin.accounts.active")}
            </li>
          )}
          {a.must_change_password && (
            <li className="admin-status__item admin-status__item--warn">
              <span aria-hidden="true">⚠ </span>
              {t("admin.accounts.mustChange")}
            </li>
          )}
        </ul>
      </Cell>
      <Cell label={t("admin.accounts.updated")}>{formatAt(a.updated_at, lang)}</Cell>
      <Cell label={t("admin.accounts.actions")}>
        <div className="admin-inline">
          {/* No one disables their own account (the server refuses it): the button is not offered. */}
          {!isMe && (
            <button
              type="button"
              disabled={patch.isPending}
              aria-label={t(
                a.disabled ? "admin.accounts.enableLabel" : "admin.accounts.disableLabel",
                {
                  username: a.username,
                },
              )}
              onClick={() => patch.mutate({ disabled: !a.disabled })}
              data-testid={a.disabled ? "account-enable" : "account-disable"}
            >
              {t(a.disabled ? "admin.accounts.enable" : "admin.accounts.disable")}
            </button>
          )}
          <button
            type="button"
            aria-label={t("admin.accounts.resetLabel", { username: a.username })}
            onClick={() => {
              reset.reset();
              setConfirming(true);
            }}
            data-testid="account-reset"
          >
            {t("admin.accounts.reset")}
          </button>
        </div>
        {error && (
          <p className="field__error" role="alert" data-testid="account-error">
            {error}
          </p>
        )}
        {confirming && (
          <ConfirmDialog
            title={t("admin.accounts.resetTitle", { username: a.username })}
            confirmLabel={t("admin.accounts.resetConfirm")}
            onConfirm={() => reset.mutate()}
            onCancel={() => setConfirming(false)}
            pending={reset.isPending}
            error={errorText.general(reset.error)}
          >
            <p>{t("admin.accounts.resetText")}</p>
          </ConfirmDialog>
        )}
      </Cell>
    </tr>
  );
}
