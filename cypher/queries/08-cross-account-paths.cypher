// Question: which tasks reach assets in another account?
// From every analysis source (task definitions in use), the shortest attack path (at most 6 steps)
// to each asset whose account differs from the source's.
// Parameters: none.

MATCH p = ANY SHORTEST (s:BlastmapNode {source: true})
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a:BlastmapNode WHERE a.asset)
  WHERE a.account <> s.account
RETURN s.blastmapId AS source,
       s.account AS sourceAccount,
       a.blastmapId AS asset,
       a.account AS assetAccount,
       length(p) AS hops,
       [r IN relationships(p) | r.technique] AS techniques,
       p AS path
ORDER BY source, hops, asset;
