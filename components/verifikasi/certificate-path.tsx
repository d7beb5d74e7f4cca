import type { HasilVerifikasiJson } from '@/lib/services/verifikasi/result';
import { formatTanggalJam } from '@/lib/domain/tanggal';

type CertificateReport = HasilVerifikasiJson['verification']['signatures'][number]['path'][number];

const ROLE = { SIGNER: 'Penanda tangan', TSA: 'Penerbit stempel waktu (TSA)', CA: 'CA penerbit', ROOT: 'Root tepercaya' } as const;

const tanggal = (iso: string) => `${formatTanggalJam(new Date(iso))} WIB`;

function revocationText(c: CertificateReport): string {
  const { status, revokedAt, source, method } = c.revocation;
  const via = [method, source === 'DSS' ? 'dari dokumen (DSS)' : source === 'CA' ? 'dari penerbit' : source === 'CMS' ? 'dari tanda tangan' : null].filter(Boolean).join(' ');
  if (status === 'NOT_CHECKED') return c.trustAnchor ? 'Root tepercaya (tidak diperiksa pencabutannya)' : 'Tidak diperiksa';
  if (status === 'GOOD') return revokedAt ? `Belum dicabut pada waktu validasi (dicabut kemudian, ${tanggal(revokedAt)}; ${via})` : `Tidak dicabut (${via})`;
  if (status === 'REVOKED') return `DICABUT${revokedAt ? ` sejak ${tanggal(revokedAt)}` : ''} (${via})`;
  return 'Tidak dapat diperiksa';
}

/** The certificate path, signer (or TSA) first and the trusted root last, with what is wrong on it. */
export function CertificatePath({ path, title = 'Rantai sertifikat' }: { path: CertificateReport[]; title?: string }) {
  if (path.length === 0) return null;
  return (
    <details className="mt-2 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800">
        {title} ({path.length} sertifikat{path.some((c) => c.problems.length) ? ', ada masalah' : ''})
      </summary>
      <ol className="mt-2 space-y-2">
        {path.map((c, i) => (
          <li key={`${c.serial}-${i}`} className={`rounded border bg-white p-2 ${c.problems.length ? 'border-red-300' : 'border-slate-200'}`}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
              {i + 1}. {ROLE[c.role]}
            </p>
            <p className="break-words font-medium text-slate-900">{c.subject || '(tanpa nama)'}</p>
            <p className="break-words text-xs text-slate-600">Diterbitkan oleh: {c.issuer || '(tanpa nama)'}</p>
            <p className="break-all text-xs text-slate-600">Nomor seri: {c.serial}</p>
            <p className="text-xs text-slate-600">
              Berlaku: {tanggal(c.notBefore)} – {tanggal(c.notAfter)}
            </p>
            <p className="text-xs text-slate-600">Status pencabutan: {revocationText(c)}</p>
            {c.problems.map((p) => (
              <p key={p} className="mt-1 text-xs font-medium text-red-800">
                ✕ {p}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
