import { anggaranWithoutIndikator } from "./anggaran-without-indikator";
import { budgetChildSum } from "./budget-child-sum";
import { budgetPeriodSum } from "./budget-period-sum";
import { budgetTotalSum } from "./budget-total-sum";
import { budgetZeroWithTarget } from "./budget-zero-with-target";
import { capaianMismatch } from "./capaian-mismatch";
import { capaianNotComputable } from "./capaian-not-computable";
import { columnRuleMismatch } from "./column-rule-mismatch";
import { efisiensi } from "./efisiensi";
import { formulaNotCalculated } from "./formula-not-calculated";
import { invalidNumber } from "./invalid-number";
import { kodeFormat } from "./kode-format";
import { kodeHierarchy } from "./kode-hierarchy";
import { missingPenanggungJawab } from "./missing-penanggung-jawab";
import { missingSatuan } from "./missing-satuan";
import { missingTarget } from "./missing-target";
import { predikatMismatch } from "./predikat-mismatch";
import { realisasiAnggaranExceeds } from "./realisasi-anggaran-exceeds";
import { realisasiAnnualMismatch } from "./realisasi-annual-mismatch";
import { realisasiCumulativeDecrease } from "./realisasi-cumulative-decrease";
import { realisasiMissing } from "./realisasi-missing";
import { serapanMismatch } from "./serapan-mismatch";
import { targetCumulativeDecrease } from "./target-cumulative-decrease";
import { targetPeriodSum } from "./target-period-sum";
import type { Rule } from "./rule";

/** Every rule Cermat runs, one per finding code. Adding a check adds a file and a line here. */
export const RULES: readonly Rule[] = [
  budgetPeriodSum,
  budgetChildSum,
  budgetTotalSum,
  budgetZeroWithTarget,
  realisasiAnggaranExceeds,
  capaianMismatch,
  capaianNotComputable,
  realisasiAnnualMismatch,
  serapanMismatch,
  columnRuleMismatch,
  targetPeriodSum,
  targetCumulativeDecrease,
  invalidNumber,
  formulaNotCalculated,
  missingTarget,
  missingSatuan,
  missingPenanggungJawab,
  kodeFormat,
  efisiensi,
  predikatMismatch,
  anggaranWithoutIndikator,
  realisasiMissing,
  realisasiCumulativeDecrease,
  kodeHierarchy,
];
