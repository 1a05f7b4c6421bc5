/**
 * `Worksheet.charts` (ExcelApi 1.1): native charts made from a source range, found by name, re-pointed with
 * `setData`, titled, and each series' chart type (1.7) and axis group (1.8) set. Series come from the source:
 * by columns, the first row names them and the first column holds the categories. Only a few chart types are
 * simulated; others are refused as not simulated.
 */
import type { Rect } from "./address";
import { SimBag, childBag } from "./bag";
import { cellValueOf } from "./cells";
import { SimCollection } from "./collection";
import { invalidArgument, itemNotFound, notSimulated } from "./errors";
import { type ChartModel, formattingOf, newFormattingId } from "./formatting";
import { type SheetModel, sameName } from "./model";
import type { SimRange } from "./range";
import type { Session, Transaction } from "./session";

const SIMULATED_CHART_TYPES = [
  "ColumnClustered",
  "BarClustered",
  "Line",
  "LineMarkers",
  "Pie",
  "ColumnStacked",
] as const;

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

function chartType(value: unknown, at: string): string {
  if (typeof value !== "string") throw invalidArgument(at, "chart type");
  if (!(SIMULATED_CHART_TYPES as readonly string[]).includes(value)) throw notSimulated(`chart type ${value}`);
  return value;
}

function seriesBy(value: unknown, rect: Rect): "Columns" | "Rows" {
  if (value === "Columns" || value === "Rows") return value;
  if (value === undefined || value === null || value === "Auto")
    return rect.rowCount >= rect.columnCount ? "Columns" : "Rows";
  throw notSimulated(`seriesBy ${String(value)}`);
}

/** The series names a source gives (first row by columns, first column by rows; the corner names nothing). */
export function seriesNames(sheet: SheetModel, chart: ChartModel): string[] {
  const { source: r } = chart;
  const names: string[] = [];
  if (chart.seriesBy === "Columns")
    for (let c = r.column + 1; c < r.column + r.columnCount; c += 1)
      names.push(String(cellValueOf(sheet.get(r.row, c))));
  else
    for (let row = r.row + 1; row < r.row + r.rowCount; row += 1)
      names.push(String(cellValueOf(sheet.get(row, r.column))));
  return names;
}

interface SeriesTarget extends ChartTarget {
  readonly index: number;
}

class SimChartSeries extends SimBag<SeriesTarget> {
  constructor(session: Session, path: string, resolver: (tx: Transaction) => SeriesTarget | null) {
    super(session, path, resolver, {
      entity: "ChartSeries",
      properties: {
        name: { get: (t) => seriesNames(t.sheet, t.chart)[t.index] ?? "" },
        chartType: {
          get: (t) => t.chart.seriesOverrides.get(t.index)?.chartType ?? t.chart.chartType,
          set: (t, v, at) => {
            const type = chartType(v, at);
            t.chart.seriesOverrides.set(t.index, { ...t.chart.seriesOverrides.get(t.index), chartType: type });
          },
        },
        axisGroup: {
          get: (t) => t.chart.seriesOverrides.get(t.index)?.axisGroup ?? "Primary",
          set: (t, v, at) => {
            if (v !== "Primary" && v !== "Secondary") throw invalidArgument(at, "axisGroup");
            t.chart.seriesOverrides.set(t.index, { ...t.chart.seriesOverrides.get(t.index), axisGroup: v });
          },
        },
      },
    });
  }

  protected override stillThere(target: SeriesTarget): SeriesTarget {
    if (target.index >= seriesNames(target.sheet, target.chart).length)
      throw itemNotFound(this.path, `series ${target.index}`);
    return target;
  }
}

class SimChartSeriesCollection extends SimCollection<ChartTarget, SimChartSeries> {
  protected readonly entity = "ChartSeriesCollection";
  protected readonly itemProperties = ["name", "chartType", "axisGroup"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => ChartTarget | null) {
    super(session, path, resolver);
  }

  getItemAt(index: number): SimChartSeries {
    const path = `${this.path}.getItemAt(${index})`;
    this.session.assertOpen(path);
    return new SimChartSeries(this.session, path, (tx) => {
      const owner = this.target(tx);
      if (owner === null) return null;
      if (!Number.isInteger(index) || index < 0 || index >= seriesNames(owner.sheet, owner.chart).length)
        throw itemNotFound(path, String(index));
      return { ...owner, index };
    });
  }

  protected itemsOf(owner: ChartTarget): SimChartSeries[] {
    return seriesNames(owner.sheet, owner.chart).map(
      (_, index) => new SimChartSeries(this.session, `${this.path}.getItemAt(${index})`, () => ({ ...owner, index })),
    );
  }

  protected countOf(owner: ChartTarget): number {
    return seriesNames(owner.sheet, owner.chart).length;
  }
}

