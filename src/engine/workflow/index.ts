/** The realisasi workflow: prepare a Pengukuran Kinerja sheet from a plan, fill its capaian. Pure. */
export { preparePengukuran, preparePengukuranWithReport, type PrepareOptions, type PrepareResult, type OrphanRow } from "./prepare-pengukuran";
export { planCapaianFill, type CapaianFillPlan, type FillConflict } from "./plan-capaian-fill";
export { capaianOf, predikatOf, type CapaianValue, type CapaianMethod } from "../capaian/value";
export { WorkflowError, type WorkflowErrorCode } from "./errors";
