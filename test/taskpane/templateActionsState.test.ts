/** The template section's reducer (one action at a time) and its date input helpers. */
import {
  type TemplateActionsState,
  dateFromInput,
  initialTemplateActions,
  startOfYearInput,
  templateActionsReducer,
} from "../../src/taskpane/hooks/templateActionsState";

describe("the template section's actions", () => {
  test("one at a time: a start while another runs is ignored", () => {
    const applying = templateActionsReducer(initialTemplateActions, { type: "start", action: "apply" });
    expect(applying.running).toBe("apply");
    expect(templateActionsReducer(applying, { type: "start", action: "insert" })).toBe(applying);
  });

  test("a start clears the last message; a failure ends the run with its message and keeps earlier results", () => {
    const reviewed: TemplateActionsState = {
      ...initialTemplateActions,
      reviewed: { tableId: "t1", review: { sheet: "年终筛选" } as never },
      error: "old",
    };
    const started = templateActionsReducer(reviewed, { type: "start", action: "views" });
    expect(started.error).toBeNull();
    const failed = templateActionsReducer(started, { type: "failed", error: "the sheet is protected", tableId: "t1" });
    expect(failed).toEqual({ ...reviewed, running: null, error: "the sheet is protected", errorTableId: "t1" });
  });
});

describe("the year-end review's date", () => {
  test("a date input's value is that day at local midnight", () => {
    expect(dateFromInput("2026-01-01")).toEqual(new Date(2026, 0, 1));
    expect(dateFromInput("2024-02-29")).toEqual(new Date(2024, 1, 29));
  });

  test.each(["", "2026-1-1", "2026-02-30", "2025-02-29", "2026-13-01", "01/01/2026"])("%j is not a date", (text) => {
    expect(dateFromInput(text)).toBeNull();
  });

  test("starts on 1 January of today's year", () => {
    expect(startOfYearInput(new Date(2026, 10, 22))).toBe("2026-01-01");
    expect(startOfYearInput(new Date(2027, 0, 1))).toBe("2027-01-01");
  });
});
