/** The `type` of the message the OAuth callback page posts to the form's window. */
export const OAUTH_MESSAGE_TYPE = "credential-form:oauth";

/** What the callback page hands the form: the consent's `secret_id`, or its `error`, with the form's `state`. */
export interface OAuthMessage {
  type: typeof OAUTH_MESSAGE_TYPE;
  state: string;
  secretId: string | null;
  /** `access_denied` when the user denied consent; another provider error code; `null` on success. */
  error: string | null;
}

/** Whether `data` is an {@link OAuthMessage} (shape only: origin and state are the receiver's checks). */
export function isOAuthMessage(data: unknown): data is OAuthMessage {
  if (data === null || typeof data !== "object") return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === OAUTH_MESSAGE_TYPE &&
    typeof message.state === "string" &&
    (typeof message.secretId === "string" || message.secretId === null) &&
    (typeof message.error === "string" || message.error === null)
  );
}
