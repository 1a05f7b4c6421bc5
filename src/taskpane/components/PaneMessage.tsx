/** The message bar for what stops the pane (an old host, no tables, no usable column): what is wrong and what to do. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface PaneMessageProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly intent?: "warning" | "error" | "info" | "success";
  readonly actions?: ReactNode;
  /** "message-bar" for what blocks the pane; other messages (a failed run) get their own. */
  readonly testId?: string;
}

export function PaneMessage({
  title,
  children,
  intent = "warning",
  actions,
  testId = "message-bar",
}: PaneMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
