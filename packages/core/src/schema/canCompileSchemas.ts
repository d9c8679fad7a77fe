let allowed: boolean | undefined;

/**
 * Whether the page lets code be generated at run time (`new Function`), which ajv needs to compile a schema.
 * A Content-Security-Policy whose `script-src` lacks `'unsafe-eval'` forbids it; validation then goes through
 * `interpretSchema`. Probed once per page (on such a page the probe is the one CSP violation reported).
 */
export function canCompileSchemas(): boolean {
  if (allowed === undefined) {
    try {
      allowed = new Function("return true")() === true;
    } catch {
      allowed = false;
    }
  }
  return allowed;
}
