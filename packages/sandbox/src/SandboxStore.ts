/** The three ways the API creates a source (Airbyte's three endpoints). */
export type CreateFlavour = "partial-user-configs" | "embedded-sources" | "integrations";

/** A created source as stored: the full configuration, secrets included (never echoed back unmasked). */
export interface StoredSource {
  id: string;
  name: string;
  source_definition_id: string;
  workspace_id: string;
  source_template_id: string;
  configuration: Record<string, unknown>;
  created_at: string;
  flavour: CreateFlavour;
  /** Set on the record that replaced an earlier one with the same id (the store is append-only: last wins). */
  updated_at?: string;
  /** Set on the record that deleted the source. */
  deleted?: true;
}

/** A source template (seeded from data/templates.json or added by the operator). */
export interface StoredTemplate {
  id: string;
  name: string;
  icon: string | null;
  source_definition_id: string;
  partial_default_config: Record<string, unknown>;
  user_config_spec?: Record<string, unknown>;
  created_at: string;
  /** Tags (current API; the widget token's tag filter selects on them). */
  tags?: string[];
  /** How the current API splits a create body. @default "REPLICATION" */
  mode?: "DIRECT" | "MULTI" | "REPLICATION";
  /** Authentication guidance shown beside the form: a string or an object of strings. */
  auth_tooltip?: string | Record<string, string> | null;
}

/** The workspace of one end user of one organization. */
export interface StoredWorkspace {
  workspace_id: string;
  organization_id: string;
  external_user_id: string;
  created_at: string;
}

/** An origin a widget token was issued for (used for CORS). */
export interface StoredOrigin {
  workspace_id: string;
  origin: string;
}

/** Record type of each collection. */
export interface SandboxRecords {
  sources: StoredSource;
  templates: StoredTemplate;
  workspaces: StoredWorkspace;
  origins: StoredOrigin;
}

/** Name of one collection. */
export type SandboxCollection = keyof SandboxRecords;

/** Pluggable storage of the emulator: append-only collections (memory, file, …). */
export interface SandboxStore {
  /** Every record of a collection, oldest first (a copy: mutating it does not touch the store). */
  list<C extends SandboxCollection>(collection: C): Promise<SandboxRecords[C][]>;
  /** Appends one record; resolves once it is durable for this store. */
  append<C extends SandboxCollection>(collection: C, record: SandboxRecords[C]): Promise<void>;
  /** Removes every record of a collection. */
  clear(collection: SandboxCollection): Promise<void>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
}
