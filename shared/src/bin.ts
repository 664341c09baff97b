/**
 * Kazakhstan's Business Identification Number (BIN, БИН / БСН): 12 digits, the last a check
 * digit over the first 11. The check digit is the weighted sum mod 11 with weights 1…11; if that
 * gives 10, a second pass uses weights 3…11, 1, 2; a second 10 means no valid number exists.
 * Same rule as the individual IIN, from the Ministry of Justice's numbering order.
 */
const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, index) => sum + digit * (weights[index] ?? 0), 0) % 11;
}

/** The check digit for the first 11 digits, or undefined when no digit can make them valid. */
export function binCheckDigit(first11: string): number | undefined {
  if (!/^\d{11}$/.test(first11)) return undefined;
  const digits = [...first11].map(Number);
  let check = weightedMod11(digits, firstWeights);
  if (check === 10) check = weightedMod11(digits, secondWeights);
  return check === 10 ? undefined : check;
}

/** True when `bin` is 12 digits whose last digit is the right check digit. */
export function isValidBin(bin: string): boolean {
  return /^\d{12}$/.test(bin) && binCheckDigit(bin.slice(0, 11)) === Number(bin[11]);
}
