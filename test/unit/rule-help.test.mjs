// Rule help: a diagnostic's link is `command:planlint.showRule?[code]`, which opens the rule's own section
// of the rules page shipped with the extension (client/src/common/ruleHelp.ts renders it in a webview).
// Each section begins, in a drafter's words, with what the finding means and what to do about it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, repoRoot } from '../helpers.mjs';

const page = {
  en: readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8'),
  zh: readFileSync(join(repoRoot, 'docs/rules.zh-cn.md'), 'utf8'),
};
const LEAD = {
  en: { means: '**What it means**: ', todo: '**What to do**: ' },
  zh: { means: '**含义**：', todo: '**怎么办**：' },
};
/** The codes with a section of their own: every rule of the contract (the others share one section). */
const ownSection = core.RULES.filter(r => r.docs.endsWith(`#${r.code}`)).map(r => r.code);
const others = core.RULES.filter(r => !ownSection.includes(r.code)).map(r => r.code);

/** What VS Code does with the link: the command and its arguments, from the command URI. */
function follow(link) {
  const m = /^command:([\w.]+)\?(.*)$/.exec(link);
  assert.ok(m, link);
  return { command: m[1], args: JSON.parse(decodeURIComponent(m[2])) };
}

test('each rule section begins with what the finding means and what to do, in plain words, in both languages', () => {
  assert.ok(ownSection.length >= 32, `${ownSection.length} rules with a section`);
  for (const lang of ['en', 'zh'])
    for (const code of ownSection) {
      const section = core.ruleSection(page[lang], code);
      assert.ok(section, `${lang}: no section ${code}`);
      const lead = section.split(/\n\s*\n/)[1].replace(/\n/g, ' ');
      assert.ok(lead.startsWith(LEAD[lang].means), `${lang} ${code} begins: ${lead.slice(0, 60)}`);
      assert.ok(lead.includes(LEAD[lang].todo), `${lang} ${code}: no "what to do" in ${lead}`);
      // A drafter's words: no formula, no regular expression, short enough to read at a glance.
      assert.doesNotMatch(lead, /\^|\) \/ \(|\\[dsw]/, `${lang} ${code}: a formula in the lead`);
      assert.ok(lead.length <= (lang === 'en' ? 520 : 260), `${lang} ${code}: ${lead.length} characters`);
    }
});

test("a diagnostic's link runs planlint.showRule with its code, which opens the code's own section, in each language", () => {
  for (const code of [...ownSection, ...others]) {
    const { command, args } = follow(core.ruleHelpLink(code));
    assert.equal(command, core.SHOW_RULE_COMMAND);
    assert.equal(command, 'planlint.showRule');
    assert.deepEqual(args, [code]);
    for (const lang of ['en', 'zh']) {
      const section = core.ruleSection(page[lang], args[0]);
      assert.ok(section, `${lang}: ${code} opens nothing`);
      if (ownSection.includes(code)) {
        assert.equal(section.split('\n')[0], `## ${code}`);
        assert.doesNotMatch(section.slice(3), /\n## /, 'one section, not the rest of the page');
      } else assert.match(section, new RegExp(`^- \`${code}\``, 'm'), `${lang}: ${code} opens the section listing it`);
    }
  }
  assert.equal(core.ruleSection(page.en, 'no-such-rule'), undefined);
});

test('every link inside the rules pages to a heading opens a section in the help view', () => {
  for (const lang of ['en', 'zh']) {
    const anchors = [...page[lang].matchAll(/\]\(#([^)]+)\)/g)].map(m => decodeURIComponent(m[1]));
    assert.ok(anchors.length > 30, `${lang}: ${anchors.length} links`);
    for (const a of new Set(anchors)) assert.ok(core.ruleSection(page[lang], a), `${lang}: #${a} opens nothing`);
  }
  assert.equal(
    core.headingSlug('Recording a decision: `planlint-disable … -- reason`'),
    'recording-a-decision-planlint-disable-----reason',
  );
});

test('the client links diagnostics to the help and registers the command, in both hosts', () => {
  for (const bundle of ['dist/client-node.js', 'dist/client-browser.js']) {
    const js = readFileSync(join(repoRoot, bundle), 'utf8');
    assert.ok(js.includes('planlint.showRule'), bundle);
    assert.ok(js.includes('markdown.api.render'), bundle);
  }
});
