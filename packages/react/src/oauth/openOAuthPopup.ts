/** Size of the consent popup (the providers' consent pages fit in it). */
const WIDTH = 600;
const HEIGHT = 700;

/**
 * Opens an empty, centred ~600×700 popup. Call it synchronously inside the click handler (before any `await`), so
 * that popup blockers see a user gesture; navigate it to the consent URL once known. `null` when it was blocked.
 */
export function openOAuthPopup(win: Window = window, name = "credential-form-oauth"): Window | null {
  const left = Math.max(0, Math.round(win.screenX + (win.outerWidth - WIDTH) / 2));
  const top = Math.max(0, Math.round(win.screenY + (win.outerHeight - HEIGHT) / 2));
  const features = `popup=yes,width=${WIDTH},height=${HEIGHT},left=${left},top=${top}`;
  try {
    return win.open("about:blank", name, features);
  } catch {
    return null;
  }
}
