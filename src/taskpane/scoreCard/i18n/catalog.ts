/**
 * The texts of the score card's detailed part (how each dimension and criterion scored, what is not assessed,
 * what would lift the grade), loaded with that part the first time a customer is selected: its own catalog, so
 * the pane's first load does not carry them. One file per language, typed as `ScoreCardStrings`.
 */
export interface ScoreCardStrings {
  /** Beside the grade when a manual grade or a cap differs from what the score alone gives. */
  readonly manualVsScore: (grade: string, scoreGrade: string) => string;
  readonly cappedVsScore: (grade: string, scoreGrade: string) => string;
  /** Before the grade thresholds ("A ≥ 80 · B ≥ 50 …"). */
  readonly thresholds: string;
  /** A dimension's share of the score and its points out of its maximum ("权重 25% · 18.5/25 分"). */
  readonly dimensionShare: (weight: string, points: string, max: string) => string;
  /** Its share in the rule set, shown when other dimensions are not assessed (so the shares were rescaled). */
  readonly ruleShare: (weight: string) => string;
  /** The points (0–100) a criterion earned. */
  readonly criterionPoints: (points: string) => string;
  /** A criterion the row has no value for. */
  readonly noValue: string;
  /** A value and the cell it was read from ("良好（F3）"). */
  readonly valueAt: (value: string, cell: string) => string;
  /** A dimension that does not count in this row's score, and why. */
  readonly notAssessed: (dimension: string, why: string) => string;
  /** Why: the table has none of these columns (labels). */
  readonly noColumn: (fields: readonly string[]) => string;
  /** Why: the row's cells for it are blank or hold nothing the rules can score. */
  readonly noValueInRow: string;
  /** Before the changes that would each lift the grade. */
  readonly liftHeading: (grade: string) => string;
  readonly liftRaise: (criterion: string, to: string, from: string) => string;
  readonly liftLower: (criterion: string, to: string, from: string) => string;
  /** A word list's word instead of the words the cell has (`from`, already joined). */
  readonly liftWord: (criterion: string, to: string, from: string) => string;
  /** The cell a change is typed in, and the score it gives. */
  readonly liftWhere: (cell: string, score: string) => string;
  /** No change of one input reaches the grade. */
  readonly liftNone: (grade: string) => string;
  /** A cap holds the grade whatever the score; `conditions`: each cap's condition. */
  readonly liftCapped: (grade: string, conditions: readonly string[]) => string;
  /** Criteria not looked at for a change (labels), by why. */
  readonly skippedRelative: (criteria: readonly string[]) => string;
  readonly skippedComputed: (criteria: readonly string[]) => string;
  readonly skippedLinked: (criteria: readonly string[]) => string;
}
