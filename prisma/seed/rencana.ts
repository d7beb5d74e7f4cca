// The whole demo organisation flattened into rows, in parent-before-child order, with every
// holder's identity resolved. Pure: the seed steps only write what this returns.
import { DEMO_ACCOUNTS } from './demo-accounts';
import { STRUKTUR } from './data/struktur';
import type { PosDef, UnitDef } from './data/struktur/types';
import type { JenisJabatan } from '@/lib/generated/prisma/client';
import { buatIdentitas, type Identitas } from './identitas';

export interface UnitRencana extends UnitDef {
  opd: string;
  parentKode: string | null;
  urutan: number;
}

export interface JabatanRencana {
  opd: string;
  kode: string;
  nama: string;
  namaSingkat: string;
  jenis: JenisJabatan;
  level: number;
  eselon: string | null;
  isPimpinanOpd: boolean;
  dapatMewakiliAtasan: boolean;
  parentKode: string | null;
  unitKode: string;
  urutan: number;
  /** null: vacant. */
  pemegang: Identitas | null;
}

export interface Rencana {
  unit: UnitRencana[];
  jabatan: JabatanRencana[];
}

export function buatRencana(): Rencana {
  const unit: UnitRencana[] = [];
  const jabatan: JabatanRencana[] = [];
  const nipTerpakai = new Set(DEMO_ACCOUNTS.map((a) => a.nip));
  const emailTerpakai = new Set(DEMO_ACCOUNTS.map((a) => a.email));

  const identitas = (opd: string, pos: PosDef): Identitas | null => {
    if (!pos.pemegang) return null;
    const demo = DEMO_ACCOUNTS.find((a) => a.opd === opd && a.jabatan === pos.kode);
    const id = buatIdentitas({ key: `${opd}/${pos.kode}`, pemegang: pos.pemegang, eselon: pos.eselon ?? null, tetap: demo });
    if (demo) return id;
    // Collisions are unlikely but must not break uniqueness: bump the NIP sequence, number the e-mail.
    while (nipTerpakai.has(id.nip)) id.nip = `${id.nip.slice(0, 15)}${String(Number(id.nip.slice(15)) + 1).padStart(3, '0')}`;
    for (let n = 2; emailTerpakai.has(id.email); n++) id.email = id.email.replace(/(\d*)@/, `${n}@`);
    nipTerpakai.add(id.nip);
    emailTerpakai.add(id.email);
    return id;
  };

  for (const { opdKode, pimpinan } of STRUKTUR) {
    const walk = (pos: PosDef, level: number, parent: PosDef | null, parentUnit: string | null, urutan: number) => {
      if (pos.unit) unit.push({ ...pos.unit, opd: opdKode, parentKode: parentUnit, urutan });
      const unitKode = pos.unit?.kode ?? parentUnit;
      if (!unitKode) throw new Error(`${opdKode}/${pos.kode}: the pimpinan post needs a unit`);
      jabatan.push({
        opd: opdKode,
        kode: pos.kode,
        nama: pos.nama,
        namaSingkat: pos.namaSingkat,
        jenis: pos.jenis,
        level,
        eselon: pos.eselon ?? null,
        isPimpinanOpd: parent === null,
        dapatMewakiliAtasan: pos.dapatMewakiliAtasan ?? false,
        parentKode: parent?.kode ?? null,
        unitKode,
        urutan,
        pemegang: identitas(opdKode, pos),
      });
      (pos.bawahan ?? []).forEach((b, i) => walk(b, level + 1, pos, unitKode, i + 1));
    };
    walk(pimpinan, 1, null, null, 0);
  }
  return { unit, jabatan };
}
