// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { createLazyEmbeddedClient } from "../api/createLazyEmbeddedClient.js";
import { flavours } from "../api/flavours.js";
import { onDemand } from "./onDemand.js";

describe("onDemand", () => {
  it("loads once, shares the load, and tries again after a failed one", async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue("module");
    const get = onDemand(load);
    expect(load).not.toHaveBeenCalled();
    await expect(get()).rejects.toThrow("Failed to fetch");
    await expect(Promise.all([get(), get()])).resolves.toEqual(["module", "module"]);
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("createLazyEmbeddedClient", () => {
  it("has its flavour and token provider at once and rejects an unknown flavour as the eager client does", () => {
    const client = createLazyEmbeddedClient({ token: "t", flavour: "partial-user-configs" });
    expect(client.flavour).toBe(flavours["partial-user-configs"]);
    expect(typeof client.tokenProvider.get).toBe("function");
    expect(() => createLazyEmbeddedClient({ token: "t", flavour: "nope" as never })).toThrow(
      "Unknown API flavour.",
    );
  });
});
