// How sensitive an asset is, from its tags. One table, shared by the graph builder (which sets
// node `sensitivity`) and the scoring docs; a user may pass their own table.

/** One rule: a tag key (case-insensitive), optionally a set of values, and the multiplier it gives. */
export interface SensitivityRule {
  key: string;
  /** Lower-cased values that trigger the rule; absent = any value (the key's presence is enough). */
  values?: string[];
  multiplier: number;
}

/** Default rules. The highest matching multiplier wins; no match gives 1. */
export const DEFAULT_SENSITIVITY_RULES: readonly SensitivityRule[] = [
  { key: 'data-classification', values: ['restricted', 'secret', 'top-secret'], multiplier: 3 },
  { key: 'data-classification', values: ['confidential', 'sensitive', 'pii', 'phi', 'pci'], multiplier: 2 },
  { key: 'data-classification', values: ['internal'], multiplier: 1.2 },
  { key: 'classification', values: ['restricted', 'secret', 'top-secret'], multiplier: 3 },
  { key: 'classification', values: ['confidential', 'sensitive'], multiplier: 2 },
  { key: 'confidential', values: ['true', 'yes', '1'], multiplier: 2 },
  { key: 'pii', values: ['true', 'yes', '1'], multiplier: 2 },
  { key: 'phi', values: ['true', 'yes', '1'], multiplier: 2.5 },
  { key: 'pci', values: ['true', 'yes', '1'], multiplier: 2.5 },
  { key: 'sensitivity', values: ['high', 'critical'], multiplier: 2 },
];

/** Multiplier for a set of tags: the highest matching rule, or 1. */
export function sensitivityFromTags(
  tags: Record<string, string> | null | undefined,
  rules: readonly SensitivityRule[] = DEFAULT_SENSITIVITY_RULES,
): number {
  if (!tags) return 1;
  let best = 1;
  const lowered = new Map(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase()]));
  for (const rule of rules) {
    const value = lowered.get(rule.key.toLowerCase());
    if (value === undefined) continue;
    if (rule.values && !rule.values.includes(value)) continue;
    if (rule.multiplier > best) best = rule.multiplier;
  }
  return best;
}
