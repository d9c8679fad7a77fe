// Not bundled: type-checked only, so every public entry point resolves under both module resolutions.
import { createRegistryClient, type FlavourName, flavours } from "@credential-form/core";
import {
  airbyteTheme,
  type CredentialFormProps,
  connectorSpecQuery,
  credentialFormValidator,
  useCredentialForm,
} from "@credential-form/react";
import * as widget from "@credential-form/react/widget";

/** The names a partner reaches for; the test only needs this file to compile. */
export const publicApi = {
  createRegistryClient,
  flavours,
  airbyteTheme,
  connectorSpecQuery,
  credentialFormValidator,
  useCredentialForm,
  widget,
};

/** A prop type from the package, used the way a partner would. */
export type ConsumerFormProps = Pick<CredentialFormProps, "token" | "template"> & { flavour?: FlavourName };
