// The JavaScript a page of dist/ loads before anything is asked for, and what it weighs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Own scripts of `page` (not Office.js, not the CDN), with raw and gzip (level 9) bytes. */
export function initialBundle(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  const files = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
