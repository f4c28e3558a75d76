// Question: who can reach this asset?
// Every principal, task definition or task that reaches the target within 6 steps, with the fewest
// steps and the techniques of one shortest path.
// Parameters: target — id (ARN) of the asset (bucket, database, function, secret, key, admin:<account>).
// (The :param values are ids from the demo account, examples/demo: edit them for yours.)
:param target => 'arn:aws:rds:eu-west-1:222222222222:db:parcels-db'

MATCH (a:BlastmapNode {id: $target})
MATCH p = ANY SHORTEST (s:BlastmapNode WHERE s.kind IN ['AWSUser', 'AWSRole', 'AWSGroup', 'AWSECSTaskDefinition', 'AWSECSTask'])
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a)
WHERE s <> a
RETURN s.id AS source,
       s.kind AS kind,
       s.account AS account,
       length(p) AS hops,
       last.access AS access,
       [r IN relationships(p) | r.technique] AS techniques
ORDER BY hops, source;
