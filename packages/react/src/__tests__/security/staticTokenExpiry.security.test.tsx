import type { TokenError } from "@credential-form/core";
import { makeWidgetToken } from "@credential-form/test-utils";
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useLatestTokenProvider } from "../../useLatestTokenProvider.js";

describe("token errors name the token's real source", () => {
  it("an expired token given as a string is reported as a token, not as a getToken callback", async () => {
    const expired = makeWidgetToken({ exp: Math.floor(Date.now() / 1000) - 60 });
    const { result } = renderHook(() => useLatestTokenProvider(expired));
    const error = (await result.current.provider.get().catch((e: unknown) => e)) as TokenError;
    expect(error).toMatchObject({ name: "TokenError", code: "expired" });
    expect(error.message).not.toMatch(/callback returned/);
    expect(error.message).toMatch(/^The token has expired/);
  });

  it("a callback token keeps the callback wording, and a new string prop is used at once", async () => {
    const fresh = makeWidgetToken({ workspaceId: "ws-fresh" });
    const expired = makeWidgetToken({ exp: Math.floor(Date.now() / 1000) - 60 });
    const { result, rerender } = renderHook(({ token }) => useLatestTokenProvider(token), {
      initialProps: { token: async () => expired } as { token: string | (() => Promise<string>) },
    });
    const error = (await result.current.provider.get().catch((e: unknown) => e)) as TokenError;
    expect(error.message).toMatch(/`getToken` callback returned an expired/);
    rerender({ token: fresh });
    expect((await result.current.provider.get()).workspaceId).toBe("ws-fresh");
  });
});
