import type { SourceTemplateSummary } from "@credential-form/core";
import { type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { errorMessage } from "../errorMessage.js";
import { monogram } from "../theme/monogram.js";
import { adoptWidgetStyles } from "./adoptWidgetStyles.js";
import { safeIconSrc } from "./safeIconSrc.js";
import { type UseSourceTemplatesOptions, useSourceTemplates } from "./useSourceTemplates.js";
import { type CredentialWidgetAllMessages, defaultWidgetMessages } from "./widgetMessages.js";

/** Props of {@link SourceTemplatePicker}. */
export interface SourceTemplatePickerProps extends UseSourceTemplatesOptions {
  /** Called with the template the user chooses (click, Enter or Space). */
  onSelect: (template: SourceTemplateSummary) => void;
  /** Id of the template to mark as current. @default null */
  selectedId?: string | null;
  /** UI strings, merged over the locale's (single keys win over the locale pack). */
  messages?: Partial<CredentialWidgetAllMessages>;
  /** A locale pack (`@credential-form/react/locales/<code>`). @default English */
  locale?: CredentialFormLocale;
  /** Class added to the root element (which always has `cf-root cf-widget cf-picker`). */
  className?: string;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function matches(template: SourceTemplateSummary, terms: string[]): boolean {
  const name = fold(template.name);
  return terms.every((term) => name.includes(term));
}

function TemplateIcon({ template }: { template: SourceTemplateSummary }) {
  const src = safeIconSrc(template.icon);
  const [broken, setBroken] = useState(false);
  if (src === null || broken) {
    return (
      <span className="cf-picker-icon cf-picker-monogram" aria-hidden="true">
        {monogram(template.name)}
      </span>
    );
  }
  return (
    <img
      className="cf-picker-icon"
      src={src}
      alt=""
      width={32}
      height={32}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setBroken(true)}
    />
  );
}

/**
 * Lists the workspace's source templates (icon and name) with a search filter and keyboard navigation
 * (arrow keys, Home/End, Enter), plus loading, empty and error (Retry) states.
 */
export function SourceTemplatePicker(props: SourceTemplatePickerProps) {
  const {
    onSelect,
    selectedId = null,
    className,
    colorScheme,
    messages: overrides,
    locale,
    ...options
  } = props;
  const messages = useMemo(
    () => ({ ...defaultWidgetMessages, ...locale?.messages, ...overrides }),
    [locale, overrides],
  );
  const { status, templates, error, retry } = useSourceTemplates(options);
  const [query, setQuery] = useState("");
  // null: nothing moved yet (since the last filter change), so the roving stop is the current template or the first.
  const [active, setActive] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const optionRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  const visible = useMemo(() => {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    return terms.length === 0 ? templates : templates.filter((t) => matches(t, terms));
  }, [templates, query]);
  const selectedIndex = visible.findIndex((t) => t.id === selectedId);
  const activeIndex = Math.max(0, Math.min(active ?? selectedIndex, visible.length - 1));

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, visible.length - 1));
    setActive(next);
    optionRefs.current[next]?.focus();
  };
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && visible.length > 0) {
      event.preventDefault();
      moveTo(activeIndex);
    }
  };
  const onOptionKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    let target: number | "search";
    switch (event.key) {
      case "ArrowDown":
      case "ArrowRight":
        target = index + 1;
        break;
      case "ArrowUp":
        target = index === 0 ? "search" : index - 1;
        break;
      case "ArrowLeft":
        target = index - 1;
        break;
      case "Home":
        target = 0;
        break;
      case "End":
        target = visible.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target === "search") searchRef.current?.focus();
    else moveTo(target);
  };

  let body: React.ReactNode;
  if (status === "loading") {
    body = (
      <div className="cf-skeleton" aria-busy="true">
        <span className="cf-visually-hidden">{messages.loadingTemplates}</span>
        <div className="cf-skeleton-line" aria-hidden="true" />
        <div className="cf-skeleton-line" aria-hidden="true" />
      </div>
    );
  } else if (status === "error") {
    body = (
      <div role="alert" className="cf-alert">
        <span>{errorMessage(error, messages, messages.templatesLoadError)}</span>
        <button type="button" className="cf-button" onClick={retry}>
          {messages.retry}
        </button>
      </div>
    );
  } else if (templates.length === 0) {
    body = <p className="cf-picker-empty">{messages.noTemplates}</p>;
  } else if (visible.length === 0) {
    body = <p className="cf-picker-empty">{messages.noMatches(query.trim())}</p>;
  } else {
    body = (
      <ul className="cf-picker-list" aria-label={messages.templateList} id={`${id}-list`}>
        {visible.map((template, index) => (
          <li key={template.id}>
            <button
              ref={(element) => {
                optionRefs.current[index] = element;
              }}
              type="button"
              className="cf-picker-option"
              tabIndex={index === activeIndex ? 0 : -1}
              aria-current={template.id === selectedId ? "true" : undefined}
              data-template-id={template.id}
              onClick={() => onSelect(template)}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onOptionKeyDown(event, index)}
            >
              <TemplateIcon template={template} />
              <span className="cf-picker-name">{template.name}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div
      ref={adoptWidgetStyles}
      className={["cf-root", "cf-widget", "cf-picker", className].filter(Boolean).join(" ")}
      data-status={status}
      data-theme={colorScheme}
    >
      <div className="cf-field cf-picker-search">
        <label className="cf-label" htmlFor={`${id}-search`}>
          {messages.search}
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-controls={status === "success" && visible.length > 0 ? `${id}-list` : undefined}
          data-autofocus=""
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(null);
          }}
          onKeyDown={onSearchKeyDown}
        />
      </div>
      {body}
      <p role="status" className="cf-visually-hidden">
        {status === "success" && templates.length > 0 ? messages.templateCount(visible.length) : ""}
      </p>
    </div>
  );
}
