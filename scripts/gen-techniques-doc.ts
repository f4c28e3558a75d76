// Writes docs/techniques.md from the technique records: `node --import tsx scripts/gen-techniques-doc.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { techniques } from '../src/graph/techniques/index.js';
import { renderTechniquesDoc } from '../src/graph/techniques/render-doc.js';

const target = fileURLToPath(new URL('../docs/techniques.md', import.meta.url));
writeFileSync(target, renderTechniquesDoc(techniques));
console.log(`wrote ${target} (${techniques.length} techniques)`);
