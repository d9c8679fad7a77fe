/**
 * The native `submit` events that reach `scope` (capture phase) while `action` runs. The form's own Submit and Save
 * buttons submit from their click (`submitOnClick`), so a click on them must fire none.
 */
export async function submitEventsDuring(scope: EventTarget, action: () => Promise<void>): Promise<Event[]> {
  const events: Event[] = [];
  const record = (event: Event) => void events.push(event);
  scope.addEventListener("submit", record, true);
  try {
    await action();
  } finally {
    scope.removeEventListener("submit", record, true);
  }
  return events;
}
