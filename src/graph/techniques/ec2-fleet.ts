// Groups E and F: services that put code on EC2 instances running as an instance-profile role —
// a launch template's new version, a CodeDeploy deployment, an EMR cluster, an Image Builder build
// and a GameLift fleet. The role must trust the service that hands it its credentials.
import { on, passRole, withInstanceProfile } from './permissions.js';
import type { TechniqueRecord } from './types.js';

const ec2 = 'ec2.amazonaws.com';
const instanceRole = { edge: 'CAN_BECOME', summary: 'instance role' } as const;
const chosen = { edge: 'CAN_BECOME', summary: 'chosen role' } as const;

export const ec2FleetTechniques: TechniqueRecord[] = [
  {
    id: 'ec2-launch-template-version',
    title:
      "Add a launch template version that runs the attacker's user data with the template's instance profile",
    group: 'E',
    module: 'ec2',
    actor: 'principal',
    targets: 'instance-profile-roles',
    servicePrincipal: ec2,
    requires: [
      {
        all: [
          on('new:ec2:launch-template', 'ec2:CreateLaunchTemplateVersion'),
          on('new:ec2:launch-template', 'ec2:ModifyLaunchTemplate'),
        ],
        needs: ['instance-profile'],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: instanceRole,
    effort: 4,
    assumptions: [
      'a launch template names an instance profile of this role and new instances are launched from its default version (launch templates are not collected)',
    ],
    prerequisites: 'template launches instances with privileged profile',
    references: { pathfindingCloud: ['ec2-005'] },
  },
  {
    id: 'codedeploy-create-deployment',
    title: "Deploy the attacker's revision to instances through CodeDeploy",
    group: 'E',
    module: 'codedeploy',
    actor: 'principal',
    targets: 'ec2-instances',
    servicePrincipal: ec2,
    requires: [
      {
        all: [
          on('new:codedeploy:deploymentgroup', 'codedeploy:CreateDeployment'),
          on('new:codedeploy:application', 'codedeploy:RegisterApplicationRevision'),
          on('new:codedeploy:deploymentconfig', 'codedeploy:GetDeploymentConfig'),
        ],
      },
    ],
    preconditions: ['target-trusts-service', 'instance-running'],
    gain: instanceRole,
    effort: 3,
    assumptions: [
      'a CodeDeploy deployment group targets this instance and its CodeDeploy agent runs (CodeDeploy is not collected)',
    ],
    assumedResource: true,
    prerequisites: 'deployment group hits instances with privileged profile',
    references: { pathfindingCloud: ['codedeploy-001'] },
  },
  {
    id: 'emr-cluster',
    title: 'Launch an EMR cluster whose instances run as a chosen role',
    group: 'F',
    module: 'emr',
    actor: 'principal',
    targets: 'instance-profile-roles',
    servicePrincipal: ec2,
    // The instance role is passed to EC2 (AmazonEMRFullAccessPolicy_v2 scopes EMR_EC2_DefaultRole's
    // PassRole to ec2.amazonaws.com, the service role's to elasticmapreduce.amazonaws.com).
    requires: withInstanceProfile([passRole, on('any', 'elasticmapreduce:RunJobFlow')]),
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 3,
    assumptions: ['an EMR service role (e.g. EMR_DefaultRole) exists and may be passed too'],
    prerequisites: 'profile role trusts ec2 + EMR service role',
    references: { pathfindingCloud: ['emr-001'] },
  },
  {
    id: 'imagebuilder',
    title: "Build an image whose build instance runs the attacker's component as a chosen role",
    group: 'F',
    module: 'imagebuilder',
    actor: 'principal',
    targets: 'instance-profile-roles',
    servicePrincipal: ec2,
    // The build instance's role is passed to EC2 (AWSImageBuilderFullAccess scopes PassRole so).
    requires: withInstanceProfile([
      passRole,
      on('new:imagebuilder:component', 'imagebuilder:CreateComponent'),
      on('new:imagebuilder:imagerecipe', 'imagebuilder:CreateImageRecipe'),
      on('new:imagebuilder:infrastructureconfiguration', 'imagebuilder:CreateInfrastructureConfiguration'),
      on('new:imagebuilder:image', 'imagebuilder:CreateImage'),
    ]),
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 4,
    assumptions: ['the Image Builder service-linked role exists (or may be created)'],
    prerequisites: 'instance-profile role trusts ec2',
    references: { pathfindingCloud: ['imagebuilder-001'] },
  },
  {
    id: 'gamelift-fleet',
    title: "Create a GameLift fleet that runs the attacker's build with a chosen instance role",
    group: 'F',
    module: 'gamelift',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: 'gamelift.amazonaws.com',
    requires: [
      {
        all: [
          passRole,
          on('any', 'gamelift:CreateBuild'),
          on('any', 'gamelift:CreateFleet'),
          on('new:gamelift:build', 'gamelift:RequestUploadCredentials'),
        ],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 4,
    prerequisites:
      'instance role trusts gamelift (GameLift fleet instance roles are assumed by gamelift.amazonaws.com)',
    references: { pathfindingCloud: ['gamelift-001'] },
  },
];
