// Everything the accelerated engine keeps while it builds one graph: the plans, selections and
// record shapes it shares between actors, the decisions a passed role was asked, the per-list
// groupings of resources, and its scratch space. One per build (applyTechniques makes it), passed
// along, dropped with the build: no state outlives a call.
import type { Decision } from '../../policy/api.js';
import type { GraphDraft } from '../draft.js';
import type { Candidate, TechniqueContext } from '../technique-context.js';
import type { Permission, TechniqueRecord } from '../techniques/types.js';
import type {
  MergeNode,
  PassedRoleAnswers,
  PlanCache,
  RecordShape,
  ResolvedContext,
  Selection,
} from './types.js';

export class EngineRun {
  /** Plans of account-scoped selectors, by record and account. */
  readonly plans: PlanCache = new Map();
  /** Account-scoped selections by account, selector and `candidatePreconditionsKey` (several
   *  records select the same candidates: roles to pass, buckets …), and the selectors' raw
   *  candidates by account and selector. */
  readonly selections = {
    selected: new Map<string, Selection>(),
    targets: new Map<string, Candidate[]>(),
  };
  /** Per list of a selector's candidates, its selection when no precondition drops or changes one. */
  readonly unfiltered = new WeakMap<Candidate[], Selection>();
  /** Each record copied into one object shape (uniformRecord), its principal variant, its shape. */
  readonly uniformRecords = new Map<TechniqueRecord, TechniqueRecord>();
  readonly variants = new Map<TechniqueRecord, TechniqueRecord>();
  readonly recordShapes = new Map<TechniqueRecord, RecordShape>();
  /** Request contexts by record, permission and partition. */
  readonly resolvedContexts = new Map<TechniqueRecord, Map<Permission, Map<string, ResolvedContext>>>();
  /** What each passed role was asked (asPassedRole), by role. */
  readonly passedRoleAnswers = new Map<string, PassedRoleAnswers>();
  /** Resource lists split by region and by resource service, sorted, and unions of several. */
  readonly regionCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();
  readonly classCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();
  readonly sortedLists = new WeakMap<readonly string[], readonly string[]>();
  readonly mergedLists: MergeNode = { next: new WeakMap() };
  /** evaluateForCandidate's per-permission results before it knows the candidate passes (reused). */
  readonly scratch = {
    actions: [] as string[],
    resources: [] as string[],
    decisions: [] as Decision[],
    notes: [] as (string | undefined)[],
  };
  /** candidatesToExamine's marks, all 0 between calls (grown when a plan has more candidates). */
  seen = new Uint8Array(1024);

  constructor(
    readonly ctx: TechniqueContext,
    readonly draft: GraphDraft,
    /** No shortcut: every pair goes to the policy engine (BuildOptions.exhaustive). */
    readonly exhaustive: boolean,
  ) {}
}
