/** Customers built from order or shipment lines: the shared vocabulary, then one line per module. */
export * from "./types";
export { mapLineColumns } from "./mapLines";
export { measureWindow } from "./window";
export { measureCustomers } from "./measureCustomers";
export * from "./rfm";
export { compareCodePoints } from "./codePoints";
export { buildCustomers } from "./buildCustomers";
export { segmentTotals } from "./segmentTotals";
