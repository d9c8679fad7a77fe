import type { SourceDefinition, SourceTemplate } from "@credential-form/core";
import {
  createOAuthController,
  type OAuthController,
  type OAuthControllerInput,
} from "./createOAuthController.js";

/** Input of {@link createFormOAuthController}: what `useOAuthSupport` has at hand. */
export interface FormOAuthControllerInput
  extends Pick<
    OAuthControllerInput,
    "client" | "prepared" | "advancedAuth" | "messages" | "redirectUrl" | "mode" | "core"
  > {
  /** The form's current data (as last committed by RJSF), kept up to date by the hook. */
  formData: { readonly current: Record<string, unknown> };
  template: SourceTemplate | null;
  definition: SourceDefinition;
}

/**
 * {@link createOAuthController} for a form's template and connector definition: the mapping lives in the OAuth
 * chunk, so the base bundle (`useOAuthSupport`) only hands over what it has.
 */
export function createFormOAuthController(input: FormOAuthControllerInput): OAuthController | null {
  const { template, definition, formData, ...rest } = input;
  return createOAuthController({
    ...rest,
    getFormData: () => formData.current,
    sourceDefinitionId: definition.sourceDefinitionId,
    connectorName: definition.name,
    icon: template?.icon ?? null,
    templateId: template?.id,
  });
}
