#!/usr/bin/env node

// The language server for any editor with an LSP client (`planlint-language-server --stdio`, docs/editors.md):
// the same self-contained bundle as `planlint`.
require('../dist/cli.js').runLanguageServer();
