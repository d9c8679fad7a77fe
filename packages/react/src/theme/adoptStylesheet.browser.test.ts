import { afterEach, describe, expect, it } from "vitest";
import { CREDENTIAL_FORM_STYLE_ID, injectStyles } from "./styles.js";

// What a second copy of the library (another bundle on the page) marks its sheets with.
const MARK = Symbol.for("credential-form.stylesheet");

type Marked = CSSStyleSheet & { [MARK]?: string };

function ours(root: Document | ShadowRoot): CSSStyleSheet[] {
  return root.adoptedStyleSheets.filter((sheet: Marked) => sheet[MARK] === CREDENTIAL_FORM_STYLE_ID);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A shadow root in the page holding `<div class="cf-root"><label class="cf-label">`, and that label. */
function shadowWithLabel(): { shadow: ShadowRoot; label: HTMLElement } {
  const host = document.body.appendChild(document.createElement("div"));
  cleanups.push(() => host.remove());
  const shadow = host.attachShadow({ mode: "open" });
  shadow.innerHTML = '<div class="cf-root"><label class="cf-label">Label</label></div>';
  const label = shadow.querySelector<HTMLElement>(".cf-label");
  if (!label) throw new Error("no label");
  return { shadow, label };
}

/** A same-origin iframe whose document is `html`, loaded. */
async function iframe(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement("iframe");
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  frame.srcdoc = html;
  document.body.appendChild(frame);
  cleanups.push(() => frame.remove());
  await loaded;
  return frame;
}

describe("injectStyles in Chromium (constructable stylesheets)", () => {
  it("adopts exactly one sheet into the document, even when called twice, and adds no <style>", () => {
    const hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(".host-rule{color:red}");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostSheet];
    cleanups.push(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostSheet);
    });

    injectStyles();
    injectStyles(document);
    expect(ours(document)).toHaveLength(1);
    // The host's own sheet is kept, ours comes after it.
    expect(document.adoptedStyleSheets.indexOf(hostSheet)).toBeGreaterThanOrEqual(0);
    expect(document.adoptedStyleSheets.indexOf(hostSheet)).toBeLessThan(
      document.adoptedStyleSheets.indexOf(ours(document)[0] as CSSStyleSheet),
    );
    expect(document.getElementById(CREDENTIAL_FORM_STYLE_ID)).toBeNull();

    const label = document.body.appendChild(document.createElement("div"));
    cleanups.push(() => label.remove());
    label.className = "cf-root";
    label.innerHTML = '<label class="cf-label">Label</label>';
    expect(getComputedStyle(label.firstElementChild as Element).fontWeight).toBe("600");
  });

  it("styles a shadow root: one sheet, the host's adopted sheets kept in order, no <style>", () => {
    const { shadow, label } = shadowWithLabel();
    expect(getComputedStyle(label).fontWeight).toBe("400");
    const hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(".cf-label{color:rgb(1, 2, 3)}");
    shadow.adoptedStyleSheets = [hostSheet];

    injectStyles(shadow);
    injectStyles(shadow);
    expect(shadow.adoptedStyleSheets).toHaveLength(2);
    expect(shadow.adoptedStyleSheets[0]).toBe(hostSheet);
    expect(ours(shadow)).toHaveLength(1);
    expect(shadow.querySelector("style")).toBeNull();
    expect(getComputedStyle(label).fontWeight).toBe("600");
    expect(getComputedStyle(label).color).toBe("rgb(1, 2, 3)");
  });

  it("shares one sheet per document between its roots", () => {
    const one = shadowWithLabel().shadow;
    const two = shadowWithLabel().shadow;
    injectStyles(one);
    injectStyles(two);
    injectStyles(document);
    expect(ours(one)[0]).toBeDefined();
    expect(ours(two)[0]).toBe(ours(one)[0]);
    expect(ours(document)[0]).toBe(ours(one)[0]);
  });

  it("does not adopt a duplicate when another copy of the library already adopted its sheet", () => {
    const { shadow, label } = shadowWithLabel();
    const otherCopy: Marked = new CSSStyleSheet();
    otherCopy.replaceSync(".cf-root .cf-label{font-weight:700}");
    otherCopy[MARK] = CREDENTIAL_FORM_STYLE_ID;
    shadow.adoptedStyleSheets = [otherCopy];

    injectStyles(shadow);
    expect(shadow.adoptedStyleSheets).toEqual([otherCopy]);
    expect(getComputedStyle(label).fontWeight).toBe("700");
  });

  it("builds the sheet with an iframe's own CSSStyleSheet (another window's sheet cannot be adopted)", async () => {
    const frame = await iframe('<div class="cf-root"><label class="cf-label">Label</label></div>');
    const doc = frame.contentDocument as Document;
    injectStyles(doc);
    injectStyles(doc);
    expect(ours(doc)).toHaveLength(1);
    expect(doc.querySelector("style")).toBeNull();
    const label = doc.querySelector(".cf-label") as Element;
    expect(frame.contentWindow?.getComputedStyle(label).fontWeight).toBe("600");
  });

  it("styles a document whose Content-Security-Policy is style-src 'self' (where a <style> is blocked)", async () => {
    const frame = await iframe(
      `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">` +
        '<div class="cf-root"><label class="cf-label">Label</label><span class="probe">Probe</span></div>',
    );
    const doc = frame.contentDocument as Document;
    const view = frame.contentWindow as Window;
    // The CSP is in force: an inline <style> is ignored...
    const style = doc.createElement("style");
    style.textContent = ".probe{font-weight:700}";
    doc.head.appendChild(style);
    expect(view.getComputedStyle(doc.querySelector(".probe") as Element).fontWeight).toBe("400");
    // ...and the adopted sheet is not.
    injectStyles(doc);
    expect(view.getComputedStyle(doc.querySelector(".cf-label") as Element).fontWeight).toBe("600");
  });
});
