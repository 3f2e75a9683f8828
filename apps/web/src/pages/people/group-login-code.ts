/** Codes are read aloud or copied from paper: two groups of five read more easily (sign-in ignores the dash). */
export function groupLoginCode(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}
