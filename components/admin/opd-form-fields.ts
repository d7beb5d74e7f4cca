import type { FieldSpec } from './admin-form';

type OpdValues = { kode: string; nama: string; singkatan: string; alamat: string; kota: string; kodePos: string | null; telepon: string | null; email: string | null; website: string | null };

/** Fields of the OPD identity and kop-surat form, prefilled when editing. */
export function opdFormFields(v?: OpdValues): FieldSpec[] {
  return [
    { name: 'nama', label: 'Nama OPD', required: true, defaultValue: v?.nama, wide: true, placeholder: 'Dinas Komunikasi dan Informatika' },
    { name: 'kode', label: 'Kode', required: true, defaultValue: v?.kode, placeholder: '2.16' },
    { name: 'singkatan', label: 'Singkatan (dipakai dalam nomor surat)', required: true, defaultValue: v?.singkatan, placeholder: 'DISKOMINFO' },
    { name: 'alamat', label: 'Alamat', required: true, defaultValue: v?.alamat, wide: true },
    { name: 'kota', label: 'Kota', required: true, defaultValue: v?.kota },
    { name: 'kodePos', label: 'Kode pos', defaultValue: v?.kodePos ?? '', inputMode: 'numeric', maxLength: 5 },
    { name: 'telepon', label: 'Telepon', defaultValue: v?.telepon ?? '' },
    { name: 'email', label: 'E-mail', type: 'email', defaultValue: v?.email ?? '' },
    { name: 'website', label: 'Situs web', defaultValue: v?.website ?? '', placeholder: 'diskominfo.contoh.go.id' },
  ];
}
