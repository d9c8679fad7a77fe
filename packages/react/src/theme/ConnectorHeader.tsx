import type { SourceDefinition, SourceTemplate } from "@credential-form/core";
import { useState } from "react";
import type { CredentialFormMessages } from "../messages.js";
import { safeIconSrc } from "../widget/safeIconSrc.js";
import { Markdown } from "./Markdown.js";
import { monogram } from "./monogram.js";

/** Props of {@link ConnectorHeader}. */
export interface ConnectorHeaderProps {
  /** The source template (its `name`, `icon` and `authTooltip`). */
  template: SourceTemplate | null;
  /** The connector's registry entry (its `name`, `iconUrl` and `documentationUrl`). */
  definition: SourceDefinition | null;
  /** The form's UI strings. */
  messages: CredentialFormMessages;
  /** Id of the connector name, e.g. for `aria-labelledby`. */
  id?: string | undefined;
  /** Language of the UI (BCP 47): an auth tooltip given per language is shown in it when it can be. @default "en" */
  lang?: string | undefined;
}

const HTTP_URL = /^https?:\/\//i;

/**
 * The auth tooltip as text: a string, or an object of strings per language, of which the UI's language (`pt-BR`,
 * else `pt`), else English, else the first one.
 */
function tooltipText(tooltip: SourceTemplate["authTooltip"], lang: string): string | null {
  if (typeof tooltip === "string") return tooltip.trim() || null;
  if (!tooltip || typeof tooltip !== "object") return null;
  const values = Object.values(tooltip).filter((value): value is string => typeof value === "string");
  const text = [lang, lang.split("-")[0] ?? "", "en"]
    .map((code) => (Object.hasOwn(tooltip, code) ? tooltip[code] : undefined))
    .find((value) => typeof value === "string");
  return (text ?? values[0])?.trim() || null;
}

/**
 * What is being connected: the connector's icon (the template's, else the registry's, through the `safeIconSrc`
 * rules; a monogram when neither loads), its name, a link to its setup guide and the template's auth tooltip.
 */
export function ConnectorHeader({ template, definition, messages, id, lang = "en" }: ConnectorHeaderProps) {
  // How many icons failed to load: a broken one falls back to the next one, then to the monogram.
  const [failed, setFailed] = useState(0);
  // An inline template without a name is named after its id: the registry's name reads better then.
  const templateName = template && template.name !== template.id ? template.name : null;
  const name = templateName ?? definition?.name ?? template?.name ?? "";
  const icons = [safeIconSrc(template?.icon), safeIconSrc(definition?.iconUrl)].filter(
    (src): src is string => src !== null,
  );
  const src = icons[failed];
  const docs = definition?.documentationUrl;
  const help = tooltipText(template?.authTooltip, lang);
  if (!name) return null;
  return (
    <div className="cf-header">
      {src ? (
        <img
          className="cf-header-icon"
          src={src}
          alt=""
          width={40}
          height={40}
          decoding="async"
          // Fetched and decoded after the form's first frame (an SVG is instantiated on the main thread).
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setFailed(failed + 1)}
        />
      ) : (
        <span className="cf-header-icon cf-header-monogram" aria-hidden="true">
          {monogram(name)}
        </span>
      )}
      <div className="cf-header-text">
        <p className="cf-header-name" id={id}>
          {name}
        </p>
        {docs && HTTP_URL.test(docs) && (
          <a className="cf-header-docs" href={docs} target="_blank" rel="noopener noreferrer">
            {messages.setupGuide}
            <span className="cf-visually-hidden"> {messages.opensInNewTab}</span>
          </a>
        )}
      </div>
      {help && <Markdown className="cf-header-help cf-description" source={help} />}
    </div>
  );
}
