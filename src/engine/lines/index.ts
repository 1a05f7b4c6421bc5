/** Customers built from order or shipment lines: the shared vocabulary, then one line per module. */
export * from "./types";
export { mapLineColumns } from "./mapLines";
export { measureWindow } from "./window";
export { measureCustomers, type MeasuredCustomers } from "./measureCustomers";
export * from "./rfm";
export { compareCodePoints } from "./codePoints";
export { buildCustomers, type BuildCustomersOptions } from "./buildCustomers";
export { segmentTotals, type SegmentTotal } from "./segmentTotals";
export { lineFieldLabel } from "./lineFieldLabel";
