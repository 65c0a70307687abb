import { parseDocument } from './node_modules/yaml/browser/dist/index.js';
const text = process.argv[2].replace(/\\n/g, '\n');
const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
const show = (n, ind = '') => {
  if (!n) return console.log(ind + String(n));
  const own = Object.fromEntries(Object.entries(n).filter(([k]) => !['items', 'key', 'value'].includes(k) || (k === 'value' && typeof n.value !== 'object')));
  console.log(ind + n.constructor.name, JSON.stringify(own));
  if (n.items) for (const it of n.items) { if (it.constructor.name === 'Pair') { console.log(ind + ' Pair', JSON.stringify(Object.fromEntries(Object.entries(it).filter(([k]) => k !== 'key' && k !== 'value')))); show(it.key, ind + '  k '); show(it.value, ind + '  v '); } else show(it, ind + ' - '); }
};
console.log('doc', JSON.stringify({ range: doc.range, comment: doc.comment, commentBefore: doc.commentBefore, errors: doc.errors.length, warnings: doc.warnings.length }), Object.keys(doc));
show(doc.contents);
