// Copies a secret shown once (a temporary password, an access token) to the clipboard; where the
// browser does not allow it (no permission, not a secure context) the field is selected instead,
// so the user can copy it by hand. True when it was copied.
export async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}
