// @vitest-environment node
import { type Connector, createEmbeddedClient, type JSONSchema, prepareForm } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import {
  createMockApi,
  getSource,
  hubspotOAuthTemplate,
  mintScopedToken,
  sandboxFetch,
  sandboxTemplate,
} from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { type PlanConnectorUpdateInput, planConnectorUpdate } from "./planConnectorUpdate.js";
import { splitMaskedSecrets } from "./splitMaskedSecrets.js";
import { withoutTemplateDefaults } from "./withoutTemplateDefaults.js";

// What saving an edit sends, over the real Gorgias spec (its `password` is an optional airbyte_secret).
const spec = getSource("airbyte/source-gorgias").spec.connectionSpecification;
const prepared = prepareForm(spec);

const baseline: Connector = {
  id: "c-1",
  name: "Gorgias",
  template: {
    id: "t-1",
    name: "Gorgias",
    sourceDefinitionId: getSource("airbyte/source-gorgias").sourceDefinitionId,
    partialDefaultConfig: {},
  } as Connector["template"],
  config: {
    username: "ops@acme.test",
    password: MASKED_SECRET,
    domain_name: "acme",
    start_date: "2024-01-01T00:00:00Z",
  },
  createdAt: null,
  updatedAt: null,
};

/** The form's data as edit mode starts it (the mask never a value). */
const { values, masked } = splitMaskedSecrets(baseline.config);

/** The save of the Gorgias connector above from `formData`, with the stored secrets `kept` and `cleared`. */
const planGorgias = (
  formData: Record<string, unknown>,
  kept: readonly string[],
  cleared?: readonly string[],
) =>
  planConnectorUpdate({
    prepared,
    formData,
    baseline,
    kept: new Set(kept),
    ...(cleared ? { cleared: new Set(cleared) } : {}),
  });

describe("planConnectorUpdate (what an edit's save sends)", () => {
  it("an untouched form with its optional secret kept sends nothing", () => {
    expect(masked).toEqual(["/password"]);
    const plan = planGorgias(values, masked);
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toBeNull();
  });

  it("a removed optional secret is sent as null, the other fields untouched", () => {
    const plan = planGorgias(values, [], ["/password"]);
    expect(plan.update?.body).toEqual({ replication_config: { password: null } });
  });

  it("a removed secret wins over a value left in the form data; a replaced one is sent as typed", () => {
    const typed = { ...values, password: "new-gorgias-password" };
    const removed = planGorgias(typed, [], ["/password"]);
    expect(removed.update?.body).toEqual({ replication_config: { password: null } });
    const replaced = planGorgias(typed, []);
    expect(replaced.update?.body).toEqual({ replication_config: { password: "new-gorgias-password" } });
    expect(replaced.secrets).toContain("new-gorgias-password");
  });

  it("a required field emptied is a validation error, nothing is sent", () => {
    const { domain_name: _, ...withoutDomain } = values;
    const plan = planGorgias(withoutDomain, masked);
    expect(plan.errors?.map((e) => e.path)).toEqual(["/domain_name"]);
    expect(plan.update).toBeUndefined();
  });

  it("a switched HubSpot option the template's defaults hide the discriminator of sends it and nulls the old keys (#19)", () => {
    // The server's user_config_spec for a template setting the OAuth option's discriminator and app: both options
    // without `credentials_title`, the OAuth one without client_id/client_secret.
    const hubspot = getSource("airbyte/source-hubspot");
    const { partialDefaultConfig, userConfigSpec } = hubspotOAuthTemplate(MASKED_SECRET);
    const oauth: Connector = {
      ...baseline,
      name: "HubSpot",
      template: {
        ...baseline.template,
        partialDefaultConfig,
        sourceDefinitionId: hubspot.sourceDefinitionId,
      },
      config: {
        credentials: { ...partialDefaultConfig.credentials, refresh_token: MASKED_SECRET },
        start_date: "2024-01-01T00:00:00Z",
      },
    };
    const hubspotForm = prepareForm(hubspot.spec.connectionSpecification, {
      partialDefaultConfig,
      userConfigSpec: userConfigSpec as JSONSchema,
    });
    // As edit mode starts: the template's values out, the masks out (kept).
    const start = splitMaskedSecrets(withoutTemplateDefaults(oauth.config, partialDefaultConfig));
    expect(start.masked).toEqual(["/credentials/refresh_token"]);
    const plan = planConnectorUpdate({
      prepared: hubspotForm,
      formData: { ...start.values, credentials: { access_token: "pat-na1-switched" } },
      baseline: oauth,
      kept: new Set(start.masked),
    });
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toEqual({
      replication_config: {
        credentials: {
          credentials_title: "Private App Credentials",
          access_token: "pat-na1-switched",
          client_id: null,
          client_secret: null,
          refresh_token: null,
        },
      },
    });
    expect(plan.secrets).toContain("pat-na1-switched");
  });
});

