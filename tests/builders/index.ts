export { aCouncil, aFair, anExhibit, aProduct, aTraining, excelSerial, type RawRow } from "./rows";
export { aGrid, aWorkbook, specOf, type GridOptions, type WorkbookParts } from "./grid";
export { toXlsxBook, aTempDir, writeWorkbookFile } from "./xlsx";
export { nationalReferenceOnce } from "./reference";
export { SEED_CLASS_TITLE, seedCouncils, seedTraining } from "./seedActivities";
