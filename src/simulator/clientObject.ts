/**
 * The proxy behaviour every simulated object shares, as office.js has it: `load()` queues a read, the value is
 * readable only after the `sync()` that answers it, reading anything else throws PropertyNotLoaded, and the
 * object is resolved (its "object path" instantiated) once, at the first sync that uses it.
 */
import { SimulatorError, itemNotFound, notSimulated, propertyNotLoaded } from "./errors";
import type { Action, Session, Transaction } from "./session";

/** What `load` accepts: "a, b", ["a", "b"], { select: "a, b" }, or { a: true, b: true } (Excel's *LoadOptions). */
export type LoadArgument = string | string[] | object;

/** The property names a load asks for, or "all" for `load()` / `{ $all: true }`. */
export function parseLoadArgument(option: LoadArgument | undefined, path: string): string[] | "all" {
  if (option === undefined) return "all";
  const split = (text: string): string[] =>
    text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (typeof option === "string") return split(option);
  if (Array.isArray(option)) return option.flatMap((item: unknown) => (typeof item === "string" ? split(item) : []));
  const record = option as Record<string, unknown>;
  if ("expand" in record && record["expand"] !== undefined) throw notSimulated(`${path}.load({ expand })`);
  if ("select" in record) {
    const select = record["select"];
    if (typeof select === "string") return split(select);
    if (Array.isArray(select)) return select.flatMap((item: unknown) => (typeof item === "string" ? split(item) : []));
    throw new SimulatorError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format. (option.select)",
      path,
    );
  }
  if (record["$all"] === true) return "all";
  return Object.entries(record)
    .filter(([key, value]) => value === true && !key.startsWith("$"))
    .map(([key]) => key);
}

export abstract class SimClientObject<Target> {
  private readonly loaded = new Map<string, unknown>();
  private resolved: { readonly target: Target | null } | undefined;
  private nullObject: boolean | undefined;

  protected abstract readonly entity: string;
  /** The scalar properties `load` may ask for. Anything else is refused at `load` as not simulated. */
  protected abstract readonly properties: readonly string[];

  constructor(
    /** @internal */ readonly session: Session,
    /** How Excel would name the object in an error, e.g. `tables.getItem('Customers').getDataBodyRange()`. */
    readonly path: string,
    private readonly resolver: (tx: Transaction) => Target | null,
  ) {}

  /** Current value of a loaded property, answered from the model at the point of the request it is read in. */
  protected abstract readProperty(target: Target, name: string, tx: Transaction): unknown;

  /** Known after the first sync that used the object; before that it throws like any unloaded property. */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullObject;
  }

  load(option?: LoadArgument): this {
    this.session.assertOpen(this.path);
    const names = this.loadableNames(parseLoadArgument(option, this.path));
    this.queue("load", { run: (tx) => this.loadWithin(tx, names) });
    return this;
  }

  /**
   * @internal Names this object's properties accept in a load ("all" expanded), refusing unsimulated ones.
   * "worksheet/name" loads `name` on the navigation property `worksheet`, as in Excel.
   */
  loadableNames(asked: string[] | "all"): string[] {
    const names = asked === "all" ? [...this.properties] : asked;
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const child = this.navigation(name.slice(0, slash));
        if (child === undefined) throw notSimulated(`${this.entity}.load('${name}')`);
        child.loadableNames([name.slice(slash + 1)]);
      } else if (!this.properties.includes(name)) throw notSimulated(`${this.entity}.load('${name}')`);
    }
    return names;
  }

  /** @internal Reads `names` inside a running request; they become readable when it succeeds. */
  loadWithin(tx: Transaction, names: readonly string[]): void {
    const target = this.target(tx);
    for (const name of names) {
      const slash = name.indexOf("/");
      const child = slash >= 0 ? this.navigation(name.slice(0, slash)) : undefined;
      if (child !== undefined) child.loadWithin(tx, [name.slice(slash + 1)]);
      else this.deliverLoaded(tx, name, target === null ? null : this.readProperty(target, name, tx));
    }
  }

  /** A navigation property that `load("nav/prop")` may reach (Table.worksheet); none by default. */
  protected navigation(name: string): SimClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** @internal The object's target in the model, resolved once (as Excel instantiates an object path once). */
  target(tx: Transaction): Target | null {
    if (this.resolved === undefined) {
      const target = this.resolver(tx);
      this.resolved = { target };
      tx.deliveries.push(() => {
        this.nullObject = target === null;
      });
    }
    return this.resolved.target === null ? null : this.stillThere(this.resolved.target, tx);
  }

  /** @internal For *OrNullObject results: Excel answers `isNullObject` at the next sync without a load. */
  resolveAtNextSync(): void {
    this.queue("isNullObject", { run: (tx) => void this.target(tx) });
  }

  /** Checks a resolved target still exists (a table may have been deleted since); throws if not. */
  protected stillThere(target: Target, tx: Transaction): Target {
    void tx;
    return target;
  }

  /** Target of a write or method: a null object has none. */
  protected existing(tx: Transaction): Target {
    const target = this.target(tx);
    if (target === null) throw itemNotFound(this.path, "null object");
    return target;
  }

  protected read<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    // Excel gives null for the properties of a null object instead of throwing.
    if (this.nullObject === true) return null as unknown as T;
    throw propertyNotLoaded(this.entity, name);
  }

  /** office.js keeps a value you set on the proxy, so it reads back (unsynced) without a load. */
  protected keep(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** Makes a loaded value readable when the request succeeds, counting it as response bytes. */
  protected deliverLoaded(tx: Transaction, name: string, value: unknown): void {
    tx.deliver(value, (v) => this.loaded.set(name, v));
  }

  /** Makes a value readable when the request succeeds, without counting it as response bytes (proxies, not data). */
  protected acceptLater(tx: Transaction, name: string, value: unknown): void {
    tx.deliveries.push(() => this.loaded.set(name, value));
  }

  protected queue(what: string, action: Action): void {
    // Loads and null-object checks read; anything else is a write or a method, named for the undo check.
    const api = what === "load" || what === "isNullObject" ? undefined : `${this.entity}.${what.replace(/\(.*$/, "")}`;
    this.session.enqueue(
      `${this.path}.${what}`,
      api === undefined || action.api !== undefined ? action : { ...action, api },
    );
  }
}
