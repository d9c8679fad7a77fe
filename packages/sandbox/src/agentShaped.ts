import { agentErrorBody } from "./agentErrorBody.js";

/** Rewrites a FastAPI-shaped error of the current API's paths into its own shape. */
export async function agentShaped(response: Response): Promise<Response> {
  if (response.type === "error" || response.status < 400) return response;
  if (!/json/.test(response.headers.get("content-type") ?? "")) return response;
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return response;
  }
  const shaped = agentErrorBody(body);
  if (!shaped) return response;
  return new Response(JSON.stringify(shaped), { status: response.status, headers: response.headers });
}
