import { waitFor } from "@testing-library/dom";

/** Options of {@link waitForElement}. */
export interface WaitForElementOptions {
  /** How long to wait, in ms. @default 1000 (Testing Library's) */
  timeout?: number;
}

/**
 * Waits until `find` returns an element (a selector is looked up in `scope`) and returns it; fails after the
 * timeout with "no <what> yet".
 */
export function waitForElement<T extends Element>(
  scope: ParentNode,
  find: string | ((scope: ParentNode) => T | null | undefined),
  options: WaitForElementOptions = {},
): Promise<T> {
  const look = typeof find === "string" ? () => scope.querySelector<T>(find) : () => find(scope);
  return waitFor(
    () => {
      const element = look();
      if (!element) throw new Error(`no ${typeof find === "string" ? find : "element"} yet`);
      return element;
    },
    options.timeout === undefined ? {} : { timeout: options.timeout },
  );
}

/** The first `<input>` in `scope` whose value is `value`. */
export function inputWithValue(scope: ParentNode, value: string): HTMLInputElement | undefined {
  return [...scope.querySelectorAll<HTMLInputElement>("input")].find((input) => input.value === value);
}
