import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "./Markdown.js";

describe("Markdown", () => {
  it("renders paragraphs, lists, code, bold, emphasis and safe links", () => {
    const { container } = render(
      <Markdown
        source={
          "First **bold** and *em* with `code`.\n\n- one\n- [two](https://example.com/two)\n\n1. a\n2. b"
        }
      />,
    );
    expect(container.querySelectorAll("p")).toHaveLength(1);
    expect(container.querySelector("strong")).toHaveTextContent("bold");
    expect(container.querySelector("em")).toHaveTextContent("em");
    expect(container.querySelector("code")).toHaveTextContent("code");
    expect(container.querySelectorAll("ul > li")).toHaveLength(2);
    expect(container.querySelectorAll("ol > li")).toHaveLength(2);
    const link = container.querySelector("a");
    expect(link).toHaveAttribute("href", "https://example.com/two");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("turns the HTML anchors of real specs into safe links", () => {
    const { container } = render(
      <Markdown
        source={'generate a <a href="https://github.com/settings/tokens">personal access token</a>.'}
      />,
    );
    const link = container.querySelector("a");
    expect(link).toHaveTextContent("personal access token");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("keeps script, event-handler and javascript: payloads inert", () => {
    const payload =
      '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> ' +
      '[click](javascript:window.__pwned=3) <a href="javascript:alert(1)">x</a> <a href="data:text/html,hi">d</a> ' +
      "<iframe src=https://evil.example></iframe>";
    const { container } = render(<Markdown source={payload} />);
    expect(container.querySelector("script, img, iframe")).toBeNull();
    for (const a of container.querySelectorAll("a"))
      expect(a.getAttribute("href")).toMatch(/^https?:|^mailto:/);
    expect(container.querySelectorAll("a")).toHaveLength(1); // only the bare https URL inside the iframe text
    expect(container.querySelector("[onerror]")).toBeNull();
    expect(container.textContent).toContain("<script>");
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("renders inline content without blocks for labels", () => {
    const { container } = render(<Markdown source={"API **Key**\nsecond line"} inline />);
    expect(container.querySelector("p")).toBeNull();
    expect(container.firstElementChild?.tagName).toBe("SPAN");
    expect(container.textContent).toBe("API Key second line");
  });

  it("allows mailto links", () => {
    const { container } = render(<Markdown source="[mail us](mailto:help@example.com)" />);
    expect(container.querySelector("a")).toHaveAttribute("href", "mailto:help@example.com");
  });
});
