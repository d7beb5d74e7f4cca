import Link from '@/components/ui/link';
import { teksLencana, ucapanLencana } from '@/lib/domain/lencana';
import { NavIcon } from './nav-icon';

/** The bell in the header; the badge shows unread notifications. */
export function NotifikasiLink({ belumDibaca }: { belumDibaca: number }) {
  const label = belumDibaca > 0 ? `Notifikasi, ${ucapanLencana(belumDibaca)} belum dibaca` : 'Notifikasi';
  return (
    <Link href="/notifikasi" aria-label={label} className="relative flex h-11 w-11 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100">
      <NavIcon name="notifikasi" className="h-6 w-6" />
      {belumDibaca > 0 && (
        <span className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-bold text-white">
          {teksLencana(belumDibaca)}
        </span>
      )}
    </Link>
  );
}
