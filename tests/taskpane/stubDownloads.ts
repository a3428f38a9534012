/** Records what the pane hands the browser to download (jsdom has no object URLs). */
export function stubDownloads(): { names: string[]; blobs: Blob[] } {
  const seen = { names: [] as string[], blobs: [] as Blob[] };
  let last: Blob | undefined;
  Object.defineProperty(URL, "createObjectURL", {
    configurable: true,
    value: (blob: Blob) => {
      last = blob;
      return "blob:test";
    },
  });
  Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    seen.names.push(this.download);
    if (last) seen.blobs.push(last);
  });
  return seen;
}

/** jsdom's Blob has neither text() nor arrayBuffer(); FileReader it has. */
export function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
