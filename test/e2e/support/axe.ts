/**
 * axe-core run inside a frame: the script is injected from node_modules (no network), results reduced to what a
 * report needs, less one known false positive (see `isTabsterDummy`).
 */
import type { Frame } from "playwright-core";

export interface AxeViolation {
  readonly id: string;
  readonly impact: "minor" | "moderate" | "serious" | "critical" | null;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly targets: readonly string[];
}

interface AxeResults {
  readonly violations: readonly {
    readonly id: string;
    readonly impact: AxeViolation["impact"];
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string }[];
  }[];
}

export async function runAxe(frame: Frame): Promise<AxeViolation[]> {
  await frame.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return (await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    })) as AxeResults;
  });
  return results.violations
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes
        .filter((n) => !(v.id === "aria-hidden-focus" && isTabsterDummy(n.html)))
        .map((n) => n.target.map(String).join(" ")),
    }))
    .filter((v) => v.targets.length > 0);
}

/**
 * Fluent UI v9's focus manager (tabster) puts empty `<i data-tabster-dummy tabindex="0" aria-hidden="true">`
 * elements at the edges of focus areas: they only catch Tab and pass focus on, and are hidden so screen readers
 * do not announce them. axe's aria-hidden-focus flags them; tabster's maintainers call it intended
 * (microsoft/tabster#288) and Accessibility Insights suppresses exactly these (accessibility-insights-web#7605).
 */
function isTabsterDummy(html: string): boolean {
  return /^<i\b[^>]*\bdata-tabster-dummy\b[^>]*><\/i>$/.test(html);
}

/** One line per violation, for the test log and the report. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact ?? "?"} ${v.id}: ${v.help} (${v.targets.length}× e.g. ${v.targets[0] ?? ""})`)
    .join("\n");
}
