/** Whether a create error says the OAuth secret can no longer be used (expired, or used already). */
export function rejectsOAuthSecret(error: unknown): boolean {
  const text = JSON.stringify({
    message: (error as { message?: unknown })?.message,
    fields: (error as { fieldErrors?: unknown })?.fieldErrors,
    raw: (error as { raw?: unknown })?.raw,
  });
  return /server_side_oauth_secret_id|oauth.?secret|secret.?id/i.test(text);
}
