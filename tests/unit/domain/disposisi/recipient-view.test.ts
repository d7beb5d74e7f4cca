import { describe, expect, it } from 'vitest';
import { recipientOption, recipientView } from '@/lib/domain/disposisi/recipient-view';

const kabid = { jabatanId: '0194b7e0-0000-7000-8000-000000000001', nama: 'Kepala Bidang Aplikasi Informatika', namaSingkat: 'Kabid Aptika', pemegang: 'Plt. Dr. Hendra Saputra, S.Kom.', induk: null };
const sekretaris = { jabatanId: '0194b7e0-0000-7000-8000-000000000002', nama: 'Sekretaris', namaSingkat: 'Sekretaris', pemegang: null, induk: null };
const staf = { jabatanId: '0194b7e0-0000-7000-8000-000000000003', nama: 'Pengadministrasi Perkantoran', namaSingkat: 'Pengadm. Perkantoran', pemegang: 'Siti Lestari', induk: 'Kasi E-Gov' };

describe('recipientView', () => {
  it('comes back as the same post, holder, short name and post above', () => {
    for (const post of [kabid, sekretaris, staf]) expect(recipientOption(recipientView(post))).toEqual(post);
  });

  it('leaves out a short name that is the name, and whatever else the service gives (level)', () => {
    expect(recipientView({ ...sekretaris, level: 2 } as typeof sekretaris)).toEqual([sekretaris.jabatanId, 'Sekretaris', '', null, '']);
  });

  it('is smaller in the flight data than the object it replaces', () => {
    const posts = Array.from({ length: 130 }, (_, i) => ({ ...staf, jabatanId: staf.jabatanId.replace(/3$/, String(i)), level: 4 }));
    expect(JSON.stringify(posts.map(recipientView)).length).toBeLessThan(JSON.stringify(posts).length * 0.75);
  });
});
