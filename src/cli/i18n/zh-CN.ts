/** The command line's lines in Simplified Chinese (mainland wording: 工作簿, 单元格, 行 for a row). */
import { formatList } from "../../engine";
import type { CsvEncoding, EncodingWhy } from "../encoding/names";
import type { CliMessages, TableNotes } from "./catalog";

const q = (s: string): string => `“${s}”`;
const more = (count: number, first: readonly string[]): string =>
  count > first.length ? ` …(+${count - first.length})` : "";

function amounts({ ranked, fixed }: TableNotes["amounts"]): string {
  if (ranked.length > 0 && fixed.length > 0)
    return `金额：${formatList("zh-CN", ranked)}按本表排名，${formatList("zh-CN", fixed)}按固定金额段`;
  return ranked.length > 0 ? "金额按本表排名评分" : fixed.length > 0 ? "金额按固定金额段评分" : "";
}

/** What the closing line says about the table, each part ending in "；". */
const tableNotes = (n: TableNotes): string =>
  [
    n.notAssessed.length > 0 ? `未评估：${formatList("zh-CN", n.notAssessed)}` : "",
    n.asOfFromHeaders ? `计算日期 ${n.asOfFromHeaders}（取自标题）` : "",
    amounts(n.amounts),
  ]
    .filter((part) => part !== "")
    .map((part) => `${part}；`)
    .join("");

const ENCODING: Readonly<Record<CsvEncoding, string>> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  gb18030: "GB18030/GBK",
  big5: "Big5",
};
/** Why the file was read in that encoding, in a refusal. */
const REFUSED_WHY: Readonly<Record<Exclude<EncodingWhy, "valid-utf8">, string>> = {
  bom: "文件开头的字节顺序标记（BOM）表明是此编码",
  option: "由 --encoding 指定",
  detected: "按文本内容判断是此编码",
};
/** The same, in the summary line. */
const READ_WHY: Readonly<Record<EncodingWhy, string>> = {
  bom: "据 BOM",
  option: "由 --encoding 指定",
  detected: "据文本内容判断",
  "valid-utf8": "有效的 UTF-8",
};

