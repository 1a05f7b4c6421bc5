/**
 * "Learn from my grades" in the pane's first load: a heading, a sentence and an Open button. The part itself
 * (`FitPanel`, its texts) and the engine's fit are loaded when the analyst opens it, so the pane's initial
 * JavaScript stays within its budget. Shown with a table bound.
 */
import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { type ComponentType, useState } from "react";
import { PaneMessage } from "../components/PaneMessage";
import { Section } from "../components/Section";
import { describeError, useLocale } from "../locale";
import type { FitPanelProps } from "./FitPanel";

export function FitSection(props: FitPanelProps) {
  const { strings } = useLocale();
  const [state, setState] = useState<
    | { kind: "closed" }
    | { kind: "opening" }
    | { kind: "open"; Panel: ComponentType<FitPanelProps> }
    | { kind: "failed"; detail: string }
  >({ kind: "closed" });
  const open = (): void => {
    setState({ kind: "opening" });
    import("./FitPanel")
      .then((module) => setState({ kind: "open", Panel: module.FitPanel }))
      .catch((error: unknown) => setState({ kind: "failed", detail: describeError(error) }));
  };
  return (
    <Section title={strings.fitHeading} testId="fit-section">
      {state.kind === "open" ? (
        <state.Panel {...props} />
      ) : (
        <>
          <Body1>{strings.fitIntro}</Body1>
          {state.kind === "opening" ? (
            <Spinner size="tiny" labelPosition="after" label={strings.fitOpening} />
          ) : (
            <div>
              <Button data-testid="fit-open" onClick={open}>
                {strings.fitOpen}
              </Button>
            </div>
          )}
          {state.kind === "failed" && (
            <PaneMessage title={strings.actionFailed} intent="error" testId="fit-open-error">
              <Caption1>{strings.unexpectedError(state.detail)}</Caption1>
            </PaneMessage>
          )}
        </>
      )}
    </Section>
  );
}
