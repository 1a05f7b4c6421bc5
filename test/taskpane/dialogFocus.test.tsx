/** @jest-environment jsdom */
/**
 * The test environment's stand-ins for layout (support/dom.ts) let a Fluent dialog open as in a browser: it
 * focuses its first button, and tabster makes it the active modal, so *ByRole finds it. Opened as the pane
 * opens its questions: by a state update after an awaited call, which React renders outside act.
 */
import "./support/dom";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";

function AsksFirst() {
  const [open, setOpen] = useState(false);
  const ask = async () => {
    await Promise.resolve(); // as the pane reads the workbook before it asks
    setOpen(true);
  };
  return (
    <>
      <Button onClick={() => void ask()}>Reset</Button>
      <Dialog open={open} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Replace the rules?</DialogTitle>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>Replace</Button>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

test("an opened dialog has its first button focused and is not hidden from the accessibility tree", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <AsksFirst />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("button", { name: "Reset" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Replace" }));
  expect(dialog.closest("[aria-hidden='true']")).toBeNull();
});
