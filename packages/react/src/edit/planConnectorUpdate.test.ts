// @vitest-environment node
import { type Connector, type JSONSchema, prepareForm } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { planConnectorUpdate } from "./planConnectorUpdate.js";
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

describe("planConnectorUpdate (what an edit's save sends)", () => {
  it("an untouched form with its optional secret kept sends nothing", () => {
    expect(masked).toEqual(["/password"]);
    const plan = planConnectorUpdate({ prepared, formData: values, baseline, kept: new Set(masked) });
    expect(plan.errors).toBeUndefined();
    expect(plan.update?.body).toBeNull();
  });

  it("a removed optional secret is sent as null, the other fields untouched", () => {
    const plan = planConnectorUpdate({
      prepared,
      formData: values,
      baseline,
      kept: new Set(),
      cleared: new Set(["/password"]),
    });
    expect(plan.update?.body).toEqual({ replication_config: { password: null } });
  });

  it("a removed secret wins over a value left in the form data; a replaced one is sent as typed", () => {
    const typed = { ...values, password: "new-gorgias-password" };
    const removed = planConnectorUpdate({
      prepared,
      formData: typed,
      baseline,
      kept: new Set(),
      cleared: new Set(["/password"]),
    });
    expect(removed.update?.body).toEqual({ replication_config: { password: null } });
    const replaced = planConnectorUpdate({ prepared, formData: typed, baseline, kept: new Set() });
    expect(replaced.update?.body).toEqual({ replication_config: { password: "new-gorgias-password" } });
    expect(replaced.secrets).toContain("new-gorgias-password");
  });

  it("a required field emptied is a validation error, nothing is sent", () => {
    const { domain_name: _, ...withoutDomain } = values;
    const plan = planConnectorUpdate({ prepared, formData: withoutDomain, baseline, kept: new Set(masked) });
    expect(plan.errors?.map((e) => e.path)).toEqual(["/domain_name"]);
    expect(plan.update).toBeUndefined();
  });

  it("a switched HubSpot option the template's defaults hide the discriminator of sends it and nulls the old keys (#19)", () => {
    // The server's user_config_spec for a template setting the OAuth option's discriminator and app: both options
    // without `credentials_title`, the OAuth one without client_id/client_secret.
    const hubspot = getSource("airbyte/source-hubspot");
    const partialDefaultConfig = {
      credentials: {
        credentials_title: "OAuth Credentials",
        client_id: "app-id",
        client_secret: MASKED_SECRET,
      },
    };
    const userConfigSpec = structuredClone(hubspot.spec.connectionSpecification) as {
      properties: { credentials: { oneOf: { properties: Record<string, unknown>; required?: string[] }[] } };
    };
    for (const option of userConfigSpec.properties.credentials.oneOf) {
      for (const key of ["credentials_title", "client_id", "client_secret"]) delete option.properties[key];
      option.required = (option.required ?? []).filter((key) => key in option.properties);
    }
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
