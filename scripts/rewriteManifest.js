/** Rewrites the development URL of manifest.xml to where dist/ will be hosted (ADDIN_BASE_URL). */
const DEV_URL = "https://localhost:3000/";

function normalizeBaseUrl(url) {
  if (!/^https:\/\/[^/\s]+/.test(url))
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (got "${url}")`);
  return url.endsWith("/") ? url : `${url}/`;
}

function rewriteManifest(xml, baseUrl) {
  const target = normalizeBaseUrl(baseUrl);
  // With the slash: file URLs; without it: the AppDomain entry.
  return xml.split(DEV_URL).join(target).split(DEV_URL.slice(0, -1)).join(target.slice(0, -1));
}

/** Every URL the manifest points at, for the check that each one is a file the build emits. */
function manifestUrls(xml) {
  return [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
}

module.exports = { DEV_URL, normalizeBaseUrl, rewriteManifest, manifestUrls };
