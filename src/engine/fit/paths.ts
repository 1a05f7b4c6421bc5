/** Reading and changing one number inside a rule set's plain JSON by its path, copying only along the path. */

export type JsonPath = readonly (string | number)[];

export function numberAt(value: unknown, path: JsonPath): number | null {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== "object") return null;
    at = (at as Record<string | number, unknown>)[key];
  }
  return typeof at === "number" ? at : null;
}

/** A copy of `value` with the number at `path` replaced; the objects off the path are shared, not copied. */
export function withNumberAt<T>(value: T, path: JsonPath, number: number): T {
  const [key, ...rest] = path;
  if (key === undefined) return number as T;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = withNumberAt(copy[key], rest, number);
  return copy as T;
}

export const pathText = (path: JsonPath): string =>
  path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
