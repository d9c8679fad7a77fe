import type { EmbeddedClient } from "@credential-form/core";
import { createContext } from "react";

/**
 * An API client shared by the components below (the widget's picker and form): one client, built from the one
 * shared token provider, for every request of the widget.
 */
export const sharedClientContext = createContext<EmbeddedClient | null>(null);
