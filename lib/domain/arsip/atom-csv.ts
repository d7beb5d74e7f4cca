// Archival descriptions in the column set of AtoM's ISAD(G) CSV import template
// (lib/task/import/example/isad/example_information_objects_isad.csv in artefactual/atom), which
// SIKN/JIKN imports: a fonds for the OPD, a file per berkas, an item per record, linked by
// legacyId/parentId, each item pointing at its PDF in the bag with its SHA-256.

export const ATOM_ISAD_COLUMNS = [
  'legacyId', 'parentId', 'qubitParentSlug', 'identifier', 'title', 'eventActors', 'eventActorHistories', 'eventTypes', 'eventDates',
  'eventStartDates', 'eventEndDates', 'levelOfDescription', 'extentAndMedium', 'repository', 'archivalHistory', 'acquisition',
  'scopeAndContent', 'appraisal', 'accruals', 'arrangement', 'accessConditions', 'reproductionConditions', 'language', 'script',
  'languageNote', 'physicalCharacteristics', 'findingAids', 'locationOfOriginals', 'locationOfCopies', 'relatedUnitsOfDescription',
  'publicationNote', 'generalNote', 'subjectAccessPoints', 'placeAccessPoints', 'nameAccessPoints', 'genreAccessPoints',
  'descriptionIdentifier', 'institutionIdentifier', 'rules', 'descriptionStatus', 'levelOfDetail', 'revisionHistory',
  'languageOfDescription', 'scriptOfDescription', 'sources', 'archivistNote', 'publicationStatus', 'physicalObjectName',
  'physicalObjectLocation', 'physicalObjectType', 'alternativeIdentifiers', 'alternativeIdentifierLabels', 'digitalObjectPath',
  'digitalObjectURI', 'digitalObjectChecksum', 'culture',
] as const;
export type AtomColumn = (typeof ATOM_ISAD_COLUMNS)[number];
export type AtomRow = Partial<Record<AtomColumn, string>>;

export interface FondsDescription {
  legacyId: string;
  identifier: string;
  title: string;
  creator: string;
  repository: string;
  dates: { start: string; end: string };
  extent: string;
}

export interface FileDescription {
  legacyId: string;
  identifier: string;
  title: string;
  kode: string | null;
  unit: string;
  dates: { start: string; end: string };
  jumlah: number;
}

export interface ItemDescription {
  legacyId: string;
  parentId: string;
  identifier: string;
  title: string;
  creator: string;
  date: string;
  kode: string | null;
  jenis: string;
  scope: string;
  keamanan: string;
  retensi: string;
  digitalObjectPath: string | null;
  digitalObjectChecksum: string | null;
}

const range = (d: { start: string; end: string }) => (d.start === d.end ? d.start : `${d.start} - ${d.end}`);
const common: AtomRow = { language: 'id', script: 'Latn', languageOfDescription: 'id', culture: 'id', descriptionStatus: 'Final', levelOfDetail: 'Partial', rules: 'ISAD(G)', publicationStatus: 'Draft' };

export function fondsRow(f: FondsDescription): AtomRow {
  return {
    ...common,
    legacyId: f.legacyId,
    identifier: f.identifier,
    title: f.title,
    eventActors: f.creator,
    eventTypes: 'Creation',
    eventDates: range(f.dates),
    eventStartDates: f.dates.start,
    eventEndDates: f.dates.end,
    levelOfDescription: 'Fonds',
    extentAndMedium: f.extent,
    repository: f.repository,
    acquisition: `Diserahkan oleh ${f.creator} melalui berita acara penyerahan arsip statis.`,
  };
}

export function fileRow(f: FileDescription, parentId: string): AtomRow {
  return {
    ...common,
    legacyId: f.legacyId,
    parentId,
    identifier: f.identifier,
    title: f.title,
    eventTypes: 'Creation',
    eventDates: range(f.dates),
    eventStartDates: f.dates.start,
    eventEndDates: f.dates.end,
    levelOfDescription: 'File',
    extentAndMedium: `${f.jumlah} item arsip elektronik`,
    arrangement: `Unit pengolah: ${f.unit}`,
    subjectAccessPoints: f.kode ?? '',
  };
}

export function itemRow(i: ItemDescription): AtomRow {
  return {
    ...common,
    legacyId: i.legacyId,
    parentId: i.parentId,
    identifier: i.identifier,
    title: i.title,
    eventActors: i.creator,
    eventTypes: 'Creation',
    eventDates: i.date,
    eventStartDates: i.date,
    eventEndDates: i.date,
    levelOfDescription: 'Item',
    extentAndMedium: '1 berkas PDF',
    scopeAndContent: i.scope,
    appraisal: i.retensi,
    accessConditions: i.keamanan,
    genreAccessPoints: i.jenis,
    subjectAccessPoints: i.kode ?? '',
    physicalCharacteristics: 'Arsip elektronik; tanda tangan elektronik PAdES, laporan validasi terlampir di paket.',
    digitalObjectPath: i.digitalObjectPath ?? '',
    digitalObjectChecksum: i.digitalObjectChecksum ?? '',
  };
}

/** The rows as cells in the template's column order (header first). */
export function atomCells(rows: readonly AtomRow[]): string[][] {
  return [[...ATOM_ISAD_COLUMNS], ...rows.map((r) => ATOM_ISAD_COLUMNS.map((c) => r[c] ?? ''))];
}
