// The policy engine the graph tests run against: the real buildAccessModel, never a stand-in.
import { buildAccessModel } from '../../src/policy/access-model.js';
import type { AccessModel } from '../../src/policy/api.js';
import type { Snapshot } from '../../src/snapshot/types.js';

export function accessModelFor(snapshot: Snapshot): AccessModel {
  return buildAccessModel(snapshot);
}
