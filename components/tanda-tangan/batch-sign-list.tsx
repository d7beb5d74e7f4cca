'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { INITIAL_FORM_STATE } from '@/lib/actions/form-state';
import { DERAJAT_KECEPATAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { Badge } from '@/components/ui/badge';
import { PilihCheckbox } from '@/components/ui/pilih-checkbox';
import { PassphraseField, type TotpOption } from './passphrase-field';

export interface BatchRow {
  id: string;
  perihal: string;
  pembuat: string | null;
  derajatKecepatan: keyof typeof DERAJAT_KECEPATAN_LABEL;
  updatedAt: Date;
}

export interface BatchView {
  items: { naskahId: string; perihal: string; status: ItemStatus; nomor: string | null; pesan: string | null }[];
  selesai: boolean;
}
type ItemStatus = 'MENUNGGU' | 'DIPROSES' | 'DITANDATANGANI' | 'GAGAL' | 'DILEWATI' | 'BELUM_PASTI';

const ITEM_LABEL: Record<ItemStatus, { label: string; tone: 'slate' | 'blue' | 'green' | 'red' | 'amber' }> = {
  MENUNGGU: { label: 'Menunggu', tone: 'slate' },
  DIPROSES: { label: 'Diproses…', tone: 'blue' },
  DITANDATANGANI: { label: 'Ditandatangani', tone: 'green' },
  GAGAL: { label: 'Gagal', tone: 'red' },
  DILEWATI: { label: 'Tidak diproses', tone: 'amber' },
  BELUM_PASTI: { label: 'Belum pasti', tone: 'amber' },
};

const POLL_MS = 1_000;

/**
 * Perlu Tanda Tangan with checkboxes: select, enter the passphrase once, and the server signs the
 * batch (one after another, or in BSrE bulk requests) while this list shows the progress it reads
 * from the server every second. Closing the page does not stop the batch; coming back shows it.
 */
export function BatchSignList({ rows, action, initialBatch, empty, requestTotp }: { rows: BatchRow[]; action: (prev: FormState, data: FormData) => Promise<FormState>; initialBatch: BatchView | null; empty: React.ReactNode; requestTotp?: TotpOption['request'] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [batch, setBatch] = useState<BatchView | null>(initialBatch);
  const [error, setError] = useState<FormState | null>(null);
  // A batch still running when the page loads opens straight into its progress.
  const [open, setOpen] = useState(initialBatch !== null && !initialBatch.selesai);
  const dialog = useRef<HTMLDialogElement>(null);
  const running = batch !== null && !batch.selesai;
  const dikirim = useRef(false);
  const [mengirim, setMengirim] = useState(false);

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const allSelected = rows.length > 0 && rows.every((r) => selected.includes(r.id));

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch('/tanda-tangan/batch', { cache: 'no-store' });
        const latest = (await response.json()) as { selesaiPada: string | null; items: BatchView['items'] } | null;
        if (stopped || !latest) return;
        setBatch({ items: latest.items, selesai: latest.selesaiPada !== null });
        if (latest.selesaiPada) router.refresh();
      } catch {
        // A dropped poll is retried on the next tick; the batch goes on at the server regardless.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running, router]);

  function openDialog() {
    if (!running) {
      setBatch(null);
      dikirim.current = false;
    }
    setError(null);
    setOpen(true);
    dialog.current?.showModal();
  }
  function closeDialog() {
    dialog.current?.close();
    setOpen(false);
    if (batch?.selesai) {
      setSelected([]);
      setBatch(null);
    }
  }

  async function run(formData: FormData) {
    // One batch per opening of the dialog: a double tap on "Tandatangani" started a second batch of
    // the same naskah, whose every item failed as already signed, and the dialog then reported
    // "0 dari 2 berhasil" for letters that were signed. Open again after a refusal to retry.
    if (dikirim.current) return;
    dikirim.current = true;
    setMengirim(true);
    try {
      await kirim(formData);
    } finally {
      setMengirim(false);
    }
  }

  async function kirim(formData: FormData) {
    const chosen = rows.filter((r) => selected.includes(r.id));
    for (const row of chosen) formData.append('naskahIds', row.id);
    let result: FormState;
    try {
      result = await action(INITIAL_FORM_STATE, formData);
    } catch {
      result = { ok: false, message: 'Koneksi ke server terputus. Periksa jaringan lalu coba lagi.' };
    }
    if (!result.ok) {
      dikirim.current = false;
      return setError(result);
    }
    setError(null);
    setBatch({ items: chosen.map((r) => ({ naskahId: r.id, perihal: r.perihal, status: 'MENUNGGU', nomor: null, pesan: null })), selesai: false });
  }

  const done = batch ? batch.items.filter((i) => i.status !== 'MENUNGGU' && i.status !== 'DIPROSES').length : 0;
  const total = batch?.items.length ?? 0;
  const ok = batch ? batch.items.filter((i) => i.status === 'DITANDATANGANI').length : 0;

  return (
    <>
      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" className="h-5 w-5" checked={allSelected} onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.id))} />
              Pilih semua
            </label>
            <button
              type="button"
              disabled={selected.length === 0}
              onClick={openDialog}
              className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white disabled:opacity-40"
            >
              Tandatangani yang dipilih{selected.length ? ` (${selected.length})` : ''}
            </button>
          </div>
          {/* The rows of .letter-list (app/globals.css), with a selection box instead of the unread dot. */}
          <ul aria-label="Perlu Tanda Tangan" className="letter-list">
            {rows.map((row) => (
              <li key={row.id} className="pilih">
                <PilihCheckbox label={`Pilih ${row.perihal}`} checked={selected.includes(row.id)} onChange={() => toggle(row.id)} />
                <div>
                  {row.derajatKecepatan !== 'BIASA' && <Badge tone={row.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[row.derajatKecepatan]}</Badge>}
                  <strong>
                    <Link href={`/tanda-tangan/${row.id}`}>{row.perihal}</Link>
                  </strong>
                  {row.pembuat && <p>Dari {row.pembuat}</p>}
                </div>
                <time dateTime={row.updatedAt.toISOString()}>
                  {formatTanggalJam(row.updatedAt)}
                </time>
              </li>
            ))}
          </ul>
        </>
      )}

      <dialog
        ref={dialog}
        onCancel={(e) => {
          e.preventDefault();
          closeDialog();
        }}
        aria-labelledby="batch-title"
        className="m-auto w-[calc(100%-1.5rem)] max-w-lg rounded-xl p-0 backdrop:bg-slate-900/50"
      >
        {open && (
          <div className="space-y-4 p-5">
            <h2 id="batch-title" className="text-lg font-bold text-slate-900">
              Tandatangani {batch ? total : selected.length} naskah
            </h2>
            {!batch ? (
              <form action={run} className="space-y-3">
                <p className="text-sm text-slate-600">Passphrase dimasukkan sekali untuk semua naskah yang dipilih. Server memberi nomor dan menandatangani setiap naskah; halaman ini boleh ditutup.</p>
                <PassphraseField id="batch-passphrase" autoFocus totp={requestTotp ? { documents: selected.length, request: requestTotp } : undefined} />
                {error?.message && (
                  <p role="alert" className="text-sm text-red-700">
                    {error.fieldErrors?.passphrase?.[0] ?? error.message}
                  </p>
                )}
                <div className="flex gap-2">
                  <button type="button" onClick={closeDialog} className="flex-1 rounded-lg border border-slate-300 px-4 py-2.5 font-semibold text-slate-700">
                    Batal
                  </button>
                  <button type="submit" disabled={mengirim} className="flex-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white disabled:opacity-60">
                    {mengirim ? 'Memproses…' : 'Tandatangani'}
                  </button>
                </div>
              </form>
            ) : (
              <div className="space-y-3">
                <div>
                  <div className="mb-1 flex justify-between text-sm text-slate-700">
                    <span>{running ? 'Menandatangani di server…' : `Selesai: ${ok} dari ${total} berhasil`}</span>
                    <span>
                      {done}/{total}
                    </span>
                  </div>
                  <div role="progressbar" aria-label="Kemajuan tanda tangan" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} className="h-3 overflow-hidden rounded-full bg-slate-200">
                    <div className="h-full bg-brand-600 transition-all" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
                  </div>
                </div>
                <ul className="max-h-[50vh] space-y-2 overflow-y-auto" aria-label="Hasil per naskah">
                  {batch.items.map((item) => (
                    <li key={item.naskahId} className="rounded-md border border-slate-200 px-3 py-2 text-sm" data-status={item.status}>
                      <div className="flex items-start justify-between gap-2">
                        <span className="font-medium text-slate-800">{item.perihal}</span>
                        <Badge tone={ITEM_LABEL[item.status].tone}>{ITEM_LABEL[item.status].label}</Badge>
                      </div>
                      {item.pesan && <p className={`mt-0.5 text-xs ${item.status === 'DITANDATANGANI' ? 'text-emerald-800' : 'text-red-800'}`}>{item.pesan}</p>}
                    </li>
                  ))}
                </ul>
                {running && <p className="text-xs text-slate-600">Menutup jendela ini tidak menghentikan penandatanganan.</p>}
                <button type="button" onClick={closeDialog} className="w-full rounded-lg border border-slate-300 px-4 py-2.5 font-semibold text-slate-700">
                  Tutup
                </button>
              </div>
            )}
          </div>
        )}
      </dialog>
    </>
  );
}
