import type { Fault } from "./createFaultController.js";
import { responses } from "./responses.js";

/** The response an injected terminal fault answers with (`Response.error()` for a dropped connection). */
export function faultResponse(fault: Exclude<Fault, { kind: "latency" }>): Response {
  switch (fault.kind) {
    case "500":
      return responses.detail(500, "Internal Server Error (injected by the sandbox)");
    case "502-html":
      return new Response(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        { status: 502, headers: { "content-type": "text/html" } },
      );
    case "401-once":
      return responses.detail(401, "Token has expired", { "www-authenticate": "Bearer" });
    case "malformed-json":
      return new Response('{"id": "8f1c2d3e-sandbox", "name": "truncated', {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    case "drop":
      return Response.error();
  }
}
