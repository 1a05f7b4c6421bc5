/**
 * Everything the analyst reads in the task pane, in each language it speaks. A key missing from one language
 * is a type error. Texts that take values are functions, so word order can differ between languages.
 */

/** Languages the task pane is written in. */
export type Locale = "zh-CN" | "zh-TW" | "en";

export const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en"];

export interface UiStrings {
  /** The add-in's name, shown as the pane's heading and the page title. */
  readonly title: string;
  /** One sentence on what the add-in does. */
  readonly summary: string;
  /** Heading over the rule set's dimensions and weights. */
  readonly rulesHeading: string;
  /** Heading over the grade thresholds. */
  readonly gradesHeading: string;

  // Loading and failures
  readonly loading: string;
  readonly cannotGradeTitle: string;
  readonly unexpectedError: (detail: string) => string;
  readonly retry: string;
  readonly actionFailed: string;

  // Table
  readonly tableHeading: string;
  readonly tableLabel: string;
  readonly tablePlaceholder: string;
  readonly tableOption: (table: string, sheet: string) => string;
  readonly mappingHeading: string;
  readonly mappingHint: string;
  /** After the heading: how many columns are read and how many left alone. */
  readonly mappingCount: (recognised: number, unused: number) => string;
  readonly mappingNotUsed: string;
  readonly mappingFieldFor: (header: string) => string;
  readonly mappingAddedByGrading: string;
  /** While Grade all runs, the table and its columns stay as they are. */
  readonly busyGrading: string;

  // Grading
  readonly gradeHeading: string;
  readonly gradeAll: string;
  readonly cancel: string;
  readonly progressLabel: string;
  readonly progressText: (done: number, total: number) => string;
  readonly autoGrade: string;
  readonly autoGradeHint: string;
  readonly summaryHeading: string;
  readonly summaryGraded: (graded: number, total: number) => string;
  readonly summaryCancelled: (done: number, total: number) => string;
  readonly summaryGradeCount: (grade: string, count: number) => string;
  readonly summaryIncomplete: (count: number) => string;
  readonly summarySkipped: (count: number) => string;
  readonly summaryIssues: (count: number) => string;
  readonly summaryAdded: (headers: string) => string;
  readonly summaryReplaced: (count: number) => string;
  /** With rank criteria every row is written at the end, which cannot be stopped part-way. */
  readonly writingCannotCancel: string;
  /** Grade all finished, but remembering that its columns may be written without asking failed. */
  readonly claimFailed: (detail: string) => string;

  // Confirming the first write over the analyst's own text
  readonly confirmTitle: string;
  readonly confirmBody: (count: number, headers: string) => string;
  readonly undoWarning: string;
  readonly confirmReplace: string;
  /** The auto-grade switch asks the same question before its first write. */
  readonly confirmReplaceAuto: string;

  // Score card
  readonly scoreCardHeading: string;
  readonly scoreCardEmpty: string;
  readonly scoreCardNeedsGradeAll: string;
  readonly scoreCardSkipped: string;
  readonly scoreCardIncomplete: string;
  readonly scoreCardGrade: string;
  readonly scoreCardNoGrade: string;
  readonly scoreCardScore: string;
  readonly scoreCardDimensions: string;
  readonly scoreCardPoints: (points: string) => string;
  readonly scoreCardRules: string;
  readonly scoreCardCapped: (grade: string) => string;
  readonly scoreCardCapNotLowering: (grade: string) => string;
  readonly scoreCardOverride: (grade: string) => string;
  readonly scoreCardRemark: string;
  readonly scoreCardIssues: string;

  // Issues
  readonly issuesHeading: string;
  readonly issuesNone: string;
  readonly issuesBeforeGrading: string;
  readonly issuesPage: (from: number, to: number, total: number) => string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly issueText: (address: string, header: string, message: string) => string;
  readonly issueSelectHint: string;
  readonly selectCellFailed: string;

