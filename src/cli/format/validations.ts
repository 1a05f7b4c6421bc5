/**
 * The drop-down lists as the sheet's `<dataValidations>`. The command never removes a validation: a column
 * whose list already is the planned one is left as it is, and a column with any other validation (also one
 * in Excel 2010's extension list) keeps it and gets none, reported to the analyst. The add-in tells its own
 * lists by what it saved in the workbook's settings (`src/excel/template/ownLists.ts`), which the command
 * does not read; so a list the add-in set under an older rule set is kept too, never taken for the analyst's
 * or the other way round.
 */
import { meets } from "../xlsx/ranges";
import { type CellRange, escapeXml, parseRange } from "../xlsx/xml";
import { attributePairs, startTag as openTag } from "../xlsx/xmlScan";
import { descendants, firstNamed, xmlTree } from "../xlsx/xmlTree";
import { type XmlChild, WORKSHEET_ORDER, childElements, elementParts, placeChild } from "./xmlChildren";

export interface PlannedList {
  readonly header: string;
  /** The column's data cells, e.g. "G2:G31". */
  readonly range: string;
  /** "A,B,C,D" */
  readonly source: string;
  readonly strict: boolean;
  readonly title: string;
  readonly message: string;
}

export interface ValidationOutcome {
  readonly children: XmlChild[];
  /** Columns that have the add-in's list (or the same list set by the analyst). */
  readonly validated: readonly string[];
  /** Columns whose own validation the analyst keeps. */
  readonly kept: readonly string[];
}

const listXml = (list: PlannedList): string => {
  // Qualitative columns offer words but accept any text: no error alert. The title is only what Excel shows;
  // nothing recognises a list by it (an analyst may title theirs alike), see the file's comment.
  const alert = list.strict ? ' showErrorMessage="1"' : ' errorStyle="information" showErrorMessage="0"';
  return (
    `<dataValidation type="list" allowBlank="1"${alert} errorTitle="${escapeXml(list.title)}" error="${escapeXml(list.message)}" sqref="${list.range}">` +
    `<formula1>"${escapeXml(list.source.replace(/"/g, '""'))}"</formula1></dataValidation>`
  );
};

interface Seen {
  readonly sqref: string;
  /** The list typed into it, without quotes; `null` when it is no typed list. */
  readonly list: string | null;
}

function seen(validation: XmlChild): Seen {
  const parts = elementParts(validation.xml);
  const a = parts.attributes;
  const formula = firstNamed([parts.node], "formula1")?.text ?? "";
  const typed = a.type === "list" && /^".*"$/.test(formula) ? formula.slice(1, -1).replace(/""/g, '"') : null;
  return { sqref: a.sqref ?? "", list: typed };
}

/** Validations Excel keeps in the sheet's extension list (lists that point to another sheet): always the analyst's. */
function extensionSqrefs(children: readonly XmlChild[]): string[] {
  const extLst = children.find((c) => c.name === "extLst")?.xml ?? "";
  return descendants(xmlTree(extLst), (n) => n.element.name === "x14:dataValidation").map(
    (v) => firstNamed(v.children, "xm:sqref")?.text ?? "",
  );
}

export function replaceValidations(children: readonly XmlChild[], planned: readonly PlannedList[]): ValidationOutcome {
  const element = children.find((c) => c.name === "dataValidations");
  const parts = element ? elementParts(element.xml) : null;
  const existing = parts ? childElements(parts.content).filter((c) => c.name === "dataValidation") : [];
  const ranges = planned.map((p) => parseRange(p.range) as CellRange);
  const others = [...existing.map(seen), ...extensionSqrefs(children).map((sqref) => ({ sqref, list: null }))];
  const validated: string[] = [];
  const kept: string[] = [];
  const added: string[] = [];
  planned.forEach((list, i) => {
    const theirs = others.filter((s) => meets(s.sqref, ranges[i] as CellRange));
    if (theirs.length === 0) added.push(listXml(list));
    if (theirs.length === 0 || theirs.some((s) => s.list === list.source)) validated.push(list.header);
    else kept.push(list.header);
  });
  if (added.length === 0) return { children: [...children], validated, kept };
  const all = [...existing.map((v) => v.xml), ...added];
  const count: [string, string] = ["count", String(all.length)];
  const startTag = parts
    ? openTag(parts.name, [...attributePairs(parts.element, ["count"]), count], false)
    : openTag("dataValidations", [count], false);
  const xml = `${startTag}${all.join("")}</dataValidations>`;
  const out = element
    ? children.map((c) => (c === element ? { name: c.name, xml } : c))
    : placeChild(children, { name: "dataValidations", xml }, WORKSHEET_ORDER);
  return { children: out, validated, kept };
}
