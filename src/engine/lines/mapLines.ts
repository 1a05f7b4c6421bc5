/**
 * Which column of a lines table holds which line field, by its header. Each header is read as the customer-table
 * headers are (`readHeader`: Simplified, no brackets, units or period words; `foldChinese` for synonyms) and
 * looked up in the line vocabulary (lineFields.ts), which ranks every alias. Then the best (lowest) ranks are
 * placed first, one column per field and one field per column, ties to the leftmost column, so:
 * - a customer's name beats its number: an ID or e-mail column is the customer only when no name column exists
 *   (its `basis` says "customer-id");
 * - an order's, shipment's or document's date beats an invoice date, which beats an order-entry or creation
 *   date, which beats a delivery date; due, payment and settlement dates are never the line's date;
 * - of two amounts, the one net of tax (不含税, 未税, 无税, Net Value) is used, so the amount and a cost or
 *   profit column (which ERPs keep net of VAT) give a consistent margin; then a total (总运费, 应收合计, 结算金额),
 *   then a plain amount (金额, 运费), and an amount with tax (价税合计, 含税金额) only when there is no other.
 *   A plain amount next to a with-tax one is net (the ERPs' 金额 beside 价税合计); `basis` records which;
 * - 应付 is the cost when the table also has 应收 (a forwarder's receivable/payable pair), else the charge (a
 *   carrier's statement to its customer calls its charge 应付金额);
 * - actual weight beats chargeable weight (which counts volume in, and the volume has its own column);
 * - a lane is a lane or route column; else the destination, with the origin beside it when there is one.
 * @example mapLineColumns(["运单号", "发货日期", "客户名称", "运费(元)"]).columns.amount // { index: 3, scale: 1, ... }
 */
import { readHeader, type HeaderReading } from "../headers/readHeader";
import { toSimplified } from "../headers/script";
import { foldChinese } from "../headers/synonyms";
import { hasNonAscii } from "../values/text";
import type { CellValue } from "../types";
import {
  CUSTOMER_ID_RANK,
  DESTINATION_RANK,
  GROSS_AMOUNT_RANK,
  LINE_VOCABULARY,
  NET_AMOUNT_RANK,
  ORIGIN_RANK,
  PAYABLE,
  PAYABLE_AS_AMOUNT_RANK,
  PAYABLE_AS_COST_RANK,
  RECEIVABLE,
  TAX_WORDS,
  amountTax,
  type LineAlias,
} from "./lineFields";
import { type PhysicalUnit, physicalUnit } from "./lineUnits";
import { LINE_FIELDS, type LineColumn, type LineColumnBasis, type LineField, type LinesMapping } from "./types";

interface Candidate {
  readonly field: LineField;
  readonly rank: number;
  readonly index: number;
}

/** A header as the vocabulary is matched against it. */
interface LineHeader {
  readonly header: string;
  readonly reading: HeaderReading;
  /** The header lower case, Simplified, with its brackets: for tax words and units. */
  readonly text: string;
  /** Chinese forms to look up (core, core without a glued unit, whole key), folded. */
  readonly chinese: readonly string[];
  /** English words joined by spaces, "number" as "no"; "" when none. */
  readonly english: string;
}

const NUMBER_WORDS = new Set(["no", "nr", "num", "number", "nbr", "no."]);
const GLUED_PHYSICAL = /(?<=.)(?:kgs?|千克|公斤|吨|m3|cbm|立方米|方|才)$/;

function lineHeader(cell: CellValue): LineHeader {
  const header = cell === null || cell === undefined ? "" : String(cell).trim();
  const reading = readHeader(header);
  const text = toSimplified(header.normalize("NFKC").toLowerCase());
  const chinese = new Set<string>();
  if (hasNonAscii(reading.core)) {
    for (const key of [reading.core, reading.glued?.core, reading.core.replace(GLUED_PHYSICAL, ""), reading.key]) {
      const untaxed = key?.replace(TAX_WORDS, "");
      // Folded and as written: an alias may be written in either spelling.
      if (untaxed !== undefined && untaxed.length > 0) chinese.add(foldChinese(untaxed)).add(untaxed);
    }
    // A bilingual header ("客户名称 Customer Name"): its Chinese part alone.
    const cjk = reading.core.replace(/[a-z0-9]+/g, "");
    if (cjk !== reading.core && cjk.length > 0) chinese.add(foldChinese(cjk));
  }
  const english = reading.words.map((w) => (NUMBER_WORDS.has(w) ? "no" : w)).join(" ");
  return { header, reading, text, chinese: [...chinese], english };
}

const bestRank = (aliases: readonly LineAlias[], keys: readonly string[]): number | null => {
  let best: number | null = null;
  for (const alias of aliases)
    if ((best === null || alias.rank < best) && keys.some((key) => alias.pattern.test(key))) best = alias.rank;
  return best;
};

const MONEY_FIELDS: ReadonlySet<LineField> = new Set(["amount", "profit", "cost", "openAmount"]);

