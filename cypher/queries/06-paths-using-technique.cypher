// Question: which attack paths use this technique?
// From every analysis source (task definitions in use), to each asset, the shortest path (at most
// 6 steps) among those that take at least one step of the given technique. The predicate sits
// inside the parenthesized pattern so it filters paths before the shortest one is chosen.
// Parameters: technique — a technique id from docs/techniques.md (e.g. 'sts-assume-role').
// (The :param values are ids from the demo account, examples/demo: edit them for yours.)
:param technique => 'sts-assume-role'

MATCH p = ANY SHORTEST ((s:BlastmapNode {source: true})
  ((x)-[step:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE step.continues]->(y)){0,5}
  (m)-[last:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL WHERE last.access IS NOT NULL]->(a:BlastmapNode WHERE a.asset)
  WHERE any(r IN step + [last] WHERE r.technique = $technique))
RETURN s.blastmapId AS source,
       a.blastmapId AS asset,
       a.kind AS kind,
       length(p) AS hops,
       [r IN relationships(p) | r.technique] AS techniques,
       p AS path
ORDER BY source, hops, asset;
