// Measures what OAuth costs the base entry ({ CredentialForm, useCredentialForm }): the base entry's first load
// as `scripts/bundle-size.mjs --source` measures it, once as is and once with react's `oauth/useOAuthSupport.ts`
// replaced by a no-op hook (`() => null`: no OAuth chunk, no OAuth code in the first load). The difference is the
// OAuth share of the first load. `node scripts/oauth-bundle-share.mjs`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureBundles } from "./bundle-size.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HOOK = path.join(ROOT, "packages/react/src/oauth/useOAuthSupport.ts");
// `loadOAuthModule` is what `connectorSpecQuery` calls to start an OAuth spec's code early.
const NO_OP =
  "export function useOAuthSupport() { return null; }\n" +
  "export function loadOAuthModule() { return Promise.resolve(null); }";

/** Gzip bytes of the base entry's first load (entry chunk and the chunks it imports statically). */
async function baseEntry(replace) {
  const sizes = await measureBundles({ source: true, replace });
  const base = sizes.find((size) => size.budgeted);
  if (!base) throw new Error("bundle-size.mjs measured no budgeted entry");
  return base.gzipBytes;
}

const withOAuth = await baseEntry({});
const without = await baseEntry({ [HOOK]: NO_OP });
console.log(`base entry, first load: ${withOAuth} B gzip`);
console.log(`same, useOAuthSupport a no-op: ${without} B gzip`);
console.log(`OAuth share: ${withOAuth - without} B gzip (budget 512 B)`);
