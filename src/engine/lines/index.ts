/** Customers built from order or shipment lines: the shared vocabulary and RFM. */
export * from "./types";
export * from "./rfm";
export { compareCodePoints } from "./codePoints";
