/**
 * The three shapes the order-line samples are written in, each as the system it imitates exports lines: a
 * mainland TMS's waybill list (运单明细), a Taiwanese ERP's sales-document detail (銷貨單明細) and an English
 * freight forwarder's job profit report.
 */
import { type Day, day as dayOf, isoDate, slashDate } from "../exports/calendar";
import { staffNames } from "../exports/names";
import { Random } from "../exports/random";
import { type SampleLine, type SampleSpec, sampleLines } from "./orderLines";

export interface SampleFile {
  readonly name: string;
  readonly text: string;
}

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: readonly (readonly string[])[], newline: string): string =>
  rows.map((row) => row.map(field).join(",")).join(newline) + newline;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const ymd = (d: Day): string => isoDate(d).replace(/-/g, "");
const num = (x: number | null): string => (x === null ? "" : String(x));
/** 12,345: a whole number with thousands separated, as an ERP's export formats its figures (no locale data needed). */
const grouped = (x: number): string => `${x < 0 ? "-" : ""}${String(Math.abs(x)).replace(/\B(?=(\d{3})+$)/g, ",")}`;

const FROM = "2015-01-01";
const TO = "2017-12-31";

const CITIES_CN =
  "上海 苏州 昆山 无锡 宁波 杭州 南京 合肥 深圳 东莞 广州 佛山 厦门 武汉 郑州 长沙 成都 重庆 西安 天津 北京 青岛 沈阳".split(
    " ",
  );
/** Branches whose terminals write the day as Excel shows it (2017/3/5), or with the time of pick-up. */
const SLASH_DATES = new Set("深圳 东莞 广州 佛山 厦门".split(" "));
const TIMED_DATES = new Set("成都 重庆 西安".split(" "));

/** The mainland TMS sample's shippers and lines. */
const MAINLAND: SampleSpec = {
  seed: 37,
  lang: "zh-CN",
  customers: 640,
  from: dayOf(FROM),
  to: dayOf(TO),
  pace: 0.45,
  currency: 1,
  cities: CITIES_CN,
  reps: staffNames(new Random(7), 9),
  creditCargo: "运费冲红",
  orderNo: (d, seq) => `YD${ymd(d)}${pad(seq, 4)}`,
};

/** The date cell as the line's origin terminal writes it. */
function mainlandDate(line: SampleLine, random: Random): string {
  if (SLASH_DATES.has(line.origin)) return slashDate(line.day);
  if (TIMED_DATES.has(line.origin)) return `${isoDate(line.day)} ${pad(random.int(7, 20))}:${pad(random.int(0, 59))}`;
  return isoDate(line.day);
}

/** 运单明细 from a mainland TMS: UTF-8 with a BOM and CRLF, as Excel's "CSV UTF-8" saves it. */
function mainland(): SampleFile {
  const random = new Random(11);
  const header = [
    "运单号",
    "发货日期",
    "客户名称",
    "起运地",
    "目的地",
    "货物名称",
    "件数",
    "重量(kg)",
    "体积(m³)",
    "运费(元)",
    "成本(元)",
    "业务员",
  ];
  const rows = sampleLines(MAINLAND).map((l) => [
    l.orderNo,
    mainlandDate(l, random),
    l.customer,
    l.origin,
    l.destination,
    l.cargo,
    num(l.pieces),
    num(l.weightKg),
    num(l.volume),
    num(l.amount),
    num(l.cost),
    l.rep,
  ]);
  return { name: "order-lines.csv", text: `\uFEFF${csv([header, ...rows], "\r\n")}` };
}

