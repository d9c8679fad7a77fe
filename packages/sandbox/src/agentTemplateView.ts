import { isRecord } from "./isRecord.js";
import { maskSecrets } from "./maskSecrets.js";
import type { SandboxContext } from "./SandboxContext.js";
import type { StoredTemplate } from "./SandboxStore.js";
import { subtractDefaultsFromSpec } from "./subtractDefaultsFromSpec.js";

type Json = Record<string, unknown>;

/** A template as the current API lists it (`GET /api/v1/integrations/templates/sources`). */
export async function agentTemplateSummary(template: StoredTemplate, ctx: SandboxContext): Promise<Json> {
  const source = (await ctx.registry()).byId.get(template.source_definition_id);
  return {
    id: template.id,
    name: template.name,
    icon: template.icon,
    connector_name: source ? source.dockerRepository.replace(/^airbyte\//, "") : null,
    organization_id: null,
    actor_definition_id: template.source_definition_id,
    tags: template.tags ?? [],
    customization: null,
    mode: template.mode ?? "REPLICATION",
    created_at: template.created_at,
    updated_at: template.created_at,
  };
}

/**
 * A template as the current API returns it (`GET …/templates/sources/{id}`): `user_config_spec` is a
 * ConnectorSpecification whose `connectionSpecification` is the connector's spec minus what the template defaults
 * (or the operator's own user spec), with the connector's `advanced_auth`; operator secrets in the defaults masked.
 */
export async function agentTemplateView(template: StoredTemplate, ctx: SandboxContext): Promise<Json> {
  const source = (await ctx.registry()).byId.get(template.source_definition_id);
  const spec = source?.spec.connectionSpecification ?? { type: "object", properties: {} };
  const defaults = template.partial_default_config;
  const own = template.user_config_spec;
  const connectionSpecification = own
    ? isRecord(own.connectionSpecification)
      ? own.connectionSpecification
      : own
    : subtractDefaultsFromSpec(spec, defaults);
  const documentationUrl = source?.spec.documentationUrl;
  const summary = await agentTemplateSummary(template, ctx);
  return {
    id: template.id,
    name: template.name,
    icon: template.icon,
    source_definition_id: template.source_definition_id,
    user_config_spec: {
      documentationUrl: typeof documentationUrl === "string" ? documentationUrl : null,
      connectionSpecification,
      advanced_auth: source?.spec.advanced_auth ?? null,
    },
    partial_default_config: maskSecrets(spec, defaults),
    customization: null,
    tags: summary.tags,
    mode: summary.mode,
    is_experimental: false,
    created_at: template.created_at,
    updated_at: template.created_at,
    auth_tooltip: template.auth_tooltip ?? null,
    connector_name: summary.connector_name,
  };
}
