// Question: which tasks have the largest blast radius?
// For every analysis source (task definitions used by a service or a running task: source = true),
// the assets it reaches within 6 steps, whether it reaches an account's Admin, and the fewest steps
// to each. Ranked as `blastmap analyze` ranks them: by the score the push stored (`rank`, `score`,
// `radius` = assets in the CLI's radius; it weighs access level, sensitivity, hops and conditions),
// then, for sources pushed without a ranking, reaches Admin first, then by number of assets reached.
// Parameters: none.

MATCH (s:BlastmapNode {source: true})
OPTIONAL MATCH p = ANY SHORTEST (s)
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a:BlastmapNode WHERE a.asset)
WITH s, a, length(p) AS hops, last.access AS access
RETURN s.blastmapId AS task,
       s.account AS account,
       s.rank AS rank,
       s.score AS score,
       count(a) AS assets,
       count(CASE WHEN a.kind = 'Admin' THEN 1 END) > 0 AS reachesAdmin,
       min(CASE WHEN a.kind = 'Admin' THEN hops END) AS hopsToAdmin,
       collect(CASE WHEN a IS NOT NULL THEN {id: a.blastmapId, kind: a.kind, hops: hops} END) AS reached
ORDER BY rank, reachesAdmin DESC, assets DESC, task;
