// @vitest-environment node
import { allSources, getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { normalizeSpec } from "../schema/normalizeSpec.js";
import { parsePointer } from "../schema/parsePointer.js";
import { validateFullConfig } from "../schema/validateFullConfig.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { planOAuth } from "./planOAuth.js";
import { toOAuthInputConfiguration } from "./toOAuthInputConfiguration.js";
import { toOAuthSchema } from "./toOAuthSchema.js";

const oauthSources = allSources().filter((s) => isPlainObject(s.spec.advanced_auth));
const cases = oauthSources.map((s) => [s.dockerRepository, s] as const);

/** The sub-schema at a config pointer, following oneOf options whose properties declare the next key. */
function schemasAt(schema: JSONSchema, pointer: string): JSONSchema[] {
  let nodes: JSONSchema[] = [schema];
  for (const key of parsePointer(pointer)) {
    const next: JSONSchema[] = [];
    for (const node of nodes) {
      for (const candidate of [node, ...((node.oneOf ?? []) as JSONSchema[])]) {
        const child = candidate.properties?.[key];
        if (isPlainObject(child)) next.push(child as JSONSchema);
      }
    }
    nodes = next;
  }
  return nodes;
}

describe("planOAuth over every fixture spec with advanced_auth", () => {
  it("the fixture has OAuth connectors", () => {
    expect(oauthSources.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s: a plan whose paths name fields of the spec", (_name, source) => {
    const { schema } = normalizeSpec(source.spec.connectionSpecification);
    const plan = planOAuth(schema, source.spec.advanced_auth);
    expect(plan).not.toBeNull();
    if (!plan) return;
    const auth = source.spec.advanced_auth as Record<string, unknown>;
    const oauthConfig = auth.oauth_config_specification as Record<string, { properties?: object }>;
    const pathsIn = (name: string) =>
      Object.values(oauthConfig[name]?.properties ?? {}).map(
        (p: { path_in_connector_config: string[] }) => `/${p.path_in_connector_config.join("/")}`,
      );
    const given = pathsIn("oauth_user_input_from_connector_config_specification");
    const filled = [
      ...pathsIn("complete_oauth_output_specification"),
      ...pathsIn("complete_oauth_server_output_specification"),
    ].filter((p) => !given.includes(p));
    // What consent returns and Airbyte's own OAuth app (client id/secret), minus what the user gives first.
    expect([...plan.outputPaths].sort()).toEqual([...new Set(filled)].sort());
    expect(plan.userInputs.map((i) => i.path)).toEqual(given);
    // Every output field OAuth fills is a field of the spec (inside the OAuth option or beside it).
    for (const path of plan.outputPaths) expect(schemasAt(schema, path).length, path).toBeGreaterThan(0);
    for (const input of plan.userInputs) expect(schemasAt(schema, input.path).length).toBeGreaterThan(0);
    if (auth.predicate_key) {
      expect(plan.predicate).toEqual({
        path: `/${(auth.predicate_key as string[]).join("/")}`,
        value: auth.predicate_value,
      });
    }
    if (plan.oneOfPath !== null) {
      const [holder] = schemasAt(schema, plan.oneOfPath);
      const option = ((holder?.oneOf ?? []) as JSONSchema[])[plan.optionIndex ?? -1];
      expect(option).toBeDefined();
      // The other auth methods stay: only the OAuth option loses the fields OAuth fills.
      const stripped = toOAuthSchema(schema, plan);
      const [strippedHolder] = schemasAt(stripped, plan.oneOfPath);
      ((holder?.oneOf ?? []) as JSONSchema[]).forEach((other, i) => {
        if (i !== plan.optionIndex) expect(strippedHolder?.oneOf?.[i]).toBe(other);
      });
    }
  });

  it.each(cases)("%s: the stripped spec hides and no longer requires what OAuth fills", (_name, source) => {
    const { schema } = normalizeSpec(source.spec.connectionSpecification);
    const plan = planOAuth(schema, source.spec.advanced_auth)!;
    const before = JSON.stringify(schema);
    const stripped = toOAuthSchema(schema, plan);
    expect(JSON.stringify(schema)).toBe(before);
    for (const hidden of plan.hiddenPaths) {
      const tokens = parsePointer(hidden);
      const key = tokens[tokens.length - 1] as string;
      const holders = schemasAt(
        stripped,
        tokens
          .slice(0, -1)
          .map((t) => `/${t}`)
          .join(""),
      );
      const option =
        plan.optionIndex === null
          ? holders[0]
          : ((holders[0]?.oneOf as JSONSchema[] | undefined)?.[plan.optionIndex] ?? holders[0]);
      expect(option?.properties?.[key], hidden).toBeUndefined();
      expect(option?.required ?? []).not.toContain(key);
    }
    // Every output is hidden unless it sits outside the object OAuth fills.
    for (const path of plan.outputPaths) {
      const outside = !path.startsWith(`${plan.targetPath}/`);
      expect(plan.hiddenPaths.includes(path), path).toBe(!outside);
    }
  });

  it("GitHub: OAuth is the `OAuth Credentials` option of /credentials; the PAT option stays", () => {
    const { schema } = normalizeSpec(getSource("airbyte/source-github").spec.connectionSpecification);
    const plan = planOAuth(schema, getSource("airbyte/source-github").spec.advanced_auth)!;
    expect(plan).toMatchObject({
      oneOfPath: "/credentials",
      targetPath: "/credentials",
      predicate: { path: "/credentials/option_title", value: "OAuth Credentials" },
      hiddenPaths: ["/credentials/access_token", "/credentials/client_id", "/credentials/client_secret"],
      userInputs: [],
    });
    const stripped = toOAuthSchema(schema, plan);
    const options = stripped.properties?.credentials?.oneOf as JSONSchema[];
    expect(options).toHaveLength(2);
    const pat = options.find((_o, i) => i !== plan.optionIndex);
    expect(pat?.properties?.personal_access_token).toBeDefined();
    // A config choosing OAuth without a token is valid against the stripped spec, not against the full one.
    const config = {
      repositories: ["airbytehq/airbyte"],
      credentials: { option_title: "OAuth Credentials" },
    };
    expect(validateFullConfig(stripped, config).errors.map((e) => e.path)).not.toContain(
      "/credentials/access_token",
    );
    expect(validateFullConfig(schema, config).valid).toBe(false);
  });

  it("Salesforce: no oneOf, the root is filled; `is_sandbox` goes into oauth_input_configuration", () => {
    const source = getSource("airbyte/source-salesforce");
    const { schema } = normalizeSpec(source.spec.connectionSpecification);
    const plan = planOAuth(schema, source.spec.advanced_auth)!;
    expect(plan).toMatchObject({ oneOfPath: null, optionIndex: null, targetPath: "" });
    expect(plan.hiddenPaths).toEqual(["/refresh_token", "/client_id", "/client_secret"]);
    expect(toOAuthInputConfiguration(plan, { is_sandbox: false })).toEqual({
      configuration: { is_sandbox: false },
      missing: [],
    });
    expect(toOAuthSchema(schema, plan).required ?? []).not.toContain("refresh_token");
  });

  it("pre-consent inputs map their config path to their key, and report what is missing", () => {
    const gitlab = getSource("airbyte/source-gitlab");
    const plan = planOAuth(gitlab.spec.connectionSpecification as JSONSchema, gitlab.spec.advanced_auth)!;
    expect(plan.userInputs).toEqual([{ key: "domain", path: "/api_url" }]);
    expect(toOAuthInputConfiguration(plan, { api_url: "gitlab.example.com" })).toEqual({
      configuration: { domain: "gitlab.example.com" },
      missing: [],
    });
    expect(toOAuthInputConfiguration(plan, { api_url: "" })).toEqual({
      configuration: {},
      missing: ["/api_url"],
    });

    const azure = getSource("airbyte/source-azure-blob-storage");
    const azurePlan = planOAuth(azure.spec.connectionSpecification as JSONSchema, azure.spec.advanced_auth)!;
    // A pre-consent field inside the OAuth option stays visible: only outputs are hidden.
    expect(azurePlan.userInputs).toEqual([{ key: "tenant_id", path: "/credentials/tenant_id" }]);
    expect(azurePlan.hiddenPaths).not.toContain("/credentials/tenant_id");
  });

  it("Shopify: the `shop` output is shared with the other auth option, so it stays a field", () => {
    const source = getSource("airbyte/source-shopify");
    const plan = planOAuth(source.spec.connectionSpecification as JSONSchema, source.spec.advanced_auth)!;
    expect(plan.outputPaths).toContain("/shop");
    expect(plan.hiddenPaths).toEqual([
      "/credentials/access_token",
      "/credentials/client_id",
      "/credentials/client_secret",
    ]);
  });

  it("returns null when there is nothing to run or the predicate names no option", () => {
    const github = getSource("airbyte/source-github");
    const schema = github.spec.connectionSpecification as JSONSchema;
    expect(planOAuth(schema, undefined)).toBeNull();
    expect(planOAuth(schema, { auth_flow_type: "oauth2.0" })).toBeNull();
    expect(
      planOAuth(schema, { ...(github.spec.advanced_auth as object), predicate_value: "No such option" }),
    ).toBeNull();
    expect(
      planOAuth(schema, { ...(github.spec.advanced_auth as object), auth_flow_type: "saml" }),
    ).toBeNull();
  });
});
