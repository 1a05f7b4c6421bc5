/** The dialects by name. Adding one: its file beside these, one line here, its name in `DIALECT_NAMES`. */
import type { Dialect, DialectName } from "../dialect";
import { clickhouse } from "./clickhouse";
import { duckdb } from "./duckdb";
import { postgres } from "./postgres";
import { spark } from "./spark";

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres, clickhouse, spark };
