/** 简体中文：与英文目录逐键对应。 */
import type { MessageKey } from './en';

export const zhCn: Record<MessageKey, string> = {
  'action.addToNewPlan': '添加到新规划：根据此文件起草规划…',
  'action.addToPlan': '添加到规划 {file}：{id} {name}',

  'baseline.notArray': '基线文件应为 `planlint --format json` 输出的数组',

  'chart.noMilestones': '无数值目标',
  'chart.orLess': '或更低',
  'chart.orMore': '或更高',
  'chart.statedGrowth': '所述年均增长：{growth}',

  'cli.baseline': '无法使用基线文件“{file}”：{why}',
  'cli.coverageFormat': 'coverage：未知格式“{format}”（可用：stylish、json）',
  'cli.help':
    '用法：planlint [选项] [文件|文件夹|通配符]...\n' +
    '      planlint report [--output report.html] [文件|文件夹|通配符]...\n' +
    '      planlint report --evaluation [--format html|csv] [--output 文件] [文件|文件夹|通配符]...\n' +
    '      planlint report [--output 文件|-] [文件|文件夹|通配符]...\n' +
    '      planlint coverage [--format json] [文件|文件夹|通配符]...\n' +
    '      planlint rules [--format json]\n' +
    '      planlint schema\n' +
    '      planlint init [文件夹]\n' +
    '      planlint draft <文档> [--out 文件] [--id 标识] [--explain]\n' +
    '      planlint doc <文档|文件夹>... [--format 格式] [--explain]\n' +
    '\n' +
    '检查 PlanLint 规划文件（*.plan.yaml、*.plan.yml、*.orgs.yaml）；未指定路径时检查当前文件夹。\n' +
    '`report` 把 HTML 报告写入 planlint-report.html（或 --output 指定的文件；- 表示标准输出）。\n' +
    '`coverage` 按来源文件列出未被任何规划引用的数字和条款。\n' +
    '`init` 建立规划仓库（默认当前文件夹），从不覆盖已有文件。\n' +
    '`draft` 根据来源文件（.txt 或 .md）起草规划：打印草稿，或写入 --out 指定的文件，从不覆盖已有文件。\n' +
    '`doc` 直接检查来源文件（.txt、.md、.docx、.html、.pdf）：在内存中起草并检查，问题标注在文件本身的行（文本）或段落（Word、网页、PDF）上。\n' +
    '\n' +
    '选项：\n' +
    '  --format <名称>          {formats}（默认 stylish）；可重复以输出多种格式，\n' +
    '                           按顺序各配一个 --output，或写作 名称=文件\n' +
    '  --output <文件>          把（配对的）格式写入文件，而不是标准输出\n' +
    '  --max-warnings <n>       警告多于 n 个时退出码为1\n' +
    '  --config <文件>          使用此配置，而不是向上查找到的 planlint.config.yaml\n' +
    '                           （此时不读取仓库自己的配置，包括其中的限制）\n' +
    '  --max-limits             仓库配置只能调低资源限制，不能高于默认值（用于拉取请求的 CI）\n' +
    '  --baseline <文件>        只报告不在此前 --format json 输出中的问题\n' +
    '  --report-unused-disable  报告没有屏蔽任何问题的 planlint-disable 注释\n' +
    '  --locale <en|zh-cn>      消息语言（默认取自 LANG，否则为 en）\n' +
    '  --color / --no-color     在 stylish 输出中强制开启或关闭颜色\n' +
    '  -h, --help               显示此帮助\n' +
    '  -v, --version            显示版本\n' +
    '\n' +
    '退出码：0表示无错误；1表示发现错误（或警告多于 --max-warnings）；2表示无法运行。\n',
  'cli.reportWritten': '报告已写入 {file}',
  'cli.initOneFolder': 'init 只接受一个文件夹',
  'cli.maxWarnings': '--max-warnings 需要非负整数',
  'cli.oneStdout': '只有一种格式可以输出到标准输出：请为其他格式指定 --output',
  'cli.outputBeforeFormat': '请把 --output 放在它所对应的 --format 之后',
  'cli.outputWithoutFormat': '--output {file} 前面没有尚未配对输出文件的 --format',
  'cli.rulesFormat': 'rules：未知格式“{format}”（可用：text、json）',
  'cli.tooManyWarnings.one': '{n}个警告，多于 --max-warnings 所设的{max}个',
  'cli.tooManyWarnings.other': '{n}个警告，多于 --max-warnings 所设的{max}个',
  'cli.unknownFormat': '未知格式“{format}”（可用：{known}）',
  'cli.unknownLocale': '未知语言“{locale}”（可用：en、zh-cn）',

  'completion.aliasOf': '“{id}”的别名',
  'completion.configUnit': ' · planlint.config.yaml 中定义的单位',
  'completion.existedUntil': '存续至{until}年',
  'completion.snippet': '代码片段',

  'config.cannotBeRead': '无法读取：{why}',

  'count.funding.one': '资金条款{n}项',
  'count.funding.other': '资金条款{n}项',
  'count.indicators.one': '指标{n}个',
  'count.indicators.other': '指标{n}个',
  'count.tasks.one': '任务{n}项',
  'count.tasks.other': '任务{n}项',

  'coverage.citedBy': '  引用该文件的规划：{plans}',
  'coverage.clause': '条款',
  'coverage.counts':
    '  数字：已引用{cited}/{total}（{share}%）；责任单位与支持措施条款：已引用{clausesCited}/{clausesTotal}',
  'coverage.noPlan': '无',
  'coverage.notCited': '{uncited}处未引用',
  'coverage.summary':
    '数字已引用{cited}/{total}（{share}%）；责任单位与支持措施条款已引用{clausesCited}/{clausesTotal}',
  'coverage.total.one': '{n}个来源文件中，未引用的数字{numbers}个，未引用的条款{clauses}项',
  'coverage.total.other': '{n}个来源文件中，未引用的数字{numbers}个，未引用的条款{clauses}项',
  'coverage.whatNoPlanCites': '未被规划引用的内容',

  'draft.cannotRead': '无法读取“{file}”：{why}',
  'draft.cannotWrite': '无法写入“{file}”：{why}',
  'draft.done': '已起草{indicators}、{tasks}、{funding}，写入 {file}',
  'draft.emptyId': '--id 需要非空的标识',
  'draft.exists': '“{file}”已存在：起草不会覆盖已有文件（请为 --out 另指定文件）',
  'draft.notAFile': '不是文件',
  'draft.oneDocument': 'draft 只接受一个文档',
  'draft.unreadForm': '不读取 {form} 文件：请另存为 .docx、.html、.pdf 或文本',
  'draft.tooLarge': '超过来源文件大小限制',
  'doc.related': '（{list}）',
  'doc.relatedItem': '第{paragraph}段“{text}”',
  'doc.relatedSep': '；',
  'doc.usage': '用法：planlint doc <文档|目录>... [--format 格式] [--output 文件] [--explain]\n',
  'doc.explain': '  起草所据：{line}',
  'draft.usage': '用法：planlint draft <文档.txt|文档.md> [--out 文件] [--id 标识] [--explain]\n',

  'entry.baseline': '基期值',
  'entry.baselineYear': '{year}年基期值',
  'entry.growth': '年均增长',
  'entry.target': '目标值',
  'entry.actual': '实际值',
  'entry.actualYear': '{year}年实际值',
  'entry.targetYear': '{year}年目标值',

  'decision.acknowledged': '已确认：{message}（记录的理由：{reason}）',
  'decision.inDocument': '{doc}{paragraphs}',
  'decision.listSeparator': '、',
  'decision.noReason': '未写明理由',
  'decision.paragraph': '第{n}段',
  'decision.reason': '原文自身不一致（{paragraphs}），规划照录原文数字',
  'decision.recordedHere': '在此记录：{reason}',

  'field.example': '示例：',
  'field.required': ' · 必填',
  'field.values': '取值：',

  'files.cannotRead': '无法读取“{file}”：{why}',
  'files.missing': '无法读取“{arg}”：没有此文件或文件夹',
  'files.noMatch': '没有与“{arg}”匹配的文件',
  'files.noDocuments': '“{arg}”中没有来源文件（.txt、.md、.docx、.html、.pdf）',
  'files.noPlans': '“{arg}”中没有规划文件（{globs}）',

  'fix.closestPassage': '改为原文中最接近的段落文字：“{text}”',
  'fix.impliedGrowth': '将年均增长改为推算值{growth}',
  'fix.quoteValue': '给值加引号：{value}',
  'fix.recordInconsistency': '记为原文自身的不一致（{paragraphs}）',
  'fix.sourceValue': '改为原文所述的{value}',
  'fix.successor': '改为继任机构“{id}”',
  'fix.suggestion': '改为“{id}”',
  'fix.suppress': '添加注释以忽略此行的 {code}',
  'fix.targetFromGrowth': '将目标改为按所述年均增长推算的{target}',
  'fix.unit': '改为单位“{unit}”',

  'funding.amount': '金额',
  'funding.cap': '上限',
  'funding.costShare': '分担比例',
  'funding.duration': '期限',
  'funding.from': '起始年份',
  'funding.instrument': '方式',
  'funding.payer': '出资单位',
  'funding.rate': '比例',
  'funding.ratesAndAmounts': '比例与金额',
  'funding.supports': '支持任务',
  'funding.threshold': '门槛',
  'funding.tier': '分档',
  'funding.years': '{durationYears}年',

  'goTo.at': '{file}，第{line}行',
  'goTo.noParagraph': '此文档没有第{n}段：段落为第1段至第{count}段。',

  'hint.uncitedClause': '没有规划条目引用第{para}段的这项责任单位或支持措施条款',
  'hint.uncitedNumber': '没有规划条目引用第{para}段的这个数字（{text}）',

  'indicator.baseline': '基期值',
  'indicator.binding': '约束性',
  'indicator.expected': '预期性',
  'indicator.growth': '年均增长：所述{stated}，推算{implied}',
  'indicator.targets': '目标值',
  'indicator.unit': '单位',

  'init.cannotWrite': '无法写入“{dir}”：{why}',
  'init.next': '\n下一步：npm install --save-dev planlint@{version}（如尚未安装），然后运行 npx planlint\n',
  'init.skipped': '  已跳过  {file}（文件已存在，未改动）\n',
  'init.title': '在 {dir} 建立规划仓库\n',
  'init.wrote': '  已写入  {file}\n',

  'inlay.impliedChange': '由{year}年基期值推算的年均变化',
  'inlay.impliedGrowth': '由{year}年基期值推算的年均增长',
  'inlay.inIndicatorUnit': '已折算为指标单位（{unit}）',
  'inlay.allocated': '分解合计 {sum}',
  'inlay.allocatedTooltip': '{year}年本总量分解到的{n}项之和：{sum}（{gap}）',
  'inlay.allocatedShort': '差{gap}',
  'inlay.allocatedOver': '超出{gap}',
  'inlay.allocatedExact': '恰好等于总量',
  'inlay.allocatedWithin': '未超过总量，余{gap}',
  'inlay.allocatedBeyond': '超过总量{gap}',

  'instrument.award': '奖励',
  'instrument.fund': '专项资金',
  'instrument.grant': '补助',
  'instrument.guarantee': '担保',
  'instrument.interest-subsidy': '贴息',
  'instrument.price-support': '价格支持',
  'instrument.subsidy': '补贴',
  'instrument.tax': '税收优惠',

  'item.due': '完成年份',
  'item.fundingClause': '资金条款',
  'item.fundingClauses': '资金条款',
  'item.goal': '目标',
  'item.goals': '目标',
  'item.indicator': '指标',
  'item.indicators': '指标',
  'item.lead': '牵头单位',
  'item.responsible': '责任单位',
  'item.source': '来源',
  'item.support': '配合单位',
  'item.task': '任务',
  'item.tasks': '任务',

  'kind.funding': '资金条款',
  'kind.goal': '目标',
  'kind.indicator': '指标',
  'kind.item': '条目',
  'kind.organization': '机构',
  'kind.source': '来源文件',
  'kind.task': '任务',

  'link.aligns': '衔接{file}中的{name}',
  'link.allocatedTo': '分解到{file}中的{name}',
  'link.carriedBy': '被{file}中的{name}衔接',
  'link.heldBinding': '须达到：对方为约束性指标，两规划同属{region}（alignment-weaker）。',
  'link.heldMust': '须达到：链接写明 must: meet（alignment-weaker）。',
  'link.notHeld': '不要求达到：对方不是同一地区规划的约束性指标，链接也未写明 must: meet。',
  'link.notCompared.direction': '未比较：两个指标的方向不同。',
  'link.notCompared.unit': '未比较：两者单位的量纲不同。',
  'link.notCompared.no-shared-year': '未比较：没有双方都有数值目标的年份，也没有同类的年均增长。',
  'link.targets': '对方目标',
  'link.thisPlan': '本规划',
  'link.unresolved': '该链接无法解析。',
  'lens.cited.one': '被{n}个规划条目引用',
  'lens.cited.other': '被{n}个规划条目引用',
  'lens.more': '另有{n}个',

  'org.aliases': '别名',
  'org.existedUntil': '存续至{until}年',
  'org.successor': '；继任机构：**{name}**（`{id}`）',

  'output.linkedFile': '拒绝写入“{file}”：该路径是符号链接',
  'output.linkedFolder': '拒绝写入“{file}”：“{folder}”是符号链接',
  'output.notFile': '无法写入“{file}”：该路径不是普通文件',
  'output.outside': '拒绝写入“{file}”：该路径不在要写入的文件夹内',
  'output.notFolder': '无法写入“{file}”：“{folder}”不是文件夹',

  'pace.compound': '年均{span}%',
  'pace.linear': '年均{span}个百分点',

  'per.enterprise': '每家企业',
  'per.enterprise-year': '每家企业每年',
  'per.event': '每次',
  'per.item': '每项',
  'per.item-year': '每项每年',
  'per.person': '每人',
  'per.person-year': '每人每年',
  'per.project': '每个项目',
  'per.total': '总额',

  'punct.colon': '：',
  'punct.enumeration': '、',

  'reading.checkedAs': '，按“{guess}”校验',
  'reading.contradiction': '无（各词相互矛盾）',
  'reading.multiple': '基期值 × {multiple}',
  'reading.notChecked': '其数值不参与校验。',
  'reading.notRead': '未能读作数量：',
  'reading.notUnderstood': '未能理解：**{unknown}**',
  'reading.reads': '读作',
  'reading.readsAYear': '读作（每年）',
  'reading.unitUnknown': '单位 **{unitText}** 未能识别',
  'reading.words': '已识别的词',

  'read.notText': '其中的文字不是文本',
  'read.notZip': '不是有效的 .docx 文件（不是 zip 压缩包，或已损坏）',
  'read.word97': '它是 Word 97–2003 文件或加密的 Word 文件，不是 .docx',
  'read.encrypted': '其内容已加密',
  'read.tooManyEntries': '其 zip 压缩包的条目超过10000个',
  'read.unpackedTooLarge': '其内容解压后超过来源文件的大小限制',
  'read.noMainPart': '其中没有 Word 文档部分',
  'read.xmlDoctype': '其 XML 含有文档类型声明（<!DOCTYPE），不予读取',
  'read.xmlTooDeep': '其 XML 嵌套超过256层',
  'read.xmlMalformed': '其 XML 格式不正确',
  'read.textTooLarge': '从中读出的文字超过来源文件的大小限制',
  'read.pdfInvalid': '不是有效的 PDF 文件',
  'read.pdfPassword': '该 PDF 需要密码才能打开',
  'read.pdfScan': '该 PDF 各页均无文字（扫描件），需先进行文字识别（OCR）',
  'read.pdfTooManyPages': '该 PDF 超过5000页',
  'read.pdfTooManyObjects': '该 PDF 的对象超过1000000个',
  'read.pdfTimeout': '读取该 PDF 超过时间限制（60秒）',
  'reason.notAFile': '不是普通文件',
  'reason.notText': '不是 UTF-8、UTF-16或GB18030编码的文本',
  'reason.outside': '位于工作区之外',
  'reason.tooLarge': '超过{bytes}字节',

  'rename.badId': '“{id}”不能用作标识（不能含空格，也不能含 # : , [ ] { } " \' & * ! | > % @ `）',
  'rename.nothing': '此处没有可重命名的对象',
  'rename.taken': '“{id}”已被另一个{what}使用',
  'rename.yamlErrors': '文件有 YAML 语法错误',

  'eval.actual': '实现值（年份）',
  'eval.actualIn': '{value}（{year}年）',
  'eval.binding': '约束性',
  'eval.expected': '预期性',
  'eval.baseline': '基期值',
  'eval.csvFormat': 'report --evaluation：未知格式“{format}”（可用：html、csv）',
  'eval.csvNeedsEvaluation': '--format csv 输出评估表，请加上 --evaluation',
  'eval.indicator': '指标',
  'eval.progress': '进度',
  'eval.state': '状态',
  'eval.target': '目标值',
  'eval.time': '时间进度',
  'eval.title': '规划实施监测：主要指标完成情况',
  'eval.type': '属性',
  'eval.unit': '单位',
  'eval.plan': '规划',
  'eval.summary': '{total}中，{parts}。',
  'eval.summaryType': '{type}指标{total}项，其中{parts}。',
  'eval.none': '尚无指标填报年度实现值（`actuals`）。',
  'eval.listJoin': '，',
  'state.met': '提前完成',
  'state.behind': '滞后',
  'state.onTrack': '符合预期',
  'state.notCompared': '未比较',
  'state.noData': '无数据',
  'eval.count.one': '{n}项{state}',
  'eval.count.other': '{n}项{state}',
  'eval.indicators.one': '{n}项指标',
  'eval.indicators.other': '{n}项指标',
  'hint.actualProgress': '{year}年：{value}，完成进度{way}，时间进度{time}',
  'hint.actualState': '{year}年：{value}，{state}',
  'hint.actualTooltip': '{state}：至{to}年目标{target}的进度路径，{year}年应达到{expected}',

  'report.findingsByRule': '按规则分组的问题',
  'report.acknowledged': '已确认：以 planlint-disable 记录的决定',
  'report.acknowledgedOf': '《{plan}》：已确认的问题',
  'report.findings': '发现的问题',
  'report.findingsOf': '《{plan}》：按规则分组的问题',
  'report.noFindings': '没有未处理的问题。',
  'report.reason': '理由',
  'report.growthColumn': '年均增长（所述 / 推算）',
  'report.htmlLang': 'zh-CN',
  'report.lineColumn': '行:列',
  'report.period': '规划期',
  'report.sources': '来源段落',
  'report.status': '状态',
  'report.documents': '直接检查的文件：各文件发现的问题',
  'report.documentAgrees': '未发现问题：此文件中的数字相互一致。',
  'report.thePlanFile': '规划文件',
  'report.title': 'PlanLint 规划校验报告',
  'report.trajectory': '走势',

  'server.usage': '用法：planlint-language-server --stdio   （供任何编辑器使用的语言服务器；见 docs/editors.md）\n',
  'severity.error': '错误',
  'severity.hint': '提示',
  'severity.info': '信息',
  'severity.warning': '警告',

  'snippet.funding': '资金条款',
  'snippet.indicator': '指标',
  'snippet.targetChange': '目标：变化',
  'snippet.targetText': '目标：定性',
  'snippet.targetValue': '目标：数值',

  'source.cannotBeRead': '无法读取',
  'source.encoding': ' · {e} 编码',
  'source.firstOfMatches': '（共{matches}处匹配，显示第1处）',
  'source.noParagraph': '没有第{para}段（共{count}段）',
  'source.notAvailable': '来源文件不可用',
  'source.openParagraph': '打开第{para}段',
  'source.paragraphs.one': ' · 共{n}段',
  'source.paragraphs.other': ' · 共{n}段',
  'source.privateUse': '私用区字符，由 PDF 转换留下：原文此处有该字符，但它不代表任何可读的字符',
  'source.quoteNotFound': '未找到引文',

  'sourceHover.cited.one': '**第{para}段被{n}个规划条目引用**',
  'sourceHover.cited.other': '**第{para}段被{n}个规划条目引用**',

  'summary.acknowledged.one': '{n}条已确认',
  'summary.acknowledged.other': '{n}条已确认',
  'summary.clean.one': '已检查{n}个文件，未发现问题',
  'summary.clean.other': '已检查{n}个文件，未发现问题',
  'summary.errors.one': '{n}个错误',
  'summary.errors.other': '{n}个错误',
  'summary.files.one': '{n}个文件',
  'summary.files.other': '{n}个文件',
  'summary.hints.one': '{n}条提示',
  'summary.hints.other': '{n}条提示',
  'summary.infos.one': '{n}条信息',
  'summary.infos.other': '{n}条信息',
  'summary.listSeparator': '，',
  'summary.notRead.one': '；{n}个文件无法读取',
  'summary.notRead.other': '；{n}个文件无法读取',
  'summary.problems.one': '{files}中发现{n}个问题（{parts}）',
  'summary.problems.other': '{files}中发现{n}个问题（{parts}）',
  'summary.warnings.one': '{n}个警告',
  'summary.warnings.other': '{n}个警告',

  'unit.scale': '，数量级 ×{prefix}',

  'view.cannotShow': 'PlanLint 无法显示{file}的段落：{why}',
  'view.missing': '无法读取',
  'view.unsupported': '不读取 {form} 文件：请另存为 .docx、.html、.pdf 或文本',

  'writeError.EACCES': '没有写权限',
  'writeError.EEXIST': '这是文件，不是文件夹',
  'writeError.ENOTDIR': '路径中有一段是文件',
  'writeError.EPERM': '没有写权限',
  'writeError.EROFS': '文件系统只读',
};
