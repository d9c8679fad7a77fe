// Not bundled: type-checked only, so every public entry point resolves under both module resolutions.
import { createRegistryClient, type FlavourName, flavours } from "@credential-form/core";
import {
  airbyteTheme,
  type CredentialFormProps,
  connectorSpecQuery,
  credentialFormValidator,
  useCredentialForm,
} from "@credential-form/react";
import { de } from "@credential-form/react/locales/de";
import { en } from "@credential-form/react/locales/en";
import { es } from "@credential-form/react/locales/es";
import { fr } from "@credential-form/react/locales/fr";
import { ja } from "@credential-form/react/locales/ja";
import { ptBR } from "@credential-form/react/locales/pt-BR";
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
  locales: [en, de, fr, es, ptBR, ja],
};

/** A prop type from the package, used the way a partner would. */
export type ConsumerFormProps = Pick<CredentialFormProps, "token" | "template"> & { flavour?: FlavourName };
