import { describe, expect, it } from 'vitest';
import { recipientOption, recipientView } from '@/lib/domain/disposisi/recipient-view';

const kabid = { jabatanId: '0194b7e0-0000-7000-8000-000000000001', nama: 'Kepala Bidang Aplikasi Informatika', namaSingkat: 'Kabid Aptika', pemegang: 'Plt. Dr. Hendra Saputra, S.Kom.' };
const staf = { jabatanId: '0194b7e0-0000-7000-8000-000000000002', nama: 'Sekretaris', namaSingkat: 'Sekretaris', pemegang: null };

describe('recipientView', () => {
  it('comes back as the same post, holder and short name', () => {
    expect(recipientOption(recipientView(kabid))).toEqual(kabid);
    expect(recipientOption(recipientView(staf))).toEqual(staf);
  });

  it('leaves out a short name that is the name, and whatever else the service gives (level)', () => {
    expect(recipientView({ ...staf, level: 2 } as typeof staf)).toEqual([staf.jabatanId, 'Sekretaris', '', null]);
  });

  it('is smaller in the flight data than the object it replaces', () => {
    const posts = Array.from({ length: 130 }, (_, i) => ({ ...kabid, jabatanId: kabid.jabatanId.replace(/1$/, String(i)), level: 4 }));
    expect(JSON.stringify(posts.map(recipientView)).length).toBeLessThan(JSON.stringify(posts).length * 0.75);
  });
});
