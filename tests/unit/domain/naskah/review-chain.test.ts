import { describe, expect, it } from 'vitest';
import {
  checkChain,
  checkPenandatangan,
  checkTurn,
  currentStep,
  defaultChain,
  eligiblePenandatangan,
  eligibleVerifikator,
  parafOnLastPage,
  type ChainStep,
  type PostNode,
} from '@/lib/domain/naskah/review-chain';

// kadis(1) -> sekdis(2) -> kasubbag(3) -> stafSek(4)
//          -> kabid(2)  -> kasi(3)     -> staf(4)
//                                       -> nonaktif(4, inactive)
// other OPD: kadis2(1) -> kabid2(2)
const node = (id: string, parentId: string | null, level: number, opdId = 'opd', aktif = true): PostNode => ({ id, parentId, level, opdId, aktif, struktural: !id.startsWith('staf') });
const index = new Map(
  [
    node('kadis', null, 1),
    node('sekdis', 'kadis', 2),
    node('kasubbag', 'sekdis', 3),
    node('stafSek', 'kasubbag', 4),
    node('kabid', 'kadis', 2),
    node('kasi', 'kabid', 3),
    node('staf', 'kasi', 4),
    node('kasiNonaktif', 'kabid', 3, 'opd', false),
    node('kadis2', null, 1, 'opd2'),
    node('kabid2', 'kadis2', 2, 'opd2'),
  ].map((n) => [n.id, n]),
);

describe('penandatangan', () => {
  it.each([
    ['staf', 'kadis', true],
    ['staf', 'kabid', true],
    ['staf', 'kasi', true],
    ['staf', 'sekdis', true], // above in rank, signs a.n. the kadis
    ['staf', 'staf', false],
    ['staf', 'stafSek', false], // same level
    ['kabid', 'kasi', false], // below
    ['staf', 'kabid2', false], // other OPD
    ['staf', 'kasiNonaktif', false],
    ['stafSek', 'staf', false], // not structural (and same level)
    ['staf', 'nobody', false],
  ])('%s -> signer %s: %s', (drafter, signer, ok) => {
    expect(checkPenandatangan(index, drafter, signer).ok).toBe(ok);
  });

  it('lists only higher posts of the same OPD', () => {
    expect(eligiblePenandatangan(index, 'staf').sort()).toEqual(['kabid', 'kadis', 'kasi', 'kasubbag', 'sekdis'].sort());
  });
});

describe('default chain and chain editing', () => {
  it.each([
    ['staf', 'kadis', ['kasi', 'kabid']],
    ['staf', 'kabid', ['kasi']],
    ['staf', 'kasi', []],
    ['kasi', 'kadis', ['kabid']],
    ['staf', 'sekdis', ['kasi']], // superiors ranked below the signer only
  ])('%s signed by %s: %j', (drafter, signer, chain) => {
    expect(defaultChain(index, drafter, signer)).toEqual(chain);
  });

  it('offers posts above the drafter and below the signer', () => {
    expect(eligibleVerifikator(index, 'staf', 'kadis').sort()).toEqual(['kabid', 'kasi', 'kasubbag', 'sekdis'].sort());
  });

  it.each([
    [['kasi', 'kabid'], true],
    [[], true],
    [['kasubbag', 'sekdis'], true],
    [['kasi', 'sekdis', 'kabid'], true], // same level may follow
    [['kabid', 'kasi'], false], // falling order
    [['kasi', 'kasi'], false], // twice
    [['kadis'], false], // the signer
    [['staf'], false], // the drafter
    [['stafSek'], false], // not above the drafter
    [['kabid2'], false], // other OPD
    [['kasiNonaktif'], false],
  ])('staf -> kadis with chain %j: %s', (chain, ok) => {
    expect(checkChain(index, 'staf', 'kadis', chain).ok).toBe(ok);
  });

  it('refuses a chain longer than eight', () => {
    const long = Array.from({ length: 9 }, () => 'kasi');
    expect(checkChain(index, 'staf', 'kadis', long)).toMatchObject({ ok: false, message: 'Paling banyak 8 verifikator.' });
  });
});

const step = (jabatanId: string, putaran: number, urutan: number, status: ChainStep['status'] = 'MENUNGGU'): ChainStep => ({ jabatanId, putaran, urutan, status });

describe('whose turn', () => {
  const round1 = [step('kasi', 1, 1, 'DISETUJUI'), step('kabid', 1, 2), step('sekdis', 1, 3)];

  it('the first waiting step of the latest round', () => {
    expect(currentStep(round1)?.jabatanId).toBe('kabid');
    expect(checkTurn(round1, 'kabid')).toMatchObject({ ok: true, last: false });
    expect(checkTurn([step('kasi', 1, 1, 'DISETUJUI'), step('kabid', 1, 2)], 'kabid')).toMatchObject({ ok: true, last: true });
  });

  it.each([
    ['sekdis', 'Belum giliran Anda'], // out of turn
    ['kasi', 'sudah memproses'], // twice
    ['kadis', 'tidak termasuk'], // not in the chain
  ])('%s is refused: %s', (jabatanId, message) => {
    const check = checkTurn(round1, jabatanId);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(message);
  });

  it('a returned round has no turn; the next round starts again at the first verifikator', () => {
    const returned = [step('kasi', 1, 1, 'DIKEMBALIKAN'), step('kabid', 1, 2)];
    expect(currentStep(returned)).toBeNull();
    expect(checkTurn(returned, 'kabid').ok).toBe(false);
    const resubmitted = [...returned, step('kasi', 2, 1), step('kabid', 2, 2)];
    expect(currentStep(resubmitted)?.jabatanId).toBe('kasi');
    expect(checkTurn(resubmitted, 'kabid')).toMatchObject({ ok: false });
    expect(checkTurn(resubmitted, 'kasi')).toMatchObject({ ok: true });
  });
});

describe('paraf on the last page', () => {
  it('at most three, the closest to the signer, from the latest round only', () => {
    const steps = [
      step('a', 1, 1, 'DISETUJUI'),
      step('b', 1, 2, 'DIKEMBALIKAN'),
      step('a', 2, 1, 'DISETUJUI'),
      step('b', 2, 2, 'DISETUJUI'),
      step('c', 2, 3, 'DISETUJUI'),
      step('d', 2, 4, 'DISETUJUI'),
    ];
    expect(parafOnLastPage(steps).map((s) => s.jabatanId)).toEqual(['b', 'c', 'd']);
    expect(parafOnLastPage(steps.slice(0, 4)).map((s) => `${s.jabatanId}${s.putaran}`)).toEqual(['a2', 'b2']);
    expect(parafOnLastPage([])).toEqual([]);
  });
});
