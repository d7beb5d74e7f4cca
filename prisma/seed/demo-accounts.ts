// The fixed demo accounts used by the README, `npm run demo` and the end-to-end tests. The seed
// gives the holder of each listed post exactly this NIP and e-mail, so they never drift.
export const DEMO_PASSWORD = 'Demo#2026';

export type DemoAccountKey = 'admin' | 'adminOpd' | 'pencatat' | 'kepala' | 'kabid' | 'staf' | 'plt';

export interface DemoAccount {
  key: DemoAccountKey;
  label: string;
  nip: string;
  email: string;
  /** The definitif post this person holds: OPD kode and jabatan kode of prisma/seed/data/struktur. */
  opd: string;
  jabatan: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: 'admin', label: 'Admin instansi', nip: '199304122019031004', email: 'wahyu.kurniawan@nusaindahprov.go.id', opd: 'SETDA', jabatan: 'PRAKOM-ORG' },
  { key: 'adminOpd', label: 'Admin OPD (Diskominfo)', nip: '199508212020012007', email: 'larasati.wulandari@nusaindahprov.go.id', opd: 'DISKOMINFO', jabatan: 'ADMIN-SISTEM' },
  { key: 'pencatat', label: 'Pencatat / TU (Diskominfo)', nip: '199402142019032011', email: 'nur.aini.lestari@nusaindahprov.go.id', opd: 'DISKOMINFO', jabatan: 'PENGADM-UMPEG' },
  { key: 'kepala', label: 'Kepala Dinas Kominfo', nip: '197006171996031002', email: 'gede.wirawan.putra@nusaindahprov.go.id', opd: 'DISKOMINFO', jabatan: 'PIMPINAN' },
  { key: 'kabid', label: 'Kepala Bidang Aptika', nip: '197811032003121003', email: 'hendra.saputra@nusaindahprov.go.id', opd: 'DISKOMINFO', jabatan: 'KABID-APTIKA' },
  { key: 'staf', label: 'Staf (Pranata Komputer, Bidang Aptika)', nip: '199601252020031005', email: 'rizky.ramadhan@nusaindahprov.go.id', opd: 'DISKOMINFO', jabatan: 'PRAKOM-EGOV' },
  { key: 'plt', label: 'Sekretaris Bappeda, Plt. Kabid IPW', nip: '197509092000031006', email: 'bambang.hermawan@nusaindahprov.go.id', opd: 'BAPPEDA', jabatan: 'SEKRETARIS' },
];

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`unknown demo account ${key}`);
  return account;
}
