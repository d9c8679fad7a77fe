import { isPlainObject } from "../shared/isPlainObject.js";
import { longStrings } from "../shared/longStrings.js";
import type { CredentialApiError } from "./CredentialApiError.js";

/** The current API's endpoint that starts a server-side OAuth consent (`{consent_url}`). */
export const OAUTH_INITIATE_PATH = "/api/v1/integrations/connectors/oauth/initiate";

/** Input of `EmbeddedClient.initiateOAuth`. */
export interface InitiateOAuthInput {
  /** The connector to authorise (`connector_type`): its source definition id. */
  connectorType: string;
  /** Where the consent sends the browser back (`redirect_url`); it receives `?secret_id=…` (or `?error=…`). */
  redirectUrl: string;
  /** Values the end user gave before consent (`oauth_input_configuration`, see `toOAuthInputConfiguration`). */
  oauthInputConfiguration?: Record<string, unknown>;
  /** The end user's workspace name (`external_user_id`). @default the client's `workspaceName`, else `scoped-token/info` */
  workspaceName?: string;
  signal?: AbortSignal;
}

/** What `initiateOAuth` returns: the provider's consent page to open (in a popup or by redirect). */
export interface OAuthConsent {
  consentUrl: string;
}

/** What {@link initiateOAuth} needs from the client: its authenticated transport and the workspace name. */
export interface InitiateOAuthTransport {
  post(path: string, body: unknown, secrets: readonly string[], signal?: AbortSignal): Promise<unknown>;
  workspaceName(signal?: AbortSignal): Promise<string>;
  /** The first load's error class (see `ApiKit`). */
  ApiError: typeof CredentialApiError;
}

/** Starts the server-side OAuth flow: `POST …/connectors/oauth/initiate` → the consent URL. */
export async function initiateOAuth(
  transport: InitiateOAuthTransport,
  input: InitiateOAuthInput,
): Promise<OAuthConsent> {
  const { oauthInputConfiguration: inputs, signal } = input;
  const json = await transport.post(
    OAUTH_INITIATE_PATH,
    {
      external_user_id: input.workspaceName ?? (await transport.workspaceName(signal)),
      connector_type: input.connectorType,
      redirect_url: input.redirectUrl,
      oauth_input_configuration: inputs,
    },
    // Pre-consent values may be client secrets (Intercom, Snapchat): keep them out of error messages.
    [...longStrings(inputs)],
    signal,
  );
  const consentUrl = isPlainObject(json) ? json.consent_url : 0;
  if (typeof consentUrl === "string" && /^https?:/i.test(consentUrl)) return { consentUrl };
  throw new transport.ApiError({ code: "bad_response", status: 200, message: "No consent URL." });
}
