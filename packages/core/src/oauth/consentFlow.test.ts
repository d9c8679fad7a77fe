// @vitest-environment node
import { createSandbox } from "@credential-form/sandbox";
import { allSources, mintScopedToken, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { createEmbeddedClient } from "../api/createEmbeddedClient.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { normalizeSpec } from "../schema/normalizeSpec.js";
import { parsePointer } from "../schema/parsePointer.js";
import { validateFullConfig } from "../schema/validateFullConfig.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { type OAuthPlan, planOAuth } from "./planOAuth.js";
import { selectOAuthOption } from "./selectOAuthOption.js";
import { toOAuthInputConfiguration } from "./toOAuthInputConfiguration.js";
import { toOAuthSchema } from "./toOAuthSchema.js";

const BASE = "https://api.sandbox.test";
const oauthSources = allSources().filter((s) => isPlainObject(s.spec.advanced_auth));
const templateId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

/** The form the end user sees once OAuth is chosen: the OAuth option only, without the fields OAuth fills. */
function oauthForm(schema: JSONSchema, plan: OAuthPlan): JSONSchema {
  const stripped = toOAuthSchema(schema, plan);
  if (plan.oneOfPath === null) return stripped;
  const copy = structuredClone(stripped);
  let node = copy;
  for (const key of parsePointer(plan.oneOfPath)) node = node.properties?.[key] as JSONSchema;
  node.oneOf = [node.oneOf?.[plan.optionIndex ?? 0] as JSONSchema];
  return copy;
}

describe("every fixture connector with advanced_auth is created through the sandbox's consent flow", () => {
  const sandbox = createSandbox({
    publicUrl: BASE,
    templates: oauthSources.map((s, i) => ({
      id: templateId(i),
      source_definition_id: s.sourceDefinitionId,
      mode: "REPLICATION" as const,
      partial_default_config: {},
    })),
  });
  const fetchSandbox: typeof fetch = (input, init) => sandbox.handle(new Request(input, init));

  it.each(oauthSources.map((s, i) => [s.dockerRepository, i] as const))("%s", async (_name, i) => {
    const token = await mintScopedToken(sandbox, BASE, `oauth-user-${i}`);
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchSandbox });
    const template = await client.getSourceTemplate(templateId(i));
    expect(template.advancedAuth).toBeTruthy();

    const { schema } = normalizeSpec(template.userConfigSpec);
    const plan = planOAuth(schema, template.advancedAuth)!;
    const form = oauthForm(schema, plan);
    // What the end user types: nothing OAuth fills (those fields are not in the form at all).
    const config = selectOAuthOption(plan, sampleValidInput(form, { seed: i }));
    for (const hidden of plan.hiddenPaths) {
      expect(validateFullConfig(form, config).valid).toBe(true);
      expect(JSON.stringify(config)).not.toContain(`"${parsePointer(hidden).at(-1)}":"sandbox-oauth`);
    }
    const inputs = toOAuthInputConfiguration(plan, config);
    expect(inputs.missing).toEqual([]);

    const state = `state-${i}`;
    const { consentUrl } = await client.initiateOAuth({
      connectorType: template.sourceDefinitionId,
      redirectUrl: `https://host.test/oauth-callback.html?state=${state}`,
      oauthInputConfiguration: inputs.configuration,
    });
    const allowed = await fetchSandbox(consentUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=allow",
    });
    const back = new URL(allowed.headers.get("location") ?? "");
    expect(back.searchParams.get("state")).toBe(state);
    const secretId = back.searchParams.get("secret_id")!;
    expect(secretId).toBeTruthy();

    const created = await client
      .createSource({ templateId: template.id, template, config, serverSideOAuthSecretId: secretId })
      .catch((error: { fieldErrors?: unknown }) => {
        throw new Error(`create failed: ${JSON.stringify(error.fieldErrors)} ${JSON.stringify(config)}`);
      });
    expect(created.check?.status).toBe("succeeded");
    const stored = (await sandbox.store.list("sources")).find((s) => s.id === created.id)!;
    // The server filled every field OAuth returns, and the full spec accepts the result.
    for (const path of plan.outputPaths) {
      let value: unknown = stored.configuration;
      for (const key of parsePointer(path)) value = (value as Record<string, unknown>)?.[key];
      expect(value, path).not.toBeUndefined();
    }
    // (The sandbox validated the filled config against the full spec before storing it.)
  });
});
