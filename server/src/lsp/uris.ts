/**
 * The core works on decoded URIs ("file:///数据/sx(1) 规划#2.plan.yaml"); the protocol carries
 * encoded ones, and each client encodes in its own way. The client's own string is kept for every
 * URI it sent, so what the server publishes and answers names the document the client opened.
 */
import { URI } from 'vscode-uri';
import { isInside } from '../core/text/paths';
import { TEXT_SOURCE_FILE, VIEWED_SOURCE_FILE } from '../core/text/fileKinds';
import { fileOfView, viewOfFile } from './documentView';

/** The core's form of a protocol URI. */
function coreUriOf(clientUri: string): string {
  const u = URI.parse(clientUri);
  return `${u.scheme}://${u.authority}${u.path}`;
}

/** The protocol form of a core URI the client never sent: encoded as VS Code encodes. */
export function encodeCoreUri(coreUri: string): string {
  const m = /^([a-zA-Z][\w+.-]*):\/\/([^/]*)(.*)$/.exec(coreUri);
  return m ? URI.from({ scheme: m[1], authority: m[2], path: m[3] || '/' }).toString() : URI.file(coreUri).toString();
}

/** file: URIs of the core to paths, for the node host. */
export function fileUriToPath(uri: string): string | undefined {
  return uri.startsWith('file://') ? uri.slice('file://'.length) : undefined;
}

export class UriMap {
  private readonly clientForm = new Map<string, string>();
  /** The paragraph view of a `.docx`, `.html` or `.pdf` file (by its core URI), as the client opened it. */
  private readonly viewForm = new Map<string, string>();
  /** Whether the client shows such documents in paragraph views: then they are named by their view's URI. */
  views = false;
  /** The workspace folders (core URIs): an `untitled:` document with a path inside one is that file, unsaved. */
  folders: string[] = [];

  /** Whether a core URI lies in one of the workspace folders (`..` resolved). */
  inWorkspace(core: string): boolean {
    return this.folders.some(f => isInside(f, core));
  }

  /**
   * A new plan opened unsaved at its path (`untitled:/…/x.plan.yaml`, as the draft command opens it) is
   * checked as the file it will be saved as, so its relative source paths resolve beside it.
   */
  private untitledAsFile(u: URI): string | undefined {
    if (u.scheme !== 'untitled' || !u.path.startsWith('/')) return undefined;
    for (const f of this.folders) {
      const m = /^([a-zA-Z][\w+.-]*):\/\/([^/]*)(.*)$/.exec(f);
      if (!m) continue;
      const dir = m[3].replace(/\/$/, '');
      if (u.path.startsWith(`${dir}/`)) return `${m[1]}://${m[2]}${u.path}`;
    }
    return undefined;
  }

  /**
   * The core URI of a URI from the client, remembering how the client wrote it. The form of an
   * opened document wins (`opened`): diagnostics must name the document as the editor opened it.
   */
  toCore(clientUri: string, opened = false): string {
    const file = fileOfView(clientUri);
    if (file !== undefined) {
      const core = this.toCore(file);
      if (opened) this.viewForm.set(core, clientUri);
      return core;
    }
    const untitled = clientUri.startsWith('untitled:') ? this.untitledAsFile(URI.parse(clientUri)) : undefined;
    const core = untitled ?? coreUriOf(clientUri);
    if (opened || !this.clientForm.has(core)) this.clientForm.set(core, clientUri);
    return core;
  }

  /** Forgets the client's form of a core URI (an unsaved document was closed). */
  forget(coreUri: string): void {
    this.clientForm.delete(coreUri);
  }

  /** The client's string for a core URI: for a Word file, web page or PDF, its view's, when the client has views. */
  toClient(coreUri: string): string {
    if (this.views && VIEWED_SOURCE_FILE.test(coreUri))
      return this.viewForm.get(coreUri) ?? viewOfFile(this.fileForm(coreUri));
    return this.fileForm(coreUri);
  }

  /** The client's string for the file itself, never a view of it. */
  fileForm(coreUri: string): string {
    return this.clientForm.get(coreUri) ?? encodeCoreUri(coreUri);
  }

  /** Whether a client URI names a source document the editor shows as text: a `.txt` or `.md`, or a view. */
  showsSource(clientUri: string): boolean {
    return fileOfView(clientUri) !== undefined || TEXT_SOURCE_FILE.test(this.toCore(clientUri));
  }
}
