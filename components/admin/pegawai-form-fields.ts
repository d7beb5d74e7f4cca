import { GOLONGAN } from '@/lib/domain/pegawai/golongan';
import { NIP_INPUT_MAX_LENGTH } from '@/lib/domain/pegawai/nip';
import type { FieldSpec } from './admin-form';

type PegawaiValues = { nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; nik: string; golongan: string | null; email: string | null; nomorWhatsapp?: string | null };

export function pegawaiFormFields(v?: PegawaiValues): FieldSpec[] {
  return [
    { name: 'nama', label: 'Nama (tanpa gelar)', required: true, defaultValue: v?.nama, wide: true },
    { name: 'gelarDepan', label: 'Gelar depan', defaultValue: v?.gelarDepan ?? '', placeholder: 'Dr.' },
    { name: 'gelarBelakang', label: 'Gelar belakang', defaultValue: v?.gelarBelakang ?? '', placeholder: 'S.Kom., M.T.' },
    { name: 'nip', label: 'NIP (18 angka)', required: true, defaultValue: v?.nip, inputMode: 'numeric', maxLength: NIP_INPUT_MAX_LENGTH },
    { name: 'nik', label: 'NIK (16 angka)', required: true, defaultValue: v?.nik, inputMode: 'numeric', maxLength: 16 },
    { name: 'golongan', label: 'Pangkat / golongan', type: 'select', defaultValue: v?.golongan ?? '', options: [{ value: '', label: '—' }, ...GOLONGAN.map(([g, p]) => ({ value: g, label: `${p} (${g})` }))] },
    { name: 'email', label: 'E-mail', type: 'email', defaultValue: v?.email ?? '' },
    { name: 'nomorWhatsapp', label: 'Nomor WhatsApp (untuk notifikasi)', defaultValue: v?.nomorWhatsapp ?? '', placeholder: '0812 3456 7890' },
  ];
}
