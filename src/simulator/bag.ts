/**
 * A simulated client object described as data: its scalar properties (how each is read from the target and,
 * if writable, how a write applies at sync), its navigation properties and nothing else. The formatting
 * objects (conditional formats, data validation, range format, charts) are many small objects of this shape.
 */
import { SimClientObject } from "./clientObject";
import type { Session, Transaction } from "./session";

export interface BagProperty<Target> {
  get(target: Target, tx: Transaction): unknown;
  /** Applies a write at sync (`value` after the JSON round trip); absent for read-only properties. */
  set?(target: Target, value: unknown, location: string, tx: Transaction): void;
}

export interface BagSpec<Target> {
  readonly entity: string;
  readonly properties: Readonly<Record<string, BagProperty<Target>>>;
  /** Child objects by property name, made once per proxy (e.g. `format`, `rule`, `fill`). */
  readonly navigations?: Readonly<Record<string, (parent: SimBag<Target>) => SimClientObject<unknown>>>;
}

export class SimBag<Target> extends SimClientObject<Target> {
  protected readonly entity: string;
  protected readonly properties: readonly string[];
  private readonly children = new Map<string, SimClientObject<unknown>>();

  constructor(
    session: Session,
    path: string,
    resolver: (tx: Transaction) => Target | null,
    private readonly spec: BagSpec<Target>,
  ) {
    super(session, path, resolver);
    this.entity = spec.entity;
    this.properties = Object.keys(spec.properties);
    for (const [name, property] of Object.entries(spec.properties)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.read(name),
        set: (value: unknown) => {
          if (property.set === undefined) throw new TypeError(`Cannot set read-only property ${spec.entity}.${name}`);
          this.assign(name, value, property);
        },
      });
    }
    for (const name of Object.keys(spec.navigations ?? {})) {
      Object.defineProperty(this, name, { enumerable: false, get: () => this.navigation(name) });
    }
  }

  /** `set({ ... })`: each property written in turn, as office.js does. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const property = this.spec.properties[name];
      const child = this.navigation(name);
      if (property?.set !== undefined) this.assign(name, value, property);
      else if (child instanceof SimBag && typeof value === "object" && value !== null)
        child.set(value as Record<string, unknown>);
      else throw new TypeError(`${this.spec.entity}.set: '${name}' is not a writable property`);
    }
  }

  /** Queues a method call that runs against the target at sync. */
  protected method(
    what: string,
    run: (target: Target, tx: Transaction, location: string) => void,
    payload?: unknown,
  ): void {
    this.session.assertOpen(this.path);
    const location = `${this.path}.${what}`;
    this.queue(what, { payload, run: (tx) => run(this.existing(tx), tx, location) });
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    const make = this.spec.navigations?.[name];
    if (make === undefined) return undefined;
    let child = this.children.get(name);
    if (child === undefined) {
      this.session.assertOpen(`${this.path}.${name}`);
      child = make(this);
      this.children.set(name, child);
    }
    return child;
  }

  protected readProperty(target: Target, name: string, tx: Transaction): unknown {
    const property = this.spec.properties[name];
    if (property === undefined) throw new Error(`${this.spec.entity}.${name} has no reader`);
    return property.get(target, tx);
  }

  private assign(name: string, value: unknown, property: BagProperty<Target>): void {
    this.session.assertOpen(this.path);
    this.keep(name, value);
    const location = `${this.path}.${name}`;
    this.queue(name, {
      payload: value === undefined ? null : value,
      run: (tx, sent) => property.set?.(this.existing(tx), sent, location, tx),
    });
  }
}

/** A child bag whose target is its parent's target (or something reached from it). */
export function childBag<Parent, Child>(
  parent: SimBag<Parent>,
  name: string,
  reach: (target: Parent, tx: Transaction) => Child | null,
  spec: BagSpec<Child>,
): SimBag<Child> {
  return new SimBag<Child>(
    parent.session,
    `${parent.path}.${name}`,
    (tx) => {
      const target = parent.target(tx);
      return target === null ? null : reach(target, tx);
    },
    spec,
  );
}
