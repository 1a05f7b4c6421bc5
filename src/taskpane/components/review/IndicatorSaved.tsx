/** In the column review after the dialog saved: the column is now read as the new indicator, and Grade all uses it. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Localized } from "../../../engine";
import { useLocale } from "../../locale";

export interface IndicatorSavedProps {
  readonly saved: { readonly header: string; readonly label: Localized } | null;
}

export function IndicatorSaved({ saved }: IndicatorSavedProps) {
  const { locale, strings } = useLocale();
  if (!saved) return null;
  return (
    <MessageBar intent="success" data-testid="indicator-saved">
      <MessageBarBody>{strings.indicatorSaved(saved.header, saved.label[locale])}</MessageBarBody>
    </MessageBar>
  );
}
