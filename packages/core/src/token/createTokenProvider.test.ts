// @vitest-environment node
import { makeWidgetToken } from "@credential-form/test-utils";
import { describe, expect, it, vi } from "vitest";
import { createTokenProvider } from "./createTokenProvider.js";
import { isTokenProvider } from "./isTokenProvider.js";
import { TokenError } from "./TokenError.js";

const NOW = 1_800_000_000_000;

function clock(start = NOW) {
  let t = start;
  return {
    now: () => t,
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
}

describe("createTokenProvider with a callback", () => {
  it("fetches on first use only and reuses the token while it is fresh", async () => {
    const c = clock();
    const getToken = vi.fn(async () => makeWidgetToken({ exp: NOW / 1000 + 600 }));
    const provider = createTokenProvider(getToken, { now: c.now });
    expect(getToken).not.toHaveBeenCalled();
    const first = await provider.get();
    c.advance(500);
    expect(await provider.get()).toBe(first);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it("refreshes when fewer than refreshLeewaySeconds remain", async () => {
    const c = clock();
    let n = 0;
    const getToken = vi.fn(async () =>
      makeWidgetToken({ exp: c.now() / 1000 + 600, externalUserId: `u${++n}` }),
    );
    const provider = createTokenProvider(getToken, { now: c.now, refreshLeewaySeconds: 120 });
    const first = await provider.get();
    c.advance(479);
    expect(await provider.get()).toBe(first);
    c.advance(2);
    const second = await provider.get();
    expect(second).not.toBe(first);
    expect(second.claims.act).toEqual({ sub: "u2" });
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("uses the default 60 s leeway", async () => {
    const c = clock();
    const getToken = vi.fn(async () => makeWidgetToken({ exp: c.now() / 1000 + 300 }));
    const provider = createTokenProvider(getToken, { now: c.now });
    await provider.get();
    c.advance(239);
    await provider.get();
    expect(getToken).toHaveBeenCalledTimes(1);
    c.advance(2);
    await provider.get();
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("shares one refresh between concurrent callers (single flight)", async () => {
    let resolve: (value: string) => void = () => {};
    const getToken = vi.fn(
      () =>
        new Promise<string>((r) => {
          resolve = r;
        }),
    );
    const provider = createTokenProvider(getToken);
    const calls = [provider.get(), provider.get(), provider.get()];
    resolve(makeWidgetToken());
    const tokens = await Promise.all(calls);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(new Set(tokens).size).toBe(1);
  });

  it("refetches after invalidate()", async () => {
    const getToken = vi.fn(async () => makeWidgetToken());
    const provider = createTokenProvider(getToken);
    const first = await provider.get();
    provider.invalidate();
    const second = await provider.get();
    expect(second).not.toBe(first);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("wraps a rejecting callback in TokenError fetch_failed, drops its cause (it may quote the token), and retries on the next get()", async () => {
    const raw = makeWidgetToken();
    const getToken = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error(`backend said no for ${raw}`))
      .mockResolvedValueOnce(raw);
    const provider = createTokenProvider(getToken);
    const error = await provider.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ code: "fetch_failed" });
    expect((error as Error).cause).toBeUndefined();
    expect((error as Error).message).not.toContain(raw.slice(0, 16));
    expect((await provider.get()).jwt).toBeTruthy();
  });

  it("rejects a callback resolving to something else than a string, or to an expired token", async () => {
    const c = clock();
    const bad = createTokenProvider((async () => 42) as unknown as () => Promise<string>);
    await expect(bad.get()).rejects.toMatchObject({ code: "fetch_failed" });
    const expired = createTokenProvider(async () => makeWidgetToken({ exp: NOW / 1000 - 1 }), { now: c.now });
    await expect(expired.get()).rejects.toMatchObject({ code: "expired" });
  });

  it("does not hammer the backend with tokens shorter-lived than the leeway", async () => {
    const c = clock();
    const getToken = vi.fn(async () => makeWidgetToken({ exp: c.now() / 1000 + 30 }));
    const provider = createTokenProvider(getToken, { now: c.now });
    await provider.get();
    await provider.get();
    c.advance(10);
    await provider.get();
    expect(getToken).toHaveBeenCalledTimes(1);
    c.advance(6);
    await provider.get();
    expect(getToken).toHaveBeenCalledTimes(2);
  });
});

describe("createTokenProvider with a static string", () => {
  it("decodes it and serves it until it expires", async () => {
    const c = clock();
    const provider = createTokenProvider(makeWidgetToken({ exp: NOW / 1000 + 10 }), { now: c.now });
    expect((await provider.get()).expiresAt?.getTime()).toBe(NOW + 10_000);
    provider.invalidate();
    c.advance(9);
    await expect(provider.get()).resolves.toBeTruthy();
  });

  it("reports expiry with TokenError expired telling the host to pass a getToken callback", async () => {
    const c = clock();
    const raw = makeWidgetToken({ exp: NOW / 1000 + 10 });
    const provider = createTokenProvider(raw, { now: c.now });
    c.advance(10);
    const error = await provider.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ code: "expired" });
    expect((error as Error).message).toMatch(/getToken/);
    expect((error as Error).message).not.toContain(raw.slice(0, 16));
  });

  it("rejects a malformed static token with its decode error", async () => {
    await expect(createTokenProvider("nope nope").get()).rejects.toMatchObject({ code: "not_base64" });
  });
});

describe("isTokenProvider", () => {
  it("tells providers from token sources", () => {
    expect(isTokenProvider(createTokenProvider("x"))).toBe(true);
    expect(isTokenProvider("x")).toBe(false);
    expect(isTokenProvider(async () => "x")).toBe(false);
    expect(isTokenProvider(null)).toBe(false);
  });
});
