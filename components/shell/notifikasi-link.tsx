import Link from '@/components/ui/link';

/** The bell in the header; the badge shows unread notifications. */
export function NotifikasiLink({ belumDibaca }: { belumDibaca: number }) {
  const label = belumDibaca > 0 ? `Notifikasi, ${belumDibaca} belum dibaca` : 'Notifikasi';
  return (
    <Link href="/notifikasi" aria-label={label} className="relative flex h-11 w-11 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100">
      <svg viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4z M10 20a2 2 0 0 0 4 0" />
      </svg>
      {belumDibaca > 0 && (
        <span className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-bold text-white">
          {belumDibaca > 99 ? '99+' : belumDibaca}
        </span>
      )}
    </Link>
  );
}
