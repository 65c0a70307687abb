/**
 * What `planlint report` reads: the plans of its arguments, and the source documents to check directly —
 * each document named, and every document below a folder that holds no plan (a folder of documents). A
 * folder's documents beside its plans are the plans' sources: their findings are the plans'.
 */
import type { Locale } from '../core/index';
import { SOURCE_FILE } from '../core/text/fileKinds';
import { expandArgs, type Expanded } from './files';

export async function reportInputs(
  args: string[],
  cwd: string,
  locale: Locale,
): Promise<{ plans: Expanded; documents: string[] }> {
  const plans: Expanded = { files: [], problems: [], unread: [] };
  const documents: string[] = [];
  for (const arg of args) {
    const p = await expandArgs([arg], cwd, locale);
    const own = p.files.filter(f => !SOURCE_FILE.test(f));
    const named = p.files.filter(f => SOURCE_FILE.test(f));
    const below =
      own.length || named.length ? undefined : await expandArgs([arg], cwd, locale, n => SOURCE_FILE.test(n));
    const docs = [...named, ...(below?.files ?? [])];
    plans.files.push(...own);
    documents.push(...docs);
    // A folder of documents has no plan, and needs none.
    if (!docs.length) {
      plans.problems.push(...p.problems);
      plans.unread.push(...p.unread);
    }
  }
  plans.files = [...new Set(plans.files)];
  return { plans, documents: [...new Set(documents)] };
}
