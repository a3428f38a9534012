/**
 * Copies HTML and plain text together, inside the click that asked for it.
 *
 * Excel on the web blocks `navigator.clipboard` in add-in iframes and Safari-based Office on
 * Mac accepts a copy only within the click handler, so the caller builds both texts before the
 * click and calls this synchronously. The Clipboard API is tried first; where it is missing or
 * refused (at once, or when its promise rejects), a `copy` event listener sets both types and
 * `document.execCommand("copy")` fires it.
 */
export type CopyOutcome = "clipboard" | "copyEvent" | "failed";

export function copyRich(
  html: string,
  text: string,
  doc: Document = document
): Promise<CopyOutcome> {
  const nav = doc.defaultView?.navigator;
  const Item = (doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)
    ?.ClipboardItem;
  if (nav?.clipboard?.write && Item && clipboardAllowed(doc)) {
    try {
      const pending = nav.clipboard.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return pending.then(
        () => "clipboard" as const,
        () => copyWithEvent(html, text, doc)
      );
    } catch {
      // Refused before any promise: fall through while the click is still ours.
    }
  }
  return Promise.resolve(copyWithEvent(html, text, doc));
}

/** Plain text only ("Sao chép văn bản"), with the same fallback. */
export function copyPlain(text: string, doc: Document = document): Promise<CopyOutcome> {
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard?.writeText && clipboardAllowed(doc)) {
    try {
      return nav.clipboard.writeText(text).then(
        () => "clipboard" as const,
        () => copyWithEvent(undefined, text, doc)
      );
    } catch {
      // fall through
    }
  }
  return Promise.resolve(copyWithEvent(undefined, text, doc));
}

/** Chromium says up front when the frame's permissions policy forbids clipboard writes. */
function clipboardAllowed(doc: Document): boolean {
  const policy = (doc as Document & { featurePolicy?: { allowsFeature(f: string): boolean } })
    .featurePolicy;
  try {
    return policy ? policy.allowsFeature("clipboard-write") : true;
  } catch {
    return true;
  }
}

export function copyWithEvent(
  html: string | undefined,
  text: string,
  doc: Document = document
): CopyOutcome {
  let set = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    if (html !== undefined) event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
    set = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    const done = typeof doc.execCommand === "function" && doc.execCommand("copy");
    return done && set ? "copyEvent" : "failed";
  } catch {
    return "failed";
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}