/** Whether what the header says of its unit fits the field: "金额(%)" is no amount, "体积(kg)" no volume. */
function unitFits(field: LineField, line: LineHeader, physical: PhysicalUnit | null): boolean {
  const unit = line.reading.unit ?? line.reading.glued?.unit ?? null;
  if (MONEY_FIELDS.has(field)) return physical === null && (unit === null || unit.kind === "money");
  if (field === "weight" || field === "volume")
    return (physical === null || physical.kind === field) && (unit === null || unit.kind === "physical");
  return true;
}

/** The rank of `field` for a header, or null when the header is not that field. */
function rankOf(field: LineField, line: LineHeader, payableIsCost: boolean): number | null {
  const vocabulary = LINE_VOCABULARY[field];
  const ranks = [
    bestRank(vocabulary.zh, line.chinese),
    line.english === "" ? null : bestRank(vocabulary.en, [line.english]),
  ];
  const payable = line.chinese.some((key) => PAYABLE.test(key));
  if (payable && field === "cost" && payableIsCost) ranks.push(PAYABLE_AS_COST_RANK);
  if (payable && field === "amount" && !payableIsCost) ranks.push(PAYABLE_AS_AMOUNT_RANK);
  const found = ranks.filter((r): r is number => r !== null);
  if (found.length === 0) return null;
  const rank = Math.min(...found);
  if (field !== "amount") return rank;
  const tax = amountTax(line.text);
  return tax === "net" ? NET_AMOUNT_RANK : tax === "gross" ? Math.max(rank, GROSS_AMOUNT_RANK) : rank;
}

function scaleOf(field: LineField, line: LineHeader, physical: PhysicalUnit | null): number {
  if (MONEY_FIELDS.has(field)) return (line.reading.unit ?? line.reading.glued?.unit)?.scale ?? 1;
  if (field === "weight" || field === "volume") return physical?.scale ?? 1;
  return 1;
}

function basisOf(field: LineField, rank: number, grossElsewhere: boolean): LineColumnBasis | undefined {
  if (field === "customer") return rank >= CUSTOMER_ID_RANK ? "customer-id" : undefined;
  if (field !== "amount") return undefined;
  if (rank === NET_AMOUNT_RANK) return "net-of-tax";
  if (rank === GROSS_AMOUNT_RANK) return "with-tax";
  return grossElsewhere ? "net-of-tax" : undefined;
}

/**
 * Reads a lines table's header row: which column is the customer, the date, the amount and the optional fields,
 * each with the factor from its header's unit to 元 (or the file's currency), tonnes or cubic metres.
 * Deterministic: the same headers always give the same mapping.
 */
export function mapLineColumns(headers: readonly CellValue[]): LinesMapping {
  const lines = headers.map(lineHeader);
  const payableIsCost = lines.some(
    (line) => line.chinese.some((key) => RECEIVABLE.test(key)) || rankOf("profit", line, false) !== null,
  );
  const physical = lines.map((line) => physicalUnit(line.text, line.chinese[0] ?? line.english));
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    if (line.header === "" || line.reading.system) return;
    for (const field of LINE_FIELDS) {
      if (!unitFits(field, line, physical[index] ?? null)) continue;
      const rank = rankOf(field, line, payableIsCost);
      if (rank !== null) candidates.push({ field, rank, index });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const placed = new Map<LineField, Candidate>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (placed.has(candidate.field) || taken.has(candidate.index)) continue;
    placed.set(candidate.field, candidate);
    taken.add(candidate.index);
  }
  const grossElsewhere = candidates.some(
    (c) => c.field === "amount" && c.rank === GROSS_AMOUNT_RANK && c.index !== placed.get("amount")?.index,
  );
  const column = (c: Candidate): LineColumn => {
    const line = lines[c.index] as LineHeader;
    const basis = basisOf(c.field, c.rank, grossElsewhere);
    const scale = scaleOf(c.field, line, physical[c.index] ?? null);
    return { field: c.field, index: c.index, header: line.header, scale, ...(basis === undefined ? {} : { basis }) };
  };
  const columns: Partial<Record<LineField, LineColumn>> = {};
  for (const [field, candidate] of placed) columns[field] = column(candidate);
  const origin = laneOrigin(placed.get("lane"), candidates, taken);
  if (origin) taken.add(origin.index);
  const ignored = lines.flatMap((line, index) => (taken.has(index) ? [] : [{ index, header: line.header }]));
  return { columns, ignored, ...(origin ? { laneOrigin: column(origin) } : {}) };
}

/** The origin column to read with a destination lane, when the table has one left over. */
function laneOrigin(
  lane: Candidate | undefined,
  candidates: readonly Candidate[],
  taken: ReadonlySet<number>,
): Candidate | undefined {
  if (!lane || lane.rank < DESTINATION_RANK || lane.rank >= ORIGIN_RANK) return undefined;
  return candidates.find(
    (c) => c.field === "lane" && c.rank >= ORIGIN_RANK && c.rank < ORIGIN_RANK + 10 && !taken.has(c.index),
  );
}
