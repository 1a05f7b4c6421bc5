/** Every export shape's files, in a fixed order (the generators are seeded: the same bytes on every run). */
import { arAgeingFiles } from "./arAgeing";
import { erpTaiwanFiles } from "./erpTaiwan";
import type { GeneratedFile } from "./files";
import { forwarderFiles } from "./forwarder";
import { superstoreFiles } from "./superstore";
import { tmsLedgerFiles } from "./tmsLedger";

export async function generateExports(): Promise<GeneratedFile[]> {
  return [
    ...superstoreFiles(),
    ...(await tmsLedgerFiles()),
    ...(await erpTaiwanFiles()),
    ...arAgeingFiles(),
    ...forwarderFiles(),
  ];
}
