// Short, readable names for node ids in reports: "role app-task", "task-def web:3",
// "Admin of 222222222222". Pure formatting of the id; the id itself stays in JSON output.

const ARN = /^arn:[^:]*:([^:]*):[^:]*:([^:]*):(.*)$/;

export function nodeLabel(id: string, contextAccount?: string): string {
  if (id.startsWith('admin:')) return `Admin of ${id.slice('admin:'.length)}`;
  const m = ARN.exec(id);
  if (!m) return id;
  const [, service, account, rest] = m;
  const where = account && contextAccount && account !== contextAccount ? ` (${account})` : '';
  const after = (prefix: string) => rest.slice(prefix.length);
  switch (service) {
    case 'iam':
      if (rest.startsWith('role/')) return `role ${lastSegment(after('role/'))}${where}`;
      if (rest.startsWith('user/')) return `user ${lastSegment(after('user/'))}${where}`;
      if (rest.startsWith('group/')) return `group ${lastSegment(after('group/'))}${where}`;
      if (rest.startsWith('policy/')) return `policy ${lastSegment(after('policy/'))}${where}`;
      return `${rest}${where}`;
    case 'ecs':
      if (rest.startsWith('task-definition/')) return `task-def ${after('task-definition/')}${where}`;
      if (rest.startsWith('task/')) return `task ${lastSegment(after('task/'))}${where}`;
      if (rest.startsWith('service/')) return `service ${lastSegment(after('service/'))}${where}`;
      return `ecs ${rest}${where}`;
    case 's3':
      return `bucket ${rest}`;
    case 'secretsmanager':
      return `secret ${after('secret:')}${where}`;
    case 'ssm':
      return `parameter ${rest.replace(/^parameter/, '')}${where}`;
    case 'kms':
      return `key ${rest.replace(/^key\//, '')}${where}`;
    case 'lambda':
      return `lambda ${rest.replace(/^function:/, '')}${where}`;
    case 'rds':
      if (rest.startsWith('db:')) return `db ${after('db:')}${where}`;
      if (rest.startsWith('cluster:')) return `db-cluster ${after('cluster:')}${where}`;
      return `rds ${rest}${where}`;
    default:
      return `${service} ${rest}${where}`;
  }
}

function lastSegment(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] || path;
}
