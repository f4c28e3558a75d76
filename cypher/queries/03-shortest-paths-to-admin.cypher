// Question: how does this task become administrator of an account, in the fewest steps?
// All shortest attack paths (at most 6 steps) from the source to any account's Admin node.
// Parameters: source — id (ARN) of the task definition (or principal) to start from.
// (The :param values are ids from the demo account, examples/demo: edit them for yours.)
:param source => 'arn:aws:ecs:eu-west-1:222222222222:task-definition/label-printer:7'

MATCH (s:BlastmapNode {blastmapId: $source})
MATCH p = ALL SHORTEST (s)
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL]->(admin:Admin)
RETURN admin.blastmapId AS admin,
       length(p) AS hops,
       [n IN nodes(p) | n.blastmapId] AS nodes,
       [r IN relationships(p) | r.technique] AS techniques,
       any(r IN relationships(p) WHERE r.conditional) AS conditional,
       p AS path
ORDER BY hops, admin;
