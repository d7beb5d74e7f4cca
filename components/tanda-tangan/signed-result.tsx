import { formatHariKalender, formatTanggal, formatTanggalJam } from '@/lib/domain/tanggal';

export interface SignedResultProps {
  nomor: string;
  tanggalNaskah: Date | null;
  ditandatanganiPada: Date | null;
  berkasFinal: string;
  verifikasiUrl: string | null;
  tautanEksternal: { id: string; nama: string; tautanUnduh: string }[];
  tautanBerlakuSampai: Date | null;
}

/** What the signer (and the drafter) see once the naskah is signed: nomor, the PDF, the links to send. */
export function SignedResult(props: SignedResultProps) {
  return (
    <div className="space-y-3 text-sm" data-testid="signed-result">
      <div className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
        <p className="font-semibold">Naskah telah ditandatangani secara elektronik</p>
        <p>
          Nomor <strong data-testid="nomor-naskah">{props.nomor}</strong>
          {props.tanggalNaskah ? `, tanggal ${formatHariKalender(props.tanggalNaskah)}` : ''}
        </p>
        {props.ditandatanganiPada && <p className="text-xs">Ditandatangani {formatTanggalJam(props.ditandatanganiPada)}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <a href={props.berkasFinal} target="_blank" rel="noopener" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white">
          Buka PDF bertanda tangan
        </a>
        <a href={`${props.berkasFinal}?unduh`} className="rounded-lg border border-slate-300 px-4 py-2.5 font-semibold text-slate-700">
          Unduh
        </a>
      </div>
      {props.verifikasiUrl && (
        <p className="break-all text-slate-600">
          Halaman verifikasi (kode QR):{' '}
          <a href={props.verifikasiUrl} className="text-brand-700 underline" data-testid="verifikasi-link">
            {props.verifikasiUrl}
          </a>
        </p>
      )}
      {props.tautanEksternal.length > 0 && (
        <div>
          <p className="font-semibold text-slate-700">Tautan unduhan untuk penerima di luar sistem</p>
          <p className="text-xs text-slate-500">
            Kirimkan tautan ini kepada penerima (surel atau pesan); tautan hanya membuka naskah ini
            {props.tautanBerlakuSampai ? ` dan berlaku sampai ${formatTanggal(props.tautanBerlakuSampai)}. Buka halaman ini lagi untuk tautan baru.` : '.'}
          </p>
          <ul className="mt-1 space-y-2">
            {props.tautanEksternal.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 px-3 py-2">
                <p className="font-medium text-slate-800">{p.nama}</p>
                <input readOnly value={p.tautanUnduh} aria-label={`Tautan unduhan untuk ${p.nama}`} className="mt-1 w-full rounded border border-slate-200 bg-slate-50 px-2 py-1 font-mono text-xs" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
