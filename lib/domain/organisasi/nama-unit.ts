// One OPD's units are told apart by name wherever they are chosen (Induk, Unit kerja, Pindahkan,
// the registration form): two active units named alike made those choices a guess. Case, outer
// and repeated spaces do not make a name different. A retired (inactive) unit's name may be used
// again: restructurings bring old names back, and retired units are offered nowhere.

/** The form of a unit name two names are compared in. */
export function kunciNamaUnit(nama: string): string {
  return nama.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
}

/** An active unit of the OPD (other than `kecuali`, the one being renamed) already named `nama`. */
export function unitBernamaSama<T extends { id: string; nama: string }>(nama: string, unitAktif: readonly T[], kecuali?: string): T | undefined {
  const kunci = kunciNamaUnit(nama);
  return unitAktif.find((u) => u.id !== kecuali && kunciNamaUnit(u.nama) === kunci);
}

export function namaUnitDipakaiMessage(nama: string): string {
  return `Sudah ada unit bernama “${nama}” di OPD ini; pakai nama yang membedakannya.`;
}
