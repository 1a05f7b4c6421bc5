import { formatList } from "../../../engine";
import type { ScoreCardStrings } from "./catalog";

const list = (items: readonly string[]): string => formatList("zh-CN", items);

export const zhCN: ScoreCardStrings = {
  manualVsScore: (g, s) => `人工等级 ${g} · 按分数为 ${s}`,
  cappedVsScore: (g, s) => `受限为 ${g} · 按分数为 ${s}`,
  thresholds: "等级线",
  dimensionShare: (w, p, m) => `权重 ${w} · ${p}/${m} 分`,
  ruleShare: (w) => `规则中 ${w}`,
  criterionPoints: (p) => `${p} 分`,
  noValue: "无数据",
  valueAt: (v, c) => `${v}（${c}）`,
  notAssessed: (d, why) => `未评估：${d}（${why}）`,
  noColumn: (f) => `表中没有${list(f.map((x) => `“${x}”`))}列`,
  noValueInRow: "该行没有可评分的数据",
  liftHeading: (g) => `升到 ${g}（任改一项即可）：`,
  liftRaise: (c, to, from) => `${c} 达到 ${to}（现为 ${from}）`,
  liftLower: (c, to, from) => `${c} 降到 ${to}（现为 ${from}）`,
  liftWord: (c, to, from) => `${c} 由“${from}”改为“${to}”`,
  liftWhere: (cell, score) => `${cell} · 分数 ${score}`,
  liftNone: (g) => `升到 ${g}：只改一项输入不够，需要多项同时改善`,
  liftCapped: (g, c) => `升到 ${g}：先解除上限（${c.join("；")}），分数再高也不会超过它`,
  skippedRelative: (c) => `${list(c)}按全表排名计分，取决于其他客户，未计入`,
  skippedComputed: (c) => `${list(c)}由其他数据算出，不能直接修改，未计入`,
  skippedLinked: (c) => `${list(c)}所在的单元格还影响按排名计分的指标，未计入`,
};
