// The accelerated engine's data: plans (a record's candidates for one account, with indexes and
// columns), record shapes, prepared permissions and the bulk questions of one principal. Types only.
import type { ContextValue, Decision } from '../../policy/api.js';
import type { Candidate } from '../technique-context.js';
import type { Permission, RequirementSet, ResourceRef, TechniqueRecord } from '../techniques/types.js';

/** One permission of a requirement set, prepared once per principal: the actions worth asking
 *  about and, per action, the engine's decisions by resource. */
export interface PreparedPermission {
  perm: Permission;
  actions: { action: string; decided: Map<string, Decision> | undefined }[];
  /** The evidence note when the permission is decided for another principal than the actor (the
   *  passed role). */
  note?: string;
  /** The resources it is asked on, per candidate of the plan (`plan.columns`; undefined when no
   *  candidate binds `perm.on`), and when the candidate binds none (the account's or the actor's). */
  column?: readonly (readonly string[] | undefined)[];
  fallback: readonly string[];
}

/** A record's candidates for one account (selectors that do not depend on who the actor is), with
 *  the candidate-only preconditions already applied, and an index from the resources its ways
 *  check first to the candidates, so only candidates the policy engine allowed are examined. */
export interface RecordPlan {
  candidates: Candidate[];
  /** Per requirement set: resource of its first permission → candidate indexes. */
  firstIndex: Map<string, number[]>[];
  /** Per ref: every resource the candidates bind. */
  bound: Map<ResourceRef, string[]>;
  /** Per requirement set of a resource-granted record: who the candidates' policies could admit. */
  admits: (AdmitIndex | undefined)[];
  /** 0 … candidates.length − 1 (made on first use). */
  everyIndex?: Int32Array;
  /** Per ref the candidates bind: each candidate's resources (made on first use), read by index
   *  instead of from each candidate's bindings object (whose shapes differ by selector). */
  columns?: Map<ResourceRef, readonly (readonly string[] | undefined)[]>;
  /** 1 for each candidate whose target is in another account than the plan's actors (computed on
   *  first use: the plan serves the actors of one account, or one actor). */
  otherAccount?: Uint8Array;
  /** Each candidate's target as the draft numbers it (−2 until first asked): the plan's actors ask
   *  about the same targets, each a look-up by id otherwise. */
  targetNumbers?: Int32Array;
}

/** Which candidates of a plan a resource policy could grant to an actor: those in another account
 *  than the plan's actors (there the resource policy must grant, and is decided), and those whose
 *  resources of the set's first permission have a policy naming anyone, the actor's account or the
 *  actor. Built once per plan and set. */
export interface AdmitIndex {
  always: Uint8Array;
  byAccount: Map<string, Set<number>>;
  byPrincipal: Map<string, Set<number>>;
}

/** A selector's candidates that pass some candidate-only preconditions, and what the plans of every
 *  record that selects them so share (never mutated). */
export interface Selection {
  candidates: Candidate[];
  bound: Map<ResourceRef, string[]>;
  /** Per ref: resource → indexes of the candidates that bind it (made when a way first asks). */
  indexByRef: Map<ResourceRef, Map<string, number[]>>;
}

/** Plans of account-scoped selectors, by record and account. */
export type PlanCache = Map<TechniqueRecord, Map<string, RecordPlan>>;

/** What a record asks of any principal, worked out once per record (not once per principal). */
export interface RecordShape {
  /** Its ways (a record without permissions has one empty way). */
  sets: { set: RequirementSet; index: number; perms: PermissionShape[] }[];
  /** The ways as the engine lists them, when every way holds whatever the principal's policies. */
  always: { set: RequirementSet; index: number }[] | undefined;
  /** Whether a precondition reads the actor alone. */
  actorPreconditions: boolean;
  /** Whether a precondition reads the actor and the candidate (checked per candidate). */
  bothPreconditions: boolean;
  accountScoped: boolean;
}

export interface PermissionShape {
  perm: Permission;
  /** Decided for the passed role, or an action of a service a resource policy can grant: the
   *  identity prefilter keeps the permission for every principal. */
  open: boolean;
  /** Every action is of such a service: the actions to ask are `perm.actions` themselves. */
  allOpen: boolean;
}

/** A record's share of one principal's work: its plan and the ways the prefilter leaves. */
export interface PrincipalWork {
  record: TechniqueRecord;
  plan: RecordPlan;
  sets: { set: RequirementSet; index: number }[];
  actorAssumptions: string[];
}

/** One bulk question to the policy engine: a context, the actions asked in it, the resource lists. */
export interface PrincipalQuery {
  context: Record<string, ContextValue>;
  actions: Set<string>;
  lists: Set<readonly string[]>;
}

/** One principal's candidatesToExamine answers, by candidate index (resource → candidates) and the
 *  first permission's decision keys (joined): records that select the same candidates and ask the same
 *  first question (the S3 reads granted by identity or by bucket policy) share them. */
export type ExaminedCache = Map<Map<string, number[]>, Map<string, Int32Array>>;

/** What a passed role was asked, per role: decisions by decision key (context and action, see
 *  `actionKeys`) and resource (a resource fixes its region, when the context names one), and the
 *  prepared permissions over them, by resolved permission. */
export interface PassedRoleAnswers {
  decided: Map<string, Map<string, Decision>>;
  prepared: Map<ResolvedContext, PreparedPermission>;
}

export interface ResolvedContext {
  context: Record<string, ContextValue>;
  /** The context as a string key. */
  key: string;
  /** Whether a value names `{region}` (then resolved per resource). */
  regional: boolean;
  /** Per action of the permission (same order): `<key>|<action, lower case>`, where its decisions
   *  are filed. */
  actionKeys: string[];
  /** `actionKeys` joined by newlines. */
  actionsKey: string;
  /** `<key>|<resource ref>:`, the start of the keys of its bulk questions. */
  queryHead: string;
}

/** mergeLists' unions of several lists, by the lists in order (a trie on weak keys). */
export interface MergeNode {
  merged?: readonly string[];
  next: WeakMap<readonly string[], MergeNode>;
}
