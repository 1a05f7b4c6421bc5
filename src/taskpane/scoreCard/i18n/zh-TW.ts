import { formatList } from "../../../engine";
import type { ScoreCardStrings } from "./catalog";

const list = (items: readonly string[]): string => formatList("zh-TW", items);

export const zhTW: ScoreCardStrings = {
  manualVsScore: (g, s) => `人工等級 ${g} · 按分數為 ${s}`,
  cappedVsScore: (g, s) => `受限為 ${g} · 按分數為 ${s}`,
  thresholds: "等級線",
  dimensionShare: (w, p, m) => `權重 ${w} · ${p}/${m} 分`,
  ruleShare: (w) => `規則中 ${w}`,
  criterionPoints: (p) => `${p} 分`,
  noValue: "無資料",
  valueAt: (v, c) => `${v}（${c}）`,
  notAssessed: (d, why) => `未評估：${d}（${why}）`,
  noColumn: (f) => `表中沒有${list(f.map((x) => `「${x}」`))}欄`,
  noValueInRow: "該列沒有可評分的資料",
  liftHeading: (g) => `升到 ${g}（任改一項即可）：`,
  liftRaise: (c, to, from) => `${c} 達到 ${to}（現為 ${from}）`,
  liftLower: (c, to, from) => `${c} 降到 ${to}（現為 ${from}）`,
  liftWord: (c, to, from) => `${c} 由「${from}」改為「${to}」`,
  liftWhere: (cell, score) => `${cell} · 分數 ${score}`,
  liftNone: (g) => `升到 ${g}：只改一項輸入不夠，需要多項同時改善`,
  liftCapped: (g, c) => `升到 ${g}：先解除上限（${c.join("；")}），分數再高也不會超過它`,
  skippedRelative: (c) => `${list(c)}按全表排名計分，取決於其他客戶，未計入`,
  skippedComputed: (c) => `${list(c)}由其他資料算出，不能直接修改，未計入`,
  skippedLinked: (c) => `${list(c)}所在的儲存格還影響按排名計分的指標，未計入`,
};
