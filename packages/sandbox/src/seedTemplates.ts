import seed from "../data/templates.json" with { type: "json" };

/** One entry of data/templates.json (or of the `templates` option of `createSandbox`). */
export interface TemplateSeed {
  id: string;
  /** Defaults to the connector's name. */
  name?: string;
  /** The connector, by docker repository (e.g. `airbyte/source-github`) or by `source_definition_id`. */
  docker_repository?: string;
  source_definition_id?: string;
  /** Defaults to an offline monogram of the name (the registry's icon URLs point at Airbyte's CDN). */
  icon?: string | null;
  /** Why this template exists (documentation only). */
  about?: string;
  partial_default_config?: Record<string, unknown>;
  user_config_spec?: Record<string, unknown>;
  /** Tags (current API). */
  tags?: string[];
  /** How the current API splits a create body. @default "REPLICATION" */
  mode?: "DIRECT" | "MULTI" | "REPLICATION";
  /** Authentication guidance (current API). */
  auth_tooltip?: string | Record<string, string> | null;
  /** A user input that, merged with the defaults, is valid for the full spec (used by tests and demos). */
  example_user_config?: Record<string, unknown>;
}

/** The templates seeded from data/templates.json, over real connectors of the registry fixture. */
export const seedTemplates: readonly TemplateSeed[] = (seed as unknown as { templates: TemplateSeed[] })
  .templates;