export const zhCN: CliMessages = {
  problems: {
    usage: (detail) => `命令行参数有误：${detail}。运行 customer-grader --help 查看用法。`,
    "file-missing": (file) => `找不到文件 ${file}：请检查路径和文件名。`,
    "not-a-workbook": (file) =>
      `${file} 不是 .xlsx 工作簿或 CSV 文件：请在 Excel 中另存为 .xlsx（Excel 工作簿）或 CSV 后再试。`,
    "password-protected": (file) =>
      `${file} 受密码保护（已加密）：请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密）后另存一份再试。`,
    corrupt: (file, detail) => `${file} 已损坏，无法读取（${detail}）：请用 Excel 打开并修复，或使用备份。`,
    "prefixed-xml": (file) =>
      `${file} 不是 Excel 保存的格式（其 XML 带命名空间前缀 x:，常见于 ERP、运输管理系统等程序导出的文件），命令行无法读取：请在 Excel 中打开并另存为“Excel 工作簿(.xlsx)”后再试。`,
    "too-large": (file, output) =>
      output
        ? `分级后的文件 ${file} 将达到 4 GB 以上（整个文件或其中的工作表），命令行无法写出：请把客户拆分到几个较小的工作簿中再分级。`
        : `${file} 太大，命令行无法处理（只能读取 2 GB 以下、不含 4 GB 以上工作表的文件）：请把客户拆分到几个较小的工作簿中再分级。`,
    "no-table": (file) => `${file} 中没有表格，第一个工作表也没有标题行：请把客户数据放在有标题行的表格中。`,
    "several-tables": (names) => `工作簿中有多个表格（${formatList("zh-CN", names)}）：请用 --table 指定要分级的表格。`,
    "table-not-found": (name, names) =>
      `没有名为“${name}”的表格${names.length ? `（现有：${formatList("zh-CN", names)}）` : "（工作簿中没有表格）"}：请检查 --table 的名称。`,
    "sheet-not-found": (name, names) =>
      `没有名为“${name}”的工作表（现有：${formatList("zh-CN", names)}）：请检查 --sheet 的名称。`,
    "columns-blocked": (where) =>
      `要添加的等级、评分、备注列位置（${where}）已有内容：请在表格中加上这三列，或移开表格右侧的数据后再试。`,
    "shared-formula": (header, ref) =>
      `“${header}”列中有一个公式与表格外的单元格共用（${ref}），覆盖它会破坏那些单元格的公式：请在 Excel 中把该列的公式转为数值或只填到表格内后再试。`,
    "csv-unclosed-quote": (file, row, column) =>
      `${file} 第 ${row} 行第 ${column} 列开头的引号没有闭合，其后的所有内容都会落入这一个单元格：请补上闭合的引号（字段中的引号要写成两个 ""）后再试。`,
    "no-room-for-outputs": (columns, last, max, toAdd, remove, movedRight) =>
      `表格没有空间添加分级的列（${formatList("zh-CN", toAdd)}）：表格有 ${columns} 列${movedRight ? `，到工作表的第 ${last} 列为止` : ""}，而工作表最多 ${max} 列（A 到 XFD），再加 ${toAdd.length} 列放不下。请删除至少 ${remove} 个分级不读取的列${movedRight ? "（或把表格左移）" : ""}，或用 --out 文件名.csv 输出 CSV，然后再试。`,
    "csv-encoding": (file, found, hex) =>
      `无法按 ${ENCODING[found.encoding]} 读取 ${file}（${REFUSED_WHY[found.why]}）：第 ${found.line} 行、字节偏移 ${found.offset} 处的 ${hex} 不是 ${ENCODING[found.encoding]} 文字，改用别的编码读取会把整个文件读成乱码，所以没有继续。如果文件是其他编码，请用 --encoding 指定（utf8、utf16le、utf16be、gb18030 或 big5）；否则请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试。`,
    "rules-unreadable": (file, detail) =>
      `无法读取规则集 ${file}（${detail}）：请提供 customer-grader rules --export 导出的 JSON 文件。`,
    "rules-invalid": (file, count, first) =>
      `规则集 ${file} 有 ${count} 处错误（${first.join("；")}${more(count, first)}）：运行 customer-grader rules --check ${file} 查看全部。`,
    "out-exists": (file) => `输出文件 ${file} 已存在，未覆盖：请用 --out 指定其他文件名，或加 --force 覆盖它。`,
    "out-is-input": (file) => `输出文件 ${file} 就是输入文件：命令行从不覆盖输入，请用 --out 指定其他文件名。`,
    "write-failed": (file, detail) =>
      `无法写入 ${file}（${detail}）：请检查文件夹是否存在、是否有写入权限，以及文件是否在其他程序中打开。`,
  },
  usage: {
    takesNoValue: (flag) => `--${flag} 不带值`,
    unknownOption: (spelled) => `没有 ${spelled} 这个选项`,
    valueLooksLikeOption: (flag, value) =>
      `--${flag} 后面需要一个值，而 ${q(value)} 是一个选项（若它就是值，请写成 --${flag}=${value}）`,
    needsValue: (flag) => `--${flag} 后面需要一个值`,
    givenTwice: (flag) => `--${flag} 给了两次`,
    doesNotApply: (flag, command) => `--${flag} 不能用于 ${q(command)}`,
    badLang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，而不是 ${q(value)}`,
    needsFile: (command) => `${command} 需要一个文件`,
    oneFile: (command, count) => `${command} 只接受一个文件，而不是 ${count} 个`,
    badAsOf: (value) => `--as-of 须是 YYYY-MM-DD 格式的日期，而不是 ${q(value)}`,
    badEncoding: (value) =>
      `--encoding 只能是 utf8、utf16le、utf16be、gb18030（GBK 也用它）或 big5，而不是 ${q(value)}`,
    encodingNeedsCsv: () => "--encoding 只适用于 CSV 文件（工作簿中的文字总是 Unicode）",
    rulesTakesNoFile: () => "rules 本身不接受文件：请用 --export FILE 或 --check FILE",
    rulesNeedsOne: () => "rules 需要 --export FILE 或 --check FILE 二者之一",
    unknownCommand: (command, known) => `没有 ${q(command)} 这个命令（可用：${known}）`,
    macroAsXlsm: (name) => `含宏的工作簿须写为 .xlsm（或 .csv），而不是 ${q(name)}`,
    outExtension: (name) => `--out 须以 .xlsx 或 .csv 结尾，而不是 ${q(name)}`,
    formatNeedsXlsxOutput: () => "--format 需要 .xlsx 输出（CSV 无法保存格式）",
    escapeNeedsCsvOutput: () =>
      "--escape-formulas 只用于 CSV 输出（--out 文件.csv）：.xlsx 副本的每个单元格都写成值，从不写成公式，无需在前面加 '",
    formatNeedsWorkbook: () => "format 需要 .xlsx 工作簿；要给 CSV 加格式，请用 grade --format",
    formatWritesXlsx: () => "format 只写 .xlsx 工作簿（CSV 无法保存格式）",
    explainWritesNothing: (flag) =>
      `--explain-columns 只列出各列如何识别，不写任何文件，不能与 --${flag} 同用（要写出结果，请去掉 --explain-columns）`,
    needsOption: (command, flag) => `${command} 需要 --${flag}`,
    outJson: (name) => `--out 的文件名须以“.json”结尾（拟合出的规则集以此格式保存），而不是 ${q(name)}`,
  },
  progress: {
    reading: (file) => `正在读取 ${file}`,
    grading: (rows) => `正在分级 ${rows} 行`,
    writing: (file) => `正在写入 ${file}`,
  },
  rulesExported: (file) => `已把默认规则集写入 ${file}`,
  leftoverRemoved: (file) => `已删除 ${file}：这是之前一次被中断的运行留下的临时文件`,
  rulesValid: (file, dimensions, letters) => `${file} 是有效的规则集：${dimensions} 个维度，等级 ${letters}`,
  graded: (f) =>
    `已分级 ${f.graded} 行：${f.counts.join("，")}；${f.incomplete} 行数据不全，${f.skipped} 行空行；` +
    tableNotes(f) +
    `${f.issues} 个无法识别的单元格；替换了 ${f.replaced} 个原有内容的单元格` +
    (f.readAs ? `；按 ${ENCODING[f.readAs.name]} 读取（${READ_WHY[f.readAs.why]}）` : "") +
    (f.escaped === null ? "" : `；在 ${f.escaped} 个会被当作公式的单元格前加了 '`) +
    (f.written ? `；已写入 ${f.written}` : ""),
  formatted: (f) =>
    `已套用模板格式到 ${f.table}：${f.tableStyled ? "表格样式、" : "（不是 Excel 表格，未设表格样式）"}` +
    `${f.coloured ? `等级颜色、评分数据条、${f.numberFormats ? `${f.numberFormats} 列数字格式、` : ""}` : "（工作簿没有样式部件，未加颜色和数字格式）"}` +
    `${f.freeze === "frozen" ? "冻结标题行、" : f.freeze === "kept" ? "保留已冻结的窗格、" : `标题行在第 ${f.freezeRowLimit} 行以下，未冻结、`}调整列宽` +
    (f.validated.length ? `；下拉列表：${formatList("zh-CN", f.validated)}` : "") +
    (f.kept.length ? `；保留了这些列上原有的数据验证：${formatList("zh-CN", f.kept)}` : "") +
    (f.written ? `；已写入 ${f.written}` : ""),
  explain: {
    title: (table, columns) => `“${table}”的 ${columns} 列识别如下：`,
    column: (n, header, reading, samples) =>
      `${n}. ${header === "" ? "（空标题）" : q(header)} → ${reading}；${samples}`,
    via: { alias: "名称一致", qualified: "名称加期间或单位", contains: "包含已知名称", override: "手动指定" },
    readAs: (field, via, percent, details) => `${field}（${[via, `可信度 ${percent}%`, ...details].join("，")}）`,
    period: (text) => `期间 ${text}`,
    unit: (text) => `单位 ${text}`,
    samples: (values) => `示例：${values.map(q).join("、")}`,
    noValues: "无数据",
    notUsed: {
      unrecognised: "未使用：无法识别",
      ambiguous: (fields) => `未使用：有歧义，可能是${formatList("zh-CN", fields, "disjunction")}`,
      duplicate: (field, header) => `未使用：${field}已从${q(header)}读取`,
      olderPeriod: (field, header) => `未使用：期间较早，${field}从${q(header)}读取`,
    },
    notAssessed: (message) => `未评估：${message}`,
    allAssessed: "未评估：无；表中每个维度都有数据",
    amounts: (message) => `金额：${message}`,
    asOf: (message) => `计算日期：${message}`,
    cannotGrade: (message) => `无法分级：${message}`,
  },
  lines: {
    sheetName: "客户汇总",
    built: (f) =>
      `已从 ${f.lines} 行明细生成 ${f.customers} 位客户（金额按 ${f.from} 至 ${f.to} 计）` +
      (f.afterAsOf > 0 ? `；基准日期当天及之后的 ${f.afterAsOf} 行未计入` : "") +
      `；${f.issues} 个无法识别的单元格` +
      (f.escaped === null ? "" : `；在 ${f.escaped} 个会被当作公式的单元格前加了 '`) +
      `；已写入 ${f.written}`,
    issue: (row, header, message) => `  第 ${row} 行「${header}」：${message}`,
    moreIssues: (count) => `  另有 ${count} 个无法识别的单元格（用 --json 查看全部）`,
    rfmTitle: (customers, asOf) => `RFM 客户类型（${customers} 位客户，基准日期 ${asOf}）：`,
    rfmSegment: (name, customers, amount) => `  ${name}：${customers} 位，金额 ${amount}`,
  },
  fit: {
    progress: (percent) => `正在拟合：${percent}%`,
    title: (column, graded, written) => `已按“${column}”列的等级拟合规则集（${graded} 行有等级），已写入 ${written}`,
    inSample: (f) => `在拟合所用的行上一致：${f.share}（${f.rows} 行中 ${f.agreed} 行），kappa ${f.kappa}`,
    crossValidated: (f, folds) =>
      `在拟合未见过的行上一致（${folds} 折交叉验证）：${f.share}（${f.rows} 行中 ${f.agreed} 行），kappa ${f.kappa}`,
    noCrossValidation: "在拟合未见过的行上一致：有等级的行太少，无法留出验证",
    baseline: (share) => `一律猜最常见的等级，一致率为 ${share}`,
    before: (f) => `起始规则集的一致率：${f.share}（${f.rows} 行中 ${f.agreed} 行），kappa ${f.kappa}`,
    verdict: {
      good: "结论：好。拟合出的规则集与您的分级一致",
      fair: "结论：尚可。大体符合您的分级，使用前请核对下面不同的客户",
      poor: "结论：差。您的分级与表格各列的关系不够紧密，规则集无法重现",
    },
    thin: (graded) => `证据不足：只有 ${graded} 行有等级（不到 30 行），一致率说明不了多少；请给更多客户分级后再拟合`,
    confusionTitle: "您的等级（行）× 拟合规则集的等级（列）：",
    none: "无",
    differencesTitle: (n) => `等级不同的客户（${n} 个）：`,
    noDifferences: "等级不同的客户：无",
    difference: (row, name, analyst, fitted, score) =>
      `  第 ${row} 行，${name === "" ? "（无名称）" : name}：${analyst} → ${fitted ?? "无"}${score === null ? "" : `（评分 ${score}）`}`,
    moreDifferences: (n) => `  另有 ${n} 个（--json 列出全部）`,
    changesTitle: "改动（原 → 新）：",
    noChanges: "改动：无，起始规则集已是最合适的",
    dimension: (label, before, after, shareBefore, shareAfter) =>
      `  ${label}：权重 ${before} → ${after}（占评分 ${shareBefore} → ${shareAfter}）`,
    criterion: (label, before, after) => `  ${label}：权重 ${before} → ${after}`,
    parameter: (label, what, before, after) => `  ${label}，${what}：${before} → ${after}`,
    threshold: (label, before, after) => `  ${label}：最低分 ${before} → ${after}`,
    ruleSwitched: (label, on) => `  规则“${label}”：${on ? "启用" : "停用"}`,
    ruleGrade: (label, before, after) => `  规则“${label}”：最高 ${before} → 最高 ${after}`,
    ruleValue: (label, before, after) => `  规则“${label}”：界限 ${before} → ${after}`,
    issuesTitle: (n) => `无法读取的等级单元格（${n} 个），未用于拟合：`,
    issue: (row, header, message) => `  第 ${row} 行，“${header}”：${message}`,
    moreIssues: (n) => `  另有 ${n} 个（--json 列出全部）`,
  },
};
