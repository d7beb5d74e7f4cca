import { describe, expect, it } from 'vitest';
import { activeHref, NAV_ITEMS } from '@/lib/menu-items';

const hrefs = NAV_ITEMS.map((i) => i.href);

describe('activeHref', () => {
  it.each([
    ['/', '/'],
    ['/arsip', '/arsip'],
    ['/arsip/rekaman/0190a1b2-0000-7000-8000-000000000001', '/arsip'],
    ['/arsip/ekspor', '/arsip'],
    ['/arsip/cari/unduh', '/arsip'],
    ['/arsip/daftar', '/arsip/daftar'],
    ['/arsip/penyusutan/0190a1b2-0000-7000-8000-000000000001', '/arsip/penyusutan'],
    ['/surat-masuk/0190a1b2-0000-7000-8000-000000000001', '/surat-masuk'],
    ['/arsipku', null],
    ['/profil', null],
  ])('%s lights %s', (path, href) => {
    expect(activeHref(path, hrefs)).toBe(href);
  });

  it('lights exactly one entry on any archive page', () => {
    for (const path of ['/arsip/daftar', '/arsip/penyusutan', '/arsip/rekaman/x']) {
      expect(hrefs.filter((h) => h === activeHref(path, hrefs))).toHaveLength(1);
    }
  });
});
