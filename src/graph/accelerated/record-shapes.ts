// What the accelerated engine reads of a record, worked out once per build: the record copied into
// one object shape, its principal variant, and its shape (ways, which permissions the identity
// prefilter keeps, which preconditions it has).
import { identityOnlyAction } from '../identity-prefilter.js';
import { hasPreconditions } from '../preconditions.js';
import { accountScopedSelectors } from '../targets.js';
import type { Permission, RequirementSet, TechniqueRecord } from '../techniques/types.js';
import type { EngineRun } from './engine-run.js';
import type { RecordShape } from './types.js';

export function recordShape(run: EngineRun, record: TechniqueRecord): RecordShape {
  let shape = run.recordShapes.get(record);
  if (shape) return shape;
  const all: RequirementSet[] = record.requires.length ? record.requires : [{ all: [] }];
  const sets = all.map((set, index) => ({
    set,
    index,
    perms: set.all.map((perm) => {
      const open = perm.actions.map((a) => !identityOnlyAction(a));
      return {
        perm,
        open: !!perm.as || open.some(Boolean),
        allOpen: open.every(Boolean),
      };
    }),
  }));
  shape = {
    sets,
    always: sets.every((s) => s.perms.every((p) => p.open))
      ? sets.map(({ set, index }) => ({ set, index }))
      : undefined,
    actorPreconditions: hasPreconditions(record, 'actor'),
    bothPreconditions: hasPreconditions(record, 'both'),
    accountScoped: accountScopedSelectors.has(record.targets),
  };
  run.recordShapes.set(record, shape);
  return shape;
}

/** The record with every field present, in one order (absent ones undefined), and so its requirement
 *  sets and permissions: records are data written as literals of many shapes, and the engine reads
 *  their fields for every candidate — sites that stay monomorphic with one shape. The same copy for
 *  the same record, so the caches keyed by record hold for the whole build. */
export function uniformRecord(run: EngineRun, r: TechniqueRecord): TechniqueRecord {
  let out = run.uniformRecords.get(r);
  if (!out) {
    // Typed with every field required, so a field added to the types must be added here too.
    const record: Every<TechniqueRecord> = {
      id: r.id,
      title: r.title,
      group: r.group,
      module: r.module,
      actor: r.actor,
      targets: r.targets,
      servicePrincipal: r.servicePrincipal,
      requires: r.requires.map(uniformSet),
      preconditions: r.preconditions,
      gain: { edge: r.gain.edge, access: r.gain.access, summary: r.gain.summary },
      adminThroughTarget: r.adminThroughTarget,
      grantedBy: r.grantedBy,
      effort: r.effort,
      assumptions: r.assumptions,
      assumedResource: r.assumedResource,
      prerequisites: r.prerequisites,
      principalVariant: r.principalVariant,
      references: r.references,
    };
    run.uniformRecords.set(r, (out = record));
  }
  return out;
}

/** Every field of T, optional ones included (as possibly undefined). */
type Every<T> = { [K in keyof Required<T>]: T[K] };

function uniformSet(set: RequirementSet): RequirementSet {
  const out: Every<RequirementSet> = {
    all: set.all.map((p) => {
      const perm: Every<Permission> = {
        actions: p.actions,
        on: p.on,
        context: p.context,
        ifBound: p.ifBound,
        as: p.as,
      };
      return perm;
    }),
    access: set.access,
    assumptions: set.assumptions,
    needs: set.needs,
    assumedResource: set.assumedResource,
  };
  return out;
}

/** The principal way of a workload record, as a principal record with the same id (one object per
 *  record, so the per-record caches hold). */
export function principalVariantOf(run: EngineRun, record: TechniqueRecord): TechniqueRecord[] {
  const v = record.principalVariant;
  if (!v || record.actor === 'principal') return [];
  let out = run.variants.get(record);
  if (!out) {
    out = uniformRecord(run, { ...record, ...v, actor: 'principal', principalVariant: undefined });
    run.variants.set(record, out);
  }
  return [out];
}
