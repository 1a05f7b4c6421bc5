/**
 * Asked before a reset or an import replaces unsaved edits or saved rules that are not the default: the
 * workbook's, or the bound table's own (named).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { PendingReplace } from "../../hooks/useRulesEditor";
import { useLocale } from "../../locale";

export interface ReplaceRulesDialogProps {
  /** Why the analyst is asked; the dialog is open while this is set. */
  readonly pending: PendingReplace | null;
  readonly onConfirm: () => void;
  readonly onExport: () => void;
  readonly onCancel: () => void;
}

export function ReplaceRulesDialog({ pending, onConfirm, onExport, onCancel }: ReplaceRulesDialogProps) {
  const { strings } = useLocale();
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.replaceRulesTitle(pending?.ownOf ?? null)}</DialogTitle>
          <DialogContent>
            {strings.replaceRulesBody(pending?.unsaved ?? false, pending?.customised ?? false, pending?.ownOf ?? null)}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="confirm-rules-replace" onClick={onConfirm}>
              {strings.replaceRulesConfirm}
            </Button>
            <Button onClick={onExport}>{strings.exportRules}</Button>
            <Button appearance="secondary" onClick={onCancel}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
