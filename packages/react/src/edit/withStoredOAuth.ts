import type { UiSchema } from "@rjsf/utils";
import type { OAuthWidgetOptions } from "../oauth/OAuthConnectWidget.js";
import { StoredOAuthWidget } from "./StoredOAuthWidget.js";

/**
 * A form's uiSchema for edit mode: the OAuth option's "Connect with …" button (the node carrying `cfOAuth`) becomes
 * `StoredOAuthWidget`, since an update cannot send a new consent. The rest is shared, not copied.
 */
export function withStoredOAuth(uiSchema: UiSchema): UiSchema;
export function withStoredOAuth(uiSchema: UiSchema | null): UiSchema | null;
export function withStoredOAuth(uiSchema: UiSchema | null): UiSchema | null {
  return uiSchema && (swap(uiSchema) as UiSchema);
}

function swap(node: unknown): unknown {
  if (Array.isArray(node)) {
    const items = node.map(swap);
    return items.some((item, i) => item !== node[i]) ? items : node;
  }
  if (!node || typeof node !== "object") return node;
  const record = node as Record<string, unknown>;
  const options = record["ui:options"] as { cfOAuth?: unknown } | undefined;
  if (options?.cfOAuth) return { ...record, "ui:widget": StoredOAuthWidget };
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    // Options, widgets and fields are values, not uiSchema nodes.
    if (key.startsWith("ui:")) continue;
    const next = swap(record[key]);
    if (next === record[key]) continue;
    if (!copy) {
      copy = {};
      // Own properties (a field may be named `__proto__`).
      for (const name of Object.keys(record))
        Object.defineProperty(copy, name, {
          value: record[name],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    copy[key] = next;
  }
  return copy ?? node;
}

/** The options of the form's OAuth node (the one carrying `cfOAuth`), or `null` when the form has none. */
export function findOAuthOptions(uiSchema: UiSchema | null): OAuthWidgetOptions | null {
  return uiSchema ? find(uiSchema) : null;
}

function find(node: unknown): OAuthWidgetOptions | null {
  if (!node || typeof node !== "object") return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = find(item);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const options = record["ui:options"] as { cfOAuth?: OAuthWidgetOptions } | undefined;
  if (options?.cfOAuth) return options.cfOAuth;
  for (const key of Object.keys(record)) {
    if (key.startsWith("ui:")) continue;
    const found = find(record[key]);
    if (found) return found;
  }
  return null;
}
