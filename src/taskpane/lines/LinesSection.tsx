/**
 * "Customers from order lines" in the pane's first load: a heading, a sentence and an Open button. The part
 * itself (`LinesPanel`, its texts) and the engine's builder are loaded when the analyst opens it, so the
 * pane's initial JavaScript stays within its budget. Not shown until a builder is wired (`linesEngine.ts`).
 */
import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { type ComponentType, useState } from "react";
import { Section } from "../components/Section";
import { PaneMessage } from "../components/PaneMessage";
import { describeError, useLocale } from "../locale";
import type { LinesEngine } from "./linesEngine";
import { useLinesEngineLoader } from "./linesEngineContext";
import type { LinesPanelProps } from "./LinesPanel";

export type LinesSectionProps = Omit<LinesPanelProps, "engine">;

type Loaded = { readonly Panel: ComponentType<LinesPanelProps>; readonly engine: LinesEngine };

export function LinesSection(props: LinesSectionProps) {
  const { strings } = useLocale();
  const loader = useLinesEngineLoader();
  const [state, setState] = useState<
    { kind: "closed" } | { kind: "opening" } | { kind: "open"; loaded: Loaded } | { kind: "failed"; detail: string }
  >({ kind: "closed" });
  if (loader === null) return null;
  const open = (): void => {
    setState({ kind: "opening" });
    Promise.all([import("./LinesPanel"), loader()])
      .then(([module, engine]) => setState({ kind: "open", loaded: { Panel: module.LinesPanel, engine } }))
      .catch((error: unknown) => setState({ kind: "failed", detail: describeError(error) }));
  };
  return (
    <Section title={strings.linesHeading} testId="lines-section">
      {state.kind === "open" ? (
        <state.loaded.Panel engine={state.loaded.engine} {...props} />
      ) : (
        <>
          <Body1>{strings.linesIntro}</Body1>
          {state.kind === "opening" ? (
            <Spinner size="tiny" labelPosition="after" label={strings.linesOpening} />
          ) : (
            <div>
              <Button data-testid="lines-open" onClick={open}>
                {strings.linesOpen}
              </Button>
            </div>
          )}
          {state.kind === "failed" && (
            <PaneMessage title={strings.actionFailed} intent="error" testId="lines-open-error">
              <Caption1>{strings.unexpectedError(state.detail)}</Caption1>
            </PaneMessage>
          )}
        </>
      )}
    </Section>
  );
}
