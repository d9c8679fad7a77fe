import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SandboxCollection, SandboxRecords, SandboxStore } from "../SandboxStore.js";

type Collections = { [C in SandboxCollection]: SandboxRecords[C][] };
const COLLECTIONS: SandboxCollection[] = ["sources", "templates", "workspaces", "origins"];

/** Name of the append-only log inside the data directory. */
export const STORE_FILE = "sandbox.jsonl";

interface Line {
  c: SandboxCollection;
  r: unknown;
}

function isLine(value: unknown): value is Line {
  return (
    value !== null &&
    typeof value === "object" &&
    COLLECTIONS.includes((value as { c?: unknown }).c as SandboxCollection) &&
    typeof (value as { r?: unknown }).r === "object"
  );
}

/**
 * A {@link SandboxStore} persisted as an append-only JSONL file in `dir` (one record per line). Writes go
 * through one in-process queue, so concurrent creates never interleave; clearing rewrites the file through
 * a temporary file and an atomic rename. A torn last line (crash mid-write) is dropped on load.
 * One process per directory.
 */
export function fileStore(dir: string): SandboxStore {
  const file = path.join(dir, STORE_FILE);
  const data: Collections = { sources: [], templates: [], workspaces: [], origins: [] };
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  const rewrite = async () => {
    const lines = COLLECTIONS.flatMap((c) =>
      (data[c] as unknown[]).map((r) => `${JSON.stringify({ c, r })}\n`),
    );
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, lines.join(""), { mode: 0o600 });
    await rename(temp, file);
  };

  const ready = enqueue(async () => {
    await mkdir(dir, { recursive: true });
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    let damaged = text.length > 0 && !text.endsWith("\n");
    for (const raw of text.split("\n")) {
      if (raw.trim() === "") continue;
      try {
        const line: unknown = JSON.parse(raw);
        if (isLine(line)) (data[line.c] as unknown[]).push(line.r);
        else damaged = true;
      } catch {
        damaged = true;
      }
    }
    if (damaged) await rewrite();
  });

  return {
    async list(collection) {
      await ready;
      return structuredClone(data[collection]);
    },
    append(collection, record) {
      return enqueue(async () => {
        await ready;
        const copy = structuredClone(record);
        await appendFile(file, `${JSON.stringify({ c: collection, r: copy })}\n`, { mode: 0o600 });
        (data[collection] as unknown[]).push(copy);
      });
    },
    clear(collection) {
      return enqueue(async () => {
        await ready;
        data[collection] = [];
        await rewrite();
      });
    },
    async close() {
      await ready.catch(() => {});
      await enqueue(async () => {});
    },
  };
}
