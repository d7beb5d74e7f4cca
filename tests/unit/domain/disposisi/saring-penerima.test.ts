import { describe, expect, it } from 'vitest';
import { cocokPenerima } from '@/lib/domain/disposisi/saring-penerima';

const kabid = { nama: 'Kepala Bidang Informasi dan Komunikasi Publik', namaSingkat: 'Kabid IKP', pemegang: 'Plt. Dra. Ni Luh Ayu Séptiani, M.Si.' };
const kosong = { nama: 'Seksi Infrastruktur Teknologi Informasi', namaSingkat: 'Kasi Infratek', pemegang: null };

describe('filtering the posts a disposisi may go to', () => {
  it('keeps every post when nothing (or only punctuation) is typed', () => {
    for (const ketikan of ['', '   ', '.,/"']) expect([cocokPenerima(kabid, ketikan), cocokPenerima(kosong, ketikan)]).toEqual([true, true]);
  });

  it('matches every typed word at the start of a word of the name, the short name or the holder', () => {
    expect(cocokPenerima(kabid, 'informasi kom')).toBe(true);
    expect(cocokPenerima(kabid, 'KABID ikp')).toBe(true);
    expect(cocokPenerima(kabid, 'ayu')).toBe(true);
    expect(cocokPenerima(kosong, 'infra')).toBe(true);
    // Both posts have "Informasi"; only one has a word starting "kom".
    expect([cocokPenerima(kabid, 'inform kom'), cocokPenerima(kosong, 'inform kom')]).toEqual([true, false]);
  });

  it('ignores case and accents both ways', () => {
    expect(cocokPenerima(kabid, 'septiani')).toBe(true);
    expect(cocokPenerima(kabid, 'SÉPTI')).toBe(true);
    expect(cocokPenerima({ ...kosong, pemegang: 'Septiani' }, 'séptiani')).toBe(true);
  });

  it('does not match inside a word, nor a word the post lacks', () => {
    expect(cocokPenerima(kabid, 'formasi')).toBe(false);
    expect(cocokPenerima(kabid, 'informasi sekretaris')).toBe(false);
  });

  it('keeps a staff post by the post above it: the same staff title sits in every seksi', () => {
    const staf = { nama: 'Pengadministrasi Perkantoran', namaSingkat: 'Pengadm. Perkantoran', pemegang: 'Siti Lestari', induk: 'Kasi E-Gov' };
    expect(cocokPenerima(staf, 'egov')).toBe(true);
    expect(cocokPenerima(staf, 'pengadm e-gov')).toBe(true);
    expect(cocokPenerima({ ...staf, induk: 'Kasi Infra TIK' }, 'pengadm egov')).toBe(false);
  });
});