export class SimChart extends SimBag<ChartTarget> {
  private seriesCollection?: SimChartSeriesCollection;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => ChartTarget | null) {
    super(session, path, resolver, {
      entity: "Chart",
      properties: {
        id: { get: (t) => t.chart.id },
        name: {
          get: (t) => t.chart.name,
          set: (t, v, at) => {
            if (typeof v !== "string" || v.trim() === "") throw invalidArgument(at, "chart name");
            t.chart.name = v;
          },
        },
        chartType: { get: (t) => t.chart.chartType, set: (t, v, at) => void (t.chart.chartType = chartType(v, at)) },
      },
      navigations: {
        title: (p) =>
          childBag(p, "title", (t) => t, {
            entity: "ChartTitle",
            properties: {
              text: {
                get: (t) => t.chart.title ?? "",
                set: (t, v, at) => {
                  if (typeof v !== "string") throw invalidArgument(at, "title text");
                  t.chart.title = v;
                },
              },
            },
          }),
      },
    });
  }

  get series(): SimChartSeriesCollection {
    this.seriesCollection ??= new SimChartSeriesCollection(this.session, `${this.path}.series`, (tx) =>
      this.target(tx),
    );
    return this.seriesCollection;
  }

  /**
   * Points the chart at another source. Whether Excel keeps a series' own chart type and axis group across
   * setData is not confirmed, so the simulator assumes the worse: the series are rebuilt with the chart's.
   */
  setData(sourceData: SimRange, by?: string): void {
    this.method("setData()", (t, tx, at) => {
      const source = sourceData.target(tx);
      if (source === null || source.sheet !== t.sheet)
        throw invalidArgument(at, "the source must be a range on the chart's sheet");
      t.chart.source = source.rect;
      t.chart.seriesBy = seriesBy(by, source.rect);
      t.chart.seriesOverrides.clear();
    });
  }

  /** Places the chart over a cell range (recorded only). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    void startCell;
    void endCell;
    this.method("setPosition()", () => undefined);
  }

  delete(): void {
    this.method("delete()", ({ sheet, chart }) => {
      const list = formattingOf(sheet).charts;
      list.splice(list.indexOf(chart), 1);
    });
  }

  protected override stillThere(target: ChartTarget): ChartTarget {
    if (!formattingOf(target.sheet).charts.includes(target.chart)) throw itemNotFound(this.path, target.chart.name);
    return target;
  }
}

export class SimChartCollection extends SimCollection<SheetModel, SimChart> {
  protected readonly entity = "ChartCollection";
  protected readonly itemProperties = ["name", "id", "chartType"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => SheetModel | null) {
    super(session, path, resolver);
  }

  add(type: string, sourceData: SimRange, by?: string): SimChart {
    const path = `${this.path}.add(${JSON.stringify(type)})`;
    this.session.assertOpen(path);
    let added: ChartTarget | undefined;
    this.queue("add()", {
      payload: { type, by: by ?? null },
      run: (tx) => {
        const sheet = this.existing(tx);
        const source = sourceData.target(tx);
        if (source === null || source.sheet !== sheet)
          throw invalidArgument(path, "the source must be a range on the chart's sheet");
        const charts = formattingOf(sheet).charts;
        let n = charts.length + 1;
        while (charts.some((c) => sameName(c.name, `Chart ${n}`))) n += 1;
        const chart: ChartModel = {
          id: newFormattingId("Chart"),
          name: `Chart ${n}`,
          chartType: chartType(type, path),
          title: null,
          source: source.rect,
          seriesBy: seriesBy(by, source.rect),
          seriesOverrides: new Map(),
        };
        charts.push(chart);
        added = { sheet, chart };
      },
    });
    return new SimChart(this.session, path, () => {
      if (added === undefined) throw itemNotFound(path, "the chart was not added");
      return added;
    });
  }

  getItem(name: string): SimChart {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): SimChart {
    return this.item(name, true);
  }

  protected itemsOf(sheet: SheetModel): SimChart[] {
    return formattingOf(sheet).charts.map(
      (chart) =>
        new SimChart(this.session, `${this.path}.getItem(${JSON.stringify(chart.name)})`, () => ({ sheet, chart })),
    );
  }

  protected countOf(sheet: SheetModel): number {
    return formattingOf(sheet).charts.length;
  }

  private item(name: string, orNull: boolean): SimChart {
    const path = `${this.path}.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(name)})`;
    this.session.assertOpen(path);
    const chart = new SimChart(this.session, path, (tx) => {
      const sheet = this.target(tx);
      const found = sheet === null ? undefined : formattingOf(sheet).charts.find((c) => sameName(c.name, name));
      if (sheet !== null && found !== undefined) return { sheet, chart: found };
      if (orNull) return null;
      throw itemNotFound(path, name);
    });
    if (orNull) chart.resolveAtNextSync();
    return chart;
  }
}
