/** The task pane: its heading and summary, then the pane's parts, in the analyst's language. */
import { Body1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { uiStrings } from "../i18n";
import { LocaleProvider } from "../locale";
import { type PaneAdapter, PaneAdapterProvider } from "../paneAdapter";
import { Pane } from "./Pane";
import type { LinesEngineLoader } from "../lines/linesEngine";
import { LinesEngineProvider } from "../lines/linesEngineContext";

export interface AppProps {
  /** The language to write the pane in. */
  readonly locale: Lang;
  /** The Excel adapter (the shared runtime's in Office; the simulator's in tests and the demo page). */
  readonly adapter: PaneAdapter;
  /** Loads the engine's builder for "customers from order lines"; without it that part is not shown. */
  readonly linesEngine?: LinesEngineLoader | null;
}

/**
 * Short texts (labels, headings, buttons, badges) break between words only: a Chinese field name stays whole
 * ("条件：逾期天数 >" wraps after the colon, never as "逾期天/数 >"), and a Latin word is not split. Only a token
 * longer than a whole line (a file or table name) still wraps, rather than pushing the pane sideways. Running
 * text keeps its language's usual line breaking (Chinese prose breaks between any two characters).
 */
const WORDS_KEPT_WHOLE = { wordBreak: "keep-all", lineBreak: "strict", overflowWrap: "anywhere" } as const;
const SHORT_TEXTS = ["label", "h1", "h2", "h3", "h4", "legend", "button", ".fui-Badge"] as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    ...Object.fromEntries(SHORT_TEXTS.map((selector) => [`& ${selector}`, WORDS_KEPT_WHOLE])),
  },
  heading: { margin: 0 },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function App({ locale, adapter, linesEngine = null }: AppProps) {
  const styles = useStyles();
  const strings = uiStrings[locale];
  return (
    <LocaleProvider locale={locale}>
      <PaneAdapterProvider adapter={adapter}>
        <LinesEngineProvider loader={linesEngine}>
          <main className={styles.root} lang={locale}>
            <Title3 as="h1" className={styles.heading}>
              {strings.title}
            </Title3>
            <Body1 as="p" className={styles.summary}>
              {strings.summary}
            </Body1>
            <Pane />
          </main>
        </LinesEngineProvider>
      </PaneAdapterProvider>
    </LocaleProvider>
  );
}
