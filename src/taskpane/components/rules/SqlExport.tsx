/**
 * "Export as SQL": the rules being edited compiled to one SELECT for a database (src/plan/sql), over a table with
 * the bound table's columns read as the pane reads them (the analyst's column choices included), downloaded as a
 * .sql file. Loaded the first time it is opened: the compiler is not in the pane's first load.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { loadRuleSet } from "../../../engine";
import { DIALECT_NAMES, type DialectName, compileSql } from "../../../plan/sql";
import { useLocale } from "../../locale";
import { usePaneAdapter } from "../../paneAdapter";
import type { Draft } from "../../rules/draft";
import { download } from "./download";
import { SQL_EXPORT_STRINGS } from "./sqlExportStrings";

const DIALECT_LABELS: Readonly<Record<DialectName, string>> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  clickhouse: "ClickHouse",
  spark: "Spark SQL",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface SqlExportProps {
  readonly draft: Draft;
  /** Shows the draft's own problems (the editor's refusal) when it does not validate. */
  readonly onInvalid: () => void;
  readonly onClose: () => void;
}

type Outcome =
  | { readonly kind: "none" }
  | { readonly kind: "written"; readonly name: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

export function SqlExport({ draft, onInvalid, onClose }: SqlExportProps) {
  const { locale } = useLocale();
  const text = SQL_EXPORT_STRINGS[locale];
  const styles = useStyles();
  const adapter = usePaneAdapter();
  const bound = adapter.bound();
  const [dialect, setDialect] = useState<DialectName>("duckdb");
  const [table, setTable] = useState(bound?.binding.tableName ?? "");
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });

  const exportSql = (): void => {
    if (!bound) return;
    const loaded = loadRuleSet(draft);
    if (!loaded.ok) return onInvalid();
    const compiled = compileSql(loaded.value, {
      dialect,
      table: table.trim() || bound.binding.tableName,
      headers: bound.meta.headers.map((h) => (h === null || h === undefined ? "" : String(h))),
      overrides: bound.binding.overrides,
    });
    if (!compiled.ok) return setOutcome({ kind: "refused", problems: compiled.error.map((p) => p.message[locale]) });
    const name = `${loaded.value.id}.${dialect}.sql`;
    download(name, `${compiled.value.sql};\n`, "application/sql");
    setOutcome({ kind: "written", name });
  };

  return (
    <div className={styles.root} data-testid="sql-export">
      <Body1>{text.heading}</Body1>
      <Caption1 className={styles.muted}>{bound ? text.hint : text.noTable}</Caption1>
      <Field label={text.dialect} size="small">
        <Select
          size="small"
          value={dialect}
          data-testid="sql-dialect"
          onChange={(_, data) => {
            const chosen = DIALECT_NAMES.find((d) => d === data.value);
            if (chosen) setDialect(chosen);
          }}
        >
          {DIALECT_NAMES.map((d) => (
            <option key={d} value={d}>
              {DIALECT_LABELS[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.table} size="small">
        <Input size="small" value={table} data-testid="sql-table" onChange={(_, data) => setTable(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" disabled={!bound} data-testid="sql-download" onClick={exportSql}>
          {text.download}
        </Button>
        <Button size="small" onClick={onClose}>
          {text.close}
        </Button>
      </div>
      <div role="status">{outcome.kind === "written" && <Body1>{text.written(outcome.name)}</Body1>}</div>
      {outcome.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text.refused}
            <ul className={styles.problems} data-testid="sql-problems">
              {outcome.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
