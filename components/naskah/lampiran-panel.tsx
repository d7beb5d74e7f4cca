'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import { INITIAL_FORM_STATE } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';

export interface LampiranRow {
  id: string;
  namaFile: string;
  ukuran: number;
}

const LAMPIRAN_CLIENT_MAX = 10 * 1024 * 1024;
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** PDF lampiran: uploaded through a route (no server-action body limit), listed, removable. */
const PESAN_SESI_BERAKHIR_UNGGAH = 'Sesi Anda telah berakhir, lampiran belum terunggah. Masuk lagi, lalu unggah ulang lampiran.';

export function LampiranPanel({ naskahId, rows, deleteAction, readOnly = false }: { naskahId: string; rows: LampiranRow[]; deleteAction?: (p: FormState, fd: FormData) => Promise<FormState>; readOnly?: boolean }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (file.size > LAMPIRAN_CLIENT_MAX) return setMessage({ ok: false, text: 'Lampiran paling besar 10 MB.' });
    setBusy(true);
    const fd = new FormData();
    fd.set('berkas', file);
    try {
      const res = await fetch(`/konsep/${naskahId}/lampiran`, { method: 'POST', body: fd });
      // The session cookie has gone: the proxy sent the upload to the sign-in page (it said "Periksa
      // koneksi"). The editor's next autosave takes the person to sign in and back.
      if (res.redirected || res.status === 401) return setMessage({ ok: false, text: PESAN_SESI_BERAKHIR_UNGGAH });
      const body = (await res.json()) as { ok: boolean; message: string };
      setMessage({ ok: body.ok, text: body.message });
      if (body.ok) router.refresh();
    } catch {
      setMessage({ ok: false, text: 'Gagal mengunggah. Periksa koneksi.' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = async (berkasId: string) => {
    if (!deleteAction) return;
    const fd = new FormData();
    fd.set('payload', JSON.stringify({ naskahId, berkasId }));
    const res = await withRequestFailure(deleteAction)(INITIAL_FORM_STATE, fd);
    setMessage({ ok: res.ok, text: res.message ?? '' });
    if (res.ok) router.refresh();
  };

  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada lampiran.</p>
      ) : (
        <ul aria-label="Lampiran" className="space-y-1">
          {rows.map((r) => (
            <li key={r.id} className="flex items-center gap-2 rounded-md bg-slate-50 px-2 py-1.5 text-sm">
              <a href={`/konsep/${naskahId}/lampiran/${r.id}`} target="_blank" rel="noreferrer" className="min-w-0 flex-1 truncate text-brand-700">
                {r.namaFile}
              </a>
              <span className="text-xs text-slate-500">{kb(r.ukuran)}</span>
              {!readOnly && (
                <button type="button" className="text-red-700" aria-label={`Hapus lampiran ${r.namaFile}`} onClick={() => void remove(r.id)}>
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-700">
          {busy ? 'Mengunggah…' : 'Unggah lampiran (PDF, maks. 10 MB)'}
          <input ref={input} type="file" accept="application/pdf,.pdf" className="sr-only" disabled={busy} onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
        </label>
      )}
      {message && <p role="status" className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-700'}`}>{message.text}</p>}
    </div>
  );
}
