// GitHub code scanning's documented ingestion rules for a SARIF upload ("SARIF support for code
// scanning" and "SARIF results exceed limits" on docs.github.com), as a checker: every violation as
// one line. The JSON schema says what SARIF is; these say what code scanning accepts and can anchor.
interface Log {
  version?: string;
  runs?: Run[];
}
interface Run {
  tool?: { driver?: { name?: string; informationUri?: string; rules?: Rule[] } };
  originalUriBaseIds?: Record<string, unknown>;
  results?: Result[];
}
interface Rule {
  id?: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  help?: { text?: string };
  helpUri?: string;
  properties?: { tags?: string[]; 'security-severity'?: string };
}
interface Result {
  ruleId?: string;
  ruleIndex?: number;
  message?: { text?: string };
  locations?: {
    physicalLocation?: {
      artifactLocation?: { uri?: string; uriBaseId?: string };
      region?: { startLine?: number };
    };
  }[];
  partialFingerprints?: Record<string, unknown>;
  properties?: { 'security-severity'?: string };
}

export const GITHUB_LIMITS = {
  runs: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  tagsPerRule: 20,
  locationsPerResult: 1_000,
};

function severityProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value))
    return `security-severity ${String(value)} is not a number string`;
  const n = Number(value);
  return n >= 0 && n <= 10 ? undefined : `security-severity ${value} is outside 0.0–10.0`;
}

export function githubSarifProblems(log: Log): string[] {
  const problems: string[] = [];
  if (log.version !== '2.1.0') problems.push(`version ${String(log.version)} is not 2.1.0`);
  const runs = log.runs ?? [];
  if (runs.length > GITHUB_LIMITS.runs) problems.push(`${runs.length} runs > ${GITHUB_LIMITS.runs}`);
  runs.forEach((run, r) => {
    const driver = run.tool?.driver;
    if (!driver?.name) problems.push(`runs[${r}]: tool.driver.name is required`);
    const rules = driver?.rules ?? [];
    const results = run.results ?? [];
    if (rules.length > GITHUB_LIMITS.rulesPerRun) problems.push(`runs[${r}]: ${rules.length} rules`);
    if (results.length > GITHUB_LIMITS.resultsPerRun) problems.push(`runs[${r}]: ${results.length} results`);
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      const at = `runs[${r}].rules[${i}]`;
      if (!rule.id) problems.push(`${at}: id is required`);
      else if (ids.has(rule.id)) problems.push(`${at}: duplicate id ${rule.id}`);
      else ids.add(rule.id);
      for (const field of ['shortDescription', 'fullDescription', 'help'] as const) {
        const text = rule[field]?.text;
        if (!text) problems.push(`${at}: ${field}.text is required`);
        else if (field !== 'help' && text.length > 1024)
          problems.push(`${at}: ${field}.text over 1024 characters`);
      }
      if (rule.helpUri !== undefined && !URL.canParse(rule.helpUri))
        problems.push(`${at}: helpUri is not a URI`);
      if ((rule.properties?.tags?.length ?? 0) > GITHUB_LIMITS.tagsPerRule)
        problems.push(`${at}: too many tags`);
      const sev = severityProblem(rule.properties?.['security-severity']);
      if (sev) problems.push(`${at}: ${sev}`);
    });
    results.forEach((result, i) => {
      const at = `runs[${r}].results[${i}]`;
      if (!result.ruleId || !ids.has(result.ruleId))
        problems.push(`${at}: ruleId ${String(result.ruleId)} names no rule`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${at}: ruleIndex ${result.ruleIndex} is not rule ${String(result.ruleId)}`);
      }
      if (!result.message?.text) problems.push(`${at}: message.text is required`);
      const locations = result.locations ?? [];
      if (locations.length === 0) problems.push(`${at}: at least one location is required to show a result`);
      if (locations.length > GITHUB_LIMITS.locationsPerResult) problems.push(`${at}: too many locations`);
      // Only the first location is used: it must name a file in the repository and a line.
      const physical = locations[0]?.physicalLocation;
      const uri = physical?.artifactLocation?.uri;
      const base = physical?.artifactLocation?.uriBaseId;
      if (!uri) problems.push(`${at}: locations[0] has no artifactLocation.uri`);
      else {
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri))
          problems.push(`${at}: uri ${uri} is not relative to the repository`);
        if (uri.startsWith('/')) problems.push(`${at}: uri ${uri} is absolute`);
        if (uri.split('/').includes('..')) problems.push(`${at}: uri ${uri} leaves the repository`);
        if (!URL.canParse(uri, 'file:///repo/'))
          problems.push(`${at}: uri ${uri} is not a valid URI reference`);
        if (base !== '%SRCROOT%' || !run.originalUriBaseIds?.[base])
          problems.push(`${at}: uri not based on %SRCROOT%`);
      }
      const line = physical?.region?.startLine;
      if (!Number.isInteger(line) || (line as number) < 1)
        problems.push(`${at}: region.startLine is required (≥ 1)`);
      const fingerprints = Object.entries(result.partialFingerprints ?? {});
      if (!fingerprints.length || fingerprints.some(([, v]) => typeof v !== 'string' || !v)) {
        problems.push(`${at}: partialFingerprints must hold non-empty strings`);
      }
      const sev = severityProblem(result.properties?.['security-severity']);
      if (sev) problems.push(`${at}: ${sev}`);
    });
  });
  return problems;
}