  // Rules editor
  readonly rulesEditorHeading: string;
  readonly rulesLanguage: string;
  readonly languageNames: Readonly<Record<Locale, string>>;
  readonly weightLabel: (dimension: string) => string;
  readonly thresholdLabel: (grade: string) => string;
  readonly wordListsHeading: string;
  readonly wordsLabel: (criterion: string, group: number) => string;
  readonly wordsHint: string;
  readonly pointsLabel: (criterion: string, group: number) => string;
  readonly hardRulesHeading: string;
  readonly ruleInUse: (rule: string) => string;
  readonly capGradeLabel: string;
  /** The cap dropdown's accessible name: which rule's best grade it sets. */
  readonly capGradeFor: (rule: string) => string;
  readonly conditionValueLabel: (field: string, op: string) => string;
  readonly requireText: (fields: string) => string;
  readonly manualOverrideText: string;
  readonly saveRules: string;
  readonly exportRules: string;
  readonly importRules: string;
  readonly resetRules: string;
  readonly rulesUnsaved: string;
  readonly rulesSaved: string;
  readonly rulesImported: (file: string) => string;
  readonly rulesReset: string;
  readonly rulesRefused: string;
  readonly rulesImportRefused: (file: string) => string;
  /** A rules file that is not JSON at all. */
  readonly rulesNotJson: string;
  // Asking before a reset or import replaces the workbook's rules
  readonly replaceRulesTitle: string;
  readonly replaceRulesBody: (unsaved: boolean, customised: boolean) => string;
  readonly replaceRulesConfirm: string;

  // Template and summary (#7)
  readonly templateHeading: string;
  readonly templateApply: string;
  readonly templateApplyHint: string;
  readonly templateInsert: string;
  readonly templateInsertHint: string;
  /** While one of the section's actions writes to the workbook. */
  readonly templateWorking: string;
  readonly templateFormatted: (table: string) => string;
  readonly templateReformatted: (table: string) => string;
  /** A second Apply: the add-in's rules were already as planned. */
  readonly templateUnchanged: (table: string) => string;
  readonly templateLists: (headers: string) => string;
  readonly templateKeptLists: (headers: string) => string;
  readonly templateNumberFormats: (columns: number) => string;
  readonly templateInserted: (table: string, sheet: string, rows: number) => string;
  readonly templateNeedsTable: string;
  readonly portfolioSwitch: string;
  readonly portfolioHint: string;
  readonly yearEndSince: string;
  readonly yearEndBadDate: string;
  readonly yearEndReview: string;
  readonly yearEndHint: string;
  readonly yearEndWritten: (sheet: string) => string;
  readonly yearEndMoved: (customers: number) => string;
  readonly yearEndKeyAccounts: (count: number) => string;
  readonly yearEndToSettle: (count: number) => string;
  readonly yearEndToDrop: (count: number) => string;
  /** The review lists candidates to drop; the analyst decides, the add-in deletes nothing. */
  readonly yearEndNothingDeleted: string;
  // After Grade all, with the summary sheet and history on
  readonly portfolioSummaryUpdated: (sheet: string) => string;
  readonly portfolioChanges: (count: number, sheet: string) => string;
  readonly portfolioNoChanges: string;
  readonly portfolioFailedTitle: string;
}

