// The signer line as the drafter will see it printed: "a.n. KEPALA DINAS ... / Sekretaris",
// "Plt. Kepala Bidang ...". A preview only; the PDF derives its own from the stored cara.
export interface SignerOptionLine {
  nama: string;
  pemegang: string | null;
  jenisPemegang: 'DEFINITIF' | 'PLT' | 'PLH' | null;
  atasNama: { cara: 'AN' | 'UB'; pimpinanNama: string } | null;
}

export function signatureLines(signer: SignerOptionLine, atasNamaPimpinan: boolean): string[] {
  const acting = signer.jenisPemegang === 'PLT' ? 'Plt. ' : signer.jenisPemegang === 'PLH' ? 'Plh. ' : '';
  const nama = signer.pemegang ?? '(jabatan kosong)';
  if (atasNamaPimpinan && signer.atasNama) {
    const lead = `a.n. ${signer.atasNama.pimpinanNama.toUpperCase()}`;
    return signer.atasNama.cara === 'AN' ? [lead, `${acting}${signer.nama},`, nama] : [lead, 'u.b.', `${acting}${signer.nama},`, nama];
  }
  return [`${acting}${signer.nama.toUpperCase()},`, nama];
}
