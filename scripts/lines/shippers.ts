/**
 * The shippers of the order-line samples: made-up companies in the trades a logistics firm serves (any likeness
 * to a real firm is chance), each with its cargo, freight rate per kilogram and density, in three languages.
 */
import type { Random } from "../exports/random";

export type SampleLang = "zh-CN" | "zh-TW" | "en";

export interface Industry {
  /** Words a company name of the trade carries, per language. */
  readonly trade: Readonly<Record<SampleLang, readonly string[]>>;
  readonly cargo: Readonly<Record<SampleLang, readonly string[]>>;
  /** Freight per kilogram (yuan; the English sample's dollars scale it), low and high. */
  readonly ratePerKg: readonly [number, number];
  /** Kilograms per cubic metre. */
  readonly density: number;
  /** Median freight of one line (yuan). */
  readonly ticket: number;
  /** Relative orders per year: e-commerce ships daily, building materials by the project. */
  readonly pace: number;
  /** Gross margin of the trade's freight. */
  readonly margin: number;
}

const trade = (cn: string, tw: string, en: string): Readonly<Record<SampleLang, readonly string[]>> => ({
  "zh-CN": cn.split(" "),
  "zh-TW": tw.split(" "),
  en: en.split("|"),
});

const INDUSTRIES: readonly (readonly [Industry, number])[] = [
  [
    {
      trade: trade(
        "精密电子 电子科技 光电科技 电子",
        "電子 精密電子 光電 科技",
        "Electronics|Precision Electronics|Optoelectronics",
      ),
      cargo: trade(
        "电子元器件 液晶面板 电路板 手机配件",
        "電子零件 面板 電路板 連接器",
        "Electronic components|LCD panels|PCB assemblies|Connectors",
      ),
      ratePerKg: [1.6, 2.4],
      density: 250,
      ticket: 1_800,
      pace: 1.3,
      margin: 0.17,
    },
    18,
  ],
  [
    {
      trade: trade(
        "电子商务 网络科技 供应链管理 电商",
        "電子商務 網路科技 國際貿易",
        "E-commerce|Online Retail|Trading",
      ),
      cargo: trade(
        "服装 日用百货 家居用品 化妆品 母婴用品",
        "服飾 日用品 家居用品 美妝",
        "Apparel|Household goods|Home furnishings|Cosmetics",
      ),
      ratePerKg: [1.2, 2.0],
      density: 180,
      ticket: 650,
      pace: 2.4,
      margin: 0.12,
    },
    16,
  ],
  [
    {
      trade: trade("化工 新材料 涂料 化学", "化學工業 塗料 材料科技", "Chemical|Coatings|Advanced Materials"),
      cargo: trade(
        "涂料 塑料粒子 化工原料 胶粘剂",
        "塗料 塑膠粒 化工原料 黏著劑",
        "Coatings|Plastic resin|Chemical raw materials|Adhesives",
      ),
      ratePerKg: [0.5, 0.9],
      density: 900,
      ticket: 2_600,
      pace: 0.8,
      margin: 0.22,
    },
    11,
  ],
  [
    {
      trade: trade("冷链物流 生鲜供应链 食品 乳业", "冷凍食品 生鮮 食品", "Cold Chain Foods|Frozen Foods|Dairy"),
      cargo: trade(
        "冷冻肉类 乳制品 速冻食品 生鲜水果",
        "冷凍肉品 乳製品 冷凍食品 生鮮蔬果",
        "Frozen meat|Dairy products|Frozen foods|Fresh fruit",
      ),
      ratePerKg: [1.8, 3.0],
      density: 400,
      ticket: 1_500,
      pace: 1.6,
      margin: 0.2,
    },
    10,
  ],
  [
    {
      trade: trade("机械制造 机电设备 五金制品 重工", "機械 機電 五金", "Machinery|Industrial Equipment|Hardware"),
      cargo: trade(
        "机械配件 五金工具 轴承 电机",
        "機械零件 五金工具 軸承 馬達",
        "Machine parts|Hand tools|Bearings|Electric motors",
      ),
      ratePerKg: [0.6, 1.0],
      density: 700,
      ticket: 2_200,
      pace: 0.9,
      margin: 0.19,
    },
    14,
  ],
  [
    {
      trade: trade("汽车零部件 汽配 汽车部件", "汽車零件 車用零件", "Auto Parts|Automotive Components"),
      cargo: trade(
        "汽车配件 轮胎 汽车玻璃 刹车片",
        "汽車零件 輪胎 車用玻璃 煞車片",
        "Auto parts|Tyres|Auto glass|Brake pads",
      ),
      ratePerKg: [0.8, 1.3],
      density: 500,
      ticket: 2_000,
      pace: 1.1,
      margin: 0.16,
    },
    9,
  ],
  [
    {
      trade: trade("医药 生物科技 医疗器械", "生技 醫療器材 藥品", "Pharmaceutical|Medical Devices|Life Sciences"),
      cargo: trade(
        "药品 医疗器械 诊断试剂",
        "藥品 醫療器材 檢驗試劑",
        "Pharmaceuticals|Medical devices|Diagnostic reagents",
      ),
      ratePerKg: [2.0, 3.2],
      density: 300,
      ticket: 1_300,
      pace: 1.2,
      margin: 0.25,
    },
    6,
  ],
  [
    {
      trade: trade("建材 陶瓷 装饰材料 板业", "建材 陶瓷 裝潢材料", "Building Materials|Ceramics|Panels"),
      cargo: trade(
        "瓷砖 板材 卫浴洁具 石材",
        "磁磚 板材 衛浴設備 石材",
        "Ceramic tiles|Wood panels|Sanitary ware|Stone slabs",
      ),
      ratePerKg: [0.35, 0.6],
      density: 1_200,
      ticket: 3_000,
      pace: 0.6,
      margin: 0.14,
    },
    8,
  ],
  [
    {
      trade: trade("纺织 服饰 面料 家纺", "紡織 成衣 布業", "Textiles|Garments|Fabrics"),
      cargo: trade("面料 纱线 服装辅料 成衣", "布料 紗線 服裝配件 成衣", "Fabrics|Yarn|Garment trims|Garments"),
      ratePerKg: [0.9, 1.4],
      density: 300,
      ticket: 1_100,
      pace: 1.0,
      margin: 0.15,
    },
    8,
  ],
];

