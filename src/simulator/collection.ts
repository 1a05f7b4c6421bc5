/**
 * What Excel's collections (`tables`, `table.columns`) share: `load("items/name")`, `load("name")` (item
 * properties), `load("count")`, and `items` / `count` readable only after the sync that answered the load.
 */
import { type LoadArgument, SimClientObject, parseLoadArgument } from "./clientObject";
import { notSimulated } from "./errors";
import type { Transaction } from "./session";

export abstract class SimCollection<Owner, Item extends SimClientObject<unknown>> extends SimClientObject<Owner> {
  protected readonly properties: readonly string[] = ["count"];
  /** The item properties a collection load may ask for. */
  protected abstract readonly itemProperties: readonly string[];
  /** Navigation properties of the items a load may go through ("items/worksheet/name"). */
  protected readonly itemNavigations: readonly string[] = [];

  /** Fresh proxies for the items as they are now. */
  protected abstract itemsOf(owner: Owner, tx: Transaction): Item[];
  protected abstract countOf(owner: Owner): number;

  get items(): Item[] {
    return this.read("items");
  }

  get count(): number {
    return this.read("count");
  }

  override load(option?: LoadArgument): this {
    this.session.assertOpen(this.path);
    const asked = parseLoadArgument(option, this.path);
    let count = asked === "all";
    let items: string[] | "all" | null = asked === "all" ? "all" : null;
    for (const name of asked === "all" ? [] : asked) {
      if (name === "count") count = true;
      else if (name === "items") items = "all";
      else {
        const sub = name.startsWith("items/") ? name.slice("items/".length) : name;
        const known = this.itemProperties.includes(sub) || this.itemNavigations.includes(sub.split("/")[0] ?? "");
        if (!known || sub.endsWith("/")) throw notSimulated(`${this.entity}.load('${name}')`);
        if (items !== "all") items = [...(items ?? []), sub];
      }
    }
    this.queue("load", {
      run: (tx) => {
        const owner = this.target(tx);
        if (count) this.deliverLoaded(tx, "count", owner === null ? null : this.countOf(owner));
        if (items === null) return;
        const list = owner === null ? [] : this.itemsOf(owner, tx);
        for (const item of list) item.loadWithin(tx, item.loadableNames(items));
        this.acceptLater(tx, "items", list);
      },
    });
    return this;
  }

  protected readProperty(owner: Owner): unknown {
    return this.countOf(owner);
  }
}
