// How the roles granted by an admin are written for people.
export const ROLE_LABEL = { ADMIN_INSTANSI: 'Admin instansi', ADMIN_OPD: 'Admin OPD', PENCATAT: 'Pencatat / TU' } as const;
