import { isCellError } from "../../src/functions/core/cellError";
import { abcClass, abcClasses, maskPhone } from "../../src/functions/core/otherFunctions";

describe("ABCCLASS", () => {
  const amounts = [[1000], [500], [300], [100], [100], ["(blank)"], [null]];
  test("classes by the share of the total held by larger amounts: < 80 % A, < 95 % B, else C", () => {
    expect(abcClass(1000, amounts)).toBe("A"); // 0 % above
    expect(abcClass(500, amounts)).toBe("A"); // 1000 / 2000 = 50 %
    expect(abcClass(300, amounts)).toBe("A"); // 1500 / 2000 = 75 %
    expect(abcClass(100, amounts)).toBe("B"); // 1800 / 2000 = 90 %, and both 100s share it
    expect(abcClass(100, amounts, 0.5, 0.8)).toBe("C");
  });

  test("leaves a blank customer blank", () => {
    expect(abcClass(null, amounts)).toBe("");
    expect(abcClass("", amounts)).toBe("");
  });

  test("reads amounts typed as text", () => {
    expect(abcClass("12.5万", [["¥1,000"], ["12.5万"]])).toBe("A"); // nothing above
    expect(abcClass("¥1,000", [["¥1,000"], ["12.5万"]])).toBe("C"); // 125,000 of 126,000 above: 99 %
  });

  test("refuses what it cannot class", () => {
    const notAmount = abcClass("很多", amounts);
    expect(isCellError(notAmount) && notAmount.error).toBe("value");
    const badShares = abcClass(100, amounts, 0.9, 0.5);
    expect(isCellError(badShares) && badShares.error).toBe("value");
    const allZero = abcClass(0, [[0], [0]]);
    expect(isCellError(allZero) && allZero.error).toBe("value");
  });
});

describe("MASKPHONE", () => {
  test.each([
    ["13912345688", "139****5688"],
    [13912345688, "139****5688"],
    ["139 1234 5688", "139****5688"],
    ["+86 13912345688", "+86 139****5688"],
    ["021-62345678", "021****5678"], // a landline keeps its area code
    ["139xxxxxx88", "139xxxxxx88"], // already masked, as in seed 000's table
    ["139****5688", "139****5688"], // masked by this function: not masked again
    ["+86 139****5688", "+86 139****5688"],
    ["", ""],
  ])("masks %p as %p", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  test("refuses text that is not a phone number", () => {
    const result = maskPhone("张经理");
    expect(isCellError(result) && result.error).toBe("value");
  });
});

describe("ABCCLASS over a column (spill)", () => {
  const amounts = [[1000], [500], [300], [100], [100], ["(blank)"], [null]];

  test("classes every amount as the one-cell form does, in the same shape", () => {
    const targets = [[1000], [500], [300], [100], [null], ["很多"]];
    const spilled = abcClasses(targets, amounts);
    expect(spilled.map((row) => row.length)).toEqual(targets.map((row) => row.length));
    targets.forEach(([target], i) => expect(spilled[i]?.[0]).toEqual(abcClass(target, amounts)));
    expect(spilled.slice(0, 5).map((row) => row[0])).toEqual(["A", "A", "A", "B", ""]);
  });

  test("agrees with a direct count on random amounts, ties included", () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) % 50; // few distinct values: many ties
    const column = Array.from({ length: 400 }, () => [next() * 100]);
    const total = column.reduce((sum, [a]) => sum + (a ?? 0), 0);
    const direct = column.map(([own]) => {
      const above = column.reduce((sum, [a]) => sum + ((a ?? 0) > (own ?? 0) ? (a ?? 0) : 0), 0) / total;
      return [above < 0.8 ? "A" : above < 0.95 ? "B" : "C"];
    });
    expect(abcClasses(column, column)).toEqual(direct);
  });

  test("a bad share fails every cell with the reason", () => {
    const spilled = abcClasses([[100], [300]], amounts, 0.9, 0.5);
    expect(spilled.flat().every((cell) => isCellError(cell) && cell.error === "value")).toBe(true);
  });
});
