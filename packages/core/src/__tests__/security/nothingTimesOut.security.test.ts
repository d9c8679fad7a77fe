import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { makeWidgetToken } from "@credential-form/test-utils";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRegistryClient } from "../../registry/createRegistryClient.js";
import { RegistryError } from "../../registry/RegistryError.js";
import { createTokenProvider } from "../../token/createTokenProvider.js";
import { TokenError } from "../../token/TokenError.js";

const never = () => new Promise<never>(() => {});

describe("nothing waits forever: a getToken callback that never answers", () => {
  it("rejects with a retryable TokenError `timeout`, and the next get() asks again", async () => {
    let calls = 0;
    const provider = createTokenProvider(
      () => (++calls === 1 ? never() : Promise.resolve(makeWidgetToken({ workspaceId: "ws-1" }))),
      { timeoutMs: 30 },
    );
    const error = await provider.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ code: "timeout", retryable: true });
    expect((error as Error).message).toMatch(/getToken.*did not answer within 30 ms/);
    expect((await provider.get()).workspaceId).toBe("ws-1");
    expect(calls).toBe(2);
  });

  it("times out after 15 s by default", async () => {
    vi.useFakeTimers();
    try {
      const settled = createTokenProvider(never)
        .get()
        .then(
          () => "resolved",
          (e: TokenError) => e.code,
        );
      await vi.advanceTimersByTimeAsync(14_999);
      const early = await Promise.race([settled, Promise.resolve("pending")]);
      expect(early).toBe("pending");
      await vi.advanceTimersByTimeAsync(1);
      expect(await settled).toBe("timeout");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("nothing waits forever: a registry that never answers", () => {
  let server: Server;
  let url: string;
  const open = new Set<import("node:http").ServerResponse>();
  beforeAll(async () => {
    // A real HTTP server that accepts the request and never answers it.
    server = createServer((_request, response) => {
      open.add(response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry.json`;
  });
  afterAll(async () => {
    for (const response of open) response.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it("rejects the lookup with a retryable RegistryError `timeout` (real HTTP server)", async () => {
    const client = createRegistryClient({ url, timeoutMs: 100 });
    const error = await client
      .getSourceDefinition({ dockerRepository: "airbyte/source-github" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ code: "timeout", retryable: true });
    expect((error as Error).message).toMatch(/did not answer within 100 ms/);
  });

  it("also through a fetch that ignores its abort signal, and per connector URL", async () => {
    const client = createRegistryClient({
      url,
      connectorUrl: `${url}?id={sourceDefinitionId}`,
      fetch: never,
      timeoutMs: 50,
    });
    const error = await client.getSourceDefinition({ sourceDefinitionId: "x" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RegistryError", code: "timeout", retryable: true });
  });
});

describe("token errors never hand the token on", () => {
  it("a getToken callback that throws with the token in its message is not attached as `cause`", async () => {
    const token = makeWidgetToken({ workspaceId: "ws-1" });
    const provider = createTokenProvider(async () => {
      throw new Error(`backend refused to hand out ${token}`);
    });
    const error = (await provider.get().catch((e: unknown) => e)) as TokenError;
    expect(error).toMatchObject({ name: "TokenError", code: "fetch_failed", retryable: true });
    expect(error.cause).toBeUndefined();
    const { inspect } = await import("node:util");
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  });
});
