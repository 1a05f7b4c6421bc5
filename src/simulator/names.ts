/**
 * `Workbook.names` (ExcelApi 1.1; `add` and `getItemOrNullObject` 1.4): the workbook's defined names. Kept
 * beside the model (as formatting.ts keeps formats). A table name may not be a defined name, nor the other way
 * round: Excel refuses either.
 */
import { SimBag } from "./bag";
import { SimulatorError, invalidArgument, itemNotFound } from "./errors";
import type { WorkbookModel } from "./model";
import type { Session, Transaction } from "./session";

export interface DefinedName {
  readonly name: string;
  readonly formula: string;
}

const definedNames = new WeakMap<WorkbookModel, Map<string, DefinedName>>();

/** The workbook's defined names, keyed in lower case (names match in any case). */
export function namesOf(model: WorkbookModel): Map<string, DefinedName> {
  let found = definedNames.get(model);
  if (found === undefined) {
    found = new Map();
    definedNames.set(model, found);
  }
  return found;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

interface NameTarget {
  readonly model: WorkbookModel;
  readonly key: string;
}

export class SimNamedItem extends SimBag<NameTarget> {
  constructor(session: Session, path: string, resolver: (tx: Transaction) => NameTarget | null) {
    super(session, path, resolver, {
      entity: "NamedItem",
      properties: {
        name: { get: (t) => namesOf(t.model).get(t.key)?.name ?? "" },
        formula: { get: (t) => namesOf(t.model).get(t.key)?.formula ?? "" },
      },
    });
  }

  protected override stillThere(target: NameTarget): NameTarget {
    if (!namesOf(target.model).has(target.key)) throw itemNotFound(this.path, target.key);
    return target;
  }
}

export class SimNamedItemCollection {
  constructor(private readonly session: Session) {}

  /** Defines `name` as `reference` (a formula text such as "=Sheet1!$A$1"). */
  add(name: string, reference: string): SimNamedItem {
    const path = `workbook.names.add(${JSON.stringify(name)})`;
    this.session.enqueue(path, {
      payload: { name, reference },
      run: (tx) => {
        if (!NAME.test(name) || name.length > 255) throw invalidArgument(path, `name ${JSON.stringify(name)}`);
        if (typeof reference !== "string" || !reference.startsWith("="))
          throw invalidArgument(path, "the reference is a formula text starting with '='");
        const key = name.toLowerCase();
        if (namesOf(tx.model).has(key) || tx.model.tables.some((t) => t.name.toLowerCase() === key)) {
          throw new SimulatorError(
            "ItemAlreadyExists",
            "The resource with the same name or identifier already exists.",
            path,
          );
        }
        namesOf(tx.model).set(key, { name, formula: reference });
      },
    });
    return new SimNamedItem(this.session, path, (tx) => ({ model: tx.model, key: name.toLowerCase() }));
  }

  getItem(name: string): SimNamedItem {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return this.item(name, true);
  }

  private item(name: string, orNull: boolean): SimNamedItem {
    const path = `workbook.names.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(name)})`;
    this.session.assertOpen(path);
    const item = new SimNamedItem(this.session, path, (tx) => {
      const key = name.toLowerCase();
      if (namesOf(tx.model).has(key)) return { model: tx.model, key };
      if (orNull) return null;
      throw itemNotFound(path, name);
    });
    if (orNull) item.resolveAtNextSync();
    return item;
  }
}
