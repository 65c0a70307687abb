// The client's `planlint/readFile` handler serves only files inside the workspace folders
// (defence in depth: the server confines paths too). inFolders is the check it applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const { inFolders } = core.paths;
const file = path => ({ scheme: 'file', authority: '', path });
const folders = [file('/ws/a'), { scheme: 'vscode-vfs', authority: 'github', path: '/o/r' }];

test('inFolders: a file below a workspace folder, of the same scheme and authority', () => {
  assert.ok(inFolders(file('/ws/a/plans/x.plan.yaml'), folders));
  assert.ok(inFolders({ scheme: 'vscode-vfs', authority: 'GitHub', path: '/o/r/x.txt' }, folders));
});

test('inFolders: refuses .. out of the folder, a sibling sharing a prefix, another scheme or authority', () => {
  for (const u of [
    file('/ws/a/../b/secret.txt'),
    file('/ws/a/x/../../../etc/passwd'),
    file('/ws/ab/x.txt'),
    file('/etc/passwd'),
    { scheme: 'vscode-vfs', authority: 'gitlab', path: '/o/r/x.txt' },
    { scheme: 'untitled', authority: '', path: '/ws/a/x' },
    { scheme: 'file', authority: 'server', path: '/ws/a/x.txt' },
  ])
    assert.equal(inFolders(u, folders), false, JSON.stringify(u));
  assert.equal(inFolders(file('/ws/a/x.txt'), []), false, 'no folder open: nothing is served');
});
