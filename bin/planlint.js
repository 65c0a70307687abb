#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` (which `npm ci` runs through `prepare`).
require('../dist/cli.js').runCli();
