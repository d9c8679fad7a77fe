/** One TypeScript block of a Markdown page, with the file its first line names. */
export interface DocBlock {
  /** Relative path from the block's first line (`// src/getToken.ts`). */
  file: string;
  code: string;
  /** The export the block needs, from a `<!-- consumer-test: needs NAME -->` comment just above it. */
  needs: string | null;
}

const FENCE = /(?:<!-- consumer-test: needs (\w+) -->\n)?```(ts|tsx)\n([\s\S]*?)```/g;

/** The `ts` / `tsx` blocks of `markdown`; each must start with a `// path/file.ts(x)` comment. */
export function docBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    const [, needs, lang, code = ""] = match;
    const file = /^\/\/ ([\w./-]+\.tsx?)\n/.exec(code)?.[1];
    if (!file?.endsWith(`.${lang}`) || file.includes("..")) {
      throw new Error(`A ${lang} block must start with "// path/name.${lang}": ${code.slice(0, 60)}`);
    }
    blocks.push({ file, code, needs: needs ?? null });
  }
  return blocks;
}
