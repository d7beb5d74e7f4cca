// Cells of an uploaded CSV are hostile: a cell starting with = + - @ (or a tab / carriage return)
// runs as a formula when someone later opens an export in a spreadsheet (CSV injection).

const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}
