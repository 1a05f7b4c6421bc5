/** The rule set as SQL (loaded on demand by its hosts: the command line's `sql`, the pane's "Export rules as SQL"). */
export { compileSql, SQL_OUTPUTS } from "./compileSql";
export { DIALECT_NAMES, type DialectName } from "./dialect";
