/**
 * The core works on decoded URIs ("file:///数据/a.plan.yaml"); the protocol carries encoded ones.
 */
export function toCoreUri(lspUri: string): string {
  try { return decodeURIComponent(lspUri); } catch { return lspUri; }
}

export function toLspUri(coreUri: string): string {
  const m = /^([a-zA-Z][\w+.-]*:\/\/[^/]*)(.*)$/.exec(coreUri);
  if (!m) return coreUri;
  return m[1] + m[2].split('/').map(seg => encodeURIComponent(seg)).join('/');
}

/** file: URIs to paths, for the node host. */
export function fileUriToPath(uri: string): string | undefined {
  return uri.startsWith('file://') ? uri.slice('file://'.length) : undefined;
}
