import type { Finding, FindingCode, Severity } from "../engine/model";
import type { Counts } from "../i18n/ui";

/** A finding shown in the list, with the findings that only exist because of it folded under it. */
export interface FindingNode {
  key: string;
  finding: Finding;
  derived: Finding[];
}

/** The findings of one rule, root causes first. */
export interface RuleGroup {
  code: FindingCode;
  /** The most severe finding of the group, for its badge and its place in the list. */
  severity: Severity;
  nodes: FindingNode[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A stable key for a finding: two rules may report the same cell. */
export function findingKey(f: Finding): string {
  return `${f.code}:${f.cell}`;
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Groups findings by rule for the pane. A finding derived from another one that is also in the
 * list (Finding.derivedFrom) is folded under its ultimate root cause, whatever the root's rule,
 * so the person sees one cell to fix rather than the chain of sums it upsets. A derived finding
 * whose root is not in the list stays visible in its own group.
 */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);

  const rootOf = (f: Finding): Finding | undefined => {
    let current = f;
    const seen = new Set<Finding>([f]);
    for (;;) {
      const parent = parentOf(current, byCell);
      // A cycle has no root cause to fold under: its findings stay visible on their own.
      if (parent && seen.has(parent)) return undefined;
      if (!parent) return current === f ? undefined : current;
      seen.add(parent);
      current = parent;
    }
  };

  const nodes = new Map<Finding, FindingNode>();
  const folded: Array<[Finding, Finding]> = [];
  for (const f of findings) {
    const root = rootOf(f);
    if (root) folded.push([root, f]);
    else nodes.set(f, { key: findingKey(f), finding: f, derived: [] });
  }
  for (const [root, f] of folded) nodes.get(root)?.derived.push(f);

  const groups = new Map<FindingCode, RuleGroup>();
  for (const node of nodes.values()) {
    const { code, severity } = node.finding;
    const group = groups.get(code) ?? { code, severity, nodes: [] };
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[group.severity]) group.severity = severity;
    group.nodes.push(node);
    groups.set(code, group);
  }
  for (const group of groups.values()) {
    group.nodes.sort((a, b) => rootFirst(a.finding) - rootFirst(b.finding) || byPosition(a.finding, b.finding));
    for (const node of group.nodes) node.derived.sort(byPosition);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byPosition(a.nodes[0].finding, b.nodes[0].finding),
  );
}

/** The finding this one derives from, when that finding is in the list (a root before another derived one). */
function parentOf(f: Finding, byCell: Map<string, Finding[]>): Finding | undefined {
  for (const cell of f.derivedFrom ?? []) {
    const candidates = (byCell.get(cell) ?? []).filter((c) => c !== f);
    const parent = candidates.find((c) => !c.derivedFrom?.length) ?? candidates[0];
    if (parent) return parent;
  }
  return undefined;
}

function rootFirst(f: Finding): number {
  return f.derivedFrom?.length ? 1 : 0;
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}
