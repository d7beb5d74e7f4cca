// The seed step that gives demo signers a mock-CA certificate under the demo passphrase.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { getCertificateStatus } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';
import { DEMO_PASSPHRASE, issueDemoCertificates } from '@/prisma/seed/steps/issue-demo-certificates';
import { assign, createInstansi, createJabatan, createOpd, createPegawai } from '../support/factories';
import { workDir } from './support/independent-validators';

beforeAll(async () => {
  process.env.MOCK_CA_DIR = path.join(await workDir('demo-certs-'), 'ca');
});

describe('issueDemoCertificates', () => {
  it('certifies holders of structural posts only, is idempotent, and the demo passphrase signs', async () => {
    const today = calendarDay(new Date());
    const instansi = await createInstansi();
    const opd = await createOpd(instansi.id);
    const struktural = await createJabatan(opd.id, { jenis: 'STRUKTURAL' });
    const fungsional = await createJabatan(opd.id, { jenis: 'FUNGSIONAL' });
    const pejabat = await createPegawai(instansi.id, opd.id);
    const pelaksana = await createPegawai(instansi.id, opd.id);
    const mantan = await createPegawai(instansi.id, opd.id);
    await assign(pejabat.id, struktural.id, 'DEFINITIF', '2020-01-01');
    await assign(pelaksana.id, fungsional.id, 'DEFINITIF', '2020-01-01');
    await assign(mantan.id, struktural.id, 'DEFINITIF', '2015-01-01', '2019-12-31');

    expect(await issueDemoCertificates(prisma, instansi.id, today)).toBe(1);
    expect(await getCertificateStatus(pejabat.nik)).toBe('ISSUE');
    expect(await getCertificateStatus(pelaksana.nik)).toBe('NOT_REGISTERED');
    expect(await getCertificateStatus(mantan.nik)).toBe('NOT_REGISTERED');

    await issueDemoCertificates(prisma, instansi.id, today);
    expect(await prisma.sertifikatElektronik.count({ where: { nik: pejabat.nik } })).toBe(1);
    const row = await prisma.sertifikatElektronik.findFirstOrThrow({ where: { nik: pejabat.nik } });
    expect(row.pegawaiId).toBe(pejabat.id);
    expect(row.subjectName).toContain(pejabat.nama);

    const [signed] = await new MockCaSigner().signPdfBatch([{ pdf: await createSampleNaskahPdf() }], { nik: pejabat.nik, passphrase: DEMO_PASSPHRASE });
    expect(Buffer.from(signed.pdf).includes('/ETSI.CAdES.detached')).toBe(true);
  });
});
