// blastmap's Neo4j schema: run before every push (idempotent: IF NOT EXISTS).
// Every node blastmap writes is a :BlastmapNode keyed by `blastmapId` (ARN, AWS id or
// admin:<account>, as `analyze` prints it); `id` is cartography's key (docs/neo4j.md). The push and
// its cleanup find nodes through these, analysts and cartography through the per-label id indexes.
CREATE CONSTRAINT blastmap_node_key IF NOT EXISTS FOR (n:BlastmapNode) REQUIRE n.blastmapId IS UNIQUE;
CREATE INDEX blastmap_node_id IF NOT EXISTS FOR (n:BlastmapNode) ON (n.id);
CREATE INDEX blastmap_node_account IF NOT EXISTS FOR (n:BlastmapNode) ON (n.account);
CREATE INDEX blastmap_node_source IF NOT EXISTS FOR (n:BlastmapNode) ON (n.source);
CREATE INDEX blastmap_node_kind IF NOT EXISTS FOR (n:BlastmapNode) ON (n.kind);

// One id index per label, so `MATCH (r:AWSRole {id: $arn})` is a lookup and the push's merge on
// cartography's (label {id}) is one too. (Where cartography made one already, nothing happens.)
CREATE INDEX blastmap_aws_account_id IF NOT EXISTS FOR (n:AWSAccount) ON (n.id);
CREATE INDEX blastmap_aws_principal_id IF NOT EXISTS FOR (n:AWSPrincipal) ON (n.id);
CREATE INDEX blastmap_aws_user_id IF NOT EXISTS FOR (n:AWSUser) ON (n.id);
CREATE INDEX blastmap_aws_group_id IF NOT EXISTS FOR (n:AWSGroup) ON (n.id);
CREATE INDEX blastmap_aws_role_id IF NOT EXISTS FOR (n:AWSRole) ON (n.id);
CREATE INDEX blastmap_aws_policy_id IF NOT EXISTS FOR (n:AWSPolicy) ON (n.id);
CREATE INDEX blastmap_s3_bucket_id IF NOT EXISTS FOR (n:S3Bucket) ON (n.id);
CREATE INDEX blastmap_rds_instance_id IF NOT EXISTS FOR (n:RDSInstance) ON (n.id);
CREATE INDEX blastmap_rds_cluster_id IF NOT EXISTS FOR (n:RDSCluster) ON (n.id);
CREATE INDEX blastmap_aws_lambda_id IF NOT EXISTS FOR (n:AWSLambda) ON (n.id);
CREATE INDEX blastmap_awsecs_cluster_id IF NOT EXISTS FOR (n:AWSECSCluster) ON (n.id);
CREATE INDEX blastmap_awsecs_service_id IF NOT EXISTS FOR (n:AWSECSService) ON (n.id);
CREATE INDEX blastmap_awsecs_task_definition_id IF NOT EXISTS FOR (n:AWSECSTaskDefinition) ON (n.id);
CREATE INDEX blastmap_awsecs_container_definition_id IF NOT EXISTS FOR (n:AWSECSContainerDefinition) ON (n.id);
CREATE INDEX blastmap_awsecs_task_id IF NOT EXISTS FOR (n:AWSECSTask) ON (n.id);
CREATE INDEX blastmap_secrets_manager_secret_id IF NOT EXISTS FOR (n:SecretsManagerSecret) ON (n.id);
CREATE INDEX blastmap_ssm_parameter_id IF NOT EXISTS FOR (n:SSMParameter) ON (n.id);
CREATE INDEX blastmap_kms_key_id IF NOT EXISTS FOR (n:KMSKey) ON (n.id);
CREATE INDEX blastmap_ec2_security_group_id IF NOT EXISTS FOR (n:EC2SecurityGroup) ON (n.id);
CREATE INDEX blastmap_ec2_instance_id IF NOT EXISTS FOR (n:EC2Instance) ON (n.id);
CREATE INDEX blastmap_ecr_repository_id IF NOT EXISTS FOR (n:ECRRepository) ON (n.id);
CREATE INDEX blastmap_cloud_formation_stack_id IF NOT EXISTS FOR (n:CloudFormationStack) ON (n.id);
CREATE INDEX blastmap_code_build_project_id IF NOT EXISTS FOR (n:CodeBuildProject) ON (n.id);
CREATE INDEX blastmap_glue_dev_endpoint_id IF NOT EXISTS FOR (n:GlueDevEndpoint) ON (n.id);
CREATE INDEX blastmap_sage_maker_notebook_id IF NOT EXISTS FOR (n:SageMakerNotebook) ON (n.id);
CREATE INDEX blastmap_credential_id IF NOT EXISTS FOR (n:Credential) ON (n.id);
CREATE INDEX blastmap_admin_id IF NOT EXISTS FOR (n:Admin) ON (n.id);
// cartography's current labels, where they differ from blastmap's (which are cartography's older names).
CREATE INDEX blastmap_aws_managed_policy_id IF NOT EXISTS FOR (n:AWSManagedPolicy) ON (n.id);
CREATE INDEX blastmap_aws_s3_bucket_id IF NOT EXISTS FOR (n:AWSS3Bucket) ON (n.id);
CREATE INDEX blastmap_aws_rds_instance_id IF NOT EXISTS FOR (n:AWSRDSInstance) ON (n.id);
CREATE INDEX blastmap_aws_rds_cluster_id IF NOT EXISTS FOR (n:AWSRDSCluster) ON (n.id);
CREATE INDEX blastmap_aws_secrets_manager_secret_id IF NOT EXISTS FOR (n:AWSSecretsManagerSecret) ON (n.id);
CREATE INDEX blastmap_aws_ssm_parameter_id IF NOT EXISTS FOR (n:AWSSSMParameter) ON (n.id);
CREATE INDEX blastmap_aws_kms_key_id IF NOT EXISTS FOR (n:AWSKMSKey) ON (n.id);
CREATE INDEX blastmap_aws_ec2_security_group_id IF NOT EXISTS FOR (n:AWSEC2SecurityGroup) ON (n.id);
CREATE INDEX blastmap_aws_ec2_instance_id IF NOT EXISTS FOR (n:AWSEC2Instance) ON (n.id);
CREATE INDEX blastmap_aws_ecr_repository_id IF NOT EXISTS FOR (n:AWSECRRepository) ON (n.id);
CREATE INDEX blastmap_aws_cloud_formation_stack_id IF NOT EXISTS FOR (n:AWSCloudFormationStack) ON (n.id);
CREATE INDEX blastmap_aws_code_build_project_id IF NOT EXISTS FOR (n:AWSCodeBuildProject) ON (n.id);
CREATE INDEX blastmap_aws_sage_maker_notebook_instance_id IF NOT EXISTS FOR (n:AWSSageMakerNotebookInstance) ON (n.id);
