import { findCurrentActor } from '@/lib/actions/current-actor';
import { can } from '@/lib/authz/policy';
import { FILE_LABEL, IMPORT_HEADERS, importTemplate, type ImportFile } from '@/lib/domain/admin/import-csv';

/** The CSV templates of the onboarding import (UTF-8 with BOM so Excel opens it correctly). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const actor = await findCurrentActor();
  if (!actor || !can(actor, 'admin.view')) return new Response('Tidak berwenang.', { status: 403 });
  const { file } = await params;
  if (!(file in IMPORT_HEADERS)) return new Response('Templat tidak ditemukan.', { status: 404 });
  return new Response(importTemplate(file as ImportFile), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${FILE_LABEL[file as ImportFile]}"` },
  });
}
