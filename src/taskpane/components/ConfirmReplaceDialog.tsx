/** Asked once per table, before the first Grade all (or the auto-grade switch) writes over what its grade / remark columns already hold. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { OutputsInUse } from "../../excel";
import { useLocale } from "../locale";

export interface ConfirmReplaceDialogProps {
  /** What the columns hold; the dialog is open while this is set. */
  readonly inUse: OutputsInUse | null;
  /** The confirm button's text (what agreeing starts: a Grade all, or the auto-grade switch). */
  readonly confirmLabel: string;
  /** Agreeing starts one step of Excel's Undo (Grade all from ExcelApi 1.20): said instead of the warning. */
  readonly undoAsOneStep: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmReplaceDialog({
  inUse,
  confirmLabel,
  undoAsOneStep,
  onConfirm,
  onCancel,
}: ConfirmReplaceDialogProps) {
  const { strings } = useLocale();
  const headers = inUse?.headers ?? [];
  return (
    <Dialog open={inUse !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.confirmTitle}</DialogTitle>
          <DialogContent>
            <p>{strings.confirmBody(inUse?.filledCells ?? 0, headers)}</p>
            <p data-testid="confirm-undo">{undoAsOneStep ? strings.undoOneStep : strings.undoWarning}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="confirm-replace" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
