/**
 * `Excel.SettingCollection` / `Excel.Setting`: values are kept as the JSON text Excel persists in the workbook,
 * so a value that JSON cannot carry fails (functions, undefined) and what comes back is what JSON gives.
 */
import { SimClientObject } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import type { Session, Transaction } from "./session";

/** Target: the key as stored in the workbook. */
export class SimSetting extends SimClientObject<string> {
  protected readonly entity = "Setting";
  protected readonly properties = ["key", "value"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => string | null) {
    super(session, path, resolver);
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.queue("delete()", { run: (tx) => void tx.model.settings.delete(this.existing(tx)) });
  }

  protected readProperty(key: string, name: string, tx: Transaction): unknown {
    if (name === "key") return key;
    return JSON.parse(tx.model.settings.get(key) ?? "null") as unknown;
  }

  protected override stillThere(key: string, tx: Transaction): string {
    if (!tx.model.settings.has(key)) throw itemNotFound(this.path, key);
    return key;
  }
}

export class SimSettingCollection {
  constructor(private readonly session: Session) {}

  /** Sets or replaces the setting (keys match in any case; the new spelling is kept). */
  add(key: string, value: unknown): SimSetting {
    const path = `workbook.settings.add(${JSON.stringify(key)})`;
    let stored: string | undefined;
    this.session.enqueue(path, {
      payload: { key, value },
      run: (tx, sent) => {
        const { value: sentValue } = sent as { value?: unknown };
        if (sentValue === undefined) throw invalidArgument(path, "the value is not JSON-serialisable");
        if (key === "") throw invalidArgument(path, "empty key");
        const previous = tx.model.settingKey(key);
        if (previous !== undefined) tx.model.settings.delete(previous);
        tx.model.settings.set(key, JSON.stringify(sentValue));
        stored = key;
      },
    });
    return new SimSetting(this.session, path, () => {
      if (stored === undefined) throw itemNotFound(path, key);
      return stored;
    });
  }

  getItem(key: string): SimSetting {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): SimSetting {
    return this.item(key, true);
  }

  private item(key: string, orNull: boolean): SimSetting {
    const path = `workbook.settings.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    this.session.assertOpen(path);
    const setting = new SimSetting(this.session, path, (tx) => {
      const found = tx.model.settingKey(key);
      if (found !== undefined) return found;
      if (orNull) return null;
      throw itemNotFound(path, key);
    });
    if (orNull) setting.resolveAtNextSync();
    return setting;
  }
}
