import { countBySeverity, groupFindings } from "../../src/ui/finding-groups";
import { BUDGET_FINDINGS, KEGIATAN, NO_PJ, NO_SATUAN, OWN_CHILD_SUM, PROGRAM, ROOT, TOTAL, TYPO, finding } from "./support/analyses";

describe("groupFindings", () => {
  const groups = groupFindings(BUDGET_FINDINGS);
  const byCode = new Map(groups.map((g) => [g.code, g]));

  it("folds the kegiatan, program and total disagreements under the sub kegiatan that causes them", () => {
    const root = byCode.get("BUDGET_PERIOD_SUM")?.nodes[0];
    expect(root?.finding).toBe(ROOT);
    // PROGRAM derives from KEGIATAN, which derives from ROOT: all reach the ultimate root.
    expect(root?.derived).toEqual([PROGRAM, KEGIATAN, TOTAL]);
  });

  it("keeps a child-sum error that has no root cause in the list as its own entry", () => {
    expect(byCode.get("BUDGET_CHILD_SUM")?.nodes.map((n) => n.finding)).toEqual([OWN_CHILD_SUM]);
    expect(byCode.has("BUDGET_TOTAL_SUM")).toBe(false);
  });

  it("lists errors before warnings before notes, then by position", () => {
    expect(groups.map((g) => g.code)).toEqual(["BUDGET_PERIOD_SUM", "BUDGET_CHILD_SUM", "MISSING_SATUAN", "INVALID_NUMBER", "MISSING_PENANGGUNG_JAWAB"]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "error", "warning", "warning", "info"]);
  });

  it("shows a derived finding whose root is not among the findings, root causes first", () => {
    const orphan = finding("BUDGET_CHILD_SUM", "error", "J8", { column: "annual", level: "program" }, { derivedFrom: ["J99"] });
    const [group] = groupFindings([orphan, OWN_CHILD_SUM]);
    expect(group.nodes.map((n) => n.finding)).toEqual([OWN_CHILD_SUM, orphan]);
  });

  it("does not loop on findings that name each other", () => {
    const a = finding("BUDGET_CHILD_SUM", "error", "J8", {}, { derivedFrom: ["J9"] });
    const b = finding("BUDGET_CHILD_SUM", "error", "J9", {}, { derivedFrom: ["J8"] });
    const nodes = groupFindings([a, b]).flatMap((g) => g.nodes);
    expect(nodes.length + nodes.reduce((n, node) => n + node.derived.length, 0)).toBe(2);
  });

  it("keeps every finding exactly once", () => {
    const shown = groups.flatMap((g) => g.nodes.flatMap((n) => [n.finding, ...n.derived]));
    expect(shown).toHaveLength(BUDGET_FINDINGS.length);
    expect(new Set(shown)).toEqual(new Set(BUDGET_FINDINGS));
  });
});

describe("countBySeverity", () => {
  it.each([
    [[], { error: 0, warning: 0, info: 0 }],
    [BUDGET_FINDINGS, { error: 5, warning: 2, info: 1 }],
    [[NO_SATUAN, TYPO, NO_PJ], { error: 0, warning: 2, info: 1 }],
  ])("counts %#", (findings, counts) => {
    expect(countBySeverity(findings)).toEqual(counts);
  });
});
