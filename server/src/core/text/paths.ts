/**
 * Path arithmetic on URI-like strings ("file:///a/b.yaml", "vscode-vfs://github/o/r/x.yaml",
 * or a plain absolute POSIX path). The core may not import `path`: the same code runs in a
 * browser worker, where files are URIs.
 */
function splitPrefix(uri: string): [string, string] {
  const m = /^([a-zA-Z][\w+.-]*:\/\/[^/]*)(.*)$/.exec(uri);
  return m ? [m[1], m[2] || '/'] : ['', uri];
}

export function normalizePath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

export function normalizeUri(uri: string): string {
  const [prefix, p] = splitPrefix(uri);
  return prefix + normalizePath(p);
}

export function dirnameUri(uri: string): string {
  const [prefix, p] = splitPrefix(uri);
  const i = p.lastIndexOf('/');
  return prefix + (i <= 0 ? '/' : p.slice(0, i));
}

export function basenameUri(uri: string): string {
  const [, p] = splitPrefix(uri);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** True when `rel` is absolute in any sense an author might write (POSIX, Windows drive, UNC, URI). */
export function isAbsoluteRef(rel: string): boolean {
  return rel.startsWith('/') || rel.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(rel) || /^[a-zA-Z][\w+.-]*:/.test(rel);
}

/** Resolves a relative reference against the folder of `fromUri`. */
export function resolveUri(fromUri: string, rel: string): string {
  const [prefix, p] = splitPrefix(fromUri);
  const dir = p.slice(0, p.lastIndexOf('/') + 1);
  return prefix + normalizePath(dir + rel.replace(/\\/g, '/'));
}

/** True when `uri` is `root` or lies below it. */
export function isInside(root: string, uri: string): boolean {
  const r = normalizeUri(root).replace(/\/$/, '');
  const u = normalizeUri(uri);
  return u === r || u.startsWith(`${r}/`);
}

/** A URI's parts as `vscode.Uri` gives them (the path decoded). */
export interface UriParts {
  scheme: string;
  authority: string;
  path: string;
}

/**
 * True when `uri` lies in one of `folders`: the same scheme and authority, and a path below the
 * folder's once `.` and `..` are resolved (a `%2e%2e` is already `..` in a decoded path).
 */
export function inFolders(uri: UriParts, folders: readonly UriParts[]): boolean {
  return folders.some(
    f =>
      f.scheme === uri.scheme &&
      f.authority.toLowerCase() === uri.authority.toLowerCase() &&
      isInside(f.path, uri.path),
  );
}

/** The path of `to` relative to the folder of `from` (both in one scheme): `../cities/taiyuan.plan.yaml`. */
export function relativeUri(from: string, to: string): string {
  const [pa, a] = splitPrefix(normalizeUri(from));
  const [pb, b] = splitPrefix(normalizeUri(to));
  if (pa !== pb) return to;
  const dir = a.slice(0, a.lastIndexOf('/')).split('/').filter(Boolean);
  const target = b.split('/').filter(Boolean);
  let i = 0;
  while (i < dir.length && i < target.length - 1 && dir[i] === target[i]) i++;
  const up = dir.length - i;
  return [...Array<string>(up).fill('..'), ...target.slice(i)].join('/') || '.';
}
