/**
 * Server-action posts are decoded by Next and React; a body they cannot decode ends in a 500,
 * although nothing on the server failed. These checks catch the malformed ones first, so the
 * sender gets a 400. They follow the wire format loosely: a JavaScript call sends its arguments
 * as JSON text, or as multipart form data whose root field is "0"; a plain form post (no
 * JavaScript) sends ordinary form data.
 */
export function isServerActionPost(method: string, pathname: string, headers: { "next-action"?: string | string[] | undefined; "content-type"?: string }): boolean {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  if (headers["next-action"]) return true;
  const type = headers["content-type"] ?? "";
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/** Why a server-action body cannot be decoded, or null when it looks decodable. */
export async function malformedActionBody(contentType: string, body: Buffer, calledFromJavaScript: boolean): Promise<string | null> {
  if (contentType.startsWith("multipart/form-data") || contentType.startsWith("application/x-www-form-urlencoded")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return "The form data could not be read.";
    }
    if (!calledFromJavaScript) return null;
    const root = [...form.keys()].find((key) => /^(\d+_)?0$/.test(key));
    if (root === undefined) return "The action arguments are missing.";
    const value = form.get(root);
    return typeof value === "string" && !isJson(value) ? "The action arguments are not valid JSON." : null;
  }
  if (!calledFromJavaScript) return "Send the form as form data.";
  return isJson(body.toString("utf8")) ? null : "The action arguments are not valid JSON.";
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
