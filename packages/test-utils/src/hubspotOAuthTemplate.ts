import { getSource } from "./registry.js";

/** What {@link hubspotOAuthTemplate} returns: HubSpot as a template defaulting its OAuth option. */
export interface HubSpotOAuthTemplate {
  /** HubSpot's connection specification, from the registry fixture (a fresh copy). */
  spec: Record<string, unknown>;
  /** The template's defaults: the OAuth option, with the operator's app (client id and secret). */
  partialDefaultConfig: {
    credentials: { credentials_title: string; client_id: string; client_secret: string };
  };
  /**
   * The user spec as the server lists it for such a template: both auth options, each without the
   * `credentials_title` discriminator and the app's keys (and those out of `required`).
   */
  userConfigSpec: Record<string, unknown>;
}

interface OptionSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}

/**
 * HubSpot as a template that defaults the OAuth option, the shape behind the oneOf tests of create and edit: the
 * user schema keeps both options but hides the discriminator, which only the full spec holds.
 * @param clientSecret The defaulted client secret (`MASKED_SECRET` where the server masks it).
 */
export function hubspotOAuthTemplate(clientSecret = "app-secret"): HubSpotOAuthTemplate {
  const spec = structuredClone(getSource("airbyte/source-hubspot").spec.connectionSpecification);
  const userConfigSpec = structuredClone(spec);
  const credentials = (userConfigSpec.properties as Record<string, { oneOf?: OptionSchema[] }>).credentials;
  for (const option of credentials?.oneOf ?? []) {
    const properties = option.properties ?? {};
    for (const key of ["credentials_title", "client_id", "client_secret"]) delete properties[key];
    option.required = (option.required ?? []).filter((key) => key in properties);
  }
  return {
    spec,
    partialDefaultConfig: {
      credentials: {
        credentials_title: "OAuth Credentials",
        client_id: "app-id",
        client_secret: clientSecret,
      },
    },
    userConfigSpec,
  };
}
