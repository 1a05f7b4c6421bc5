/**
 * Why the command stopped: one line the analyst reads (what went wrong and what to do), in three languages.
 * Every problem exits with code 2 and writes nothing.
 */
import type { Lang, Localized, RuleSetProblem } from "../engine";

export interface CliProblem {
  readonly code: CliProblemCode;
  readonly message: Localized;
}

export type CliProblemCode =
  | "usage"
  | "file-missing"
  | "not-a-workbook"
  | "password-protected"
  | "corrupt"
  | "prefixed-xml"
  | "too-large"
  | "no-table"
  | "several-tables"
  | "table-not-found"
  | "sheet-not-found"
  | "no-header"
  | "no-recognised-columns"
  | "columns-blocked"
  | "no-room-for-outputs"
  | "shared-formula"
  | "csv-encoding"
  | "csv-unclosed-quote"
  | "rules-unreadable"
  | "rules-invalid"
  | "out-exists"
  | "out-is-input"
  | "write-failed";

export const problem = (code: CliProblemCode, message: Localized): CliProblem => ({ code, message });

/** Excel's sheet width: columns A to XFD. */
export const SHEET_COLUMNS = 16_384;

const list = (items: readonly string[], lang: Lang): string => items.join(lang === "en" ? ", " : "、");

