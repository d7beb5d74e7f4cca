/** The signer's certificate cannot sign: said on the konsep, before anyone waits for a signature. */
export function SertifikatPenandatanganNotice({ pesan }: { pesan: string | null }) {
  if (!pesan) return null;
  return (
    <p role="alert" data-testid="sertifikat-penandatangan" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {pesan}
    </p>
  );
}
