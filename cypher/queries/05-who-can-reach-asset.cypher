// Question: who can reach this asset?
// Every principal, task definition or task that reaches the target within 6 steps, with the fewest
// steps and the techniques of one shortest path. (One bounded search from each candidate to the
// target: a single search backwards from the target, with every node a possible start, takes Neo4j
// 5 hundreds of times longer.)
// Parameters: target — id (ARN) of the asset (bucket, database, function, secret, key, admin:<account>).
// (The :param values are ids from the demo account, examples/demo: edit them for yours.)
:param target => 'arn:aws:rds:eu-west-1:222222222222:db:parcels-db'

MATCH (a:BlastmapNode {blastmapId: $target})
MATCH (s:BlastmapNode WHERE s.kind IN ['AWSUser', 'AWSRole', 'AWSGroup', 'AWSECSTaskDefinition', 'AWSECSTask'] AND s <> a)
CALL (s, a) {
  MATCH p = ANY SHORTEST (s)
    ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
    (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a)
  RETURN p, last
}
RETURN s.blastmapId AS source,
       s.kind AS kind,
       s.account AS account,
       length(p) AS hops,
       last.access AS access,
       [r IN relationships(p) | r.technique] AS techniques
ORDER BY hops, source;
