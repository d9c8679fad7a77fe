import { isPlainObject } from "../shared/isPlainObject.js";
import { decodeBase64 } from "./decodeBase64.js";
import { TokenError } from "./TokenError.js";
import type { WidgetToken } from "./WidgetToken.js";

const WORKSPACE_SCOPE_CLAIM = "io.airbyte.auth.workspace_scope";
const JWT_PART = /^[A-Za-z0-9_-]*={0,2}$/;

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

function decodeJwtClaims(jwt: string): Record<string, unknown> {
  const parts = jwt.split(".");
  if (parts.length !== 3) {
    throw new TokenError("malformed_jwt", `The widget token's JWT has ${parts.length} parts instead of 3.`);
  }
  const [header = "", payload = "", signature = ""] = parts;
  if (![header, payload, signature].every((part) => JWT_PART.test(part))) {
    throw new TokenError("malformed_jwt", "The widget token's JWT contains characters outside base64url.");
  }
  const headerText = decodeBase64(header);
  if (headerText === null || parseJsonObject(headerText) === null) {
    throw new TokenError("malformed_jwt", "The widget token's JWT header is not base64url-encoded JSON.");
  }
  const payloadText = decodeBase64(payload);
  const claims = payloadText === null ? null : parseJsonObject(payloadText);
  if (claims === null) {
    throw new TokenError("malformed_jwt", "The widget token's JWT payload is not base64url-encoded JSON.");
  }
  return claims;
}

function readWidgetUrl(widgetUrl: string | null): {
  workspaceId: string | null;
  allowedOrigin: string | null;
} {
  if (widgetUrl === null || !URL.canParse(widgetUrl)) return { workspaceId: null, allowedOrigin: null };
  const params = new URL(widgetUrl).searchParams;
  return {
    workspaceId: params.get("workspaceId") || null,
    allowedOrigin: params.get("allowedOrigin") || null,
  };
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * Decodes the `token` returned by `POST /v1/embedded/widget_token` (a base64 JSON envelope holding the
 * JWT and the widget URL) or a bare JWT. Throws a {@link TokenError} that never quotes the input.
 */
export function decodeWidgetToken(raw: string): WidgetToken {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new TokenError("empty", "The widget token is empty.");
  }
  const input = raw.trim();
  let jwt: string;
  let widgetUrl: string | null = null;
  // Neither base64 alphabet contains a dot, and a JWT always does: that tells the two forms apart.
  if (input.includes(".")) {
    jwt = input;
  } else {
    const text = decodeBase64(input);
    if (text === null) {
      throw new TokenError("not_base64", "The widget token is neither base64 nor a JWT.");
    }
    const envelope = parseJsonObject(text);
    if (envelope === null) {
      throw new TokenError("not_json", "The widget token does not decode to a JSON object.");
    }
    const token = nonEmptyString(envelope.token);
    if (token === null) {
      throw new TokenError("missing_token", "The widget token envelope has no `token` field.");
    }
    jwt = token;
    widgetUrl = nonEmptyString(envelope.widgetUrl);
  }

  const claims = decodeJwtClaims(jwt);
  const scope = claims[WORKSPACE_SCOPE_CLAIM];
  const claimWorkspace = isPlainObject(scope) ? nonEmptyString(scope.workspaceId) : null;
  const fromUrl = readWidgetUrl(widgetUrl);
  if (claimWorkspace !== null && fromUrl.workspaceId !== null && claimWorkspace !== fromUrl.workspaceId) {
    throw new TokenError(
      "workspace_mismatch",
      "The widget token's JWT and widget URL name different workspaces; request a new token.",
    );
  }
  const workspaceId = claimWorkspace ?? fromUrl.workspaceId;
  if (workspaceId === null) {
    throw new TokenError("no_workspace", "The widget token does not name a workspace.");
  }
  const exp = claims.exp;
  const expiry = typeof exp === "number" ? new Date(exp * 1000) : null;
  const expiresAt = expiry !== null && Number.isFinite(expiry.getTime()) ? expiry : null;
  return { jwt, workspaceId, expiresAt, widgetUrl, allowedOrigin: fromUrl.allowedOrigin, claims };
}
