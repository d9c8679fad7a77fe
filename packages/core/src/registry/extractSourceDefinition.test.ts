// @vitest-environment node
import { allSources, type FixtureSource } from "@credential-form/test-utils";
import { registryText } from "@credential-form/test-utils/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractSourceDefinition } from "./extractSourceDefinition.js";
import { RegistryError } from "./RegistryError.js";

const encoder = new TextEncoder();

/** A byte stream of `text` cut at the given sizes (cycled), counting how many chunks were pulled. */
function streamOf(text: string, sizes: number[] = [65536]) {
  const bytes = encoder.encode(text);
  let offset = 0;
  let index = 0;
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const size = Math.max(1, sizes[index++ % sizes.length] ?? 1);
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
      stats.pulled++;
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats, totalBytes: bytes.length };
}

/** A byte stream (like a fetch body: read with a BYOB reader) of `text`, enqueued at the given sizes (cycled). */
function byteStreamOf(text: string, sizes: number[]) {
  const bytes = encoder.encode(text);
  let offset = 0;
  let index = 0;
  return new ReadableStream({
    type: "bytes",
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      const size = Math.max(1, sizes[index++ % sizes.length] ?? 1);
      // enqueue() transfers the buffer: hand over a copy.
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

const tricky = {
  destinations: [
    {
      name: 'has "sources": [ {"dockerRepository": "airbyte/source-trap"} ]',
      sources: [{ dockerRepository: "airbyte/source-trap" }],
    },
  ],
  meta: { sources: [{ dockerRepository: "airbyte/source-trap" }] },
  sources: [
    {
      sourceDefinitionId: "a-1",
      dockerRepository: "airbyte/source-unicode",
      name: 'Ünïcødé 😀 "quoted" \\ back\\slash',
      spec: { connectionSpecification: { title: "é😀\u2028" } },
    },
    {
      sourceDefinitionId: "a-2",
      dockerRepository: "airbyte/source-mention",
      name: 'mentions airbyte/source-trap and "a-1"',
      spec: { connectionSpecification: {} },
    },
    "not an object",
    42,
    {
      sourceDefinitionId: "a-3",
      dockerRepository: "airbyte/source-last",
      name: "{[}]",
      spec: { connectionSpecification: { nested: { sources: [1, 2] } } },
    },
  ],
};
const trickyText = JSON.stringify(tricky, null, 1);

describe("extractSourceDefinition", () => {
  it("finds real definitions in the fixture by id and by docker repository", async () => {
    const sources = allSources();
    for (const source of [sources[0]!, sources[100]!, sources.at(-1)!]) {
      const byId = await extractSourceDefinition(streamOf(registryText()).stream, {
        sourceDefinitionId: source.sourceDefinitionId,
      });
      expect(byId).toEqual(source);
      const byRepo = await extractSourceDefinition(registryText(), {
        dockerRepository: source.dockerRepository,
      });
      expect(byRepo).toEqual(source);
    }
  });

  it("stops reading and cancels the stream once found", async () => {
    const first = allSources()[0]!;
    const { stream, stats, totalBytes } = streamOf(registryText(), [4096]);
    expect(await extractSourceDefinition(stream, { sourceDefinitionId: first.sourceDefinitionId })).toEqual(
      first,
    );
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled * 4096).toBeLessThan(totalBytes);
  });

  it("stops at the end of the sources array without reading what follows", async () => {
    const text = JSON.stringify({
      sources: allSources().slice(0, 2),
      destinations: JSON.parse(registryText()).destinations,
    });
    const { stream, stats } = streamOf(text, [1024]);
    expect(await extractSourceDefinition(stream, { dockerRepository: "airbyte/source-absent" })).toBeNull();
    expect(stats.cancelled).toBe(true);
  });

  it("only looks at the top-level sources array, across escapes, unicode and odd elements", async () => {
    for (const sizes of [[1], [2, 3, 5], [65536]]) {
      expect(
        await extractSourceDefinition(streamOf(trickyText, sizes).stream, {
          dockerRepository: "airbyte/source-trap",
        }),
      ).toBeNull();
      expect(
        await extractSourceDefinition(streamOf(trickyText, sizes).stream, { sourceDefinitionId: "a-1" }),
      ).toEqual(tricky.sources[0]);
      expect(
        await extractSourceDefinition(streamOf(trickyText, sizes).stream, {
          dockerRepository: "airbyte/source-last",
        }),
      ).toEqual(tricky.sources[4]);
    }
  });

  it("keeps multi-byte characters intact across chunk and window boundaries, and skips a byte order mark", async () => {
    // 80 000 UTF-16 code units of emoji: some surrogate pair straddles the scanner's 64 Ki-character window.
    const entry = {
      sourceDefinitionId: "wide",
      name: "😀é".repeat(30_000),
      spec: { connectionSpecification: {} },
    };
    const text = `\ufeff${JSON.stringify({ sources: [{ sourceDefinitionId: "other" }, entry] })}`;
    expect(await extractSourceDefinition(text, { sourceDefinitionId: "wide" })).toEqual(entry);
    for (const sizes of [[65536], [7, 4093]]) {
      expect(
        await extractSourceDefinition(streamOf(text, sizes).stream, { sourceDefinitionId: "wide" }),
      ).toEqual(entry);
    }
  });

  it("matches a docker repository written with escaped slashes", async () => {
    const text = JSON.stringify({ sources: [{ dockerRepository: "airbyte/source-x", spec: {} }] }).replace(
      /\//g,
      "\\/",
    );
    expect(await extractSourceDefinition(text, { dockerRepository: "airbyte/source-x" })).toEqual({
      dockerRepository: "airbyte/source-x",
      spec: {},
    });
  });

  it("finds any source whatever the chunk boundaries (property)", async () => {
    const subset = allSources().slice(0, 12);
    const text = JSON.stringify({ destinations: [{ name: "d" }], sources: subset });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...subset),
        fc.boolean(),
        async (sizes, source: FixtureSource, byId) => {
          const query = byId
            ? { sourceDefinitionId: source.sourceDefinitionId }
            : { dockerRepository: source.dockerRepository };
          expect(await extractSourceDefinition(streamOf(text, sizes).stream, query)).toEqual(source);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads a byte stream through one reused buffer, whatever the chunk boundaries (property)", async () => {
    // ~400 kB: several 256 kB reads, each scanned in 64 kB windows, elements straddling both.
    const subset = allSources().slice(0, 50);
    const text = JSON.stringify({ destinations: [{ name: "d" }], sources: subset }, null, 1);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 150_000 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...subset),
        async (sizes, source: FixtureSource) => {
          const stream = byteStreamOf(text, sizes);
          const query = { sourceDefinitionId: source.sourceDefinitionId };
          expect(await extractSourceDefinition(stream, query)).toEqual(source);
        },
      ),
      { numRuns: 30 },
    );
    for (const sizes of [[1], [2, 3, 5]]) {
      expect(
        await extractSourceDefinition(byteStreamOf(trickyText, sizes), { sourceDefinitionId: "a-1" }),
      ).toEqual(tricky.sources[0]);
      expect(
        await extractSourceDefinition(byteStreamOf(trickyText, sizes), {
          dockerRepository: "airbyte/source-trap",
        }),
      ).toBeNull();
    }
  });

  it.each([
    ["HTML", "<html>502</html>"],
    ["empty", ""],
    ["an array", "[]"],
    ["truncated", registryText().slice(0, 5000)],
    ["leading garbage", 'x{"sources": []}'],
    ["unbalanced", '{"a": ]]'],
    ["without sources", '{"destinations": []}'],
    ["a broken matching element", '{"sources": [{"dockerRepository": "airbyte/source-x", "a": tru }]}'],
  ])("rejects %s with bad_json", async (_label, text) => {
    for (const source of [text, streamOf(text, [3]).stream]) {
      const error = await extractSourceDefinition(source, { dockerRepository: "airbyte/source-x" }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as RegistryError).code).toBe("bad_json");
    }
  });

  it("honours an AbortSignal", async () => {
    const controller = new AbortController();
    controller.abort();
    const { stream } = streamOf(registryText());
    await expect(
      extractSourceDefinition(stream, { dockerRepository: "x" }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "aborted", message: "Loading the connector registry was cancelled." });
  });

  it("hands the event loop back between windows, so a huge registry is never scanned in one task", async () => {
    // ~20 MB: the fixture's sources ten times over, the wanted one last.
    const sources = allSources();
    const many = Array.from({ length: 10 }, (_, copy) =>
      sources.map((s) => ({
        ...s,
        sourceDefinitionId: `${copy}-${s.sourceDefinitionId}`,
        dockerRepository: `${s.dockerRepository}-${copy}`,
      })),
    ).flat();
    const text = JSON.stringify({ destinations: [], sources: many });
    expect(text.length).toBeGreaterThan(10_000_000);
    const target = many.at(-1)!;
    // Wall-clock limits belong to `pnpm bench` (longest main-thread task); here the structure is checked
    // deterministically: with a zero time budget every 64 kB window must be followed by a macrotask yield,
    // which lets a setImmediate ticker run in between.
    const windows = text.length / (64 * 1024);
    for (const source of [text, streamOf(text, [1 << 20]).stream]) {
      let ticks = 0;
      let running = true;
      const tick = () => {
        if (!running) return;
        ticks++;
        setImmediate(tick);
      };
      setImmediate(tick);
      const found = await extractSourceDefinition(
        source,
        { sourceDefinitionId: target.sourceDefinitionId },
        { budgetMs: 0 },
      );
      running = false;
      expect(found?.dockerRepository).toBe(target.dockerRepository);
      expect(ticks).toBeGreaterThan(windows / 2);
    }
  });
});
