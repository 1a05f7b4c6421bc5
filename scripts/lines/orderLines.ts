/**
 * Simulated order lines of a carrier's shippers over three years: a few shippers ship most (order rates and
 * ticket sizes are heavy-tailed), business dips around the Spring Festival and peaks in Q4 (Double 11), some
 * shippers leave (their last order long before the end) and some arrive late, an order may have several lines
 * (one waybill number, a line per cargo), a few orders get a credit note (same number, negative amount), and a
 * few lines were keyed without a number. Seeded: the same spec gives the same lines.
 */
import { type Day, day } from "../exports/calendar";
import { Random, clamp, round } from "../exports/random";
import { type Shipper, type SampleLang, shippers } from "./shippers";

export interface SampleLine {
  /** "" where the line was keyed without a number. */
  readonly orderNo: string;
  readonly day: Day;
  readonly customer: string;
  readonly origin: string;
  readonly destination: string;
  readonly cargo: string;
  /** Null on a credit note. */
  readonly pieces: number | null;
  readonly weightKg: number | null;
  readonly volume: number | null;
  readonly amount: number;
  readonly cost: number;
  readonly rep: string;
  readonly creditNote: boolean;
}

export interface SampleSpec {
  readonly seed: number;
  readonly lang: SampleLang;
  readonly customers: number;
  readonly from: Day;
  readonly to: Day;
  /** Orders per year of a typical shipper before its trade's pace. */
  readonly pace: number;
  /** Amounts in yuan times this (1 for yuan, ≈ 0.15 for dollars). */
  readonly currency: number;
  /** Where shippers ship from, and to unless `destinations` says otherwise. */
  readonly cities: readonly string[];
  readonly destinations?: readonly string[];
  readonly reps: readonly string[];
  /** Words of a credit note line's cargo cell. */
  readonly creditCargo: string;
  /** The order's number from its day and its place among that day's orders (1, 2, …). */
  readonly orderNo: (day: Day, seq: number, random: Random) => string;
}

/** Spring Festival (the first day of the lunar year), when factories close for two weeks. */
const SPRING_FESTIVALS = ["2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16"].map(day);
/** Relative business per month, January first: the holiday dip in February, the Q4 peak. */
const MONTH_FACTOR = [0.95, 0.7, 1.0, 1.0, 1.0, 0.95, 0.9, 0.95, 1.05, 1.1, 1.4, 1.3];
/** Sunday … Saturday. */
const WEEKDAY_FACTOR = [0.3, 1.1, 1.1, 1.1, 1.1, 1.1, 0.7];

function season(d: Day): number {
  const date = new Date(d * 86_400_000);
  let factor = (MONTH_FACTOR[date.getUTCMonth()] ?? 1) * (WEEKDAY_FACTOR[date.getUTCDay()] ?? 1);
  if (SPRING_FESTIVALS.some((sf) => d >= sf - 10 && d <= sf + 7)) factor *= 0.15;
  return factor;
}

/** A Pareto number ≥ 1 (shape `alpha`): most are small, a few very large. */
const pareto = (random: Random, alpha: number): number => 1 / (1 - random.next()) ** (1 / alpha);

interface Account {
  readonly shipper: Shipper;
  /** The spans it ships in: one from its start to its end, or a project's few busy months. */
  readonly active: readonly (readonly [Day, Day])[];
  readonly ordersPerYear: number;
  readonly ticket: number;
  readonly margin: number;
  readonly home: string;
  readonly lanes: readonly string[];
  readonly rep: string;
}

type Kind = "regular" | "project" | "key";

/** A shipper leaving when its yearly freight tender is lost: carriers' contracts run from one Spring Festival to the next. */
function tenderLost(random: Random, spec: SampleSpec, after: Day): Day | null {
  const festivals = SPRING_FESTIVALS.filter((sf) => sf > after + 30 && sf <= spec.to);
  return festivals.length === 0 ? null : random.pick(festivals) - random.int(0, 10);
}

/**
 * When a shipper ships: most from their start until they leave (a lost tender at a Spring Festival, or any
 * day); a project shipper for a few busy months; a key account from before the data, often, until a tender.
 */
function activeSpans(random: Random, spec: SampleSpec): { spans: [Day, Day][]; kind: Kind } {
  const span = spec.to - spec.from;
  const kind = random.weighted<Kind>([
    ["regular", 925],
    ["project", 55],
    ["key", 20],
  ]);
  if (kind === "project") {
    const spans = Array.from({ length: random.int(1, 2) }, (): [Day, Day] => {
      const start = spec.from + random.int(0, span - 30);
      return [start, Math.min(spec.to, start + random.int(30, 100))];
    });
    return { spans, kind };
  }
  // Seven in ten were customers before the data starts; the rest arrive during the three years.
  const start = kind === "key" || random.chance(0.7) ? spec.from : spec.from + random.int(20, span - 15);
  // About one in five leaves, a third of them at a tender: the last order can be years before the end.
  const leaves = random.chance(kind === "key" ? 0.5 : 0.22);
  const tender = leaves && random.chance(kind === "key" ? 1 : 0.35) ? tenderLost(random, spec, start) : null;
  const end = !leaves ? spec.to : (tender ?? Math.min(spec.to, start + random.int(20, span)));
  return { spans: [[start, end]], kind };
}

