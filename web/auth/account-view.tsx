// /konto: one's own account: changing the password and the personal access tokens for GIS clients.
import { PasswordView } from "./password-view.tsx";

export function AccountView() {
  return <PasswordView />;
}
