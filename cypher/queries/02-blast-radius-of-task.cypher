// Question: what can an attacker reach from this task?
// Every asset the source reaches within 6 steps, with the fewest steps, the access the last step
// obtains on that shortest path, whether that path has a conditional step, and its techniques.
// Parameters: source — id (ARN) of the task definition (or any principal) to start from.
// (The :param values are ids from the demo account, examples/demo: edit them for yours.)
:param source => 'arn:aws:ecs:eu-west-1:222222222222:task-definition/label-printer:7'

MATCH (s:BlastmapNode {blastmapId: $source})
MATCH p = ANY SHORTEST (s)
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a:BlastmapNode WHERE a.asset)
RETURN a.blastmapId AS asset,
       a.kind AS kind,
       a.account AS account,
       length(p) AS hops,
       last.access AS access,
       any(r IN relationships(p) WHERE r.conditional) AS conditional,
       [r IN relationships(p) | r.technique] AS techniques
ORDER BY hops, asset;
