// Writes cypher/guide/blastmap.html (the Neo4j Browser guide) from the saved queries:
//   node --import tsx scripts/write-browser-guide.ts
import { writeFile } from 'node:fs/promises';
import { renderBrowserGuide } from '../src/neo4j/browser-guide.js';
import { CYPHER_DIR, savedQueries } from '../src/neo4j/cypher-files.js';

await writeFile(`${CYPHER_DIR}guide/blastmap.html`, renderBrowserGuide(await savedQueries()));
