import type { ComponentType, ReactElement } from "react";
import { connectorStory } from "./connectorStory.js";

/** The props a connector story sets from what `connectorStoryLoader` loaded. */
interface ConnectorStoryProps {
  token: unknown;
  baseUrl?: string | undefined;
  registryUrl?: string | undefined;
  connectorId?: string;
}

/**
 * A story `render` for `Component` against the story's sandbox (loaded by `connectorStoryLoader`): its API and
 * registry URLs, the scoped token unless the story's args set one, and, for a component taking a `connectorId`, the
 * first connector created unless the args name one.
 */
export function connectorStoryRender<P extends ConnectorStoryProps>(Component: ComponentType<P>) {
  return (args: P, context: { loaded: Record<string, unknown> }): ReactElement => {
    const { api, scopedToken, connectorIds } = connectorStory(context);
    const props = {
      ...args,
      token: args.token || scopedToken,
      baseUrl: api.baseUrl,
      registryUrl: api.registryUrl,
      ...("connectorId" in args ? { connectorId: args.connectorId || connectorIds[0] } : {}),
    };
    return <Component {...props} />;
  };
}
