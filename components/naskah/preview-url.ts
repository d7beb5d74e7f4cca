// The live preview exists once the naskah PDF renderer is merged; until then pages show none.
export const PREVIEW_AVAILABLE = false;

export function previewUrlOf(naskahId: string): string | null {
  return PREVIEW_AVAILABLE ? `/konsep/${naskahId}/pratinjau` : null;
}
