// @vitest-environment node
import { getSource, hubspotOAuthTemplate } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { prepareForm } from "./prepareForm.js";
import { prepareSubmission } from "./prepareSubmission.js";

const github = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;
const defaults = { repositories: ["airbytehq/airbyte"], api_url: "https://api.github.com/" };
const prepared = prepareForm(github, { partialDefaultConfig: defaults });
const pat = { option_title: "PAT Credentials", personal_access_token: "ghp_secret" };

describe("prepareSubmission", () => {
  it("sends the user's values only, or merged over the defaults when the flavour sends them", () => {
    const formData = { credentials: pat, branch: "" };
    const user = prepareSubmission({ prepared, formData, flavour: { sendsTemplateDefaults: false } });
    expect(user.errors).toEqual([]);
    expect(user.payload).toEqual({ credentials: pat });
    const merged = prepareSubmission({ prepared, formData, flavour: { sendsTemplateDefaults: true } });
    expect(merged.payload).toEqual({ ...defaults, credentials: pat });
  });

  it("validates the merged config against the full spec (errors are pointers into the config)", () => {
    const result = prepareSubmission({
      prepared,
      formData: { credentials: { option_title: "PAT Credentials" } },
      flavour: { sendsTemplateDefaults: false },
    });
    expect(result.errors.map((e) => e.path)).toEqual(["/credentials/personal_access_token"]);
  });

  it("drops what RJSF seeded but the user never touched (an optional array of empty items)", () => {
    const result = prepareSubmission({
      prepared,
      formData: { credentials: pat, branches: [undefined, ""] },
      flavour: { sendsTemplateDefaults: false },
    });
    expect(result.payload).not.toHaveProperty("branches");
  });

  it("lists the secret values and every string of 4+ characters the user typed, once", () => {
    const result = prepareSubmission({
      prepared,
      formData: { credentials: { ...pat, personal_access_token: "abc" }, branch: "main", start_date: "x" },
      flavour: { sendsTemplateDefaults: false },
    });
    // A secret shorter than 4 characters is still a secret; an ordinary short string is not.
    expect(result.secrets.sort()).toEqual(["PAT Credentials", "abc", "main"].sort());
  });
});

describe("prepareSubmission with values naming another oneOf option than the template's", () => {
  // The template defaults the OAuth option; the server's user spec lists both options without the discriminator.
  const { spec, partialDefaultConfig: oauthDefaults, userConfigSpec } = hubspotOAuthTemplate();
  const form = prepareForm(spec as JSONSchema, {
    partialDefaultConfig: oauthDefaults,
    userConfigSpec: userConfigSpec as JSONSchema,
  });
  const privateApp = { credentials_title: "Private App Credentials", access_token: "pat-na1-initial" };

  it("takes the option the values' discriminator names when the user picked none (a host's initialValues)", () => {
    const result = prepareSubmission({
      prepared: form,
      formData: { credentials: privateApp, start_date: "2024-01-01T00:00:00Z" },
      flavour: { sendsTemplateDefaults: true },
    });
    expect(result.errors).toEqual([]);
    // None of the OAuth option's defaults (the app's keys) is merged back over the Private App values.
    expect(result.config.credentials).toEqual(privateApp);
    expect(result.payload.credentials).toEqual(privateApp);
  });

  it("an explicit pick wins over the values' discriminator", () => {
    const result = prepareSubmission({
      prepared: form,
      formData: { credentials: privateApp, start_date: "2024-01-01T00:00:00Z" },
      flavour: { sendsTemplateDefaults: true },
      choices: { "/credentials": 0 },
    });
    // The OAuth option is kept with its defaults, and its refresh token is missing.
    expect(result.errors.map((e) => e.path)).toEqual(["/credentials/refresh_token"]);
    expect(result.config.credentials).toMatchObject(oauthDefaults.credentials);
  });

  it("keeps the template's option, with its defaults, when the values name it", () => {
    const result = prepareSubmission({
      prepared: form,
      formData: {
        credentials: { credentials_title: "OAuth Credentials", refresh_token: "refresh-1" },
        start_date: "2024-01-01T00:00:00Z",
      },
      flavour: { sendsTemplateDefaults: true },
    });
    expect(result.errors).toEqual([]);
    expect(result.config.credentials).toEqual({ ...oauthDefaults.credentials, refresh_token: "refresh-1" });
  });
});
