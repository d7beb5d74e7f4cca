import Link from '@/components/ui/link';

export function Forbidden({ message }: { message: string }) {
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-xl border border-red-200 bg-white px-6 py-10 text-center" data-testid="forbidden">
      <p className="text-lg font-semibold text-red-800">Akses ditolak</p>
      <p className="mt-1 text-sm text-slate-600">{message}</p>
      <Link href="/" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Kembali ke Beranda
      </Link>
    </div>
  );
}
