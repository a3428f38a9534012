/**
 * Copies HTML and plain text together, inside the click that asked for it.
 *
 * Excel on the web blocks `navigator.clipboard` in add-in iframes, and Safari-based Office on Mac
 * accepts a copy only while the click is being handled: anything after an awaited rejection is
 * too late. So the caller builds both texts before the click and calls this synchronously, and the
 * synchronous way goes first: a `copy` event listener sets both types and
 * `document.execCommand("copy")` fires it. Only where that is refused is the Clipboard API tried
 * (it is the one left in browsers that dropped execCommand).
 */
export type CopyOutcome = "clipboard" | "copyEvent" | "failed";

export function copyRich(
  html: string,
  text: string,
  doc: Document = document
): Promise<CopyOutcome> {
  if (copyWithEvent(html, text, doc) === "copyEvent") return Promise.resolve("copyEvent");
  const nav = doc.defaultView?.navigator;
  const Item = (doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)
    ?.ClipboardItem;
  if (nav?.clipboard?.write && Item && clipboardAllowed(doc)) {
    try {
      return nav.clipboard
        .write([
          new Item({
            "text/html": new Blob([html], { type: "text/html" }),
            "text/plain": new Blob([text], { type: "text/plain" }),
          }),
        ])
        .then(
          () => "clipboard" as const,
          () => "failed" as const
        );
    } catch {
      // Refused before any promise.
    }
  }
  return Promise.resolve("failed");
}

/** Plain text only ("Sao chép văn bản"), in the same order. */
export function copyPlain(text: string, doc: Document = document): Promise<CopyOutcome> {
  if (copyWithEvent(undefined, text, doc) === "copyEvent") return Promise.resolve("copyEvent");
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard?.writeText && clipboardAllowed(doc)) {
    try {
      return nav.clipboard.writeText(text).then(
        () => "clipboard" as const,
        () => "failed" as const
      );
    } catch {
      // Refused before any promise.
    }
  }
  return Promise.resolve("failed");
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

/** The synchronous copy: true only when the browser fired our `copy` listener and we set the data. */
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
