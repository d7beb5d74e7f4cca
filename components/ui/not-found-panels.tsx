'use client';

// The 404 bodies. Client components on purpose: Next puts each layout's not-found tree into the
// flight data of every page it renders, so as server markup it was rendered and shipped (~4 KB) on
// every request; as a client component it is one reference, and its markup waits in the cached bundle.
import { PublicShell } from '@/components/verifikasi/public-shell';
import { ErrorPanel } from './error-panel';

/** Outside the signed-in layout (public pages such as /verifikasi/<kode>). */
export function PublicNotFound() {
  return (
    <PublicShell>
      <ErrorPanel code="404" title="Halaman tidak ditemukan">
        Alamat yang Anda buka tidak ada atau sudah tidak berlaku. Periksa kembali tautan atau kode QR pada dokumen.
      </ErrorPanel>
    </PublicShell>
  );
}

/** Inside the signed-in layout: a wrong or stale link keeps the navigation around it. */
export function SignedInNotFound() {
  return (
    <ErrorPanel code="404" title="Halaman tidak ditemukan">
      Alamat yang Anda buka tidak ada, sudah dipindahkan, atau datanya tidak dapat Anda buka. Periksa tautannya atau kembali ke Beranda.
    </ErrorPanel>
  );
}
