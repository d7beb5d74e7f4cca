// What happens to a signed naskah next: it sits in the recipients' Surat Masuk and can be disposed
// like any letter, external addressees download it through their link, and the signing page shows
// the links to the signer and the drafter only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/domain/errors';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { openNaskahTandaTangan } from '@/lib/services/tanda-tangan/open-naskah-tanda-tangan';
import { readNaskahFinal } from '@/lib/services/tanda-tangan/read-naskah-final';
import { readUnduhan } from '@/lib/services/tanda-tangan/read-unduhan';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai } from '../support/factories';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'after-signing-'));
  process.env.AUTH_SECRET ??= 'rahasia-uji-integrasi-untuk-tautan-unduh';
});

async function signedWorld() {
  const w = await createSigningWorld();
  const naskah = await createNaskahMenungguTandaTangan(w);
  const result = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'Rahasia#Uji1' }, passThroughSigner());
  return { w, naskah, result };
}

describe('after signing', () => {
  it('delivers into the tujuan Surat Masuk, where the letter opens and can be disposed', async () => {
    const { w, naskah, result } = await signedWorld();
    const kabid2 = await actorFor(w.kabid2.pegawai.id);
    expect((await listInbox(kabid2)).rows.map((r) => r.naskahId)).toContain(naskah.id);
    const surat = await openSurat(kabid2, naskah.id);
    expect(surat).toMatchObject({ nomor: result.nomor, sumber: 'INTERNAL', bisaDisposisi: true, pengirim: w.opd.nama });
    const staf2Jabatan = await createJabatan(w.opd.id, { parentId: w.kabid2.jabatan.id, level: 3 });
    const staf2 = await createPegawai(w.instansi.id, w.opd.id);
    await assign(staf2.id, staf2Jabatan.id, 'DEFINITIF', '2020-01-01');
    await giveDisposisi(kabid2, { naskahId: naskah.id, penerima: [staf2Jabatan.id], instruksi: ['Untuk ditindaklanjuti'], catatan: undefined, batasWaktu: undefined, derajatKecepatan: 'BIASA' } as never);
    expect(await prisma.disposisi.count({ where: { naskahId: naskah.id } })).toBe(1);
    expect((await readNaskahFinal(kabid2, naskah.id)).bytes.byteLength).toBeGreaterThan(1000);
  });

  it('gives external addressees a working download link, shown to the signer and the drafter only', async () => {
    const { w, naskah } = await signedWorld();
    const forSigner = await openNaskahTandaTangan(await actorFor(w.kepala.id), naskah.id);
    const forDrafter = await openNaskahTandaTangan(await actorFor(w.staf.pegawai.id), naskah.id);
    const forVerifikator = await openNaskahTandaTangan(await actorFor(w.kabid.pegawai.id), naskah.id);
    const link = forSigner.penerima.find((p) => p.eksternal)!.tautanUnduh!;
    expect(link).toMatch(/\/unduh\/[0-9a-f-]{36}\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    expect(forDrafter.penerima.find((p) => p.eksternal)!.tautanUnduh).toContain(link.split('.')[0]);
    expect(forVerifikator.penerima.every((p) => p.tautanUnduh === null)).toBe(true);
    expect(forVerifikator.tautanBerlakuSampai).toBeNull();
    expect(forSigner.penerima.filter((p) => !p.eksternal).every((p) => p.tautanUnduh === null)).toBe(true);

    const token = link.split('/unduh/')[1]!;
    const file = await readUnduhan(token);
    expect(file.ok && Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(await readUnduhan(`${token.slice(0, -1)}${token.endsWith('A') ? 'Q' : 'A'}`)).toEqual({ ok: false, reason: 'invalid' });
    const internalId = (await prisma.penerimaNaskah.findFirstOrThrow({ where: { naskahId: naskah.id, jabatanId: { not: null } } })).id;
    expect(await readUnduhan(`${internalId}.${token.split('.').slice(1).join('.')}`)).toEqual({ ok: false, reason: 'invalid' });
    // A link works for 30 days (UNDUH_LINK_DAYS), then says so.
    const berlaku = forSigner.tautanBerlakuSampai!;
    expect(Math.round((berlaku.getTime() - Date.now()) / 86_400_000)).toBe(30);
    expect((await readUnduhan(token, new Date(berlaku.getTime() - 60_000))).ok).toBe(true);
    expect(await readUnduhan(token, new Date(berlaku.getTime() + 1000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('serves no download link before the naskah is signed', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const opened = await openNaskahTandaTangan(await actorFor(w.kepala.id), naskah.id);
    expect(opened).toMatchObject({ bisaTandaTangan: true, berkasFinal: null, verifikasiUrl: null });
    expect(opened.penerima.every((p) => p.tautanUnduh === null)).toBe(true);
    expect(opened.paraf).toEqual([expect.objectContaining({ status: 'DISETUJUI', jabatan: w.kabid.jabatan.nama })]);
    const pdf = await renderNaskahPreview(await actorFor(w.kepala.id), naskah.id);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('hides the signing page, the preview and the signed file from posts outside the naskah', async () => {
    const { naskah } = await signedWorld();
    const other = await createSigningWorld();
    const outsider = await actorFor(other.kepala.id);
    await expect(openNaskahTandaTangan(outsider, naskah.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(renderNaskahPreview(outsider, naskah.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readNaskahFinal(outsider, naskah.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
