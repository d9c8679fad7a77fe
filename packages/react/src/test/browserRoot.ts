import type { ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, onTestFinished } from "vitest";

/** A `<div>` in the page and the React root rendering into it. */
export interface MountedRoot {
  container: HTMLDivElement;
  root: Root;
}

/**
 * Before each test of the file: a fresh `<div>` appended to the page and a React root on it, handed to `take`
 * (browser tests keep them in their own `container` and `root`); after the test, the root is unmounted and the
 * `<div>` removed.
 */
export function rootPerTest(take: (mounted: MountedRoot) => void): void {
  let mounted: MountedRoot | null = null;
  beforeEach(() => {
    const container = document.body.appendChild(document.createElement("div"));
    mounted = { container, root: createRoot(container) };
    take(mounted);
  });
  afterEach(() => {
    mounted?.root.unmount();
    mounted?.container.remove();
    mounted = null;
  });
}

/**
 * Renders `element` into a new `<div>` appended to the page (`prepare` may style it first) and returns the `<div>`;
 * unmounted and removed when the test finishes.
 */
export function mount(element: ReactElement, prepare?: (container: HTMLDivElement) => void): HTMLDivElement {
  const container = document.body.appendChild(document.createElement("div"));
  prepare?.(container);
  const root = createRoot(container);
  root.render(element);
  onTestFinished(() => {
    root.unmount();
    container.remove();
  });
  return container;
}