// HubSpot as the sandbox seeds it: the template defaults the OAuth option (its discriminator and the operator's app),
// so the user schema's options lack `credentials_title`. A connector created with the other option (Private App) is
// shown with that option from its stored config, but no pick is recorded in an edit session that never switched.
describe("planConnectorUpdate of a HubSpot connector stored with the option the template does not default", () => {
  const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");

  /** Creates the connector in an in-process sandbox as a Private App create sends it, and loads it back. */
  async function privateApp() {
    const api = createMockApi();
    const token = await mintScopedToken(api.sandbox, api.baseUrl, "edit-private-app");
    const client = createEmbeddedClient({ token, baseUrl: api.baseUrl, fetch: sandboxFetch(api.sandbox) });
    const { id } = await client.createSource({
      templateId: HUBSPOT.id,
      config: {
        credentials: {
          credentials_title: "Private App Credentials",
          access_token: "pat-na1-stored",
          client_id: null,
          client_secret: null,
        },
        start_date: "2024-01-01T00:00:00Z",
      },
      name: "HubSpot (private app)",
    });
    const stored = await client.getConnector(id);
    const form = prepareForm(getSource("airbyte/source-hubspot").spec.connectionSpecification, {
      partialDefaultConfig: stored.template.partialDefaultConfig,
      userConfigSpec: stored.template.userConfigSpec,
    });
    const start = splitMaskedSecrets(
      withoutTemplateDefaults(stored.config, stored.template.partialDefaultConfig),
    );
    const kept = new Set(start.masked);
    /** The save from `formData`, the stored secrets kept unless `options` say otherwise. */
    const plan = (formData: Record<string, unknown>, options: Partial<PlanConnectorUpdateInput> = {}) =>
      planConnectorUpdate({ prepared: form, formData, baseline: stored, kept, ...options });
    return { stored, start, plan };
  }

  it("the sandbox holds the Private App option alone, and the user schema cannot tell the options apart", async () => {
    const { stored, start } = await privateApp();
    expect(stored.config).toEqual({
      credentials: { credentials_title: "Private App Credentials", access_token: MASKED_SECRET },
      start_date: "2024-01-01T00:00:00Z",
    });
    expect(stored.template.partialDefaultConfig).toMatchObject({
      credentials: { credentials_title: "OAuth Credentials" },
    });
    expect(JSON.stringify(stored.template.userConfigSpec)).not.toContain("credentials_title");
    expect(start.masked).toEqual(["/credentials/access_token"]);
  });

  it("unchanged, with no pick recorded: nothing to save (the template's OAuth option is not merged back)", async () => {
    const { start, plan: planFrom } = await privateApp();
    const plan = planFrom(start.values);
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toBeNull();
  });

  it("an unrelated field changed, no pick recorded: that field alone, no discriminator, no OAuth key, no null", async () => {
    const { start, plan: planFrom } = await privateApp();
    const plan = planFrom({ ...start.values, start_date: "2024-02-01T00:00:00Z" });
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toEqual({ replication_config: { start_date: "2024-02-01T00:00:00Z" } });
    expect(plan.update?.changed).toEqual(["/start_date"]);
  });

  it("the shown option picked explicitly (switched away and back) sends the same: the field alone", async () => {
    const { start, plan: planFrom } = await privateApp();
    const plan = planFrom(
      { ...start.values, start_date: "2024-02-01T00:00:00Z" },
      { choices: new Map([["/credentials", 1]]) },
    );
    expect(plan.update?.body).toEqual({ replication_config: { start_date: "2024-02-01T00:00:00Z" } });
  });

  it("a replaced access token is sent alone under the stored option", async () => {
    const { start, plan: planFrom } = await privateApp();
    const plan = planFrom(
      {
        ...start.values,
        credentials: { credentials_title: "Private App Credentials", access_token: "pat-na1-new" },
      },
      { kept: new Set() },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toEqual({
      replication_config: { credentials: { access_token: "pat-na1-new" } },
    });
    expect(plan.secrets).toContain("pat-na1-new");
  });

  it("a pick of the OAuth option is the user's and wins over the stored one: no consent in edit mode, so an error", async () => {
    const { plan: planFrom } = await privateApp();
    // What the theme's OneOfField hands over on a switch to OAuth: the option's defaults, nothing typed.
    const plan = planFrom(
      { credentials: {}, start_date: "2024-01-01T00:00:00Z" },
      { choices: new Map([["/credentials", 0]]) },
    );
    expect(plan.errors?.map((e) => e.path)).toEqual(["/credentials/refresh_token"]);
    expect(plan.update).toBeUndefined();
  });
});
