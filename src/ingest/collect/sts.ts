// STS: who the credentials are (the account id every dump path starts with), and, for --org-role,
// the one non-read call: AssumeRole, which only obtains credentials and changes nothing.
import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { readCall } from './call-spec.js';

export const stsCalls = [readCall(GetCallerIdentityCommand, 'sts:GetCallerIdentity')];

/** Calls that obtain credentials rather than read the account (listed apart; see docs/collector.md). */
export const credentialCalls = [readCall(AssumeRoleCommand, 'sts:AssumeRole')];

export { STSClient, GetCallerIdentityCommand, AssumeRoleCommand };
