import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { TemplatePenomoranInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { checkTemplate } from '@/lib/domain/penomoran/format-nomor';
import { checkSeriBerbeda } from '@/lib/domain/penomoran/seri-berbeda';
import { JenisNaskah } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';

/** Creates or replaces the numbering template of one OPD for one jenis (or the OPD default). */
export async function saveTemplatePenomoran(actor: Actor, input: TemplatePenomoranInput): Promise<void> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  const jenis = input.jenis === null ? null : (Object.values(JenisNaskah) as string[]).includes(input.jenis) ? (input.jenis as JenisNaskah) : undefined;
  if (jenis === undefined) throw new DomainError('Jenis naskah tidak dikenal.', { jenis: ['Jenis naskah tidak dikenal.'] });
  const check = checkTemplate(input.template);
  if (!check.ok) throw new DomainError(check.message, { template: [check.message] });
  const data = { template: input.template, panjangNomor: input.panjangNomor, urutanPerJenis: input.urutanPerJenis };
  await prisma.$transaction(async (tx) => {
    // Upsert by hand: a unique index on (opdId, jenis) does not match rows whose jenis is null.
    const current = await tx.templatePenomoran.findFirst({ where: { opdId: opd.id, jenis } });
    const others = await tx.templatePenomoran.findMany({ where: { opdId: opd.id, id: { not: current?.id } }, select: { jenis: true, template: true, urutanPerJenis: true } });
    const distinct = checkSeriBerbeda([...others, { jenis, ...data }]);
    if (!distinct.ok) throw new DomainError(distinct.message, { template: [distinct.message] });
    const saved = current
      ? await tx.templatePenomoran.update({ where: { id: current.id }, data })
      : await tx.templatePenomoran.create({ data: { ...data, opdId: opd.id, jenis } });
    await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'templatePenomoran.save', entityType: 'TemplatePenomoran', entityId: saved.id, before: current ? { template: current.template, panjangNomor: current.panjangNomor } : undefined, after: { jenis, ...data } });
  });
}
