/** Word lists the generators draw customers' names from (made up: any likeness to a real firm is chance). */
import type { Random } from "./random";

const FIRST =
  "Aaron Adam Adrian Alan Alice Amy Andrew Anna Anthony Barbara Ben Beth Brian Carl Carol Chris Claire Craig Dan Dana David Dean Diane Doug Ed Elena Emily Eric Eva Frank Gary Grace Greg Hannah Harold Helen Ian Irene Jack Jane Jason Jill Joe Julia Karen Keith Kelly Ken Laura Lena Linda Luke Maria Mark Matt Meg Mike Nancy Neil Nina Olivia Pat Paul Peter Rachel Ray Rick Rita Rob Ruth Sam Sara Sean Steve Sue Ted Tina Tom Tony Valerie Victor Wendy Will Zoe".split(
    " ",
  );

const LAST =
  "Adams Allen Baker Barnes Bell Brooks Brown Bryant Butler Campbell Carter Clark Coleman Collins Cook Cooper Cox Davis Diaz Edwards Evans Fisher Foster Garcia Gibson Gray Green Griffin Hall Harris Hayes Henderson Hill Howard Hughes Jackson James Jenkins Johnson Jones Kelly Kim King Lee Lewis Long Lopez Martin Miller Mitchell Moore Morgan Morris Murphy Nelson Parker Patel Perry Peterson Phillips Powell Price Reed Rivera Roberts Rogers Ross Russell Sanders Scott Shaw Simmons Smith Stewart Sullivan Taylor Thomas Turner Walker Ward Watson White Wood Wright Young".split(
    " ",
  );

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉俊飞建国斌宇浩凯峰晨欣怡雪琳婷颖佳慧丹璐倩宁波亮文博志刚海燕晓东云",
];

export interface PersonName {
  readonly en: string;
  readonly zh: string;
  readonly initials: string;
}

/** `count` different people, each with an English and a Chinese name. */
export function people(random: Random, count: number): PersonName[] {
  const seenEn = new Set<string>();
  const seenZh = new Set<string>();
  const out: PersonName[] = [];
  while (out.length < count) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const en = `${first} ${last}`;
    const given = random.chance(0.6) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
    const zh = random.pick(SURNAMES) + given;
    if (seenEn.has(en) || seenZh.has(zh)) continue;
    seenEn.add(en);
    seenZh.add(zh);
    out.push({ en, zh, initials: `${first[0]}${last[0]}` });
  }
  return out;
}

/** A salesperson's Chinese name (the same few names recur in a ledger). */
export function staffNames(random: Random, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count)
    out.add(random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : ""));
  return [...out];
}

/** Builds `count` different names from a place, a trade word and a company suffix. */
export function companyNames(
  random: Random,
  count: number,
  places: readonly string[],
  trades: readonly string[],
  suffixes: readonly string[],
  join: (place: string, trade: string, suffix: string) => string,
): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(join(random.pick(places), random.pick(trades), random.pick(suffixes)));
  return [...out];
}
