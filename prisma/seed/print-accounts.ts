import { DEMO_PASSWORD } from './demo-accounts';
import type { SeedDemoResult } from './seed-demo';
import { DEMO_PASSPHRASE } from './steps/issue-demo-certificates';

/** The demo accounts as a plain-text table for the terminal (README and `npm run demo` show it). */
export function formatAccountsTable(accounts: SeedDemoResult['accounts']): string {
  const header = ['Peran', 'NIP', 'E-mail', 'Kata sandi', 'Jabatan'];
  const rows = accounts.map((a) => [a.label, a.nip, a.email, DEMO_PASSWORD, a.jabatan]);
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd();
  const table = [line(header), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
  return `${table}\n\nPassphrase TTE (sertifikat mock CA para pejabat struktural dan akun di atas): ${DEMO_PASSPHRASE}`;
}
