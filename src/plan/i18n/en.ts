/** The host-free layer's texts in English. */
import { formatList } from "../../engine";
import type { PlanMessages } from "./catalog";

export const en: PlanMessages = {
  templateNames: { sheet: "Customer template", table: "CustomerGrades" },
  manualGradeAlert: {
    title: "Manual grade",
    message: (letters) =>
      `Choose a grade from the list (${formatList("en", letters, "disjunction")}), or leave it blank for the add-in to grade.`,
  },
  wordListAlert: { title: "Common words", message: "Pick from the list or type other text." },
  conditions: { and: " and ", missing: (field) => `no ${field}`, present: (field) => `${field} given` },
};
