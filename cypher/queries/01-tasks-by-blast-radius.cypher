// Question: which tasks have the largest blast radius?
// Every analysis source (task definitions used by a service or a running task: source = true),
// ranked as `blastmap analyze` ranks them, from the ranking the push stored on it: `rank`, `score`
// (it weighs access level, sensitivity, hops and conditions) and `radius` (assets in the CLI's
// radius); then the fewest steps (at most 6) to an account's Admin, one bounded search per source
// and Admin node. A source pushed without a ranking has its assets counted by a bounded search.
// Parameters: none.

MATCH (s:BlastmapNode {source: true})
OPTIONAL CALL (s) {
  MATCH (admin:Admin)
  MATCH p = ANY SHORTEST (s)
    ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
    (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(admin)
  RETURN min(length(p)) AS hopsToAdmin
}
OPTIONAL CALL (s) {
  WITH s WHERE s.radius IS NULL
  MATCH p = ANY SHORTEST (s)
    ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
    (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a:BlastmapNode WHERE a.asset)
  RETURN count(a) AS counted
}
RETURN s.blastmapId AS task,
       s.account AS account,
       s.rank AS rank,
       s.score AS score,
       coalesce(s.radius, counted) AS assets,
       hopsToAdmin IS NOT NULL AS reachesAdmin,
       hopsToAdmin
ORDER BY rank, reachesAdmin DESC, assets DESC, task;
