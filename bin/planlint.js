#!/usr/bin/env node

// dist/cli.js is one self-contained bundle: the npm package ships it, a clone builds it (`npm ci` runs
// `npm run build` through `prepare`).
require('../dist/cli.js').runCli();
