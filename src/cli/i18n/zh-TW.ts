/** The command line's lines in Traditional Chinese (Taiwan wording: 活頁簿, 儲存格, 列 for a row). */
import { formatList } from "../../engine";
import type { CsvEncoding, EncodingWhy } from "../encoding/names";
import type { CliMessages, TableNotes } from "./catalog";

const q = (s: string): string => `「${s}」`;
const more = (count: number, first: readonly string[]): string =>
  count > first.length ? ` …(+${count - first.length})` : "";

function amounts({ ranked, fixed }: TableNotes["amounts"]): string {
  if (ranked.length > 0 && fixed.length > 0)
    return `金額：${formatList("zh-TW", ranked)}依本表排名，${formatList("zh-TW", fixed)}依固定金額級距`;
  return ranked.length > 0 ? "金額依本表排名評分" : fixed.length > 0 ? "金額依固定金額級距評分" : "";
}

/** What the closing line says about the table, each part ending in "；". */
const tableNotes = (n: TableNotes): string =>
  [
    n.notAssessed.length > 0 ? `未評估：${formatList("zh-TW", n.notAssessed)}` : "",
    n.asOfFromHeaders ? `計算日期 ${n.asOfFromHeaders}（取自標題）` : "",
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
  bom: "檔案開頭的位元組順序標記（BOM）表明是此編碼",
  option: "由 --encoding 指定",
  detected: "依文字內容判斷是此編碼",
};
/** The same, in the summary line. */
const READ_WHY: Readonly<Record<EncodingWhy, string>> = {
  bom: "依 BOM",
  option: "由 --encoding 指定",
  detected: "依文字內容判斷",
  "valid-utf8": "有效的 UTF-8",
};

