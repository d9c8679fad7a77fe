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
  if (oauthOptionsOf(record)) return { ...record, "ui:widget": StoredOAuthWidget };
  let copy: Record<string, unknown> | null = null;
  for (const key of childKeys(record)) {
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
  const record = node as Record<string, unknown>;
  const own = Array.isArray(node) ? undefined : oauthOptionsOf(record);
  if (own) return own;
  const children = Array.isArray(node) ? node : childKeys(record).map((key) => record[key]);
  for (const child of children) {
    const found = find(child);
    if (found) return found;
  }
  return null;
}

/** The OAuth button's options when `record` is the form's OAuth node (its `ui:options` carry `cfOAuth`). */
function oauthOptionsOf(record: Record<string, unknown>): OAuthWidgetOptions | undefined {
  return (record["ui:options"] as { cfOAuth?: OAuthWidgetOptions } | undefined)?.cfOAuth;
}

/** The keys of a uiSchema node's children: options, widgets and fields (`ui:…`) are values, not nodes. */
function childKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => !key.startsWith("ui:"));
}
