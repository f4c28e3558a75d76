// Reading cypher/: statements split on `;` outside strings and comments; saved-query files give
// their header, their `:param` lines and one query; the schema indexes every label the push writes.
import assert from 'node:assert/strict';
import { parseSavedQuery, schemaStatements, splitStatements } from '../../src/neo4j/cypher-files.js';
import { NODE_LABEL, NODE_LABELS, nodeLabels } from '../../src/neo4j/vocabulary.js';
import type { NodeKind } from '../../src/graph/model.js';

describe('cypher/ files', () => {
  it('splits statements on semicolons outside strings and comments', () => {
    const text =
      '// a comment; not a split\nMATCH (n {name: \'a;b\'}) RETURN n;\nRETURN "x;y" AS `we;ird`;\n';
    assert.deepEqual(splitStatements(text), ["MATCH (n {name: 'a;b'}) RETURN n", 'RETURN "x;y" AS `we;ird`']);
  });

  it('reads a saved query: header, :param lines (with or without a semicolon), one statement', () => {
    const q = parseSavedQuery(
      'x',
      'x.cypher',
      "// Question: who?\n// Parameters: target.\n:param target => 'arn:aws:s3:::b;c'\n:param n => 3;\n\nMATCH (a {id: $target}) RETURN a LIMIT $n;\n",
    );
    assert.equal(q.header, 'Question: who?\nParameters: target.');
    assert.deepEqual(q.params, [
      { name: 'target', expression: "'arn:aws:s3:::b;c'" },
      { name: 'n', expression: '3' },
    ]);
    assert.equal(q.statement, 'MATCH (a {id: $target}) RETURN a LIMIT $n');
    assert.throws(
      () => parseSavedQuery('y', 'y.cypher', 'RETURN 1; RETURN 2;'),
      /expected one query, found 2/,
    );
  });

  it('the schema has the key constraint and an id index for every label the push writes', async () => {
    const schema = (await schemaStatements()).join('\n');
    assert.match(schema, new RegExp(`FOR \\(n:${NODE_LABEL}\\) REQUIRE n\\.blastmapId IS UNIQUE`));
    const kinds = Object.keys(NODE_LABELS) as NodeKind[];
    for (const label of new Set(kinds.flatMap((k) => nodeLabels(k)))) {
      assert.match(schema, new RegExp(`FOR \\(n:${label}\\) ON \\(n\\.id\\)`), label);
    }
  });
});