function account(random: Random, spec: SampleSpec, shipper: Shipper): Account {
  const { spans, kind } = activeSpans(random, spec);
  const rate =
    kind === "project"
      ? random.uniform(40, 120)
      : kind === "key"
        ? random.uniform(50, 110)
        : Math.min(260, pareto(random, 1.2));
  const ordersPerYear = spec.pace * shipper.industry.pace * rate;
  const ticket = shipper.industry.ticket * random.lognormal(0, 0.55) * ordersPerYear ** 0.12;
  const home = random.pick(spec.cities);
  const places = (spec.destinations ?? spec.cities).filter((c) => c !== home);
  const lanes = Array.from({ length: random.int(1, 4) }, () => random.pick(places));
  return {
    shipper,
    active: spans,
    ordersPerYear,
    ticket,
    margin: clamp(shipper.industry.margin + 0.05 * random.normal(), 0.02, 0.4),
    home,
    lanes,
    rep: random.pick(spec.reps),
  };
}

/** Freight as a TMS holds it: half the prices in whole yuan, the rest to the fen. */
const money = (random: Random, x: number): number => (random.chance(0.5) ? Math.round(x) : round(x, 2));

interface Order {
  readonly account: Account;
  readonly day: Day;
  readonly lines: number;
  readonly keyedWithoutNumber: boolean;
  /** Orders of one day are numbered in this order. */
  readonly tiebreak: number;
}

function ordersOf(random: Random, spec: SampleSpec, a: Account): Order[] {
  const out: Order[] = [];
  const order = (d: Day): Order => {
    const lines = random.weighted<number>([
      [1, 80],
      [2, 12],
      [3, 5],
      [4, 2],
      [6, 1],
    ]);
    return {
      account: a,
      day: d,
      lines,
      keyedWithoutNumber: lines === 1 && random.chance(0.006),
      tiebreak: random.next(),
    };
  };
  for (const [from, to] of a.active) {
    for (let d = from; d <= to; d++) {
      if (random.chance(Math.min(0.9, (a.ordersPerYear / 365) * season(d)))) out.push(order(d));
    }
  }
  // A shipper in the file has shipped at least once.
  const [from, to] = a.active[0] ?? [spec.from, spec.to];
  if (out.length === 0) out.push(order(random.int(from, to)));
  return out;
}

function linesOf(random: Random, spec: SampleSpec, o: Order, orderNo: string): SampleLine[] {
  const a = o.account;
  const industry = a.shipper.industry;
  const destination = random.chance(0.8) ? random.pick(a.lanes) : random.pick(spec.destinations ?? spec.cities);
  const cargoes = random.shuffle(industry.cargo[spec.lang]);
  return Array.from({ length: o.lines }, (_, i) => {
    const amount = money(random, a.ticket * random.lognormal(0, 0.45) * spec.currency) || 1;
    const cost = round(amount * (1 - (a.margin + 0.06 * random.normal())), 2);
    const weightKg = round(amount / spec.currency / random.uniform(...industry.ratePerKg), 1);
    return {
      orderNo,
      day: o.day,
      customer: a.shipper.name,
      origin: a.home,
      destination,
      cargo: cargoes[i % cargoes.length] ?? "",
      pieces: Math.max(1, Math.round(weightKg / random.uniform(8, 40))),
      weightKg,
      volume: Math.max(0.01, round(weightKg / (industry.density * random.uniform(0.8, 1.25)), 2)),
      amount,
      cost,
      rep: a.rep,
      creditNote: false,
    };
  });
}

/** A credit note for part of an order's freight (a damaged or late delivery), some days after it. */
function creditNote(random: Random, spec: SampleSpec, lines: readonly SampleLine[]): SampleLine | null {
  const first = lines[0];
  if (!first || first.orderNo === "") return null;
  const d = first.day + random.int(3, 40);
  if (d > spec.to) return null;
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  return {
    ...first,
    day: d,
    cargo: spec.creditCargo,
    pieces: null,
    weightKg: null,
    volume: null,
    amount: -Math.max(1, Math.round(total * random.uniform(0.1, 1))),
    cost: 0,
    creditNote: true,
  };
}

/** Every line of the sample, by date (a day's orders by number, a credit note after the day's orders). */
export function sampleLines(spec: SampleSpec): SampleLine[] {
  const random = new Random(spec.seed);
  const accounts = shippers(random, spec.lang, spec.customers).map((s) => account(random, spec, s));
  const orders = accounts.flatMap((a) => ordersOf(random, spec, a));
  orders.sort((x, y) => x.day - y.day || x.tiebreak - y.tiebreak);
  const out: SampleLine[] = [];
  const credits: SampleLine[] = [];
  let seq = 0;
  orders.forEach((o, i) => {
    seq = i > 0 && orders[i - 1]?.day === o.day ? seq + 1 : 1;
    const lines = linesOf(random, spec, o, o.keyedWithoutNumber ? "" : spec.orderNo(o.day, seq, random));
    out.push(...lines);
    const credit = random.chance(0.008) ? creditNote(random, spec, lines) : null;
    if (credit) credits.push(credit);
  });
  const all = [...out, ...credits];
  const rank = new Map(all.map((line, i) => [line, i]));
  return all.sort(
    (x, y) => x.day - y.day || Number(x.creditNote) - Number(y.creditNote) || (rank.get(x) ?? 0) - (rank.get(y) ?? 0),
  );
}