/** The Taiwanese ERP sample's. */
const TAIWAN: SampleSpec = {
  seed: 72,
  lang: "zh-TW",
  customers: 150,
  from: dayOf(FROM),
  to: dayOf(TO),
  pace: 0.5,
  currency: 4.4,
  cities: "台北 新北 桃園 新竹 台中 台南 高雄".split(" "),
  reps: ["陳志明", "林美玲", "黃建宏", "張雅婷", "李俊賢"],
  creditCargo: "銷貨折讓",
  orderNo: (d, seq) => `SA${ymd(d)}${pad(seq, 3)}`,
};
/** 銷貨單明細 from a Taiwanese ERP: a credit is a sales return (銷退單, its own number), figures grouped. */
function taiwan(): SampleFile {
  const lines = sampleLines(TAIWAN);
  const codes = new Map<string, string>();
  for (const l of lines) if (!codes.has(l.customer)) codes.set(l.customer, `C${pad(codes.size + 1, 4)}`);
  const header = ["單據日期", "單據編號", "客戶代號", "客戶", "品名", "數量", "價稅合計", "成本", "業務人員"];
  const rows = lines.map((l) => [
    isoDate(l.day).replace(/-/g, "/"),
    l.creditNote ? l.orderNo.replace(/^SA/, "SR") : l.orderNo,
    codes.get(l.customer) ?? "",
    l.customer,
    l.cargo,
    num(l.pieces),
    grouped(Math.round(l.amount)),
    grouped(Math.round(l.cost)),
    l.rep,
  ]);
  return { name: "order-lines.zh-TW.csv", text: csv([header, ...rows], "\n") };
}

const CONSIGNEES =
  "Atlas Imports LLC|Baltic Trading GmbH|Coastal Retail Group|Delta Distribution BV|Eastgate Wholesale Ltd|Fjord Supply AS|Gulf Star Trading FZE|Horizon Home Goods Inc|Inland Auto Supply Co|Juniper Foods Pty Ltd|Keystone Industrial LLC|Lumen Electronics GmbH|Meridian Medical Supply|Nordic Parts AB|Orchard Fresh Produce Ltd".split(
    "|",
  );

/** The forwarder sample's. */
const FORWARDER: SampleSpec = {
  seed: 65,
  lang: "en",
  customers: 120,
  from: dayOf(FROM),
  to: dayOf(TO),
  pace: 0.5,
  currency: 0.15,
  cities: ["Shanghai", "Ningbo", "Shenzhen", "Qingdao", "Xiamen", "Tianjin"],
  destinations: [
    "Los Angeles",
    "Long Beach",
    "Rotterdam",
    "Hamburg",
    "Felixstowe",
    "Singapore",
    "Dubai",
    "Sydney",
    "Vancouver",
    "Santos",
  ],
  reps: ["Amy Chen", "David Wong", "Kelly Lin", "Mark Zhou"],
  creditCargo: "Credit note",
  orderNo: (d, seq) => `SE${ymd(d).slice(2, 6)}${pad(seq, 4)}`,
};
/** A forwarder's job profit report (sea export): a job is one number over its containers' lines, in dollars. */
function forwarder(): SampleFile {
  const random = new Random(3);
  const consignee = new Map<string, string>();
  const header = [
    "Job No",
    "ETD",
    "Shipper",
    "Consignee",
    "POL",
    "POD",
    "Commodity",
    "Pkgs",
    "Gross Weight (KG)",
    "CBM",
    "Revenue (USD)",
    "Cost (USD)",
    "GP (USD)",
    "Sales",
  ];
  const rows = sampleLines(FORWARDER).map((l) => {
    if (!consignee.has(l.orderNo)) consignee.set(l.orderNo, random.pick(CONSIGNEES));
    return [
      l.orderNo,
      isoDate(l.day),
      l.customer,
      consignee.get(l.orderNo) ?? "",
      l.origin,
      l.destination,
      l.cargo,
      num(l.pieces),
      num(l.weightKg),
      num(l.volume),
      l.amount.toFixed(2),
      l.cost.toFixed(2),
      (l.amount - l.cost).toFixed(2),
      l.rep,
    ];
  });
  return { name: "order-lines.en.csv", text: csv([header, ...rows], "\r\n") };
}

/** Every sample file, in a fixed order. */
export function sampleFiles(): SampleFile[] {
  return [mainland(), taiwan(), forwarder()];
}
