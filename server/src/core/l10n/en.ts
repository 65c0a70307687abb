/** English, the reference catalogue: every key here, every other locale translates. */
export const en = {
  'action.addToNewPlan': 'Add to a new plan: draft one from this document…',
  'action.addToPlan': 'Add to plan {file}: {id} {name}',

  'baseline.notArray': 'a baseline is the array `planlint --format json` prints',

  'chart.noMilestones': 'no numeric milestones',
  'chart.orLess': 'or less',
  'chart.orMore': 'or more',
  'chart.statedGrowth': 'stated growth {growth}',

  'cli.baseline': "cannot use baseline '{file}': {why}",
  'cli.coverageFormat': "coverage: unknown format '{format}' (known: stylish, json)",
  'cli.help':
    'Usage: planlint [options] [file|directory|glob]...\n' +
    '       planlint report [--output report.html] [file|directory|glob]...\n' +
    '       planlint rules [--format json]\n' +
    '       planlint schema\n' +
    '       planlint init [folder]\n' +
    '       planlint draft <document> [--out FILE] [--id ID]\n' +
    '\n' +
    'Checks PlanLint plan files (*.plan.yaml, *.plan.yml, *.orgs.yaml); with no path, the current folder.\n' +
    '`init` sets up a plans repository (default: the current folder) and never overwrites a file.\n' +
    '`draft` drafts a plan from a source document (.txt or .md); it prints it, or writes --out FILE,\n' +
    'never over a file.\n' +
    '\n' +
    'Options:\n' +
    '  --format <name>          {formats} (default: stylish); repeat it for\n' +
    '                           several outputs, each paired with an --output in order, or as name=FILE\n' +
    '  --output <file>          write the (paired) format to a file instead of standard output\n' +
    '  --max-warnings <n>       exit 1 when more than n warnings are found\n' +
    '  --config <file>          use this config instead of the planlint.config.yaml found upward\n' +
    "                           (the repository's own configs are then not read: their limits neither)\n" +
    "  --max-limits             the repository's config may lower the resource limits, never raise\n" +
    '                           them above the defaults (for CI on pull requests)\n' +
    '  --baseline <file>        report only findings not in this earlier --format json output\n' +
    '  --report-unused-disable  report planlint-disable comments that silence nothing\n' +
    '  --locale <en|zh-cn>      language of the messages (default: from LANG, else en)\n' +
    '  --color / --no-color     force colors on or off in stylish output\n' +
    '  -h, --help               show this help\n' +
    '  -v, --version            print the version\n' +
    '\n' +
    'Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 could not run.\n',
  'cli.initOneFolder': 'init takes one folder',
  'cli.maxWarnings': '--max-warnings takes a whole number, 0 or more',
  'cli.oneStdout': 'only one format can go to standard output: give the others an --output',
  'cli.outputBeforeFormat': 'put --output after the --format it is for',
  'cli.outputWithoutFormat': '--output {file} follows no --format that lacks one',
  'cli.rulesFormat': "rules: unknown format '{format}' (known: text, json)",
  'cli.tooManyWarnings': '{n} warnings, more than --max-warnings {max}',
  'cli.unknownFormat': "unknown format '{format}' (known: {known})",
  'cli.unknownLocale': "unknown locale '{locale}' (known: en, zh-cn)",

  'completion.aliasOf': 'alias of {id}',
  'completion.configUnit': ' · unit of planlint.config.yaml',
  'completion.existedUntil': 'existed until {until}',
  'completion.snippet': 'snippet',

  'config.cannotBeRead': 'cannot be read: {why}',

  'coverage.citedBy': '  cited by: {plans}',
  'coverage.clause': 'clause',
  'coverage.counts':
    '  numbers: {cited} of {total} cited ({share}%); 责任单位 and support clauses: {clausesCited} of {clausesTotal} cited',
  'coverage.noPlan': 'no plan',
  'coverage.notCited': '{uncited} not cited',
  'coverage.planSeparator': ', ',
  'coverage.summary':
    '{cited} of {total} numbers cited ({share}%); {clausesCited} of {clausesTotal} responsibility and support clauses',
  'coverage.total.one': '{numbers} uncited numbers and {clauses} uncited clauses in {n} source document',
  'coverage.total.other': '{numbers} uncited numbers and {clauses} uncited clauses in {n} source documents',
  'coverage.whatNoPlanCites': 'What no plan cites',

  'draft.cannotRead': "cannot read '{file}': {why}",
  'draft.cannotWrite': "cannot write '{file}': {why}",
  'draft.done': 'drafted {indicators} indicators, {tasks} tasks and {funding} funding clauses into {file}',
  'draft.emptyId': '--id takes a non-empty id',
  'draft.exists': "'{file}' exists: a draft never overwrites a file (choose another --out)",
  'draft.notAFile': 'not a file',
  'draft.oneDocument': 'draft takes one document',
  'draft.tooLarge': 'larger than the source limit',
  'draft.usage': 'Usage: planlint draft <document.txt|document.md> [--out FILE] [--id ID]\n',

  'entry.baseline': 'baseline',
  'entry.baselineYear': 'baseline {year}',
  'entry.growth': 'growth',
  'entry.target': 'target',
  'entry.targetYear': '{year} target',

  'field.example': 'Example:',
  'field.required': ' · required',
  'field.values': 'Values: ',

  'files.cannotRead': "cannot read '{file}': {why}",
  'files.missing': "cannot read '{arg}': no such file or folder",
  'files.noMatch': "no files match '{arg}'",
  'files.noPlans': "no plan files ({globs}) in '{arg}'",

  'fix.closestPassage': 'Replace with the closest passage: “{text}”',
  'fix.impliedGrowth': 'Set the stated growth to the implied {growth}',
  'fix.quoteValue': 'Quote the value: {value}',
  'fix.sourceValue': 'Use the number the source states: {value}',
  'fix.successor': "Replace with the successor '{id}'",
  'fix.suggestion': "Change to '{id}'",
  'fix.suppress': 'Suppress {code} on this line',
  'fix.targetFromGrowth': 'Set the target to {target}, as the stated growth gives',
  'fix.unit': "Change the unit to '{unit}'",

  'funding.amount': 'amount',
  'funding.cap': 'cap',
  'funding.costShare': 'cost share',
  'funding.duration': 'duration',
  'funding.from': 'from',
  'funding.instrument': 'Instrument',
  'funding.payer': 'Payer',
  'funding.rate': 'rate',
  'funding.ratesAndAmounts': 'Rates and amounts',
  'funding.supports': 'Supports',
  'funding.threshold': 'threshold',
  'funding.tier': 'tier',
  'funding.years': '{durationYears} years',

  'hint.uncitedClause': 'no plan item cites this clause of ¶{para}',
  'hint.uncitedNumber': 'no plan item cites this number of ¶{para} ({text})',

  'indicator.baseline': 'Baseline',
  'indicator.binding': 'binding',
  'indicator.expected': 'expected',
  'indicator.growth': 'Growth a year: stated {stated}, implied {implied}',
  'indicator.targets': 'Targets',
  'indicator.unit': 'Unit',

  'init.cannotWrite': "cannot write to '{dir}': {why}",
  'init.next': '\n' + 'Next: npm install --save-dev planlint@{version} (unless it is installed), then npx planlint\n',
  'init.skipped': '  skipped  {file} (it exists; left as it is)\n',
  'init.title': 'Setting up a plans repository in {dir}\n',
  'init.wrote': '  wrote    {file}\n',

  'inlay.impliedChange': 'the yearly pace implied from the {year} baseline',
  'inlay.impliedGrowth': 'the yearly pace implied from the {year} baseline',
  'inlay.inIndicatorUnit': "in the indicator's unit, {unit}",

  'instrument.award': 'award',
  'instrument.fund': 'fund',
  'instrument.grant': 'grant',
  'instrument.guarantee': 'guarantee',
  'instrument.interest-subsidy': 'interest subsidy',
  'instrument.price-support': 'price support',
  'instrument.subsidy': 'subsidy',
  'instrument.tax': 'tax relief',

  'item.due': 'Due',
  'item.fundingClause': 'Funding clause',
  'item.fundingClauses': 'Funding clauses',
  'item.goal': 'Goal',
  'item.goals': 'Goals',
  'item.indicator': 'Indicator',
  'item.indicators': 'Indicators',
  'item.lead': 'Lead',
  'item.responsible': 'Responsible',
  'item.source': 'Source',
  'item.support': 'Support',
  'item.task': 'Task',
  'item.tasks': 'Tasks',

  'kind.funding': 'funding clause',
  'kind.goal': 'goal',
  'kind.indicator': 'indicator',
  'kind.task': 'task',

  'lens.cited.one': 'cited by {n} plan item',
  'lens.cited.other': 'cited by {n} plan items',
  'lens.more': '+{n} more',

  'org.aliases': 'Also',
  'org.existedUntil': 'Existed until {until}',
  'org.successor': '; successor: **{name}** (`{id}`)',

  'output.linkedFile': "refusing to write '{file}': it is a symbolic link",
  'output.linkedFolder': "refusing to write '{file}': '{folder}' is a symbolic link",
  'output.notFile': "cannot write '{file}': it is not a regular file",
  'output.notFolder': "cannot write '{file}': '{folder}' is not a folder",

  'pace.compound': '{span}%/yr',
  'pace.linear': '{span} pp/yr',

  'per.enterprise': 'per enterprise',
  'per.enterprise-year': 'per enterprise a year',
  'per.event': 'per event',
  'per.item': 'per item',
  'per.item-year': 'per item a year',
  'per.person': 'per person',
  'per.person-year': 'per person a year',
  'per.project': 'per project',
  'per.total': 'in total',

  'punct.colon': ': ',

  'reading.checkedAs': '; checked as {guess}',
  'reading.contradiction': 'nothing (its words contradict each other)',
  'reading.multiple': '{multiple} × the baseline',
  'reading.notChecked': 'Its number is not checked.',
  'reading.notRead': 'Not read as a quantity: ',
  'reading.notUnderstood': 'Not understood: **{unknown}**',
  'reading.reads': 'Reads',
  'reading.readsAYear': 'Reads (a year)',
  'reading.unitUnknown': 'Unit **{unitText}** not understood',
  'reading.words': 'Words read',

  'reason.notText': 'not text in UTF-8, UTF-16 or GB18030',
  'reason.outside': 'it lies outside the workspace',
  'reason.tooLarge': 'larger than {bytes} bytes',

  'rename.badId': "'{id}' is not a usable id (no spaces, and none of # : , [ ] { } \" ' & * ! | > % @ `)",
  'rename.nothing': 'nothing to rename here',
  'rename.taken': "'{id}' is already used by another {what}",
  'rename.what.funding': 'funding clause',
  'rename.what.goal': 'goal',
  'rename.what.indicator': 'indicator',
  'rename.what.item': 'item',
  'rename.what.organization': 'organization',
  'rename.what.source': 'source',
  'rename.what.task': 'task',
  'rename.yamlErrors': 'the file has YAML syntax errors',

  'report.findingsByRule': 'Findings by rule',
  'report.growthColumn': 'Growth a year (stated / implied)',
  'report.htmlLang': 'en',
  'report.lineColumn': 'line:column',
  'report.period': 'period',
  'report.sources': 'Sources',
  'report.status': 'Status',
  'report.thePlanFile': 'the plan file',
  'report.title': 'PlanLint report',
  'report.trajectory': 'Trajectory',

  'severity.error': 'error',
  'severity.hint': 'hint',
  'severity.info': 'info',
  'severity.warning': 'warning',

  'snippet.funding': 'funding clause',
  'snippet.indicator': 'indicator',
  'snippet.targetChange': 'target: change',
  'snippet.targetText': 'target: text',
  'snippet.targetValue': 'target: value',

  'source.cannotBeRead': 'cannot be read',
  'source.encoding': ' · {e} text',
  'source.firstOfMatches': ' (1 of {matches} matches)',
  'source.noParagraph': 'no ¶{para} ({count} paragraphs)',
  'source.notAvailable': 'document not available',
  'source.openParagraph': 'Open ¶{para}',
  'source.paragraphs': ' · {n} paragraphs',
  'source.privateUse':
    'a private-use character, left by PDF extraction: the document holds it here, but it stands for no character',
  'source.quoteNotFound': 'quote not found',

  'sourceHover.cited.one': '**¶{para} is cited by {n} plan item**',
  'sourceHover.cited.other': '**¶{para} is cited by {n} plan items**',
  'sourceHover.partSeparator': ', ',

  'summary.clean.one': '{n} file checked, no problems',
  'summary.clean.other': '{n} files checked, no problems',
  'summary.errors.one': '{n} error',
  'summary.errors.other': '{n} errors',
  'summary.files.one': '{n} file',
  'summary.files.other': '{n} files',
  'summary.hints.one': '{n} hint',
  'summary.hints.other': '{n} hints',
  'summary.infos.one': '{n} info',
  'summary.infos.other': '{n} info',
  'summary.listSeparator': ', ',
  'summary.notRead.one': '; {n} file could not be read',
  'summary.notRead.other': '; {n} files could not be read',
  'summary.problems.one': '{n} problem ({parts}) in {files}',
  'summary.problems.other': '{n} problems ({parts}) in {files}',
  'summary.warnings.one': '{n} warning',
  'summary.warnings.other': '{n} warnings',

  'unit.scale': ', scale ×{prefix}',

  'writeError.EACCES': 'permission denied',
  'writeError.EEXIST': 'it is a file, not a folder',
  'writeError.ENOTDIR': 'a part of the path is a file',
  'writeError.EPERM': 'permission denied',
  'writeError.EROFS': 'read-only file system',
} as const;

export type MessageKey = keyof typeof en;
