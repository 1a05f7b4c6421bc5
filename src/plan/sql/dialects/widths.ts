/**
 * Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space, beside what NFKC makes of each: for dialects
 * without NFKC, which fold these with `translate`.
 */
const fullWidth: string[] = ["\u3000"];
const halfWidth: string[] = [" "];
for (let code = 0xff01; code <= 0xff5e; code++) {
  fullWidth.push(String.fromCharCode(code));
  halfWidth.push(String.fromCharCode(code - 0xfee0));
}

export const FULL_WIDTH = fullWidth.join("");
export const HALF_WIDTH = halfWidth.join("");
