import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/**
 * Opens the collapsed "More options (n)" section (HubSpot's start date sits there), replaces the start date with
 * `value` and leaves the field, so its draft is committed.
 */
export async function replaceStartDate(user: UserEvent, value: string): Promise<void> {
  await user.click(screen.getByRole("button", { name: /More options/, expanded: false }));
  const startDate = await screen.findByLabelText(/^Start date/i, { selector: "input" });
  await user.clear(startDate);
  await user.type(startDate, value);
  await user.tab();
}
