// Measures what issue #23's hardening costs the base entry ({ CredentialForm, useCredentialForm }): the base entry's
// first load as `scripts/bundle-size.mjs --source` measures it, once as is and once with the hardening modules
// replaced by the no-ops they stand in for (the method bench/README.md describes under "What the hardening (issue
// #23) costs the base entry"). The difference is the hardening's share; the issue allows 1 kB.
// `node scripts/hardening-bundle-share.mjs` (`--each` also prints each module's own share).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureBundles } from "./bundle-size.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const core = (file) => path.join(ROOT, "packages/core/src", file);
const react = (file) => path.join(ROOT, "packages/react/src", file);

/** Each hardening module of the first load and what the code was without it. */
const STUBS = {
  // $ref cycles, unresolvable refs and catastrophic patterns left in the spec.
  [core("schema/dropSpecHazards.ts")]: "export function dropSpecHazards() {}",
  // Every pattern tested as written, by a plain RegExp.
  [core("schema/safeRegExp.ts")]:
    'export function safeRegExp(pattern, flags = "u") { return new RegExp(pattern, flags); }\nsafeRegExp.code = "safeRegExp";',
  [core("schema/loadPatternAnalysis.ts")]:
    "export const loadPatternAnalysis = () => Promise.resolve();\n" +
    "export const loadedPatternAnalysis = () => undefined;\n" +
    "export function isUnsafePattern() { return false; }",
  [core("schema/mayBacktrack.ts")]: "export function mayBacktrack() { return false; }",
  // No depth cut.
  [core("schema/limitSpecDepth.ts")]: "export function limitSpecDepth(spec) { return spec; }",
  // Plain assignment instead of own-property writes and reads.
  [core("shared/setOwn.ts")]: "export function setOwn(target, key, value) { target[key] = value; }",
  [core("shared/getOwn.ts")]: "export function getOwn(target, key) { return target[key]; }",
  // No boundary: a render crash unmounts the host's tree, and so reports nothing.
  [react("FormErrorBoundary.tsx")]: "export function FormErrorBoundary(props) { return props.children; }",
  [react("toRenderError.ts")]: "export async function toRenderError(thrown) { return thrown; }",
};

/** Gzip bytes of the base entry's first load (entry chunk and the chunks it imports statically). */
async function baseEntry(replace) {
  const sizes = await measureBundles({ source: true, replace });
  const base = sizes.find((size) => size.budgeted);
  if (!base) throw new Error("bundle-size.mjs measured no budgeted entry");
  return base.gzipBytes;
}

const whole = await baseEntry({});
const without = await baseEntry(STUBS);
console.log(`base entry, first load: ${whole} B gzip`);
console.log(`same, hardening modules stubbed: ${without} B gzip`);
console.log(`hardening share: ${whole - without} B gzip (issue #23 allows 1,024 B)`);
if (process.argv.includes("--each")) {
  for (const [file, stub] of Object.entries(STUBS)) {
    const alone = await baseEntry({ [file]: stub });
    console.log(`  ${path.relative(ROOT, file)}: ${whole - alone} B`);
  }
}
