import { type CreatedSource, createEmbeddedClient } from "@credential-form/core";
import type { MockApi } from "@credential-form/test-utils";
import { expect } from "vitest";
import { answerConsent } from "./oauthConsent.js";

/**
 * A connector of `templateId` created the OAuth way through `api`'s sandbox: consent allowed, then created with the
 * secret id the consent gave (which must be there) and `name`.
 */
export async function createOAuthConnector(
  api: MockApi,
  token: string,
  templateId: string,
  name: string,
): Promise<CreatedSource> {
  const client = createEmbeddedClient({ token, baseUrl: api.baseUrl });
  const template = await client.getSourceTemplate(templateId);
  const { consentUrl } = await client.initiateOAuth({
    connectorType: template.sourceDefinitionId,
    redirectUrl: `${window.location.origin}/oauth-callback.html`,
  });
  const secretId = (await answerConsent(api, consentUrl, "allow")).searchParams.get("secret_id") ?? "";
  expect(secretId).not.toBe("");
  return client.createSource({ templateId, config: {}, name, serverSideOAuthSecretId: secretId });
}
