import { Badge } from '@/components/ui/badge';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import type { HasilVerifikasiJson } from '@/lib/services/verifikasi/result';
import { CertificatePath } from './certificate-path';

type Signature = HasilVerifikasiJson['verification']['signatures'][number];

const STATUS = {
  VALID: { label: 'Valid', tone: 'green' },
  INDETERMINATE: { label: 'Belum pasti', tone: 'amber' },
  INVALID: { label: 'Tidak valid', tone: 'red' },
} as const;

const jam = (iso: string | null) => (iso ? `${formatTanggalJam(new Date(iso))} WIB` : null);

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-0.5 py-1.5 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 sm:text-sm sm:normal-case sm:tracking-normal">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function TimeRows({ s }: { s: Signature }) {
  const proven = s.timeSource !== 'CURRENT_TIME';
  if (s.kind === 'DOC_TIMESTAMP') {
    return (
      <Row label="Waktu stempel">
        {s.timeStampTime ? (
          `${jam(s.timeStampTime)} (terbukti)`
        ) : (
          <span className="text-red-800">{s.timeStamp?.genTime ? `Mengaku ${jam(s.timeStamp.genTime)}, TIDAK terbukti` : 'Tidak terbaca'}</span>
        )}
      </Row>
    );
  }
  return (
    <>
      <Row label="Waktu tepercaya">
        {proven ? (
          <>
            {jam(s.validationTime)} <span className="text-slate-600">(dibuktikan stempel waktu{s.timeSource === 'DOCUMENT_TIMESTAMP' ? ' dokumen' : ''})</span>
          </>
        ) : (
          <>
            <span className="font-medium">Tidak ada.</span> Sertifikat diperiksa pada waktu pemeriksaan ({jam(s.validationTime)}).
          </>
        )}
      </Row>
      {s.kind === 'SIGNATURE' && s.claimedSigningTime && (
        <Row label="Waktu yang diklaim penanda tangan">
          {jam(s.claimedSigningTime)} <span className="text-slate-600">{proven ? '(hanya klaim penanda tangan)' : '(hanya klaim penanda tangan, TIDAK dibuktikan stempel waktu)'}</span>
        </Row>
      )}
    </>
  );
}

function TimeStampRow({ s }: { s: Signature }) {
  const stamp = s.timeStamp;
  if (!stamp || s.kind === 'DOC_TIMESTAMP') return null;
  return (
    <Row label="Stempel waktu tanda tangan">
      {stamp.trusted ? (
        `Valid, diterbitkan ${stamp.tsaName ?? 'TSA'} pada ${jam(stamp.genTime)}`
      ) : (
        <span className="text-red-800">
          TIDAK valid{stamp.genTime ? ` (mengaku ${jam(stamp.genTime)})` : ''}: {stamp.problems.join(' ')}
        </span>
      )}
    </Row>
  );
}

/** One signature or document time-stamp: verdict first, then who, when, and the certificate path. */
export function SignatureCard({ s }: { s: Signature }) {
  const status = STATUS[s.status];
  const isStamp = s.kind === 'DOC_TIMESTAMP';
  // A name from a certificate that did not pass proves nothing: say so before the name.
  const identityProven = s.trusted && s.status !== 'INVALID';
  const name = s.signerName ?? (isStamp ? 'Penerbit stempel waktu tidak diketahui' : 'Penanda tangan tidak diketahui');
  return (
    <li className={`rounded-lg border bg-white p-4 shadow-sm ${s.status === 'INVALID' ? 'border-red-300' : s.status === 'INDETERMINATE' ? 'border-amber-300' : 'border-slate-200'}`} data-testid="tanda-tangan">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xs text-slate-500">{isStamp ? `Stempel waktu dokumen #${s.index}` : `Tanda tangan #${s.index}`}</p>
          {identityProven ? (
            <p className="text-base font-semibold text-slate-900">{name}</p>
          ) : (
            <p className="text-base font-semibold text-slate-900">
              <span className="font-normal text-red-800">Mengaku sebagai </span>
              {name}
              <span className="font-normal text-red-800"> (identitas tidak terbukti)</span>
            </p>
          )}
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {s.reasons.length > 0 && (
        <ul className={`mt-2 list-disc space-y-0.5 rounded px-3 py-2 pl-7 text-sm ${s.status === 'INVALID' ? 'bg-red-50 text-red-900' : s.status === 'INDETERMINATE' ? 'bg-amber-50 text-amber-900' : 'bg-slate-50 text-slate-700'}`}>
          {s.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <dl className="mt-2 divide-y divide-slate-100">
        <Row label="Hasil pemeriksaan">
          {s.penjelasan.hasil}{' '}
          {/* The standard's code, for whoever compares with another validator; named as such so an outside reader is not left with jargon. */}
          <span className="text-xs text-slate-500 wrap-anywhere">
            (kode ETSI EN 319 102-1: <span className="font-mono">{s.indication}</span>
            {s.subIndication ? <span className="font-mono">{` / ${s.subIndication}`}</span> : ''})
          </span>
        </Row>
        {s.signerNik && <Row label="NIK">{s.signerNik}</Row>}
        <TimeRows s={s} />
        <TimeStampRow s={s} />
        {s.issuerName && <Row label="Penerbit sertifikat">{s.issuerName}</Row>}
        <Row label="Keutuhan dokumen">
          {s.integrity.valid && s.changes.contentChanges.length === 0 ? 'Utuh sejak ditandatangani' : <span className="font-medium text-red-800">Berubah atau rusak</span>}
        </Row>
        {s.level && <Row label="Tingkat PAdES">{`PAdES ${s.level}`}</Row>}
        {s.changes.addedSignatures + s.changes.addedDocTimeStamps > 0 && (
          <Row label="Setelah ditandatangani">
            {[s.changes.addedSignatures ? `${s.changes.addedSignatures} tanda tangan lain` : null, s.changes.addedDocTimeStamps ? 'stempel waktu dokumen' : null, s.changes.addedDss ? 'data validasi (DSS)' : null]
              .filter(Boolean)
              .join(', ')}{' '}
            ditambahkan
          </Row>
        )}
      </dl>
      <CertificatePath path={s.path} title={isStamp ? 'Rantai sertifikat TSA' : 'Rantai sertifikat penanda tangan'} />
      {!isStamp && s.timeStamp && s.timeStamp.path.length > 0 && <CertificatePath path={s.timeStamp.path} title="Rantai sertifikat stempel waktu" />}
    </li>
  );
}
