'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { INITIAL_FORM_STATE } from '@/lib/actions/form-state';
import { DERAJAT_KECEPATAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { Badge } from '@/components/ui/badge';
import { PassphraseField } from './passphrase-field';

export interface BatchRow {
  id: string;
  perihal: string;
  pembuat: string | null;
  derajatKecepatan: keyof typeof DERAJAT_KECEPATAN_LABEL;
  updatedAt: Date;
}

type ItemState = { status: 'MENUNGGU' | 'PROSES' | 'BERHASIL' | 'GAGAL' | 'DILEWATI'; message?: string };

const ITEM_LABEL: Record<ItemState['status'], { label: string; tone: 'slate' | 'blue' | 'green' | 'red' | 'amber' }> = {
  MENUNGGU: { label: 'Menunggu', tone: 'slate' },
  PROSES: { label: 'Diproses…', tone: 'blue' },
  BERHASIL: { label: 'Ditandatangani', tone: 'green' },
  GAGAL: { label: 'Gagal', tone: 'red' },
  DILEWATI: { label: 'Tidak diproses', tone: 'amber' },
};

/**
 * Perlu Tanda Tangan with checkboxes: select, enter the passphrase once, and the browser asks the
 * server to sign one document per request, in order, so the progress bar moves as each finishes
 * and no request runs long (fine behind any load balancer). A wrong passphrase or an unusable
 * certificate (reported on the passphrase field) stops the run: the rest would fail the same way.
 */
export function BatchSignList({ rows, action, empty }: { rows: BatchRow[]; action: (prev: FormState, data: FormData) => Promise<FormState>; empty: React.ReactNode }) {
  const [selected, setSelected] = useState<string[]>([]);
  const [batch, setBatch] = useState<{ rows: BatchRow[]; items: Record<string, ItemState>; running: boolean } | null>(null);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const allSelected = rows.length > 0 && rows.every((r) => selected.includes(r.id));

  function openDialog() {
    setBatch(null);
    setOpen(true);
    dialog.current?.showModal();
  }
  function closeDialog() {
    if (batch?.running) return;
    dialog.current?.close();
    setOpen(false);
    if (batch) setSelected([]);
    setBatch(null);
  }

  async function run(formData: FormData) {
    const passphrase = String(formData.get('passphrase') ?? '');
    const chosen = rows.filter((r) => selected.includes(r.id));
    const items: Record<string, ItemState> = Object.fromEntries(chosen.map((r) => [r.id, { status: 'MENUNGGU' }]));
    setBatch({ rows: chosen, items: { ...items }, running: true });
    let stop: string | null = null;
    for (const row of chosen) {
      if (stop) {
        items[row.id] = { status: 'DILEWATI', message: stop };
        continue;
      }
      items[row.id] = { status: 'PROSES' };
      setBatch({ rows: chosen, items: { ...items }, running: true });
      const data = new FormData();
      data.set('naskahId', row.id);
      data.set('passphrase', passphrase);
      let result: FormState;
      try {
        result = await action(INITIAL_FORM_STATE, data);
      } catch {
        result = { ok: false, message: 'Koneksi ke server terputus. Periksa jaringan lalu coba lagi.' };
      }
      items[row.id] = result.ok ? { status: 'BERHASIL', message: result.message ?? undefined } : { status: 'GAGAL', message: result.message ?? undefined };
      if (!result.ok && result.fieldErrors?.passphrase) stop = result.message ?? 'Passphrase atau sertifikat tidak dapat dipakai.';
      setBatch({ rows: chosen, items: { ...items }, running: true });
    }
    setBatch({ rows: chosen, items: { ...items }, running: false });
  }

  const done = batch ? Object.values(batch.items).filter((i) => i.status !== 'MENUNGGU' && i.status !== 'PROSES').length : 0;
  const total = batch?.rows.length ?? 0;
  const ok = batch ? Object.values(batch.items).filter((i) => i.status === 'BERHASIL').length : 0;

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
          <ul aria-label="Perlu Tanda Tangan" className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
            {rows.map((row) => (
              <li key={row.id} className="flex items-start gap-3 px-4 py-3">
                <input
                  type="checkbox"
                  className="mt-1 h-5 w-5 shrink-0"
                  aria-label={`Pilih ${row.perihal}`}
                  checked={selected.includes(row.id)}
                  onChange={() => toggle(row.id)}
                />
                <div className="min-w-0 flex-1">
                  {row.derajatKecepatan !== 'BIASA' && <Badge tone={row.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[row.derajatKecepatan]}</Badge>}
                  <p className="mt-0.5 font-medium text-slate-900">
                    <Link href={`/tanda-tangan/${row.id}`} className="hover:text-brand-700">
                      {row.perihal}
                    </Link>
                  </p>
                  {row.pembuat && <p className="truncate text-sm text-slate-600">Dari {row.pembuat}</p>}
                </div>
                <time className="shrink-0 text-xs text-slate-500" dateTime={row.updatedAt.toISOString()}>
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
                <p className="text-sm text-slate-600">Passphrase dimasukkan sekali untuk semua naskah yang dipilih. Setiap naskah diberi nomor dan ditandatangani satu per satu.</p>
                <PassphraseField id="batch-passphrase" autoFocus />
                <div className="flex gap-2">
                  <button type="button" onClick={closeDialog} className="flex-1 rounded-lg border border-slate-300 px-4 py-2.5 font-semibold text-slate-700">
                    Batal
                  </button>
                  <button type="submit" className="flex-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white">
                    Tandatangani
                  </button>
                </div>
              </form>
            ) : (
              <div className="space-y-3">
                <div>
                  <div className="mb-1 flex justify-between text-sm text-slate-700">
                    <span>{batch.running ? 'Menandatangani… jangan tutup halaman ini' : `Selesai: ${ok} dari ${total} berhasil`}</span>
                    <span>
                      {done}/{total}
                    </span>
                  </div>
                  <div role="progressbar" aria-label="Kemajuan tanda tangan" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} className="h-3 overflow-hidden rounded-full bg-slate-200">
                    <div className="h-full bg-brand-600 transition-all" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
                  </div>
                </div>
                <ul className="max-h-[50vh] space-y-2 overflow-y-auto" aria-label="Hasil per naskah">
                  {batch.rows.map((row) => {
                    const item = batch.items[row.id]!;
                    return (
                      <li key={row.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm" data-status={item.status}>
                        <div className="flex items-start justify-between gap-2">
                          <span className="font-medium text-slate-800">{row.perihal}</span>
                          <Badge tone={ITEM_LABEL[item.status].tone}>{ITEM_LABEL[item.status].label}</Badge>
                        </div>
                        {item.message && <p className={`mt-0.5 text-xs ${item.status === 'BERHASIL' ? 'text-emerald-800' : 'text-red-800'}`}>{item.message}</p>}
                      </li>
                    );
                  })}
                </ul>
                <button type="button" disabled={batch.running} onClick={closeDialog} className="w-full rounded-lg border border-slate-300 px-4 py-2.5 font-semibold text-slate-700 disabled:opacity-40">
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
