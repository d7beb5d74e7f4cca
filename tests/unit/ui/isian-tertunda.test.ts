import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ambilIsian, lupakanIsian, simpanIsian } from '@/components/ui/isian-tertunda';

/** The tab's sessionStorage, as the browser gives it (Object.keys lists the stored keys). */
function tabStorage(): Storage {
  const items: Record<string, string> = {};
  return new Proxy(items, {
    get: (target, key) =>
      ({
        getItem: (k: string) => (k in target ? target[k] : null),
        setItem: (k: string, v: string) => void (target[k] = String(v)),
        removeItem: (k: string) => void delete target[k],
      })[key as 'getItem'] ?? target[key as string],
  }) as unknown as Storage;
}

const pejabat = { pegawaiId: '0193e0c2-7b8a-7000-8000-000000000001', jabatanId: '0193e0c2-7b8a-7000-8000-0000000000aa' };
const letter = '/surat-masuk/0193e0c2-7b8a-7000-8000-000000000099';

function disposisi(): FormData {
  const data = new FormData();
  data.append('$ACTION_ID_abc', '');
  data.append('penerima', 'a');
  data.append('penerima', 'b');
  data.append('catatan', 'Mohon segera');
  data.append('lampiran', new Blob(['%PDF-1.7']), 'scan.pdf');
  data.append('kosong', new Blob([]), '');
  return data;
}

beforeEach(() => vi.stubGlobal('sessionStorage', tabStorage()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('isian tertunda', () => {
  it('gives back the text fields in order, says a file was chosen, and only once', () => {
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    expect(ambilIsian(letter, 'disposisi', pejabat)).toEqual({
      isian: [
        ['penerima', 'a'],
        ['penerima', 'b'],
        ['catatan', 'Mohon segera'],
      ],
      adaBerkas: true,
    });
    expect(ambilIsian(letter, 'disposisi', pejabat)).toBeNull();
  });

  it('never keeps a passphrase, TOTP code or password, whatever form sends one', () => {
    const data = disposisi();
    for (const name of ['passphrase', 'kodeTotp', 'password', 'kataSandiBaru']) data.append(name, 'rahasia-123');
    simpanIsian(letter, 'disposisi', pejabat, data);
    expect(JSON.stringify(Object.entries(sessionStorage))).not.toContain('rahasia-123');
    expect(ambilIsian(letter, 'disposisi', pejabat)?.isian.map(([name]) => name)).toEqual(['penerima', 'penerima', 'catatan']);
  });

  it('is for the same page and form only', () => {
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    expect(ambilIsian('/surat-masuk', 'disposisi', pejabat)).toBeNull();
    expect(ambilIsian(letter, 'tindak-lanjut', pejabat)).toBeNull();
    expect(ambilIsian(letter, 'disposisi', pejabat)).not.toBeNull();
  });

  it('is never given to another person or to the same person acting in another post, and is gone after they look', () => {
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    expect(ambilIsian(letter, 'disposisi', { ...pejabat, pegawaiId: '0193e0c2-7b8a-7000-8000-000000000002' })).toBeNull();
    expect(ambilIsian(letter, 'disposisi', pejabat)).toBeNull();
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    expect(ambilIsian(letter, 'disposisi', { ...pejabat, jabatanId: null })).toBeNull();
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('is forgotten after an hour, and on signing out', () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T08:00:00Z') });
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    vi.setSystemTime(new Date('2026-12-04T09:00:01Z'));
    expect(ambilIsian(letter, 'disposisi', pejabat)).toBeNull();
    simpanIsian(letter, 'disposisi', pejabat, disposisi());
    simpanIsian('/pencatatan/baru', 'pencatatan', pejabat, disposisi());
    sessionStorage.setItem('lain', 'tetap');
    lupakanIsian();
    expect(Object.keys(sessionStorage)).toEqual(['lain']);
  });

  it('ignores what is not its own shape (written by hand or by an older version)', () => {
    for (const planted of ['{', 'null', '{"pemilik":null}', JSON.stringify({ pemilik: pejabat, waktu: Date.now(), isian: 'x' }), JSON.stringify({ pemilik: pejabat, waktu: 'kemarin', isian: [] })]) {
      sessionStorage.setItem(`eoffice:isian:disposisi@${letter}`, planted);
      expect(ambilIsian(letter, 'disposisi', pejabat), planted).toBeNull();
    }
    sessionStorage.setItem(`eoffice:isian:disposisi@${letter}`, JSON.stringify({ pemilik: pejabat, waktu: Date.now(), isian: [['catatan', 'ok'], ['x', 1], 'y'], adaBerkas: 'ya' }));
    expect(ambilIsian(letter, 'disposisi', pejabat)).toEqual({ isian: [['catatan', 'ok']], adaBerkas: false });
  });

  it('keeps nothing, and breaks nothing, when the storage refuses', () => {
    vi.stubGlobal('sessionStorage', {
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => simpanIsian(letter, 'disposisi', pejabat, disposisi())).not.toThrow();
    expect(ambilIsian(letter, 'disposisi', pejabat)).toBeNull();
    expect(() => lupakanIsian()).not.toThrow();
  });
});
