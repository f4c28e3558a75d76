// What a traversable edge means for a path: which access it obtains on an asset, and whether the
// attacker can go on from its target. One place, so every query reads the graph the same way.
import type { Access, EdgeAttributes, NodeKind } from '../graph/model.js';

/** Nodes a report lists as reached assets. Principals are intermediate (shown in paths only). */
export const ASSET_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'Admin',
  'S3Bucket',
  'RDSInstance',
  'RDSCluster',
  'AWSLambda',
  'SecretsManagerSecret',
  'SSMParameter',
  'KMSKey',
]);

/** Assets whose value is itself a credential: reading them lets a path go on (edges leave them). */
const VALUE_HOLDERS: ReadonlySet<NodeKind> = new Set<NodeKind>(['SecretsManagerSecret', 'SSMParameter']);

const ACCESS_BY_TYPE: Partial<Record<EdgeAttributes['type'], Access>> = {
  CAN_ADMINISTER: 'admin',
  CAN_WRITE: 'write',
  CAN_READ: 'read',
  CAN_INVOKE: 'invoke',
  CAN_REACH: 'read',
  HOLDS_CREDENTIAL: 'read',
};

export function isAssetKind(kind: NodeKind): boolean {
  return ASSET_KINDS.has(kind);
}

/** Access an edge obtains on its target, when the target is an asset; undefined otherwise. */
export function accessOf(edge: EdgeAttributes, targetKind: NodeKind): Access | undefined {
  if (!ASSET_KINDS.has(targetKind)) return undefined;
  if (targetKind === 'Admin') return 'admin';
  if (edge.type === 'CAN_BECOME') return undefined;
  return edge.access ?? ACCESS_BY_TYPE[edge.type];
}

/** Whether a path may continue from the target of this edge. */
export function continuesFrom(
  edge: EdgeAttributes,
  targetKind: NodeKind,
  access: Access | undefined,
): boolean {
  if (targetKind === 'Admin') return false;
  if (edge.type === 'CAN_BECOME') return true;
  if (!ASSET_KINDS.has(targetKind)) return true; // principals, workloads, credentials
  return VALUE_HOLDERS.has(targetKind) && (access === 'read' || access === 'admin');
}
