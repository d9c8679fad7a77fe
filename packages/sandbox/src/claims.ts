/** The claim names and values of the tokens the sandbox issues (Airbyte's shapes). */
export const claims = {
  audience: "airbyte-server",
  workspaceScope: "io.airbyte.auth.workspace_scope",
  endUserRole: "EMBEDDED_END_USER",
  endUserType: "io.airbyte.auth.embedded_v1",
  operatorRole: "ORGANIZATION_ADMIN",
  operatorType: "io.airbyte.auth.application_v1",
} as const;
