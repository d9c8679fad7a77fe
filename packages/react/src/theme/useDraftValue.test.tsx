import { fireEvent, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { field, renderForm, waitForForm, waitForSuccess } from "../test/renderForm.js";

const mock = mockServer();

describe("text widgets keep keystrokes until blur", () => {
  it("submits what was typed when Enter is pressed in the field, without a blur", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-hellobaton" });
    await waitForForm();
    await user.type(field("API Key"), "key-1234");
    await user.type(field("company"), "acme{Enter}");
    await waitForSuccess();
    expect(mock.state.creates[0]?.body.replication_config).toEqual({
      api_key: "key-1234",
      company: "acme",
    });
  });

  it("shows each keystroke at once and hands the value to the form on blur", async () => {
    const user = userEvent.setup();
    renderForm({ connector: "airbyte/source-hellobaton" });
    await waitForForm();
    const company = field("company");
    fireEvent.change(company, { target: { value: "ac" } });
    expect(company).toHaveValue("ac");
    fireEvent.blur(company);
    expect(company).toHaveValue("ac");
    await user.type(field("API Key"), "key-5678");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitForSuccess();
    await waitFor(() =>
      expect(mock.state.creates[0]?.body.replication_config).toEqual({
        api_key: "key-5678",
        company: "ac",
      }),
    );
  });
});
