import { type FlavourName, flavours } from "@credential-form/core";

/** What {@link matchCreateRequest} finds: the flavour of a create call and the body key holding the config. */
export interface CreateRequestMatch {
  flavour: FlavourName;
  configKey: string;
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, "");
}

/** Whether `request` creates a source under `baseUrl` (any API flavour), and which flavour it uses. */
export function matchCreateRequest(request: Request, baseUrl: string): CreateRequestMatch | null {
  if (request.method !== "POST") return null;
  const url = new URL(request.url);
  const base = new URL(baseUrl);
  if (url.origin !== base.origin) return null;
  const path = trimSlash(url.pathname.slice(trimSlash(base.pathname).length));
  for (const name of Object.keys(flavours) as FlavourName[]) {
    const flavour = flavours[name];
    if (trimSlash(flavour.path) === path) return { flavour: name, configKey: flavour.configKey };
  }
  return null;
}
