/**
 * The ribbon's "Grade all" button: runs in the shared runtime without opening the task pane, grading the
 * table bound in this workbook with the workbook's rule set.
 */
import { sharedAdapter } from "../shared/runtime";

async function gradeAllFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const adapter = sharedAdapter();
    const restored = await adapter.restore();
    const graded = restored.ok && restored.value ? await adapter.gradeAll() : null;
    // No bound table, a missing one, or a refusal: the task pane is where the analyst chooses a table and
    // reads why, so open it instead of doing nothing visible.
    if (!graded?.ok) await Office.addin.showAsTaskpane();
  } catch (error) {
    await Office.addin.showAsTaskpane();
    throw error;
  } finally {
    event.completed(); // Excel waits for this before the button can be used again
  }
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("gradeAll", gradeAllFromRibbon);
}
