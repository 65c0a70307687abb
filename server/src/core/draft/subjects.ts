/** The subject of a clause: what a number is about, as the sentence names it. */

/** Openings that are not part of the subject (years, 其中, 力争, 一是 …). */
const LEADING = new RegExp(
  [
    '^(?:[—-]+)',
    '^(?:到|至|截至|截止)?\\d{4}年(?:底|末|前)?(?:的)?',
    '^(?:到|至)?[“"]?十[一二三四五六七八九]五[”"]?(?:期末|末|期间|时期)?',
    '^其中',
    '^(?:力争|争取|同时|并且|并|使得|使|预计|全年|目前|此外|另外|通过|我省|全部)',
    '^[一二三四五六七八九十]是',
    '^[：:，,、]',
  ].join('|'),
);
/** Endings that are not part of the subject (预计达到 → 预计). */
const TRAILING =
  /(?:预计|将要|将|要|力争|基本|累计|(?<!平)均|已经|已|分别|可以|可|能够|能|总计|共计|共|的|了|只|仅|就|都|也|还|(?:到|至)?\d{4}年(?:底|末|前)?)$/;

/** The subject of `text` (the words before the verb), or undefined when nothing nameable is left. */
export function cleanSubject(text: string): { name: string; offset: number } | undefined {
  let s = text,
    offset = 0;
  for (let guard = 0; guard < 8; guard++) {
    const m = LEADING.exec(s);
    if (!m?.[0]) break;
    s = s.slice(m[0].length);
    offset += m[0].length;
  }
  while (TRAILING.test(s)) s = s.replace(TRAILING, '');
  const lead = s.length - s.trimStart().length;
  s = s.trim();
  offset += lead;
  if (s.length < 2 || s.length > 36 || !/[\u4e00-\u9fffA-Za-z]/.test(s)) return undefined;
  // A subject is a noun phrase: not a sentence fragment holding a verb of its own, nor a bare quantity.
  if (/[。；！？]/.test(s) || /^[\d.%]+$/.test(s)) return undefined;
  // Conditions and measures (对…的, 首次…, 最高不…) are not what a number is about.
  if (
    /(?:不|首次|最高|每|以上|以下|以内)$/.test(s) ||
    /^(?:对于|对|按照|按|给予|经|凡|或者|或|且|如果|若)/.test(s) ||
    /[%％]/.test(s)
  )
    return undefined;
  return { name: s, offset };
}

const SCOPE = /^(?:全省|我省|全市|全国|规模以上|省级)+/;

/** Whether a past fact and an indicator are about the same thing (their names share most character pairs). */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  // Both open the same way once the scope words are off (全省, 我省, 规模以上), and share most pairs.
  a = a.replace(SCOPE, '');
  b = b.replace(SCOPE, '');
  if (a.length < 2 || b.length < 2 || !b.includes(a.slice(0, 2)) || !a.includes(b.slice(0, 2))) return false;
  const pairs = (s: string) => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
    return out;
  };
  const pa = pairs(a),
    pb = pairs(b);
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  // Most of the shorter name's pairs in the longer: 信息产业收入 ~ 全省信息产业主营业务收入.
  return shared / (Math.min(pa.size, pb.size) || 1) >= 0.75;
}
