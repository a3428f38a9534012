/** Rewrites the development URL of manifest.xml to where dist/ will be hosted (ADDIN_BASE_URL). */
const DEV_URL = "https://localhost:3000/";

function normalizeBaseUrl(url) {
  if (!/^https:\/\/[^/\s]+/.test(url))
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (got "${url}")`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** `https://host:port`, nothing after it: the only form an AppDomain may take. */
function origin(url) {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol))
    throw new Error(`an AppDomain must start with https:// or http:// (got "${url}")`);
  return parsed.origin;
}

/**
 * Each AppDomain becomes an origin (no path, no closing slash), and one that repeats the
 * SourceLocation's domain is dropped, with AppDomains itself when it empties (it may not be
 * empty). Docs, AppDomain element: "Don't include any segments of the URL past the domain";
 * "Listing the same domain as the one specified in the SourceLocation element has no effect"
 * (learn.microsoft.com/javascript/api/manifest/appdomain).
 */
function fixAppDomains(xml) {
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  const sourceOrigin = source ? origin(source[1]) : undefined;
  return xml.replace(
    /([ \t]*)<AppDomains>([\s\S]*?)<\/AppDomains>[ \t]*\r?\n?/,
    (block, indent, body) => {
      const domains = [...body.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)]
        .map((m) => origin(m[1]))
        .filter((d, i, all) => d !== sourceOrigin && all.indexOf(d) === i);
      if (domains.length === 0) return "";
      const eol = block.includes("\r\n") ? "\r\n" : "\n";
      const items = domains.map((d) => `${indent}  <AppDomain>${d}</AppDomain>${eol}`).join("");
      return `${indent}<AppDomains>${eol}${items}${indent}</AppDomains>${eol}`;
    }
  );
}

function rewriteManifest(xml, baseUrl) {
  const target = normalizeBaseUrl(baseUrl);
  // AppDomains first, while they and SourceLocation still name the same development origin.
  return fixAppDomains(xml).split(DEV_URL).join(target);
}

/** Every URL the manifest points at, for the check that each one is a file the build emits. */
function manifestUrls(xml) {
  return [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
}

/** The AppDomain values a manifest lists. */
function appDomains(xml) {
  return [...xml.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) => m[1]);
}

module.exports = { DEV_URL, normalizeBaseUrl, rewriteManifest, manifestUrls, appDomains };
