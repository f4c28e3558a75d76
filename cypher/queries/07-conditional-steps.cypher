// Question: which attack steps depend on conditions the snapshot could not resolve?
// Every traversable relationship marked conditional, with the condition keys it depends on and the
// evidence (policy statements) behind it: these are the steps to verify by hand.
// Parameters: none.

MATCH (from:BlastmapNode)-[r:CAN_BECOME|CAN_ADMINISTER|CAN_WRITE|CAN_READ|CAN_INVOKE|CAN_REACH|HOLDS_CREDENTIAL]->(to:BlastmapNode)
WHERE r.conditional
RETURN from.blastmapId AS from,
       type(r) AS step,
       r.technique AS technique,
       to.blastmapId AS to,
       r.conditionKeys AS conditionKeys,
       r.evidencePolicies AS policies
ORDER BY from, to, technique;
