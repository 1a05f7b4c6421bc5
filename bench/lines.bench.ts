/**
 * `npm run bench:lines`: a customer table and RFM from 100,000 order lines (mapLineColumns + measureCustomers +
 * rfmScores), the work the pane and `customer-grader customers` do once the lines are read. The lines are the
 * mainland sample's simulation (scripts/lines) with more shippers, as text cells the way a CSV reads, with the
 * sample's three date forms; seeded, so every run times the same table.
 */
import { type CellValue, type Table } from "../src/engine";
import { mapLineColumns, measureCustomers, measureWindow, rfmScores } from "../src/engine/lines";
import { parseDate } from "../src/engine/values/date";
import { isoDate, slashDate } from "../scripts/exports/calendar";
import { sampleLines } from "../scripts/lines/orderLines";
import { MAINLAND } from "../scripts/lines/shapes";
import { formatInt, formatMs, time } from "./measure";

const LINES = 100_000;
const HEADERS = [
  "运单号",
  "发货日期",
  "客户名称",
  "起运地",
  "目的地",
  "货物名称",
  "重量(kg)",
  "体积(m³)",
  "运费(元)",
  "成本(元)",
];

/** Enough shippers for LINES lines (the sample's 640 give about 7,200; 9,500 gave 90,103), cut to exactly LINES. */
function linesTable(): Table {
  const lines = sampleLines({ ...MAINLAND, customers: 11_000 });
  if (lines.length < LINES) throw new Error(`the simulation gave ${lines.length} lines, fewer than ${LINES}`);
  const text = (x: number | null): CellValue => (x === null ? null : String(x));
  const rows = lines
    .slice(0, LINES)
    .map((l, i): CellValue[] => [
      l.orderNo === "" ? null : l.orderNo,
      i % 5 === 0 ? slashDate(l.day) : i % 7 === 0 ? `${isoDate(l.day)} 09:30` : isoDate(l.day),
      l.customer,
      l.origin,
      l.destination,
      l.cargo,
      text(l.weightKg),
      text(l.volume),
      text(l.amount),
      text(l.cost),
    ]);
  return { headers: HEADERS, rows };
}

const table = linesTable();
const asOf = parseDate("2018-01-01") as number;
let customers = 0;
let segments = 0;
const t = time(9, () => {
  const measured = measureCustomers(table, mapLineColumns(table.headers), measureWindow(asOf));
  customers = measured.customers.length;
  segments = rfmScores(measured.customers, asOf).length;
  if (measured.issues.length > 0) throw new Error(`${measured.issues.length} issues in generated lines`);
});
if (segments !== customers) throw new Error(`RFM for ${segments} of ${customers} customers`);
console.log("| lines | customers | map + measure + RFM (median of runs) | min – max | CPU median | lines/s |");
console.log("|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${formatInt(LINES)} | ${formatInt(customers)} | ${formatMs(t.medianMs)} (${t.runs}) | ` +
    `${formatMs(t.minMs)} – ${formatMs(t.maxMs)} | ${formatMs(t.cpuMedianMs)} | ${formatInt((LINES / t.medianMs) * 1000)} |`,
);
