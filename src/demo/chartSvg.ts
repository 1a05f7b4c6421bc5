/**
 * A sheet's charts as simple SVG drawings of what the simulator holds (`FormattingSnapshot.chartData`): the
 * categories along the bottom, a column per category for each column or bar series on its axis's scale, a
 * line with markers for each line series (a secondary-axis series on its own scale), the title above and a
 * legend below. Not Excel's rendering: no axes' numbers, gridlines or data labels; bar and pie charts are
 * drawn as columns. The simulator records no chart position, so the drawings go below the sheet's cells.
 */
import type { CellValue, ChartData, ChartSnapshot } from "../simulator";

const SVG = "http://www.w3.org/2000/svg";
/** Excel's default series colours (Office theme accents 1–4). */
const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];
const HEIGHT = 240;
const PLOT = { top: 36, bottom: 48, left: 24, right: 24 };
const SLOT = 56;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Excel plots text and empty cells as zero. */
function plotted(value: CellValue): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isLine(chartType: string): boolean {
  return chartType === "Line" || chartType === "LineMarkers";
}

/** One chart as a figure: an SVG image named by its title, with a caption. */
export function chartFigure(chart: ChartSnapshot, data: ChartData): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.dataset.chart = chart.name;
  const title = chart.title ?? chart.name;
  const columns = data.series.map((s, i) => ({ ...s, index: i })).filter((s) => !isLine(s.chartType));
  const lines = data.series.map((s, i) => ({ ...s, index: i })).filter((s) => isLine(s.chartType));
  const categories = data.categories.length;
  const width = PLOT.left + PLOT.right + Math.max(4, categories) * SLOT;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const baseline = PLOT.top + plotHeight;
  const image = svg("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img" });
  image.setAttribute("aria-label", title);
  const heading = svg("text", { x: width / 2, y: 20, "text-anchor": "middle", class: "chart-title" });
  heading.textContent = title;
  image.append(
    heading,
    svg("line", { x1: PLOT.left, x2: width - PLOT.right, y1: baseline, y2: baseline, class: "axis" }),
  );

  /** Each axis group's largest value, so a series on the secondary axis has its own scale. */
  const top = (group: string): number =>
    Math.max(0, ...data.series.filter((s) => s.axisGroup === group).flatMap((s) => s.values.map(plotted))) || 1;
  const y = (value: number, group: string): number => baseline - (Math.max(0, value) / top(group)) * plotHeight;
  const slot = (width - PLOT.left - PLOT.right) / Math.max(1, categories);
  const barWidth = (slot * 0.7) / Math.max(1, columns.length);

  data.categories.forEach((category, c) => {
    const label = svg("text", { x: PLOT.left + slot * (c + 0.5), y: baseline + 16, "text-anchor": "middle" });
    label.textContent = String(category);
    image.append(label);
    columns.forEach((series, k) => {
      const value = plotted(series.values[c] ?? 0);
      const height = baseline - y(value, series.axisGroup);
      const bar = svg("rect", {
        x: PLOT.left + slot * c + slot * 0.15 + barWidth * k,
        y: baseline - height,
        width: barWidth,
        height,
        fill: PALETTE[series.index % PALETTE.length] ?? "#4472C4",
        class: "bar",
        "data-series": series.index,
        "data-category": String(category),
        "data-value": value,
      });
      const tip = svg("title", {});
      tip.textContent = `${series.name} · ${String(category)}: ${value}`;
      bar.append(tip);
      image.append(bar);
    });
  });
  for (const series of lines) {
    const colour = PALETTE[series.index % PALETTE.length] ?? "#ED7D31";
    const points = data.categories.map((_, c) => [
      PLOT.left + slot * (c + 0.5),
      y(plotted(series.values[c] ?? 0), series.axisGroup),
    ]);
    image.append(
      svg("polyline", {
        points: points.map((p) => p.join(",")).join(" "),
        fill: "none",
        stroke: colour,
        "stroke-width": 2,
      }),
      ...points.map(([cx = 0, cy = 0]) =>
        svg("circle", { cx, cy, r: 3, fill: colour, class: "marker", "data-series": series.index }),
      ),
    );
  }
  data.series.forEach((series, i) => {
    const x = PLOT.left + i * 140;
    const swatch = svg("rect", {
      x,
      y: HEIGHT - 18,
      width: 10,
      height: 10,
      fill: PALETTE[i % PALETTE.length] ?? "#4472C4",
    });
    const name = svg("text", { x: x + 14, y: HEIGHT - 9 });
    name.textContent = series.name;
    image.append(swatch, name);
  });

  const caption = document.createElement("figcaption");
  caption.textContent = chart.name;
  figure.append(image, caption);
  return figure;
}
