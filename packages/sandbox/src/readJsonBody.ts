import { responses } from "./responses.js";

/** Outcome of {@link readJsonBody}: the parsed body, or the 4xx response to send. */
export type JsonBodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

/** Default request body limit: 1 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(maxBytes: number): JsonBodyResult {
  return {
    ok: false,
    response: responses.detail(413, `Request body is larger than the ${maxBytes} bytes limit`),
  };
}

/** Reads a JSON request body, counting bytes while streaming (413 past the limit, 400 on bad JSON). */
export async function readJsonBody(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<JsonBodyResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: responses.detail(400, "Request body is not valid UTF-8") };
  }
  if (text.trim() === "") {
    return {
      ok: false,
      response: responses.validation([{ loc: ["body"], msg: "Field required", type: "missing" }]),
    };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    // The parser's own message quotes the input, which may hold secrets: keep it out.
    return {
      ok: false,
      response: responses.detail(400, "Malformed JSON: the request body is not valid JSON"),
    };
  }
}
