import type { Route } from "../SandboxContext.js";
import { adminRoutes } from "./adminRoutes.js";
import { agentAuthRoutes } from "./agentAuthRoutes.js";
import { agentTemplateRoutes } from "./agentTemplateRoutes.js";
import { authRoutes } from "./authRoutes.js";
import { connectorRoutes } from "./connectorRoutes.js";
import { oauthRoutes } from "./oauthRoutes.js";
import { registryRoutes } from "./registryRoutes.js";
import { sourceRoutes } from "./sourceRoutes.js";
import { templateRoutes } from "./templateRoutes.js";

/** Every route of the emulator, in matching order (the first of a path's routes with the method wins). */
export const allRoutes: Route[] = [
  ...agentAuthRoutes,
  ...agentTemplateRoutes,
  ...oauthRoutes,
  ...connectorRoutes,
  ...authRoutes,
  ...templateRoutes,
  ...sourceRoutes,
  ...registryRoutes,
  ...adminRoutes,
];