/** A place, a made-up brand, the trade and a suffix, in the language's way of naming a company. */
const PLACES_CN =
  "苏州 宁波 东莞 佛山 无锡 常州 嘉兴 合肥 武汉 成都 重庆 天津 青岛 厦门 郑州 长沙 昆山 义乌 中山 惠州 南京 杭州 上海 深圳 广州 温州 泉州 烟台 西安 沈阳".split(
    " ",
  );
const BRANDS_CN =
  "华东 鑫达 恒通 瑞丰 博信 中联 晨曦 绿源 海川 力拓 百川 永盛 华盛 嘉诚 同创 星河 万禾 凯旋 东方 富士隆 锦华 宇航 惠民 卓越 长江 远大 南方 金诺 优品 天成 新锐 宏远 佳禾 安捷 众鑫 康泰 美佳 顺源 蓝海 鼎盛 汇泽源 德润 利群 正和源 华科 亿通 盛世 通达 泰和 鸿港 嘉信 和盛 荣昌 海纳 宝丰 志恒 信达 汇通 金阳 新元 九川 明辉 启航 锐达".split(
    " ",
  );
const PLACES_TW = "台北 新北 桃園 新竹 台中 彰化 台南 高雄 嘉義 宜蘭".split(" ");
const BRANDS_TW =
  "信昌 鴻達 建弘 祥和 豐泰隆 宏昇 嘉銘 昱晟 冠霖 祐達 瑞鈞 振宇 凱翔 品睿 泓達 晉源 立璟 崇佑 宇辰 承輝 佳鋐 恆毅 裕昇 鼎翊".split(
    " ",
  );
const BRANDS_EN =
  "Everbright|Goldstar|Pacific Rim|Blue Harbor|Northwind|Silverline|Redwood|Summit|Harborview|Lakeside|Brightway|Crestview|Oakridge|Sunrise|Westfield|Greenfield|Ironbridge|Clearwater|Highland|Riverside|Maplewood|Stonegate|Fairhaven|Kingsway".split(
    "|",
  );
const EN_SUFFIX = ["Co., Ltd.", "Ltd.", "Inc.", "Corp.", "Limited", "(HK) Ltd.", "Industrial Co., Ltd."];
/** A few mainland names start with Latin letters, so name order mixes ASCII and CJK as real ledgers do. */
const LATIN_CN = ["KTC", "ABM", "Hexa", "iSun", "MLT", "Orin", "ZX", "Vito"];

export interface Shipper {
  readonly name: string;
  readonly industry: Industry;
}

function nameOf(random: Random, lang: SampleLang, industry: Industry): string {
  const word = random.pick(industry.trade[lang]);
  switch (lang) {
    case "zh-CN": {
      const place = random.pick(PLACES_CN);
      if (random.chance(0.03)) return `${random.pick(LATIN_CN)}${word}（${place}）有限公司`;
      if (random.chance(0.12)) return `${random.pick(BRANDS_CN)}${word}（${place}）有限公司`;
      return `${place}${random.pick(BRANDS_CN)}${word}${random.chance(0.25) ? "股份有限公司" : "有限公司"}`;
    }
    case "zh-TW":
      return `${random.pick(BRANDS_TW)}${word}${random.chance(0.6) ? "股份有限公司" : "有限公司"}${random.chance(0.15) ? `${random.pick(PLACES_TW)}分公司` : ""}`;
    case "en":
      return `${random.pick(BRANDS_EN)} ${word} ${random.pick(EN_SUFFIX)}`;
  }
}

/** `count` shippers with different names, their trades weighted as a general carrier's customer base is. */
export function shippers(random: Random, lang: SampleLang, count: number): Shipper[] {
  const seen = new Set<string>();
  const out: Shipper[] = [];
  while (out.length < count) {
    const industry = random.weighted(INDUSTRIES);
    const name = nameOf(random, lang, industry);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, industry });
  }
  return out;
}
