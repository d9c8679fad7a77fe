import { Fragment, memo, type ReactNode } from "react";

/** Props of {@link Markdown}. */
export interface MarkdownProps {
  /** The markdown text (connector titles and descriptions). Raw HTML is shown as text, never executed. */
  source: string;
  /** Render inline content only (no paragraphs or lists), e.g. inside a `<label>`. @default false */
  inline?: boolean;
  /** Id of the wrapping element, e.g. for `aria-describedby`. */
  id?: string | undefined;
  /** Class of the wrapping element. */
  className?: string | undefined;
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** Returns the URL when it is http(s) or mailto, otherwise null: `javascript:` and friends stay inert. */
function safeUrl(raw: string): string | null {
  const url = raw.trim().replace(/&amp;/g, "&");
  return SAFE_URL.test(url) ? url : null;
}

// One alternation, tried left to right at each position: code, html anchor, markdown link, bold, em, bare URL.
// Every part that could scan far is bounded, or stops at a character that starts another attempt, so the work
// is linear in the text (an unbounded `<a … [\s\S]*?</a>` was cubic on 50 KB of unclosed anchors).
const INLINE =
  /`([^`]+)`|<a\s([^>]{0,1000})>([\s\S]{0,1000}?)<\/a\s*>|\[([^[\]]{1,500})\]\(([^()[\]\s]{1,2048})(?:\s+"[^"]{0,500}")?\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|(?<![\w/])_([^_\s][^_]*)_(?!\w)|(https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?])/g;

const HREF = /\bhref\s*=\s*["']([^"']*)["']/i;

function link(href: string | null, children: ReactNode, key: number, inLink: boolean): ReactNode {
  // Inside a link (a link's label holding a link or URL), only the label: an `<a>` may not contain an `<a>`.
  if (!href || inLink) return <Fragment key={key}>{children}</Fragment>;
  return (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

// Keys only tell siblings apart: each element's index among the elements of its list.
function parseInline(text: string, inLink = false): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(INLINE)) {
    const { index } = match;
    if (index > last) out.push(text.slice(last, index));
    key++;
    const [whole, code, htmlAttributes, htmlText, mdText, mdHref, bold1, bold2, em1, em2, bare] = match;
    // Every group that matched is non-empty, except possibly the anchor's attributes and text.
    const emphasis = bold1 || bold2 || em1 || em2;
    const htmlHref = htmlAttributes === undefined ? undefined : HREF.exec(htmlAttributes)?.[1];
    if (code) out.push(<code key={key}>{code}</code>);
    else if (htmlAttributes !== undefined) {
      if (htmlHref === undefined) out.push(whole);
      else {
        // Inner HTML of an anchor is reduced to its text: tags inside are dropped, never rendered.
        const label = (htmlText ?? "").replace(/<[^>]*>/g, "").trim() || htmlHref;
        out.push(link(safeUrl(htmlHref), parseInline(label, true), key, inLink));
      }
    } else if (mdText && mdHref) out.push(link(safeUrl(mdHref), parseInline(mdText, true), key, inLink));
    else if (emphasis) {
      const Element = bold1 || bold2 ? "strong" : "em";
      out.push(<Element key={key}>{parseInline(emphasis, inLink)}</Element>);
    } else if (bare) out.push(link(safeUrl(bare), bare, key, inLink));
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Lines joined by one space, in linear time (a whitespace-around-newline regex was quadratic on long runs of spaces). */
function inlineText(source: string): string {
  return source
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

const LIST_ITEM = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

function parseBlocks(source: string): ReactNode[] {
  return source
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block, b) => {
      const lines = block.split("\n").filter((line) => line.trim() !== "");
      if (lines.length === 0) return null;
      const items = lines.map((line) => LIST_ITEM.exec(line));
      if (items.every((item) => item !== null)) {
        const List = items[0]?.[1] === undefined ? "ul" : "ol";
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional, parsed from an immutable string
          <List key={b}>
            {items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional, parsed from an immutable string
              <li key={i}>{parseInline(item?.[2] ?? "")}</li>
            ))}
          </List>
        );
      }
      // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional, parsed from an immutable string
      return <p key={b}>{parseInline(lines.map((line) => line.trim()).join(" "))}</p>;
    });
}

/**
 * Renders connector titles and descriptions as a safe subset of markdown (paragraphs, lists, links, code,
 * bold, emphasis) by building React elements; raw HTML is displayed as text and never injected. Memoised: RJSF
 * re-renders every field when the errors change (a submit), and the text to parse has not.
 */
export const Markdown = memo(function Markdown({ source, inline = false, id, className }: MarkdownProps) {
  const Element = inline ? "span" : "div";
  return (
    <Element id={id} className={className}>
      {inline ? parseInline(inlineText(source)) : parseBlocks(source)}
    </Element>
  );
});
