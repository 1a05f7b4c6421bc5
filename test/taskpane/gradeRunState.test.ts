/** The Grade all button's states, as a pure reducer. */
import type { GradeAllDone } from "../../src/excel";
import { gradeRunReducer, initialGradeRun, needsConfirmation } from "../../src/taskpane/hooks/gradeRunState";

const inUse = { headers: ["客户等级", "备注"], filledCells: 6, owned: false };
const summary = { rowCount: 3, rowsDone: 3 } as GradeAllDone; // only identity matters to the reducer

describe("the Grade all states", () => {
  test("check, ask, confirm, progress, finish", () => {
    let state = gradeRunReducer(initialGradeRun, { type: "check" });
    expect(state.phase).toBe("checking");
    state = gradeRunReducer(state, { type: "ask", inUse });
    expect([state.phase, state.inUse]).toEqual(["confirming", inUse]);
    state = gradeRunReducer(state, { type: "start" });
    expect([state.phase, state.inUse]).toEqual(["running", null]);
    state = gradeRunReducer(state, { type: "progress", progress: { phase: "reading", rowsDone: 1, rowCount: 3 } });
    expect(state.progress?.rowsDone).toBe(1);
    state = gradeRunReducer(state, { type: "finished", summary, tableId: "t1" });
    expect([state.phase, state.progress, state.summary]).toEqual(["idle", null, summary]);
  });

  test("a second press while a run is on changes nothing, and progress after the end is dropped", () => {
    const running = gradeRunReducer(initialGradeRun, { type: "start" });
    expect(gradeRunReducer(running, { type: "check" })).toBe(running);
    const done = gradeRunReducer(running, { type: "finished", summary, tableId: "t1" });
    expect(gradeRunReducer(done, { type: "progress", progress: { phase: "writing", rowsDone: 3, rowCount: 3 } })).toBe(
      done,
    );
  });

  test("a failure keeps the last summary and says why; the next check clears the message", () => {
    const done = gradeRunReducer(gradeRunReducer(initialGradeRun, { type: "start" }), {
      type: "finished",
      summary,
      tableId: "t1",
    });
    const failed = gradeRunReducer(done, { type: "failed", error: "boom" });
    expect([failed.summary, failed.error, failed.phase]).toEqual([summary, "boom", "idle"]);
    expect(gradeRunReducer(failed, { type: "check" }).error).toBeNull();
  });

  test("asks only when the columns hold something the analyst has not agreed to replace", () => {
    expect(needsConfirmation(inUse)).toBe(true);
    expect(needsConfirmation({ ...inUse, owned: true })).toBe(false);
    expect(needsConfirmation({ ...inUse, filledCells: 0 })).toBe(false);
  });
});
