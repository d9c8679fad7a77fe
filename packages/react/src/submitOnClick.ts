import type { MouseEvent } from "react";

/**
 * The click handler of the form's own Submit (and Save) button: submits without the browser's form submission.
 * A click on a submit button first runs the browser's submit preparation, which in Chromium goes over the form's
 * controls and updates style and layout again and again while it does (~40 ms of the first submit's task on a
 * 250-field form, traced), then fires `submit`, on which RJSF re-renders the whole form before it calls `onSubmit`.
 * Cancelling the click skips both. Enter in a field still submits: the browser clicks the form's default button.
 * `getFormProps().onSubmit` stays for a submit that does not come from this button (a host's `requestSubmit()`).
 */
export function submitOnClick(submit: () => unknown): (event: MouseEvent<HTMLButtonElement>) => void {
  return (event) => {
    event.preventDefault();
    void submit();
  };
}
