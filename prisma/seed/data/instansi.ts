// The fictional demo province and its OPD. Kode are the natural keys of the seed.
export const DOMAIN = 'nusaindahprov.go.id';

export const INSTANSI = {
  kode: 'DEMO',
  nama: 'Pemerintah Provinsi Nusa Indah',
  ibuKota: 'Kota Mandala',
} as const;

export interface OpdDef {
  kode: string;
  nama: string;
  singkatan: string;
  alamat: string;
  kodePos: string;
  telepon: string;
  /** Sub-domain of DOMAIN for the OPD's e-mail and website. */
  subdomain: string;
}

export const OPD: readonly OpdDef[] = [
  { kode: 'SETDA', nama: 'Sekretariat Daerah', singkatan: 'SETDA', alamat: 'Jl. Jenderal Sudirman No. 1', kodePos: '81111', telepon: '(0361) 222001', subdomain: 'setda' },
  { kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', singkatan: 'DISKOMINFO', alamat: 'Jl. Pahlawan No. 17', kodePos: '81113', telepon: '(0361) 224517', subdomain: 'diskominfo' },
  { kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah', singkatan: 'BAPPEDA', alamat: 'Jl. Diponegoro No. 45', kodePos: '81112', telepon: '(0361) 226045', subdomain: 'bappeda' },
  { kode: 'DINKES', nama: 'Dinas Kesehatan', singkatan: 'DINKES', alamat: 'Jl. Dr. Wahidin Sudirohusodo No. 9', kodePos: '81115', telepon: '(0361) 227109', subdomain: 'dinkes' },
  { kode: 'DISDIK', nama: 'Dinas Pendidikan', singkatan: 'DISDIK', alamat: 'Jl. Ki Hajar Dewantara No. 28', kodePos: '81114', telepon: '(0361) 223828', subdomain: 'disdik' },
];

export const opdEmail = (o: OpdDef) => `${o.subdomain}@${DOMAIN}`;
export const opdWebsite = (o: OpdDef) => `https://${o.subdomain}.${DOMAIN}`;
