export type { Authentication } from "./authenticate.js";
export { claims } from "./claims.js";
export type { Fault, FaultController, FaultRule, FaultRuleInput } from "./createFaultController.js";
export { createFaultController, FaultRuleError, parseFaults } from "./createFaultController.js";
export type {
  HandleContext,
  RequestLogEntry,
  Sandbox,
  SandboxOptions,
  SandboxWidgetTokenInput,
} from "./createSandbox.js";
export { createSandbox } from "./createSandbox.js";
export type { IssuedWidgetToken } from "./issueWidgetToken.js";
export { maskSecrets, SECRET_MASK } from "./maskSecrets.js";
export { memoryStore } from "./memoryStore.js";
export { mergeDefaults } from "./mergeDefaults.js";
export type {
  ConnectorSpecification,
  RegistryInput,
  RegistrySource,
  SandboxRegistry,
} from "./SandboxRegistry.js";
export type {
  CreateFlavour,
  SandboxCollection,
  SandboxRecords,
  SandboxStore,
  StoredOrigin,
  StoredSource,
  StoredTemplate,
  StoredWorkspace,
} from "./SandboxStore.js";
export type { TemplateSeed } from "./seedTemplates.js";
export { seedTemplates } from "./seedTemplates.js";
export type { JwtClaims } from "./signJwt.js";
export { signJwt } from "./signJwt.js";
export type { FastApiError, ValidateConfigOptions } from "./validateConfig.js";
export { validateConfig } from "./validateConfig.js";
export type { JwtFailure, JwtVerification, VerifyJwtOptions } from "./verifyJwt.js";
export { verifyJwt } from "./verifyJwt.js";
export { workspaceIdFor } from "./workspaceIdFor.js";
