/** A decoded Airbyte Embedded widget token. */
export interface WidgetToken {
  /** The JWT to send as `Authorization: Bearer <jwt>`. */
  jwt: string;
  /** The workspace the token is scoped to (from the JWT claim, else from the widget URL). */
  workspaceId: string;
  /** When the JWT expires (`exp` claim), or `null` when it has no `exp`. */
  expiresAt: Date | null;
  /** The `widgetUrl` of the envelope, or `null` for a bare JWT. */
  widgetUrl: string | null;
  /** The `allowedOrigin` query parameter of the widget URL, or `null`. */
  allowedOrigin: string | null;
  /** Every claim of the JWT payload, unverified (the signature key is server-side). */
  claims: Record<string, unknown>;
}
