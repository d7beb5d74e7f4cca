// The fields of a list's filter form (Surat Masuk, Cari): their look is the saringan-* classes in
// app/globals.css, named once, because a filter form is on the list page's every opening and each
// class string went out per field in the HTML.
import { IsianTanggal } from '@/components/ui/isian-tanggal';

/** The class of a filter form's input or select. */
export const SARINGAN_ISIAN = 'saringan-isian';

/** A labelled filter field; the control is the child. */
export function SaringanField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="saringan-label">
      {label}
      {children}
    </label>
  );
}

/** A select of labelled codes with "Semua" for no filter. */
export function SaringanSelect({ label, name, value, labels }: { label: string; name: string; value: string | undefined; labels: Record<string, string> }) {
  return (
    <SaringanField label={label}>
      <select name={name} defaultValue={value ?? ''} className={SARINGAN_ISIAN}>
        <option value="">Semua</option>
        {Object.entries(labels).map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </SaringanField>
  );
}

/**
 * A range of days (YYYY-MM-DD, read as WIB days by the list) as two date fields, dari and sampai,
 * each with its day in words under it (IsianTanggal): a browser in English shows 11/01/2026, the
 * first of November, which a clerk reads as the eleventh of January.
 */
export function SaringanRentangTanggal({ dari, sampai, labelDari = 'Dari tanggal' }: { dari: string | undefined; sampai: string | undefined; labelDari?: string }) {
  return (
    <>
      <SaringanField label={labelDari}>
        <IsianTanggal id="saringan-dari" name="dari" defaultValue={dari ?? ''} className={SARINGAN_ISIAN} />
      </SaringanField>
      <SaringanField label="Sampai tanggal">
        <IsianTanggal id="saringan-sampai" name="sampai" defaultValue={sampai ?? ''} className={SARINGAN_ISIAN} />
      </SaringanField>
    </>
  );
}
