/** A decoded Airbyte token: a widget token (base64 envelope) or a bare JWT such as a scoped token. */
export interface WidgetToken {
  /** The JWT to send as `Authorization: Bearer <jwt>`. */
  jwt: string;
  /**
   * The workspace id (UUID) the token is scoped to, from the JWT claim, else from the widget URL; `null` for a bare
   * JWT without the claim (a scoped token's workspace is then read from `scoped-token/info`).
   */
  workspaceId: string | null;
  /** When the JWT expires (`exp` claim), or `null` when it has no `exp`. */
  expiresAt: Date | null;
  /** The `widgetUrl` of the envelope, or `null` for a bare JWT. */
  widgetUrl: string | null;
  /** The `allowedOrigin` query parameter of the widget URL, or `null`. */
  allowedOrigin: string | null;
  /** Every claim of the JWT payload, unverified (the signature key is server-side). */
  claims: Record<string, unknown>;
}
