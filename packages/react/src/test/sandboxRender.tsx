import { storyLoaded } from "@credential-form/test-utils";
import type { ComponentType, ReactElement } from "react";

/** The props a sandbox-backed story sets from what `storyMockApi` loaded. */
interface SandboxProps {
  token: unknown;
  baseUrl?: string | undefined;
  registryUrl?: string | undefined;
}

/**
 * A story `render` for `Component` against the story's sandbox (loaded by `storyMockApi`): its API and registry
 * URLs, and the token the sandbox signed unless the story's args set one.
 */
export function sandboxRender<P extends SandboxProps>(Component: ComponentType<P>) {
  return (args: P, context: { loaded: Record<string, unknown> }): ReactElement => {
    const { api, token } = storyLoaded(context);
    const props = { ...args, token: args.token || token, baseUrl: api.baseUrl, registryUrl: api.registryUrl };
    return <Component {...props} />;
  };
}
