// The account page's personal access tokens: the list, a form to create one whose secret is then
// shown once, and revoking with a confirmation (the parts are in token-table.tsx,
// token-create-form.tsx and token-secret.tsx). Keyboard first: the new secret takes the focus, the
// dialog keeps it, and focus comes back to the form or the list afterwards.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../../server/auth/token-routes.ts";
import type { AccessToken } from "../../server/auth/tokens.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { CreateForm } from "./token-create-form.tsx";
import { NewSecret } from "./token-secret.tsx";
import { TokenTable } from "./token-table.tsx";
import { revokeToken, TOKENS_KEY, tokensQuery } from "./tokens.ts";

export function TokensSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(tokensQuery());
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  const [notice, setNotice] = useState("");
  // Back from the new secret, the form takes the focus again once it is there.
  const [refocus, setRefocus] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (refocus && !created) nameRef.current?.focus();
  }, [refocus, created]);
  const revoke = useMutation({
    mutationFn: (token: AccessToken) => revokeToken(token.id),
    onSuccess: async (_v, token) => {
      setRevoking(null);
      // The row goes in the same render as the notice that names it, not after a refetch.
      client.setQueryData(TOKENS_KEY, (old: typeof list.data) =>
        old ? { ...old, tokens: old.tokens.filter((other) => other.id !== token.id) } : old,
      );
      setNotice(t("auth.tokens.revoked", { name: token.name }));
      await client.invalidateQueries({ queryKey: TOKENS_KEY });
      nameRef.current?.focus();
    },
  });
  const tokens = list.data?.tokens ?? [];
  return (
    <section className="account-section tokens" aria-labelledby="tokens-title" data-testid="tokens">
      <h3 id="tokens-title">{t("auth.tokens.title")}</h3>
      <p>{t("auth.tokens.intro")}</p>
      {created ? (
        <NewSecret
          token={created}
          onDone={() => {
            setCreated(null);
            setRefocus(true);
          }}
        />
      ) : (
        <CreateForm
          nameRef={nameRef}
          onCreated={async (token) => {
            setNotice("");
            setRefocus(false);
            setCreated(token);
            await client.invalidateQueries({ queryKey: TOKENS_KEY });
          }}
        />
      )}
      <h4>{t("auth.tokens.listTitle")}</h4>
      <p role="status" className="auth-form__done" data-testid="tokens-notice">
        {notice}
      </p>
      {list.isError && (
        <p role="alert" className="auth-form__error">
          {t("app.loadError", { message: list.error.message })}
        </p>
      )}
      {list.data && tokens.length === 0 && <p className="muted">{t("auth.tokens.none")}</p>}
      {tokens.length > 0 && <TokenTable tokens={tokens} onRevoke={setRevoking} />}
      {revoking && (
        <ConfirmDialog
          title={t("auth.tokens.revokeTitle", { name: revoking.name })}
          confirmLabel={t("auth.tokens.revokeConfirm")}
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
          pending={revoke.isPending}
          error={
            revoke.error ? t("auth.tokens.revokeFailed", { message: revoke.error.message }) : null
          }
          testId="revoke-dialog"
        >
          <p>{t("auth.tokens.revokeText")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
