import type { JSONSchema, PreparedForm } from "@credential-form/core";
import type { OAuthPlan } from "@credential-form/core/oauth";
import type { UiSchema } from "@rjsf/utils";

const keysOf = (pointer: string): string[] => pointer.split("/").slice(1);

/** The child uiSchema under `key`, created when missing (an own property: a field may be named `__proto__`). */
function child(node: UiSchema, key: string): UiSchema {
  if (!Object.hasOwn(node, key)) {
    Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
  }
  return node[key] as UiSchema;
}

/** Whether the (user) schema still has a oneOf at a config pointer. */
function hasOneOf(schema: JSONSchema, pointer: string): boolean {
  let node: JSONSchema | undefined = schema;
  for (const key of keysOf(pointer)) node = node?.properties?.[key] as JSONSchema | undefined;
  return Array.isArray(node?.oneOf);
}

/** Input of {@link buildOAuthUiSchema}. */
export interface BuildOAuthUiSchemaInput {
  prepared: PreparedForm;
  plan: OAuthPlan;
  /** The config pointer whose field shows the OAuth button. */
  widgetPath: string;
  /** The uiSchema of the OAuth button's field. */
  widget: UiSchema;
}

/**
 * The OAuth part of a form's uiSchema, a patch to merge over the prepared one with `mergeUiSchema` (which merges
 * a oneOf's options one by one): the fields the server fills hidden, the button in place of the first one, and the
 * OAuth object and pre-consent fields taken out of the collapsed "Optional fields" sections on their way
 * (`ui:options.optionalFields`), so the button is not hidden.
 */
export function buildOAuthUiSchema(input: BuildOAuthUiSchemaInput): UiSchema {
  const { prepared, plan } = input;
  const base = prepared.uiSchema as unknown as UiSchema;
  const patch: UiSchema = {};
  // The OAuth option's fields are under `oneOf[i]` of the object holding the oneOf; the template's defaults may
  // have chosen the option already, and the user schema then has no oneOf there.
  const collapsed = plan.oneOfPath !== null && !hasOneOf(prepared.schema as JSONSchema, plan.oneOfPath);
  const optionAt = plan.optionIndex === null || collapsed ? -1 : keysOf(plan.targetPath).length;
  for (const path of plan.hiddenPaths) {
    const keys = keysOf(path);
    let node = patch;
    for (let depth = 0; depth <= keys.length; depth++) {
      if (depth === optionAt) {
        const index = plan.optionIndex as number;
        const options: UiSchema[] = node.oneOf ?? [];
        node.oneOf = options;
        for (let i = options.length; i <= index; i++) options.push({});
        node = options[index] as UiSchema;
      }
      if (depth < keys.length) node = child(node, keys[depth] as string);
    }
    Object.assign(node, path === input.widgetPath ? input.widget : { "ui:widget": "hidden" });
  }
  for (const pointer of [plan.targetPath, ...plan.userInputs.map((i) => i.path)]) {
    const keys = keysOf(pointer);
    let from: UiSchema | undefined = base;
    let node = patch;
    keys.forEach((key, depth) => {
      // The list as another pointer already shortened it, else the prepared one.
      const current = node["ui:options"] as { optionalFields?: unknown } | undefined;
      const optional =
        current?.optionalFields ?? (from?.["ui:options"] as typeof current | undefined)?.optionalFields;
      if (Array.isArray(optional) && optional.includes(key)) {
        node["ui:options"] = { ...current, optionalFields: optional.filter((name) => name !== key) };
      }
      if (depth < keys.length - 1) {
        node = child(node, key);
        from = from?.[key] as UiSchema | undefined;
      }
    });
  }
  return patch;
}
