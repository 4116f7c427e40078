import { CATALOG_PERIODS, PERIOD_MEASURES, periodRoleParts, roleCatalog } from "../../engine/model";

/** The role names `--columns` takes that are not per period, from the engine's catalogue. */
export function plainRoleNames(): string {
  return roleCatalog()
    .flatMap((g) => g.roles)
    .filter((role) => !periodRoleParts(role))
    .join(", ");
}

/** How per-period roles are spelled: measure_period, with the measures and periods listed. */
export function periodRolePattern(): string {
  const periods = CATALOG_PERIODS;
  return `{${PERIOD_MEASURES.join("|")}}_{${periods[0]}…${periods[3]}|${periods[4]}…${periods[periods.length - 1]}}`;
}
