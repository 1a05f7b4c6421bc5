/** What the portfolio sheets and the template table say to the analyst, and their errors, in three languages. */
import type { Lang } from "../../engine";
import type { AdapterError } from "../errors";

const quoteZh = (s: string): string => `“${s}”`;
const quoteTw = (s: string): string => `「${s}」`;

export const portfolioErrors = {
  /** Every candidate name is taken by the analyst's own sheets or tables. */
  noFreeName: (wanted: string): AdapterError => ({
    code: "name-in-use",
    message: {
      "zh-CN": `名称${quoteZh(wanted)}及其编号变体都已被占用。加载项不会覆盖您的工作表；请重命名其中一个后再试。`,
      "zh-TW": `名稱${quoteTw(wanted)}及其編號變體都已被使用。增益集不會覆寫您的工作表；請重新命名其中一個後再試。`,
      en: `"${wanted}" and its numbered variants are all in use. The add-in never overwrites your sheets; rename one and try again.`,
    },
  }),
  /** Excel refused the summary or history write; the table itself was graded and written. */
  refreshFailed: (detail: string): AdapterError => ({
    code: "portfolio-failed",
    message: {
      "zh-CN": `表格已评级，但分级汇总或等级变动记录未能更新（${detail}）。下次“全部评级”时会再试。`,
      "zh-TW": `表格已評級，但分級彙總或等級變動記錄未能更新（${detail}）。下次「全部評級」時會再試。`,
      en: `The table was graded, but the grade summary or grade history could not be updated (${detail}). Grade all tries again next time.`,
    },
  }),
};

export interface PortfolioNames {
  readonly summarySheet: string;
  readonly historySheet: string;
  readonly historyTable: string;
  readonly reviewSheet: string;
  readonly chart: string;
}

export const PORTFOLIO_NAMES: Readonly<Record<Lang, PortfolioNames>> = {
  "zh-CN": {
    summarySheet: "分级汇总",
    historySheet: "等级变动",
    historyTable: "等级变动记录",
    reviewSheet: "年终筛选",
    chart: "分级汇总图",
  },
  "zh-TW": {
    summarySheet: "分級彙總",
    historySheet: "等級變動",
    historyTable: "等級變動記錄",
    reviewSheet: "年終篩選",
    chart: "分級彙總圖",
  },
  en: {
    summarySheet: "Grade summary",
    historySheet: "Grade history",
    historyTable: "GradeHistory",
    reviewSheet: "Year-end review",
    chart: "Grade summary chart",
  },
};
