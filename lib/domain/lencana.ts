// A count badge (unread notifications, a worklist) shows at most two digits: past 99 it says "99+",
// so a count needs to go no further than one past that (a person with 40,000 unread notifications
// costs the badge an index range of 100 rows, not 40,000, on every page).
export const LENCANA_MAKS = 99;

/** What the badge shows. */
export function teksLencana(jumlah: number): string {
  return jumlah > LENCANA_MAKS ? `${LENCANA_MAKS}+` : String(jumlah);
}

/** What a screen reader hears for the badge's number. */
export function ucapanLencana(jumlah: number): string {
  return jumlah > LENCANA_MAKS ? `lebih dari ${LENCANA_MAKS}` : String(jumlah);
}
