/** The claim names and values of the tokens the sandbox issues (Airbyte's shapes). */
export const claims = {
  audience: "airbyte-server",
  workspaceScope: "io.airbyte.auth.workspace_scope",
  endUserRole: "EMBEDDED_END_USER",
  endUserType: "io.airbyte.auth.embedded_v1",
  operatorRole: "ORGANIZATION_ADMIN",
  operatorType: "io.airbyte.auth.application_v1",
  /** Set to `"scoped"` on scoped tokens (`POST /api/v1/account/applications/scoped-token`). */
  tokenKind: "token_kind",
  /** The widget token's source template filter (current API). */
  templateTags: "selected_source_template_tags",
  templateTagsMode: "selected_source_template_tags_mode",
} as const;
