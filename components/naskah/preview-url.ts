/** The live PDF preview of a draft (app/(app)/konsep/[id]/pratinjau). */
export function previewUrlOf(naskahId: string): string {
  return `/konsep/${naskahId}/pratinjau`;
}
