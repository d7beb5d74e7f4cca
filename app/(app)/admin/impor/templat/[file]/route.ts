import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { can } from '@/lib/authz/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { FILE_LABEL, IMPORT_HEADERS, importTemplate, type ImportFile } from '@/lib/domain/admin/import-csv';

const fileParams = z.object({ file: z.enum(Object.keys(IMPORT_HEADERS) as [ImportFile, ...ImportFile[]]) });

/** The CSV templates of the onboarding import (UTF-8 with BOM so Excel opens it correctly). */
export const GET = defineRoute({ errors: 'text', params: fileParams }, async ({ actor, params }) => {
  if (!can(actor, 'admin.view')) throw new ForbiddenError('Tidak berwenang.');
  return new Response(importTemplate(params.file), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${FILE_LABEL[params.file]}"` },
  });
});
