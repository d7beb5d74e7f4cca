import { formatHariKalender, formatTanggalJam } from '@/lib/domain/tanggal';
import type { HasilVerifikasiJson } from '@/lib/services/verifikasi/result';
import { SignatureCard } from './signature-card';

const CONCLUSION = {
  VALID: { title: 'Tanda tangan elektronik valid', tone: 'border-emerald-300 bg-emerald-50 text-emerald-900', icon: '✓' },
  INDETERMINATE: { title: 'Belum dapat dinyatakan valid', tone: 'border-amber-300 bg-amber-50 text-amber-900', icon: '!' },
  INVALID: { title: 'Tanda tangan elektronik TIDAK valid', tone: 'border-red-400 bg-red-50 text-red-900', icon: '✕' },
  NO_SIGNATURE: { title: 'Tidak ada tanda tangan elektronik', tone: 'border-slate-300 bg-white text-slate-800', icon: '–' },
} as const;

const jam = (iso: string | null) => (iso ? `${formatTanggalJam(new Date(iso))} WIB` : null);

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-0.5 py-1.5 sm:grid-cols-[11rem_1fr] sm:gap-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 sm:text-sm sm:normal-case sm:tracking-normal">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function NaskahCard({ hasil }: { hasil: HasilVerifikasiJson }) {
  const naskah = hasil.naskah;
  if (!naskah) {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm">
        Dokumen ini tidak ditemukan di arsip sistem ini. Mungkin diterbitkan oleh instansi lain, atau isinya telah diubah
        sehingga tidak sama dengan dokumen yang diterbitkan.
      </section>
    );
  }
  return (
    <section className="rounded-lg border border-brand-100 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold text-slate-900">Naskah terdaftar di sistem</h2>
      {hasil.samaDenganArsip === true && (
        <p className="mt-2 rounded bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">✓ Berkas ini sama persis dengan dokumen yang diterbitkan sistem.</p>
      )}
      {hasil.samaDenganArsip === false && (
        <p className="mt-2 rounded bg-red-50 px-3 py-2 text-sm font-medium text-red-900">✕ Berkas ini BERBEDA dengan dokumen yang diterbitkan sistem untuk kode ini.</p>
      )}
      <dl className="mt-2 divide-y divide-slate-100">
        <Row label="Nomor">{naskah.nomor ?? '–'}</Row>
        <Row label="Perihal">{naskah.perihal ?? <span className="italic text-slate-500">Dirahasiakan</span>}</Row>
        <Row label="Diterbitkan oleh">{naskah.opdNama}</Row>
        {naskah.tanggalNaskah && <Row label="Tanggal naskah">{formatHariKalender(new Date(naskah.tanggalNaskah))}</Row>}
        {naskah.ditandatanganiPada && <Row label="Ditandatangani">{jam(naskah.ditandatanganiPada)}</Row>}
      </dl>
    </section>
  );
}

/** The outcome of checking one document: conclusion, the naskah it matches, and every signature. */
export function HasilVerifikasi({ hasil }: { hasil: HasilVerifikasiJson }) {
  const conclusion = CONCLUSION[hasil.verification.conclusion];
  return (
    <div className="space-y-4" data-testid="hasil-verifikasi">
      <section className={`flex items-start gap-3 rounded-lg border p-4 ${conclusion.tone}`} role="status">
        <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-white/70 text-lg font-bold">
          {conclusion.icon}
        </span>
        <div>
          <p className="text-lg font-bold">{conclusion.title}</p>
          <p className="text-sm">{hasil.verification.summary}</p>
        </div>
      </section>
      <NaskahCard hasil={hasil} />
      {hasil.verification.signatures.length > 0 && (
        <ol className="space-y-3" aria-label="Tanda tangan">
          {hasil.verification.signatures.map((s) => (
            <SignatureCard key={s.index} s={s} />
          ))}
        </ol>
      )}
      <p className="break-all text-xs text-slate-500">SHA-256 berkas: {hasil.sha256}</p>
    </div>
  );
}
