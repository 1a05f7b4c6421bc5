/** A customer's measures for RFM tests: only what RFM reads is given, the rest is filled in plainly. */
import type { CustomerMeasures } from "../../src/engine/lines/types";

export interface RfmInput {
  readonly customer: string;
  readonly lastDate: number;
  readonly orderCount: number;
  readonly annualAmount: number;
}

export function customerMeasures({ customer, lastDate, orderCount, annualAmount }: RfmInput): CustomerMeasures {
  return {
    customer,
    months: Array.from({ length: 12 }, (_, i) => (i === 0 ? annualAmount : 0)),
    annualAmount,
    orderCount,
    firstDate: lastDate,
    lastDate,
    profit: null,
    margin: null,
    weight: null,
    volume: null,
    mainLane: null,
    mainCargo: null,
    receivable: null,
  };
}
