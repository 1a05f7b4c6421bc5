/**
 * The ribbon's "Grade all" button: runs in the shared runtime without opening the task pane, grading the
 * table bound in this workbook with the workbook's rule set.
 */
import { sharedAdapter } from "../shared/runtime";

async function gradeAllFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const adapter = sharedAdapter();
    const restored = await adapter.restore();
    if (restored.ok && restored.value) await adapter.gradeAll();
    // Without a bound table there is nothing to grade: the task pane is where a table is chosen.
  } finally {
    event.completed(); // Excel waits for this before the button can be used again
  }
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("gradeAll", gradeAllFromRibbon);
}
