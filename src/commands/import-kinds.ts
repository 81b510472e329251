// What `gopy import --as` may say a file holds (most files tell by themselves).
export const IMPORT_KINDS = ['draft', 'comments', 'decisions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
