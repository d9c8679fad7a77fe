import { waitFor } from "@testing-library/react";
import { expect } from "vitest";

/** Waits until `input` is marked invalid, then expects its error message (RJSF's `<id>__error`) to match `message`. */
export async function waitForFieldError(input: HTMLElement, message: RegExp): Promise<void> {
  await waitFor(() => expect(input).toHaveAttribute("aria-invalid", "true"));
  expect(document.getElementById(`${input.id}__error`)?.textContent).toMatch(message);
}