export const PROBLEMS = {
  /** `detail`: from `USAGE_DETAILS` (`src/cli/usageDetails.ts`), in each language. */
  usage: (detail: Localized | string): CliProblem => {
    const d = (lang: Lang): string => (typeof detail === "string" ? detail : detail[lang]);
    return problem("usage", {
      "zh-CN": `命令行参数有误：${d("zh-CN")}。运行 customer-grader --help 查看用法。`,
      "zh-TW": `命令列參數有誤：${d("zh-TW")}。執行 customer-grader --help 查看用法。`,
      en: `Wrong arguments: ${d("en")}. Run customer-grader --help for usage.`,
    });
  },
  fileMissing: (file: string): CliProblem =>
    problem("file-missing", {
      "zh-CN": `找不到文件 ${file}：请检查路径和文件名。`,
      "zh-TW": `找不到檔案 ${file}：請檢查路徑和檔名。`,
      en: `File not found: ${file}. Check the path and the file name.`,
    }),
  notAWorkbook: (file: string): CliProblem =>
    problem("not-a-workbook", {
      "zh-CN": `${file} 不是 .xlsx 工作簿或 CSV 文件：请在 Excel 中另存为 .xlsx（Excel 工作簿）或 CSV 后再试。`,
      "zh-TW": `${file} 不是 .xlsx 活頁簿或 CSV 檔案：請在 Excel 中另存為 .xlsx（Excel 活頁簿）或 CSV 後再試。`,
      en: `${file} is not an .xlsx workbook or a CSV file: save it from Excel as .xlsx (Excel Workbook) or CSV and try again.`,
    }),
  passwordProtected: (file: string): CliProblem =>
    problem("password-protected", {
      "zh-CN": `${file} 受密码保护（已加密）：请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密）后另存一份再试。`,
      "zh-TW": `${file} 受密碼保護（已加密）：請在 Excel 中開啟，移除密碼（檔案 > 資訊 > 保護活頁簿 > 以密碼加密）後另存一份再試。`,
      en: `${file} is password-protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save a copy and try again.`,
    }),
  corrupt: (file: string, detail: string): CliProblem =>
    problem("corrupt", {
      "zh-CN": `${file} 已损坏，无法读取（${detail}）：请用 Excel 打开并修复，或使用备份。`,
      "zh-TW": `${file} 已損毀，無法讀取（${detail}）：請用 Excel 開啟並修復，或使用備份。`,
      en: `${file} is damaged and cannot be read (${detail}): open and repair it in Excel, or use a backup.`,
    }),
  prefixedXml: (file: string): CliProblem =>
    problem("prefixed-xml", {
      "zh-CN": `${file} 不是 Excel 保存的格式（其 XML 带命名空间前缀 x:，常见于 ERP、运输管理系统等程序导出的文件），命令行无法读取：请在 Excel 中打开并另存为“Excel 工作簿(.xlsx)”后再试。`,
      "zh-TW": `${file} 不是 Excel 儲存的格式（其 XML 帶命名空間前置詞 x:，常見於 ERP、運輸管理系統等程式匯出的檔案），命令列無法讀取：請在 Excel 中開啟並另存為「Excel 活頁簿(.xlsx)」後再試。`,
      en: `${file} is not in the form Excel saves (its XML uses x: namespace prefixes, as exports from ERP and transport systems often do), which the command line cannot read: open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
    }),
  /** `output`: the graded copy would be that large (the input was not). */
  tooLarge: (file: string, output = false): CliProblem =>
    problem(
      "too-large",
      output
        ? {
            "zh-CN": `分级后的文件 ${file} 将达到 4 GB 以上（整个文件或其中的工作表），命令行无法写出：请把客户拆分到几个较小的工作簿中再分级。`,
            "zh-TW": `分級後的檔案 ${file} 將達到 4 GB 以上（整個檔案或其中的工作表），命令列無法寫出：請把客戶拆分到幾個較小的活頁簿中再分級。`,
            en: `The graded copy ${file} would be 4 GB or more (the file or one of its sheets), which the command line cannot write: split the customers into several smaller workbooks and grade each.`,
          }
        : {
            "zh-CN": `${file} 太大，命令行无法处理（只能读取 2 GB 以下、不含 4 GB 以上工作表的文件）：请把客户拆分到几个较小的工作簿中再分级。`,
            "zh-TW": `${file} 太大，命令列無法處理（只能讀取 2 GB 以下、不含 4 GB 以上工作表的檔案）：請把客戶拆分到幾個較小的活頁簿中再分級。`,
            en: `${file} is too large for the command line (it reads files under 2 GB whose sheets are under 4 GB): split the customers into several smaller workbooks and grade each.`,
          },
    ),
  noTable: (file: string): CliProblem =>
    problem("no-table", {
      "zh-CN": `${file} 中没有表格，第一个工作表也没有标题行：请把客户数据放在有标题行的表格中。`,
      "zh-TW": `${file} 中沒有表格，第一個工作表也沒有標題列：請把客戶資料放在有標題列的表格中。`,
      en: `${file} has no table and its first sheet has no header row: put the customers in a table with a header row.`,
    }),
  severalTables: (names: readonly string[]): CliProblem =>
    problem("several-tables", {
      "zh-CN": `工作簿中有多个表格（${list(names, "zh-CN")}）：请用 --table 指定要分级的表格。`,
      "zh-TW": `活頁簿中有多個表格（${list(names, "zh-TW")}）：請用 --table 指定要分級的表格。`,
      en: `The workbook has several tables (${list(names, "en")}): choose one with --table.`,
    }),
  tableNotFound: (name: string, names: readonly string[]): CliProblem =>
    problem("table-not-found", {
      "zh-CN": `没有名为“${name}”的表格${names.length ? `（现有：${list(names, "zh-CN")}）` : "（工作簿中没有表格）"}：请检查 --table 的名称。`,
      "zh-TW": `沒有名為「${name}」的表格${names.length ? `（現有：${list(names, "zh-TW")}）` : "（活頁簿中沒有表格）"}：請檢查 --table 的名稱。`,
      en: `There is no table named "${name}"${names.length ? ` (tables: ${list(names, "en")})` : " (the workbook has no tables)"}: check the name given to --table.`,
    }),
  sheetNotFound: (name: string, names: readonly string[]): CliProblem =>
    problem("sheet-not-found", {
      "zh-CN": `没有名为“${name}”的工作表（现有：${list(names, "zh-CN")}）：请检查 --sheet 的名称。`,
      "zh-TW": `沒有名為「${name}」的工作表（現有：${list(names, "zh-TW")}）：請檢查 --sheet 的名稱。`,
      en: `There is no sheet named "${name}" (sheets: ${list(names, "en")}): check the name given to --sheet.`,
    }),
  columnsBlocked: (where: string): CliProblem =>
    problem("columns-blocked", {
      "zh-CN": `要添加的等级、评分、备注列位置（${where}）已有内容：请在表格中加上这三列，或移开表格右侧的数据后再试。`,
      "zh-TW": `要新增的等級、評分、備註欄位置（${where}）已有內容：請在表格中加上這三欄，或移開表格右側的資料後再試。`,
      en: `The cells where the grade, score and remark columns would be added (${where}) are not empty: add those columns to the table, or move the data right of the table, and try again.`,
    }),
  /**
   * The output columns would run past the sheet's last column.
   * @param columns the table's width; `lastColumn`: 1-based sheet column of its last one; `toAdd`: the headers to append
   */
  noRoomForOutputs: (columns: number, lastColumn: number, toAdd: readonly string[]): CliProblem => {
    const n = (count: number): string => count.toLocaleString("en");
    const [cols, last, max, add] = [n(columns), n(lastColumn), n(SHEET_COLUMNS), toAdd.length];
    const remove = toAdd.length - (SHEET_COLUMNS - lastColumn);
    const movedRight = lastColumn > columns;
    return problem("no-room-for-outputs", {
      "zh-CN": `表格没有空间添加分级的列（${list(toAdd, "zh-CN")}）：表格有 ${cols} 列${movedRight ? `，到工作表的第 ${last} 列为止` : ""}，而工作表最多 ${max} 列（A 到 XFD），再加 ${add} 列放不下。请删除至少 ${remove} 个分级不读取的列${movedRight ? "（或把表格左移）" : ""}，或用 --out 文件名.csv 输出 CSV，然后再试。`,
      "zh-TW": `表格沒有空間新增分級的欄（${list(toAdd, "zh-TW")}）：表格有 ${cols} 欄${movedRight ? `，到工作表的第 ${last} 欄為止` : ""}，而工作表最多 ${max} 欄（A 到 XFD），再加 ${add} 欄放不下。請刪除至少 ${remove} 個分級不讀取的欄${movedRight ? "（或把表格左移）" : ""}，或用 --out 檔名.csv 輸出 CSV，然後再試。`,
      en: `No room for the grading's columns (${list(toAdd, "en")}): the table has ${cols} columns${movedRight ? ` and ends at column ${last} of the sheet` : ""}; a sheet holds at most ${max} (A to XFD), so ${add} more do not fit. Delete at least ${remove} column(s) the grading does not read${movedRight ? " (or move the table left)" : ""}, or write a CSV with --out NAME.csv, and try again.`,
    });
  },
  sharedFormula: (header: string, ref: string): CliProblem =>
    problem("shared-formula", {
      "zh-CN": `“${header}”列中有一个公式与表格外的单元格共用（${ref}），覆盖它会破坏那些单元格的公式：请在 Excel 中把该列的公式转为数值或只填到表格内后再试。`,
      "zh-TW": `「${header}」欄中有一個公式與表格外的儲存格共用（${ref}），覆寫它會破壞那些儲存格的公式：請在 Excel 中把該欄的公式轉為數值或只填到表格內後再試。`,
      en: `The "${header}" column holds a formula shared with cells outside the table (${ref}); overwriting it would break their formulas: in Excel, turn that column's formulas into values or fill them only inside the table, and try again.`,
    }),
  csvEncoding: (file: string): CliProblem =>
    problem("csv-encoding", {
      "zh-CN": `无法识别 ${file} 的文字编码（既不是 UTF-8、UTF-16，也不是 GBK/GB18030 或 Big5）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试。`,
      "zh-TW": `無法辨識 ${file} 的文字編碼（既不是 UTF-8、UTF-16，也不是 GBK/GB18030 或 Big5）：請在 Excel 中另存為「CSV UTF-8（逗號分隔）」後再試。`,
      en: `Cannot tell the text encoding of ${file} (neither UTF-8, UTF-16, GBK/GB18030 nor Big5): save it from Excel as "CSV UTF-8 (Comma delimited)" and try again.`,
    }),
  /** `row` and `column` are 1-based, as Excel numbers the cells of the opened CSV. */
  csvUnclosedQuote: (file: string, row: number, column: number): CliProblem =>
    problem("csv-unclosed-quote", {
      "zh-CN": `${file} 第 ${row} 行第 ${column} 列开头的引号没有闭合，其后的所有内容都会落入这一个单元格：请补上闭合的引号（字段中的引号要写成两个 ""）后再试。`,
      "zh-TW": `${file} 第 ${row} 列第 ${column} 欄開頭的引號沒有閉合，其後的所有內容都會落入這一個儲存格：請補上閉合的引號（欄位中的引號要寫成兩個 ""）後再試。`,
      en: `In ${file}, the quote that opens row ${row}, column ${column} is never closed, so everything after it would fall into that one cell: close the quote (a quote inside a field is written twice, "") and try again.`,
    }),
  rulesUnreadable: (file: string, detail: string): CliProblem =>
    problem("rules-unreadable", {
      "zh-CN": `无法读取规则集 ${file}（${detail}）：请提供 customer-grader rules --export 导出的 JSON 文件。`,
      "zh-TW": `無法讀取規則集 ${file}（${detail}）：請提供 customer-grader rules --export 匯出的 JSON 檔案。`,
      en: `Cannot read the rule set ${file} (${detail}): give a JSON file such as customer-grader rules --export writes.`,
    }),
  rulesInvalid: (file: string, problems: readonly RuleSetProblem[]): CliProblem => {
    const shown = (lang: Lang) =>
      problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.messages[lang]}`)
        .join(lang === "en" ? "; " : "；");
    const more = problems.length > 3 ? ` …(+${problems.length - 3})` : "";
    return problem("rules-invalid", {
      "zh-CN": `规则集 ${file} 有 ${problems.length} 处错误（${shown("zh-CN")}${more}）：运行 customer-grader rules --check ${file} 查看全部。`,
      "zh-TW": `規則集 ${file} 有 ${problems.length} 處錯誤（${shown("zh-TW")}${more}）：執行 customer-grader rules --check ${file} 查看全部。`,
      en: `The rule set ${file} has ${problems.length} problem(s) (${shown("en")}${more}): run customer-grader rules --check ${file} to see them all.`,
    });
  },
  outExists: (file: string): CliProblem =>
    problem("out-exists", {
      "zh-CN": `输出文件 ${file} 已存在，未覆盖：请用 --out 指定其他文件名，或加 --force 覆盖它。`,
      "zh-TW": `輸出檔案 ${file} 已存在，未覆寫：請用 --out 指定其他檔名，或加 --force 覆寫它。`,
      en: `The output file ${file} already exists and was not overwritten: choose another name with --out, or add --force to replace it.`,
    }),
  outIsInput: (file: string): CliProblem =>
    problem("out-is-input", {
      "zh-CN": `输出文件 ${file} 就是输入文件：命令行从不覆盖输入，请用 --out 指定其他文件名。`,
      "zh-TW": `輸出檔案 ${file} 就是輸入檔案：命令列從不覆寫輸入，請用 --out 指定其他檔名。`,
      en: `The output file ${file} is the input file: the command line never overwrites its input; choose another name with --out.`,
    }),
  writeFailed: (file: string, detail: string): CliProblem =>
    problem("write-failed", {
      "zh-CN": `无法写入 ${file}（${detail}）：请检查文件夹是否存在、是否有写入权限，以及文件是否在其他程序中打开。`,
      "zh-TW": `無法寫入 ${file}（${detail}）：請檢查資料夾是否存在、是否有寫入權限，以及檔案是否在其他程式中開啟。`,
      en: `Cannot write ${file} (${detail}): check the folder exists, you may write there, and the file is not open in another program.`,
    }),
} as const;
