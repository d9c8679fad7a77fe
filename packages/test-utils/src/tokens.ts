/** Which base64 alphabet and padding {@link encodeBase64} produces. */
export interface Base64Options {
  /** `standard` uses `+` and `/`, `url` uses `-` and `_`. @default "standard" */
  alphabet?: "standard" | "url";
  /** Keep the trailing `=` padding. @default true */
  padding?: boolean;
}

/** Encodes UTF-8 text as base64 (standard alphabet with padding by default). */
export function encodeBase64(text: string, options: Base64Options = {}): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  let out = btoa(binary);
  if (options.alphabet === "url") out = out.replace(/\+/g, "-").replace(/\//g, "_");
  if (options.padding === false) out = out.replace(/=+$/, "");
  return out;
}

/** Builds a JWT from claims (base64url, no padding). The signature is a fixed placeholder: clients never verify it. */
export function makeJwt(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = { alg: "HS256", typ: "JWT" },
): string {
  const part = (value: unknown) => encodeBase64(JSON.stringify(value), { alphabet: "url", padding: false });
  return `${part(header)}.${part(claims)}.${encodeBase64("not-a-real-signature", { alphabet: "url", padding: false })}`;
}

/** Input of {@link makeWidgetToken}; every field has a realistic default. */
export interface WidgetTokenInput extends Base64Options {
  /** @default "6a7d5bba-1f34-4c41-9a2b-0b6a3c1e2f90" */
  workspaceId?: string;
  /** `exp` claim in seconds since the epoch. @default now + 15 minutes */
  exp?: number;
  /** @default "https://partner.example.com" */
  allowedOrigin?: string;
  /** The end user (`act.sub`). @default "end-user-42" */
  externalUserId?: string;
  /** @default "https://cloud.airbyte.com/embedded-widget" */
  widgetBase?: string;
  /** Put the workspace in the JWT claim. @default true */
  workspaceInClaim?: boolean;
  /** Put the workspace in the widget URL. @default true */
  workspaceInUrl?: boolean;
  /** A different workspace for the widget URL (to build a mismatching token). */
  urlWorkspaceId?: string;
  /** Extra or overriding claims. */
  claims?: Record<string, unknown>;
}

/** The claims Airbyte puts in an embedded widget JWT. */
export function makeWidgetClaims(input: WidgetTokenInput = {}): Record<string, unknown> {
  const workspaceId = input.workspaceId ?? "6a7d5bba-1f34-4c41-9a2b-0b6a3c1e2f90";
  const claims: Record<string, unknown> = {
    aud: "airbyte-server",
    sub: "00000000-0000-0000-0000-00000000e3b0",
    act: { sub: input.externalUserId ?? "end-user-42" },
    roles: ["EMBEDDED_END_USER"],
    iss: "https://cloud.airbyte.com",
    typ: "io.airbyte.auth.embedded_v1",
    exp: input.exp ?? Math.floor(Date.now() / 1000) + 15 * 60,
  };
  if (input.workspaceInClaim !== false) claims["io.airbyte.auth.workspace_scope"] = { workspaceId };
  return { ...claims, ...input.claims };
}

/**
 * A widget token exactly as `POST /v1/embedded/widget_token` returns it in `token`: base64 of
 * `{"token": "<JWT>", "widgetUrl": "…?workspaceId=…&allowedOrigin=…"}`.
 */
export function makeWidgetToken(input: WidgetTokenInput = {}): string {
  const workspaceId = input.workspaceId ?? "6a7d5bba-1f34-4c41-9a2b-0b6a3c1e2f90";
  const allowedOrigin = input.allowedOrigin ?? "https://partner.example.com";
  const params: string[] = [];
  if (input.workspaceInUrl !== false) params.push(`workspaceId=${input.urlWorkspaceId ?? workspaceId}`);
  params.push(`allowedOrigin=${encodeURIComponent(allowedOrigin)}`);
  const widgetUrl = `${input.widgetBase ?? "https://cloud.airbyte.com/embedded-widget"}?${params.join("&")}`;
  const envelope = { token: makeJwt(makeWidgetClaims(input)), widgetUrl };
  return encodeBase64(JSON.stringify(envelope), input);
}
