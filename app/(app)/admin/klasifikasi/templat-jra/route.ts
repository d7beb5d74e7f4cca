import { defineRoute } from '@/lib/actions/define-route';
import { can } from '@/lib/authz/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { jraTemplate } from '@/lib/domain/arsip/jra-csv';

/** The JRA import template (UTF-8 with BOM so Excel opens it correctly). */
export const GET = defineRoute({ errors: 'text' }, async ({ actor }) => {
  if (!can(actor, 'admin.view')) throw new ForbiddenError('Tidak berwenang.');
  return new Response(jraTemplate(), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="jra.csv"' } });
});