export const uiStrings: Readonly<Record<Locale, UiStrings>> = {
  "zh-CN": {
    title: "物流客户分级",
    summary: "根据 Excel 表格中的客户数据，为物流客户评定等级。",
    rulesHeading: "评分维度与权重",
    gradesHeading: "等级与建议",

    loading: "正在读取工作簿…",
    cannotGradeTitle: "暂时无法分级",
    unexpectedError: (detail) => `出现意外错误：${detail}`,
    retry: "重试",
    actionFailed: "操作未完成",

    tableHeading: "客户表格",
    tableLabel: "表格",
    tablePlaceholder: "选择客户表格",
    tableOption: (table, sheet) => `${table}（${sheet}）`,
    mappingHeading: "列的识别",
    mappingCount: (recognised, unused) => `（识别 ${recognised} 列，未使用 ${unused} 列）`,
    mappingHint: "每一列被识别为哪个字段。识别有误时用下拉框更正，更正会保存在工作簿中。",
    mappingNotUsed: "不使用",
    mappingFieldFor: (header) => `“${header}”列对应的字段`,
    mappingAddedByGrading: "分级时若缺少等级、分数、备注列，会在表格右侧添加。",
    busyGrading: "正在分级，完成后才能更换表格或修改列。",

    gradeHeading: "分级",
    gradeAll: "全部分级",
    cancel: "取消",
    progressLabel: "分级进度",
    progressText: (done, total) => `已处理 ${done} / ${total} 行`,
    autoGrade: "编辑时自动分级",
    autoGradeHint: "开启后，修改表格中的数据会重新评定该行的等级。",
    summaryHeading: "上次分级结果",
    summaryGraded: (graded, total) => `共 ${total} 行，已评级 ${graded} 行。`,
    summaryCancelled: (done, total) => `已在第 ${done} / ${total} 行后取消。已写入的每一行，等级、分数和备注都完整。`,
    summaryGradeCount: (grade, count) => `${grade}：${count} 个客户`,
    summaryIncomplete: (count) => `数据不全：${count} 行`,
    summarySkipped: (count) => `空行：${count} 行`,
    summaryIssues: (count) => `无法识别的单元格：${count} 个`,
    summaryAdded: (headers) => `新增的列：${headers}`,
    summaryReplaced: (count) => `替换了 ${count} 个原有内容的单元格`,
    writingCannotCancel: "正在写入全部行，此时无法取消。",
    claimFailed: (detail) => `分级已完成，但未能记住可直接写入这些列，下次仍会先询问。（${detail}）`,

    confirmTitle: "替换这些列中的内容？",
    confirmBody: (count, headers) =>
      `${headers} 中已有 ${count} 个单元格有内容。全部分级会用加载项的等级、分数和备注覆盖它们。`,
    undoWarning:
      "Excel 的“撤消”可能无法还原这次写入：较早版本的 Excel 在加载项写入时会清空撤消记录，较新版本则要按批次逐步撤消。如需保留这些内容，请先另存一份工作簿。",
    confirmReplace: "替换并分级",
    confirmReplaceAuto: "替换并开启自动分级",

    scoreCardHeading: "所选客户",
    scoreCardEmpty: "在表格中选中某个客户所在的行，即可查看其分级依据。",
    scoreCardNeedsGradeAll: "此规则会在客户之间相互排名，单独一行无法评级。请先运行“全部分级”。",
    scoreCardSkipped: "这是一个空行。",
    scoreCardIncomplete: "数据不全，未评级",
    scoreCardGrade: "等级",
    scoreCardNoGrade: "无等级",
    scoreCardScore: "分数",
    scoreCardDimensions: "各维度得分",
    scoreCardPoints: (points) => `+${points}`,
    scoreCardRules: "生效的规则",
    scoreCardCapped: (grade) => `等级被限制为最高 ${grade}`,
    scoreCardCapNotLowering: (grade) => `上限 ${grade}（未降低等级）`,
    scoreCardOverride: (grade) => `人工指定为 ${grade}`,
    scoreCardRemark: "备注",
    scoreCardIssues: "本行无法识别的单元格",

    issuesHeading: "无法识别的单元格",
    issuesNone: "没有无法识别的单元格。",
    issuesBeforeGrading: "运行“全部分级”后，这里会列出每个无法识别的单元格。",
    issuesPage: (from, to, total) => `第 ${from}–${to} 个，共 ${total} 个`,
    previousPage: "上一页",
    nextPage: "下一页",
    issueText: (address, header, message) => `${address} · ${header}：${message}`,
    issueSelectHint: "点击一项即可在 Excel 中选中该单元格。",
    selectCellFailed: "无法在 Excel 中选中该单元格。",

    rulesEditorHeading: "分级规则",
    rulesLanguage: "写入单元格的备注语言",
    languageNames: { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" },
    weightLabel: (dimension) => `“${dimension}”的权重`,
    thresholdLabel: (grade) => `${grade} 的最低分`,
    wordListsHeading: "词表",
    wordsLabel: (criterion, group) => `${criterion}：第 ${group} 组词`,
    wordsHint: "用逗号或换行分隔。",
    pointsLabel: (criterion, group) => `${criterion}第 ${group} 组的分数`,
    hardRulesHeading: "硬性规则",
    ruleInUse: (rule) => `启用：${rule}`,
    capGradeLabel: "最高等级",
    capGradeFor: (rule) => `最高等级：${rule}`,
    conditionValueLabel: (field, op) => `条件：${field} ${op}`,
    requireText: (fields) => `至少需要其中一项：${fields}`,
    manualOverrideText: "“人工等级”列中填写的等级优先。",
    saveRules: "保存规则",
    exportRules: "导出",
    importRules: "导入",
    resetRules: "恢复默认",
    rulesUnsaved: "有未保存的修改。",
    rulesSaved: "规则已保存到工作簿。",
    rulesImported: (file) => `已导入并保存“${file}”。`,
    rulesReset: "已恢复并保存默认规则。",
    rulesRefused: "规则未保存，请修正以下问题：",
    rulesImportRefused: (file) => `“${file}”未被导入，存在以下问题：`,
    rulesNotJson: "该文件不是 JSON 格式，无法作为规则集读取。",
    replaceRulesTitle: "替换工作簿中的规则？",
    replaceRulesBody: (unsaved, customised) =>
      `${unsaved ? "编辑器中有未保存的修改。" : ""}${customised ? "工作簿中保存的规则不是默认规则。" : ""}继续将替换它们；如需保留，请先导出。`,
    replaceRulesConfirm: "替换规则",

    templateHeading: "模板与汇总",
    templateApply: "应用模板格式",
    templateApplyHint:
      "等级着色、评分数据条、数字格式和下拉列表；只改格式，不改单元格内容。缺少等级、分数、备注列时会先添加。",
    templateInsert: "插入模板表格",
    templateInsertHint: "新建一个工作表，含模板各列和 3 个示例客户的表格，并选为分级表格。",
    templateWorking: "正在写入工作簿…",
    templateFormatted: (table) => `已为“${table}”应用模板格式。`,
    templateReformatted: (table) => `已更新“${table}”的模板格式：加载项的等级着色和评分数据条已替换。`,
    templateUnchanged: (table) => `“${table}”已有模板的等级着色和评分数据条，没有任何更改。`,
    templateLists: (headers) => `下拉列表：${headers}`,
    templateKeptLists: (headers) => `保留了您自己的下拉列表：${headers}`,
    templateNumberFormats: (columns) => `设置了数字格式的列：${columns} 列`,
    templateInserted: (table, sheet, rows) =>
      `已在工作表“${sheet}”中插入表格“${table}”（${rows} 个示例客户），并选为分级表格。`,
    templateNeedsTable: "先在上方选择客户表格，才能应用模板格式或生成年终筛选。",
    portfolioSwitch: "全部分级时更新分级汇总表和等级变动记录",
    portfolioHint: "开启后，每次全部分级都会重写汇总工作表（含图表），并把等级有变化的客户追加到等级变动记录。",
    yearEndSince: "统计等级变动的起始日期",
    yearEndBadDate: "请输入日期。",
    yearEndReview: "生成年终筛选",
    yearEndHint: "写入一个工作表：起始日期以来的等级迁移、重点客户、须先结清欠款的客户和淘汰候选。",
    yearEndWritten: (sheet) => `年终筛选已写入工作表“${sheet}”。`,
    yearEndMoved: (customers) => `等级有变动的客户：${customers} 个（含首次评级）`,
    yearEndKeyAccounts: (count) => `重点客户：${count} 个`,
    yearEndToSettle: (count) => `须先结清欠款：${count} 个`,
    yearEndToDrop: (count) => `淘汰候选：${count} 个`,
    yearEndNothingDeleted: "这只是供您决定的名单，加载项没有删除任何客户。",
    portfolioSummaryUpdated: (sheet) => `已更新汇总工作表“${sheet}”`,
    portfolioChanges: (count, sheet) => `“${sheet}”中记录了 ${count} 条等级变动`,
    portfolioNoChanges: "没有等级变化，等级变动记录未追加内容",
    portfolioFailedTitle: "汇总或等级变动记录未更新",
  },
  "zh-TW": {
    title: "物流客戶分級",
    summary: "根據 Excel 表格中的客戶資料，為物流客戶評定等級。",
    rulesHeading: "評分維度與權重",
    gradesHeading: "等級與建議",

    loading: "正在讀取活頁簿…",
    cannotGradeTitle: "暫時無法分級",
    unexpectedError: (detail) => `發生意外錯誤：${detail}`,
    retry: "重試",
    actionFailed: "操作未完成",

    tableHeading: "客戶表格",
    tableLabel: "表格",
    tablePlaceholder: "選擇客戶表格",
    tableOption: (table, sheet) => `${table}（${sheet}）`,
    mappingHeading: "欄位的識別",
    mappingCount: (recognised, unused) => `（識別 ${recognised} 欄，未使用 ${unused} 欄）`,
    mappingHint: "每一欄被識別為哪個欄位。識別有誤時用下拉式清單更正，更正會儲存在活頁簿中。",
    mappingNotUsed: "不使用",
    mappingFieldFor: (header) => `「${header}」欄對應的欄位`,
    mappingAddedByGrading: "分級時若缺少等級、分數、備註欄，會在表格右側新增。",
    busyGrading: "正在分級，完成後才能更換表格或修改欄。",

    gradeHeading: "分級",
    gradeAll: "全部分級",
    cancel: "取消",
    progressLabel: "分級進度",
    progressText: (done, total) => `已處理 ${done} / ${total} 列`,
    autoGrade: "編輯時自動分級",
    autoGradeHint: "開啟後，修改表格中的資料會重新評定該列的等級。",
    summaryHeading: "上次分級結果",
    summaryGraded: (graded, total) => `共 ${total} 列，已評級 ${graded} 列。`,
    summaryCancelled: (done, total) => `已在第 ${done} / ${total} 列後取消。已寫入的每一列，等級、分數和備註都完整。`,
    summaryGradeCount: (grade, count) => `${grade}：${count} 個客戶`,
    summaryIncomplete: (count) => `資料不全：${count} 列`,
    summarySkipped: (count) => `空白列：${count} 列`,
    summaryIssues: (count) => `無法識別的儲存格：${count} 個`,
    summaryAdded: (headers) => `新增的欄：${headers}`,
    summaryReplaced: (count) => `取代了 ${count} 個原有內容的儲存格`,
    writingCannotCancel: "正在寫入全部列，此時無法取消。",
    claimFailed: (detail) => `分級已完成，但未能記住可直接寫入這些欄，下次仍會先詢問。（${detail}）`,

    confirmTitle: "取代這些欄中的內容？",
    confirmBody: (count, headers) =>
      `${headers} 中已有 ${count} 個儲存格有內容。全部分級會以增益集的等級、分數和備註覆寫它們。`,
    undoWarning:
      "Excel 的「復原」可能無法還原這次寫入：較舊版本的 Excel 在增益集寫入時會清除復原記錄，較新版本則需按批次逐步復原。如需保留這些內容，請先另存一份活頁簿。",
    confirmReplace: "取代並分級",
    confirmReplaceAuto: "取代並開啟自動分級",

    scoreCardHeading: "所選客戶",
    scoreCardEmpty: "在表格中選取某個客戶所在的列，即可查看其分級依據。",
    scoreCardNeedsGradeAll: "此規則會在客戶之間相互排名，單獨一列無法評級。請先執行「全部分級」。",
    scoreCardSkipped: "這是一個空白列。",
    scoreCardIncomplete: "資料不全，未評級",
    scoreCardGrade: "等級",
    scoreCardNoGrade: "無等級",
    scoreCardScore: "分數",
    scoreCardDimensions: "各維度得分",
    scoreCardPoints: (points) => `+${points}`,
    scoreCardRules: "生效的規則",
    scoreCardCapped: (grade) => `等級被限制為最高 ${grade}`,
    scoreCardCapNotLowering: (grade) => `上限 ${grade}（未降低等級）`,
    scoreCardOverride: (grade) => `人工指定為 ${grade}`,
    scoreCardRemark: "備註",
    scoreCardIssues: "本列無法識別的儲存格",

    issuesHeading: "無法識別的儲存格",
    issuesNone: "沒有無法識別的儲存格。",
    issuesBeforeGrading: "執行「全部分級」後，這裡會列出每個無法識別的儲存格。",
    issuesPage: (from, to, total) => `第 ${from}–${to} 個，共 ${total} 個`,
    previousPage: "上一頁",
    nextPage: "下一頁",
    issueText: (address, header, message) => `${address} · ${header}：${message}`,
    issueSelectHint: "按一下項目即可在 Excel 中選取該儲存格。",
    selectCellFailed: "無法在 Excel 中選取該儲存格。",

    rulesEditorHeading: "分級規則",
    rulesLanguage: "寫入儲存格的備註語言",
    languageNames: { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" },
    weightLabel: (dimension) => `「${dimension}」的權重`,
    thresholdLabel: (grade) => `${grade} 的最低分`,
    wordListsHeading: "詞表",
    wordsLabel: (criterion, group) => `${criterion}：第 ${group} 組詞`,
    wordsHint: "以逗號或換行分隔。",
    pointsLabel: (criterion, group) => `${criterion}第 ${group} 組的分數`,
    hardRulesHeading: "硬性規則",
    ruleInUse: (rule) => `啟用：${rule}`,
    capGradeLabel: "最高等級",
    capGradeFor: (rule) => `最高等級：${rule}`,
    conditionValueLabel: (field, op) => `條件：${field} ${op}`,
    requireText: (fields) => `至少需要其中一項：${fields}`,
    manualOverrideText: "「人工等級」欄中填寫的等級優先。",
    saveRules: "儲存規則",
    exportRules: "匯出",
    importRules: "匯入",
    resetRules: "還原預設",
    rulesUnsaved: "有未儲存的修改。",
    rulesSaved: "規則已儲存到活頁簿。",
    rulesImported: (file) => `已匯入並儲存「${file}」。`,
    rulesReset: "已還原並儲存預設規則。",
    rulesRefused: "規則未儲存，請修正以下問題：",
    rulesImportRefused: (file) => `「${file}」未被匯入，有以下問題：`,
    rulesNotJson: "該檔案不是 JSON 格式，無法作為規則集讀取。",
    replaceRulesTitle: "取代活頁簿中的規則？",
    replaceRulesBody: (unsaved, customised) =>
      `${unsaved ? "編輯器中有未儲存的修改。" : ""}${customised ? "活頁簿中儲存的規則不是預設規則。" : ""}繼續將取代它們；如需保留，請先匯出。`,
    replaceRulesConfirm: "取代規則",

    templateHeading: "範本與彙總",
    templateApply: "套用範本格式",
    templateApplyHint:
      "等級著色、評分資料橫條、數值格式和下拉式清單；只改格式，不改儲存格內容。缺少等級、分數、備註欄時會先新增。",
    templateInsert: "插入範本表格",
    templateInsertHint: "新增一個工作表，含範本各欄和 3 個範例客戶的表格，並選為分級表格。",
    templateWorking: "正在寫入活頁簿…",
    templateFormatted: (table) => `已為「${table}」套用範本格式。`,
    templateReformatted: (table) => `已更新「${table}」的範本格式：增益集的等級著色和評分資料橫條已取代。`,
    templateUnchanged: (table) => `「${table}」已有範本的等級著色和評分資料橫條，沒有任何變更。`,
    templateLists: (headers) => `下拉式清單：${headers}`,
    templateKeptLists: (headers) => `保留了您自己的下拉式清單：${headers}`,
    templateNumberFormats: (columns) => `設定了數值格式的欄：${columns} 欄`,
    templateInserted: (table, sheet, rows) =>
      `已在工作表「${sheet}」中插入表格「${table}」（${rows} 個範例客戶），並選為分級表格。`,
    templateNeedsTable: "先在上方選擇客戶表格，才能套用範本格式或產生年終篩選。",
    portfolioSwitch: "全部分級時更新分級彙總表和等級變動記錄",
    portfolioHint: "開啟後，每次全部分級都會重寫彙總工作表（含圖表），並把等級有變化的客戶附加到等級變動記錄。",
    yearEndSince: "統計等級變動的起始日期",
    yearEndBadDate: "請輸入日期。",
    yearEndReview: "產生年終篩選",
    yearEndHint: "寫入一個工作表：起始日期以來的等級遷移、重點客戶、須先結清欠款的客戶和淘汰候選。",
    yearEndWritten: (sheet) => `年終篩選已寫入工作表「${sheet}」。`,
    yearEndMoved: (customers) => `等級有變動的客戶：${customers} 個（含首次評級）`,
    yearEndKeyAccounts: (count) => `重點客戶：${count} 個`,
    yearEndToSettle: (count) => `須先結清欠款：${count} 個`,
    yearEndToDrop: (count) => `淘汰候選：${count} 個`,
    yearEndNothingDeleted: "這只是供您決定的名單，增益集沒有刪除任何客戶。",
    portfolioSummaryUpdated: (sheet) => `已更新彙總工作表「${sheet}」`,
    portfolioChanges: (count, sheet) => `「${sheet}」中記錄了 ${count} 筆等級變動`,
    portfolioNoChanges: "沒有等級變化，等級變動記錄未附加內容",
    portfolioFailedTitle: "彙總或等級變動記錄未更新",
  },
  en: {
    title: "Customer Grader",
    summary: "Grades logistics customers from the customer data in an Excel table.",
    rulesHeading: "What is weighed",
    gradesHeading: "Grades and actions",

    loading: "Reading the workbook…",
    cannotGradeTitle: "Can't grade yet",
    unexpectedError: (detail) => `Something went wrong: ${detail}`,
    retry: "Try again",
    actionFailed: "That did not work",

    tableHeading: "Customer table",
    tableLabel: "Table",
    tablePlaceholder: "Choose the customer table",
    tableOption: (table, sheet) => `${table} (${sheet})`,
    mappingHeading: "Columns",
    mappingCount: (recognised, unused) => ` (${recognised} read, ${unused} not used)`,
    mappingHint:
      "The field each column is read as. Fix a wrong one with its dropdown; the fix is saved in the workbook.",
    mappingNotUsed: "Not used",
    mappingFieldFor: (header) => `Field of column "${header}"`,
    mappingAddedByGrading: "Grading adds Grade, Score and Remark columns at the right of the table if it has none.",
    busyGrading: "Grading is running: the table and its columns can be changed when it ends.",

    gradeHeading: "Grade",
    gradeAll: "Grade all",
    cancel: "Cancel",
    progressLabel: "Grading progress",
    progressText: (done, total) => `${done} of ${total} rows done`,
    autoGrade: "Grade rows as I edit them",
    autoGradeHint: "When on, editing a customer's data re-grades that row.",
    summaryHeading: "Last run",
    summaryGraded: (graded, total) => `${graded} of ${total} rows graded.`,
    summaryCancelled: (done, total) =>
      `Cancelled after ${done} of ${total} rows. Every row written has its grade, score and remark.`,
    summaryGradeCount: (grade, count) => `${grade}: ${count} ${count === 1 ? "customer" : "customers"}`,
    summaryIncomplete: (count) => `Incomplete data: ${count} ${count === 1 ? "row" : "rows"}`,
    summarySkipped: (count) => `Blank rows: ${count}`,
    summaryIssues: (count) => `Unreadable cells: ${count}`,
    summaryAdded: (headers) => `Columns added: ${headers}`,
    summaryReplaced: (count) => `${count} ${count === 1 ? "cell" : "cells"} with other content replaced`,
    writingCannotCancel: "Writing every row now; this part cannot be cancelled.",
    claimFailed: (detail) =>
      `Grading finished, but the pane could not remember that it may write these columns, so it will ask again next time. (${detail})`,

    confirmTitle: "Replace what these columns hold?",
    confirmBody: (count, headers) =>
      `${headers} already ${count === 1 ? "holds 1 value" : `hold ${count} values`}. Grade all writes the add-in's grades, scores and remarks over them.`,
    undoWarning:
      "Excel's Undo may not take this back: older versions of Excel clear the undo history when an add-in writes, and newer ones undo a long run one part at a time. Save a copy of the workbook first if you need these values.",
    confirmReplace: "Replace and grade",
    confirmReplaceAuto: "Replace and turn on",

    scoreCardHeading: "Selected customer",
    scoreCardEmpty: "Select a customer's row in the table to see how it was graded.",
    scoreCardNeedsGradeAll:
      "These rules rank customers against each other, so one row can't be graded alone. Run Grade all first.",
    scoreCardSkipped: "This row is blank.",
    scoreCardIncomplete: "Not graded: data missing",
    scoreCardGrade: "Grade",
    scoreCardNoGrade: "No grade",
    scoreCardScore: "Score",
    scoreCardDimensions: "Points per dimension",
    scoreCardPoints: (points) => `+${points}`,
    scoreCardRules: "Rules that acted",
    scoreCardCapped: (grade) => `Capped at ${grade}`,
    scoreCardCapNotLowering: (grade) => `Cap at ${grade} (grade not lowered)`,
    scoreCardOverride: (grade) => `Set by hand to ${grade}`,
    scoreCardRemark: "Remark",
    scoreCardIssues: "Unreadable cells in this row",

    issuesHeading: "Unreadable cells",
    issuesNone: "No unreadable cells.",
    issuesBeforeGrading: "After Grade all, every cell that could not be read is listed here.",
    issuesPage: (from, to, total) => `${from}–${to} of ${total}`,
    previousPage: "Previous",
    nextPage: "Next",
    issueText: (address, header, message) => `${address} · ${header}: ${message}`,
    issueSelectHint: "Click one to select that cell in Excel.",
    selectCellFailed: "Could not select that cell in Excel.",

    rulesEditorHeading: "Grading rules",
    rulesLanguage: "Language of the remarks written into cells",
    languageNames: { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" },
    weightLabel: (dimension) => `Weight of ${dimension}`,
    thresholdLabel: (grade) => `Lowest score for ${grade}`,
    wordListsHeading: "Word lists",
    wordsLabel: (criterion, group) => `${criterion}: word group ${group}`,
    wordsHint: "Separate words with commas or new lines.",
    pointsLabel: (criterion, group) => `Points of ${criterion} group ${group}`,
    hardRulesHeading: "Hard rules",
    ruleInUse: (rule) => `Apply: ${rule}`,
    capGradeLabel: "Best grade allowed",
    capGradeFor: (rule) => `Best grade allowed: ${rule}`,
    conditionValueLabel: (field, op) => `When ${field} ${op}`,
    requireText: (fields) => `Needs at least one of: ${fields}`,
    manualOverrideText: "A grade typed in the Manual grade column wins.",
    saveRules: "Save rules",
    exportRules: "Export",
    importRules: "Import",
    resetRules: "Reset to default",
    rulesUnsaved: "Unsaved changes.",
    rulesSaved: "Rules saved in the workbook.",
    rulesImported: (file) => `Imported and saved "${file}".`,
    rulesReset: "Default rules restored and saved.",
    rulesRefused: "The rules were not saved. Fix these:",
    rulesImportRefused: (file) => `"${file}" was not imported. Its problems:`,
    rulesNotJson: "The file is not JSON, so it cannot be read as a rule set.",
    replaceRulesTitle: "Replace the workbook's rules?",
    replaceRulesBody: (unsaved, customised) =>
      `${unsaved ? "The editor has changes that are not saved. " : ""}${customised ? "The rules saved in the workbook are not the default ones. " : ""}Continuing replaces them; export first to keep a copy.`,
    replaceRulesConfirm: "Replace rules",

    templateHeading: "Template and summary",
    templateApply: "Apply template formatting",
    templateApplyHint:
      "Grade colours, score bars, number formats and drop-down lists: formats only, no cell's contents change. Adds Grade, Score and Remark columns first if the table has none.",
    templateInsert: "Insert template table",
    templateInsertHint:
      "A new sheet with a table in the template's columns and 3 sample customers, chosen for grading.",
    templateWorking: "Working on the workbook…",
    templateFormatted: (table) => `Template formatting applied to ${table}.`,
    templateReformatted: (table) =>
      `Template formatting updated on ${table}: the add-in's grade colours and score bar were replaced.`,
    templateUnchanged: (table) => `Nothing changed: ${table} already has the template's grade colours and score bar.`,
    templateLists: (headers) => `Drop-down lists: ${headers}`,
    templateKeptLists: (headers) => `Your own lists kept: ${headers}`,
    templateNumberFormats: (columns) => `Number formats on ${columns} ${columns === 1 ? "column" : "columns"}`,
    templateInserted: (table, sheet, rows) =>
      `Table ${table} inserted on sheet ${sheet} with ${rows} sample customers, and chosen for grading.`,
    templateNeedsTable: "Choose the customer table above to apply the template formatting or write a year-end review.",
    portfolioSwitch: "Keep a summary sheet and grade history on Grade all",
    portfolioHint:
      "When on, every Grade all rewrites the summary sheet, with its chart, and adds each customer whose grade changed to the grade history.",
    yearEndSince: "Count grade changes since",
    yearEndBadDate: "Enter a date.",
    yearEndReview: "Year-end review",
    yearEndHint:
      "Writes a sheet: moves between grades since the date, key accounts, customers to settle first, candidates to drop.",
    yearEndWritten: (sheet) => `Year-end review written to sheet ${sheet}.`,
    yearEndMoved: (customers) => `Customers whose grade changed: ${customers} (first grades included)`,
    yearEndKeyAccounts: (count) => `Key accounts: ${count}`,
    yearEndToSettle: (count) => `To settle first: ${count}`,
    yearEndToDrop: (count) => `Candidates to drop: ${count}`,
    yearEndNothingDeleted: "A list for you to decide on: the add-in deleted no customer.",
    portfolioSummaryUpdated: (sheet) => `Summary sheet ${sheet} updated`,
    portfolioChanges: (count, sheet) => `${count} grade ${count === 1 ? "change" : "changes"} recorded in ${sheet}`,
    portfolioNoChanges: "No grade changed: nothing added to the history",
    portfolioFailedTitle: "Summary or history not updated",
  },
};

/**
 * The pane's language for a BCP 47 tag such as Office's `displayLanguage` ("zh-CN", "zh-TW", "en-US").
 * Traditional Chinese for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified Chinese for any other Chinese tag
 * (zh-CN, zh-SG, zh-Hans, zh); English for everything else, including a missing tag.
 */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  if (!tag) {
    return "en";
  }
  const subtags = tag.toLowerCase().split(/[-_]/);
  if (subtags[0] !== "zh") {
    return "en";
  }
  const traditional = ["hant", "tw", "hk", "mo"];
  return subtags.some((subtag) => traditional.includes(subtag)) ? "zh-TW" : "zh-CN";
}
