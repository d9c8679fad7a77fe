import { isPlainObject } from "../shared/isPlainObject.js";
import { decodeBase64 } from "./decodeBase64.js";
import { TokenError, type TokenErrorCode } from "./TokenError.js";
import type { WidgetToken } from "./WidgetToken.js";

const WORKSPACE_SCOPE_CLAIM = "io.airbyte.auth.workspace_scope";
const JWT_PART = /^[\w-]*={0,2}$/;

/** Throws a {@link TokenError} whose message is "The widget token" followed by `problem`. */
function fail(code: TokenErrorCode, problem: string): never {
  throw new TokenError(code, `The widget token${problem}`);
}

/** The JSON object `text` holds, else `null` (a `null` text parses as JSON `null`: not an object either). */
function parseJsonObject(text: string | null): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text!);
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * Decodes a widget token (the base64 JSON envelope `{token, widgetUrl}` of `POST …/applications/widget-token`) or
 * a bare JWT such as a scoped token (`POST …/applications/scoped-token`). Throws a {@link TokenError} that never
 * quotes the input.
 */
export function decodeWidgetToken(raw: string): WidgetToken {
  const input = nonEmptyString(raw) ?? fail("empty", " is empty.");
  let jwt = input;
  let widgetUrl: string | null = null;
  // Neither base64 alphabet contains a dot, and a JWT always does: that tells the two forms apart.
  if (!input.includes(".")) {
    const text = decodeBase64(input) ?? fail("not_base64", " is neither base64 nor a JWT.");
    const envelope = parseJsonObject(text) ?? fail("not_json", " does not decode to a JSON object.");
    jwt = nonEmptyString(envelope.token) ?? fail("missing_token", " envelope has no `token` field.");
    widgetUrl = nonEmptyString(envelope.widgetUrl);
  }

  const parts = jwt.split(".");
  if (parts.length !== 3) fail("malformed_jwt", `'s JWT has ${parts.length} parts instead of 3.`);
  if (!parts.every((part) => JWT_PART.test(part))) {
    fail("malformed_jwt", "'s JWT contains characters outside base64url.");
  }
  const [, claims] = ["header", "payload"].map(
    (name, i) =>
      parseJsonObject(decodeBase64(parts[i]!)) ??
      fail("malformed_jwt", `'s JWT ${name} is not base64url-encoded JSON.`),
  ) as [unknown, Record<string, unknown>];

  const scope = claims[WORKSPACE_SCOPE_CLAIM];
  const claimWorkspace = isPlainObject(scope) ? nonEmptyString(scope.workspaceId) : null;
  let urlWorkspace: string | null = null;
  let allowedOrigin: string | null = null;
  if (widgetUrl !== null && URL.canParse(widgetUrl)) {
    const params = new URL(widgetUrl).searchParams;
    urlWorkspace = params.get("workspaceId") || null;
    allowedOrigin = params.get("allowedOrigin") || null;
  }
  if (claimWorkspace && urlWorkspace && claimWorkspace !== urlWorkspace) {
    fail("workspace_mismatch", "'s JWT and widget URL name different workspaces; request a new token.");
  }
  // A widget token's envelope always names its workspace. A bare JWT may not (a scoped token need not carry the
  // claim): its client learns the workspace from `scoped-token/info`.
  const workspaceId =
    claimWorkspace ??
    urlWorkspace ??
    (widgetUrl === null ? null : fail("no_workspace", " does not name a workspace."));
  const expiry = new Date(typeof claims.exp === "number" ? claims.exp * 1000 : NaN);
  return {
    jwt,
    workspaceId,
    expiresAt: Number.isNaN(+expiry) ? null : expiry,
    widgetUrl,
    allowedOrigin,
    claims,
  };
}
