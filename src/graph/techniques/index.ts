// Every technique record, in a stable order (group, then id). The engine and the docs read this list.
import { bedrockTechniques } from './bedrock.js';
import { dataTechniques } from './data.js';
import { ec2FleetTechniques } from './ec2-fleet.js';
import { ec2Techniques } from './ec2.js';
import { ecsTechniques } from './ecs.js';
import { extraTechniques } from './extra.js';
import { iamTechniques } from './iam.js';
import { lambdaTechniques } from './lambda.js';
import { rewriteThenPassTechniques } from './rewrite-then-pass.js';
import { serviceRoleTechniques } from './service-roles.js';
import { serviceUpdateTechniques } from './service-updates.js';
import { stsTechniques } from './sts.js';
import type { TechniqueRecord } from './types.js';

const groupOrder = ['extra', 'A', 'B', 'C', 'D', 'E', 'F', 'G'];

export const techniques: readonly TechniqueRecord[] = [
  ...extraTechniques,
  ...iamTechniques,
  ...rewriteThenPassTechniques,
  ...stsTechniques,
  ...ecsTechniques,
  ...lambdaTechniques,
  ...ec2Techniques,
  ...serviceRoleTechniques,
  ...ec2FleetTechniques,
  ...serviceUpdateTechniques,
  ...bedrockTechniques,
  ...dataTechniques,
].sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) || a.id.localeCompare(b.id));

export function techniqueById(id: string): TechniqueRecord | undefined {
  return techniques.find((t) => t.id === id);
}

export type { TechniqueRecord } from './types.js';
