/** The id RJSF gives the field at `path`: the form's id prefix and the path, joined by `_`. */
export function fieldId(idPrefix: string, path: readonly string[]): string {
  return [idPrefix, ...path].join("_");
}
