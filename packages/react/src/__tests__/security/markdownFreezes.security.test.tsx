import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "../../theme/Markdown.js";

/** Link-like descriptions a spec could carry, each of which the old renderer took seconds (or minutes) on. */
const HOSTILE: Record<string, string> = {
  "unclosed markdown links": "[a](".repeat(15_000),
  "open brackets": "[".repeat(60_000),
  "unclosed anchors": "<a href='".repeat(1_500),
  "anchors without </a>": '<a href="#x">'.repeat(5_000),
  "a long URL of dots": `https://a${".".repeat(60_000)}`,
};

// What these texts render to, exactly. How fast is the bench's to measure, not a unit test's (a bound in ms fails on a
// loaded CI machine); a renderer that froze on them again would still be seen in the browser test hostileSpecs.
describe("freezes from spec strings: the markdown renderer", () => {
  it.each(Object.entries(HOSTILE))(
    "renders 60 KB-class %s as the text it is, without a link",
    (_name, source) => {
      const { container, unmount } = render(<Markdown source={source} />);
      expect(container.textContent).toBe(source);
      expect(container.querySelectorAll("a")).toHaveLength(0);
      unmount();
    },
  );

  it("an inline title of 60,000 spaces is joined into one line", () => {
    const { container } = render(<Markdown inline source={`a${" ".repeat(60_000)}b\nc`} />);
    expect(container.textContent).toBe(`a${" ".repeat(60_000)}b c`);
  });
});

describe("nested links never render an <a> inside an <a>", () => {
  it.each([
    ['<a href="https://outer.example">see [inner](https://inner.example)</a>', "https://outer.example"],
    ['<a href="https://outer.example">https://inner.example</a>', "https://outer.example"],
    ["[https://inner.example](https://outer.example)", "https://outer.example"],
    ["[**https://inner.example**](https://outer.example)", "https://outer.example"],
  ])("%s", (source, href) => {
    const { container } = render(<Markdown source={source} />);
    expect(container.querySelectorAll("a a")).toHaveLength(0);
    const links = container.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute("href", href);
    expect(links[0]?.textContent).toContain("inner");
  });
});