export const zhTW: CliMessages = {
  problems: {
    usage: (detail) => `命令列參數有誤：${detail}。執行 customer-grader --help 查看用法。`,
    "file-missing": (file) => `找不到檔案 ${file}：請檢查路徑和檔名。`,
    "not-a-workbook": (file) =>
      `${file} 不是 .xlsx 活頁簿或 CSV 檔案：請在 Excel 中另存為 .xlsx（Excel 活頁簿）或 CSV 後再試。`,
    "password-protected": (file) =>
      `${file} 受密碼保護（已加密）：請在 Excel 中開啟，移除密碼（檔案 > 資訊 > 保護活頁簿 > 以密碼加密）後另存一份再試。`,
    corrupt: (file, detail) => `${file} 已損毀，無法讀取（${detail}）：請用 Excel 開啟並修復，或使用備份。`,
    "prefixed-xml": (file) =>
      `${file} 不是 Excel 儲存的格式（其 XML 帶命名空間前置詞 x:，常見於 ERP、運輸管理系統等程式匯出的檔案），命令列無法讀取：請在 Excel 中開啟並另存為「Excel 活頁簿(.xlsx)」後再試。`,
    "too-large": (file, output) =>
      output
        ? `分級後的檔案 ${file} 將達到 4 GB 以上（整個檔案或其中的工作表），命令列無法寫出：請把客戶拆分到幾個較小的活頁簿中再分級。`
        : `${file} 太大，命令列無法處理（只能讀取 2 GB 以下、不含 4 GB 以上工作表的檔案）：請把客戶拆分到幾個較小的活頁簿中再分級。`,
    "no-table": (file) => `${file} 中沒有表格，第一個工作表也沒有標題列：請把客戶資料放在有標題列的表格中。`,
    "several-tables": (names) => `活頁簿中有多個表格（${formatList("zh-TW", names)}）：請用 --table 指定要分級的表格。`,
    "table-not-found": (name, names) =>
      `沒有名為「${name}」的表格${names.length ? `（現有：${formatList("zh-TW", names)}）` : "（活頁簿中沒有表格）"}：請檢查 --table 的名稱。`,
    "sheet-not-found": (name, names) =>
      `沒有名為「${name}」的工作表（現有：${formatList("zh-TW", names)}）：請檢查 --sheet 的名稱。`,
    "columns-blocked": (where) =>
      `要新增的等級、評分、備註欄位置（${where}）已有內容：請在表格中加上這三欄，或移開表格右側的資料後再試。`,
    "shared-formula": (header, ref) =>
      `「${header}」欄中有一個公式與表格外的儲存格共用（${ref}），覆寫它會破壞那些儲存格的公式：請在 Excel 中把該欄的公式轉為數值或只填到表格內後再試。`,
    "csv-unclosed-quote": (file, row, column) =>
      `${file} 第 ${row} 列第 ${column} 欄開頭的引號沒有閉合，其後的所有內容都會落入這一個儲存格：請補上閉合的引號（欄位中的引號要寫成兩個 ""）後再試。`,
    "no-room-for-outputs": (columns, last, max, toAdd, remove, movedRight) =>
      `表格沒有空間新增分級的欄（${formatList("zh-TW", toAdd)}）：表格有 ${columns} 欄${movedRight ? `，到工作表的第 ${last} 欄為止` : ""}，而工作表最多 ${max} 欄（A 到 XFD），再加 ${toAdd.length} 欄放不下。請刪除至少 ${remove} 個分級不讀取的欄${movedRight ? "（或把表格左移）" : ""}，或用 --out 檔名.csv 輸出 CSV，然後再試。`,
    "csv-encoding": (file, found, hex) =>
      `無法以 ${ENCODING[found.encoding]} 讀取 ${file}（${REFUSED_WHY[found.why]}）：第 ${found.line} 行、位元組位移 ${found.offset} 處的 ${hex} 不是 ${ENCODING[found.encoding]} 文字，改用別的編碼讀取會把整個檔案讀成亂碼，所以沒有繼續。如果檔案是其他編碼，請用 --encoding 指定（utf8、utf16le、utf16be、gb18030 或 big5）；否則請在 Excel 中另存為「CSV UTF-8（逗號分隔）」後再試。`,
    "rules-unreadable": (file, detail) =>
      `無法讀取規則集 ${file}（${detail}）：請提供 customer-grader rules --export 匯出的 JSON 檔案。`,
    "rules-invalid": (file, count, first) =>
      `規則集 ${file} 有 ${count} 處錯誤（${first.join("；")}${more(count, first)}）：執行 customer-grader rules --check ${file} 查看全部。`,
    "out-exists": (file) => `輸出檔案 ${file} 已存在，未覆寫：請用 --out 指定其他檔名，或加 --force 覆寫它。`,
    "out-is-input": (file) => `輸出檔案 ${file} 就是輸入檔案：命令列從不覆寫輸入，請用 --out 指定其他檔名。`,
    "write-failed": (file, detail) =>
      `無法寫入 ${file}（${detail}）：請檢查資料夾是否存在、是否有寫入權限，以及檔案是否在其他程式中開啟。`,
  },
  usage: {
    takesNoValue: (flag) => `--${flag} 不帶值`,
    unknownOption: (spelled) => `沒有 ${spelled} 這個選項`,
    valueLooksLikeOption: (flag, value) =>
      `--${flag} 後面需要一個值，而 ${q(value)} 是一個選項（若它就是值，請寫成 --${flag}=${value}）`,
    needsValue: (flag) => `--${flag} 後面需要一個值`,
    givenTwice: (flag) => `--${flag} 給了兩次`,
    doesNotApply: (flag, command) => `--${flag} 不能用於 ${q(command)}`,
    badLang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，而不是 ${q(value)}`,
    needsFile: (command) => `${command} 需要一個檔案`,
    oneFile: (command, count) => `${command} 只接受一個檔案，而不是 ${count} 個`,
    badAsOf: (value) => `--as-of 須是 YYYY-MM-DD 格式的日期，而不是 ${q(value)}`,
    badEncoding: (value) =>
      `--encoding 只能是 utf8、utf16le、utf16be、gb18030（GBK 也用它）或 big5，而不是 ${q(value)}`,
    encodingNeedsCsv: () => "--encoding 只適用於 CSV 檔案（活頁簿中的文字一律是 Unicode）",
    rulesTakesNoFile: () => "rules 本身不接受檔案：請用 --export FILE 或 --check FILE",
    rulesNeedsOne: () => "rules 需要 --export FILE 或 --check FILE 二者之一",
    unknownCommand: (command, known) => `沒有 ${q(command)} 這個命令（可用：${known}）`,
    macroAsXlsm: (name) => `含巨集的活頁簿須寫為 .xlsm（或 .csv），而不是 ${q(name)}`,
    outExtension: (name) => `--out 須以 .xlsx 或 .csv 結尾，而不是 ${q(name)}`,
    formatNeedsXlsxOutput: () => "--format 需要 .xlsx 輸出（CSV 無法保存格式）",
    escapeNeedsCsvOutput: () =>
      "--escape-formulas 只用於 CSV 輸出（--out 檔案.csv）：.xlsx 副本的每個儲存格都寫成值，從不寫成公式，無需在前面加 '",
    formatNeedsWorkbook: () => "format 需要 .xlsx 活頁簿；要替 CSV 加格式，請用 grade --format",
    formatWritesXlsx: () => "format 只寫 .xlsx 活頁簿（CSV 無法保存格式）",
    explainWritesNothing: (flag) =>
      `--explain-columns 只列出各欄如何辨識，不寫任何檔案，不能與 --${flag} 同用（要寫出結果，請去掉 --explain-columns）`,
    needsOption: (command, flag) => `${command} 需要 --${flag}`,
    outJson: (name) => `--out 的檔名須以「.json」結尾（擬合出的規則集以此格式儲存），而不是 ${q(name)}`,
  },
  progress: {
    reading: (file) => `正在讀取 ${file}`,
    grading: (rows) => `正在分級 ${rows} 列`,
    writing: (file) => `正在寫入 ${file}`,
  },
  rulesExported: (file) => `已把預設規則集寫入 ${file}`,
  leftoverRemoved: (file) => `已刪除 ${file}：這是先前一次被中斷的執行留下的暫存檔`,
  rulesValid: (file, dimensions, letters) => `${file} 是有效的規則集：${dimensions} 個維度，等級 ${letters}`,
  graded: (f) =>
    `已分級 ${f.graded} 列：${f.counts.join("，")}；${f.incomplete} 列資料不全，${f.skipped} 列空白；` +
    tableNotes(f) +
    `${f.issues} 個無法辨識的儲存格；取代了 ${f.replaced} 個原有內容的儲存格` +
    (f.readAs ? `；以 ${ENCODING[f.readAs.name]} 讀取（${READ_WHY[f.readAs.why]}）` : "") +
    (f.escaped === null ? "" : `；在 ${f.escaped} 個會被當作公式的儲存格前加了 '`) +
    (f.written ? `；已寫入 ${f.written}` : ""),
  formatted: (f) =>
    `已套用範本格式到 ${f.table}：${f.tableStyled ? "表格樣式、" : "（不是 Excel 表格，未設表格樣式）"}` +
    `${f.coloured ? `等級顏色、評分資料橫條、${f.numberFormats ? `${f.numberFormats} 欄數值格式、` : ""}` : "（活頁簿沒有樣式元件，未加顏色和數值格式）"}` +
    `${f.freeze === "frozen" ? "凍結標題列、" : f.freeze === "kept" ? "保留已凍結的窗格、" : `標題列在第 ${f.freezeRowLimit} 列以下，未凍結、`}調整欄寬` +
    (f.validated.length ? `；下拉清單：${formatList("zh-TW", f.validated)}` : "") +
    (f.kept.length ? `；保留了這些欄上原有的資料驗證：${formatList("zh-TW", f.kept)}` : "") +
    (f.written ? `；已寫入 ${f.written}` : ""),
  explain: {
    title: (table, columns) => `「${table}」的 ${columns} 欄辨識如下：`,
    column: (n, header, reading, samples) =>
      `${n}. ${header === "" ? "（空白標題）" : q(header)} → ${reading}；${samples}`,
    via: { alias: "名稱一致", qualified: "名稱加期間或單位", contains: "包含已知名稱", override: "手動指定" },
    readAs: (field, via, percent, details) => `${field}（${[via, `可信度 ${percent}%`, ...details].join("，")}）`,
    period: (text) => `期間 ${text}`,
    unit: (text) => `單位 ${text}`,
    samples: (values) => `範例：${values.map(q).join("、")}`,
    noValues: "無資料",
    notUsed: {
      unrecognised: "未使用：無法辨識",
      ambiguous: (fields) => `未使用：有歧義，可能是${formatList("zh-TW", fields, "disjunction")}`,
      duplicate: (field, header) => `未使用：${field}已從${q(header)}讀取`,
      olderPeriod: (field, header) => `未使用：期間較早，${field}從${q(header)}讀取`,
    },
    notAssessed: (message) => `未評估：${message}`,
    allAssessed: "未評估：無；表中每個維度都有資料",
    amounts: (message) => `金額：${message}`,
    asOf: (message) => `計算日期：${message}`,
    cannotGrade: (message) => `無法分級：${message}`,
  },
  lines: {
    sheetName: "客戶彙總",
    built: (f) =>
      `已從 ${f.lines} 筆明細產生 ${f.customers} 位客戶（金額按 ${f.from} 至 ${f.to} 計）` +
      (f.afterAsOf > 0 ? `；基準日期當天及之後的 ${f.afterAsOf} 筆未計入` : "") +
      `；${f.issues} 個無法辨識的儲存格` +
      (f.escaped === null ? "" : `；在 ${f.escaped} 個會被當作公式的儲存格前加了 '`) +
      `；已寫入 ${f.written}`,
    issue: (row, header, message) => `  第 ${row} 列「${header}」：${message}`,
    moreIssues: (count) => `  另有 ${count} 個無法辨識的儲存格（用 --json 檢視全部）`,
    rfmTitle: (customers, asOf) => `RFM 客戶類型（${customers} 位客戶，基準日期 ${asOf}）：`,
    rfmSegment: (name, customers, amount) => `  ${name}：${customers} 位，金額 ${amount}`,
  },
  fit: {
    progress: (percent) => `正在擬合：${percent}%`,
    title: (column, graded, written) => `已依「${column}」欄的等級擬合規則集（${graded} 列有等級），已寫入 ${written}`,
    inSample: (f) => `在擬合所用的列上一致：${f.share}（${f.rows} 列中 ${f.agreed} 列），kappa ${f.kappa}`,
    crossValidated: (f, folds) =>
      `在擬合未見過的列上一致（${folds} 折交叉驗證）：${f.share}（${f.rows} 列中 ${f.agreed} 列），kappa ${f.kappa}`,
    noCrossValidation: "在擬合未見過的列上一致：有等級的列太少，無法留出驗證",
    baseline: (share) => `一律猜最常見的等級，一致率為 ${share}`,
    before: (f) => `起始規則集的一致率：${f.share}（${f.rows} 列中 ${f.agreed} 列），kappa ${f.kappa}`,
    verdict: {
      good: "結論：好。擬合出的規則集與您的分級一致",
      fair: "結論：尚可。大致符合您的分級，使用前請核對下面不同的客戶",
      poor: "結論：差。您的分級與表格各欄的關係不夠緊密，規則集無法重現",
    },
    thin: (graded) => `證據不足：只有 ${graded} 列有等級（不到 30 列），一致率說明不了多少；請替更多客戶分級後再擬合`,
    confusionTitle: "您的等級（列）× 擬合規則集的等級（欄）：",
    none: "無",
    differencesTitle: (n) => `等級不同的客戶（${n} 個）：`,
    noDifferences: "等級不同的客戶：無",
    difference: (row, name, analyst, fitted, score) =>
      `  第 ${row} 列，${name === "" ? "（無名稱）" : name}：${analyst} → ${fitted ?? "無"}${score === null ? "" : `（評分 ${score}）`}`,
    moreDifferences: (n) => `  另有 ${n} 個（--json 列出全部）`,
    changesTitle: "變更（原 → 新）：",
    noChanges: "變更：無，起始規則集已是最合適的",
    dimension: (label, before, after, shareBefore, shareAfter) =>
      `  ${label}：權重 ${before} → ${after}（占評分 ${shareBefore} → ${shareAfter}）`,
    criterion: (label, before, after) => `  ${label}：權重 ${before} → ${after}`,
    parameter: (label, what, before, after) => `  ${label}，${what}：${before} → ${after}`,
    threshold: (label, before, after) => `  ${label}：最低分 ${before} → ${after}`,
    ruleSwitched: (label, on) => `  規則「${label}」：${on ? "啟用" : "停用"}`,
    ruleGrade: (label, before, after) => `  規則「${label}」：最高 ${before} → 最高 ${after}`,
    ruleValue: (label, before, after) => `  規則「${label}」：界限 ${before} → ${after}`,
    issuesTitle: (n) => `無法讀取的等級儲存格（${n} 個），未用於擬合：`,
    issue: (row, header, message) => `  第 ${row} 列，「${header}」：${message}`,
    moreIssues: (n) => `  另有 ${n} 個（--json 列出全部）`,
  },
};
