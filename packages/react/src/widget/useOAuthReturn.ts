import { useEffect, useRef, useState } from "react";
import { dropStaleOAuthDrafts } from "../oauth/dropStaleOAuthDrafts.js";
import { findOAuthRedirect } from "../oauth/findOAuthRedirect.js";

/** This tab's sessionStorage, `null` on a server or when the browser blocks it. */
function tabStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The template of a full-page OAuth consent (`oauthMode="redirect"`, or "Continue in this tab") that came back to
 * this page with its result, read once when the widget mounts (`null`: none), so the widget opens on that
 * template's form, whose OAuth code takes the result and restores the non-secret values. Calls `onReturn` with it
 * after the first commit. Also removes the drafts of consents that came back without a result (Back from the
 * consent page), which no form of the closed widget would otherwise remove.
 */
export function useOAuthReturn(onReturn: ((templateId: string) => void) | undefined): string | null {
  const [templateId] = useState(() => {
    const storage = tabStorage();
    return (storage && findOAuthRedirect(storage)?.draft.templateId) || null;
  });
  const latest = useRef(onReturn);
  latest.current = onReturn;
  useEffect(() => {
    const storage = tabStorage();
    if (storage) dropStaleOAuthDrafts(storage);
    if (templateId !== null) latest.current?.(templateId);
  }, [templateId]);
  return templateId;
}
