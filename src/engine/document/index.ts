export { kopLines, readKop, type Kop } from "./kop";
export { rowsRead, sakipDocumentOf, type SakipDocument } from "./kind";
