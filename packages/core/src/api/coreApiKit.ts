import { API_MESSAGES } from "./API_MESSAGES.js";
import type { ApiKit } from "./ApiKit.js";
import { CredentialApiError } from "./CredentialApiError.js";

/** Core's error class and fallback messages, as the on-demand API client takes them. */
export const coreApiKit: ApiKit = { ApiError: CredentialApiError, messages: API_MESSAGES };
