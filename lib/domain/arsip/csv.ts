// Writing CSV (RFC 4180): every cell quoted, quotes doubled, CRLF line ends. For files people open
// in a spreadsheet, a cell that would run as a formula is defused with a leading apostrophe.

export function toCsv(rows: readonly (readonly string[])[], options: { spreadsheet: boolean }): string {
  const cell = (v: string) => {
    const safe = options.spreadsheet && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
