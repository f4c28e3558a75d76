// Reading the .cypher files of cypher/: the schema (statements separated by `;`) and the saved
// queries (a header comment, `:param name => value` lines as Neo4j Browser takes them, one query).
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The package's cypher/ folder (same relative place from src/neo4j and dist/neo4j). */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Statements of a Cypher script, without comments; `;` inside strings or comments does not split. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += c;
    i++;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

export async function schemaStatements(dir = CYPHER_DIR): Promise<string[]> {
  return splitStatements(await readFile(`${dir}schema.cypher`, 'utf8'));
}

export interface SavedQueryParam {
  name: string;
  /** The Cypher expression after `=>`, as Neo4j Browser evaluates it. */
  expression: string;
}

export interface SavedQuery {
  /** File name without `.cypher`. */
  name: string;
  file: string;
  /** The header comment (question, parameters, notes), comment markers removed. */
  header: string;
  params: SavedQueryParam[];
  /** The query itself, without comments and `:param` lines. */
  statement: string;
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$/;

export function parseSavedQuery(name: string, file: string, text: string): SavedQuery {
  const header: string[] = [];
  const params: SavedQueryParam[] = [];
  const body: string[] = [];
  let inHeader = true;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inHeader && trimmed.startsWith('//')) {
      header.push(trimmed.replace(/^\/\/\s?/, ''));
      continue;
    }
    if (trimmed.startsWith(':param')) {
      const m = PARAM_LINE.exec(trimmed);
      if (!m) throw new Error(`${file}: unreadable :param line: ${trimmed}`);
      params.push({ name: m[1], expression: m[2] });
      continue;
    }
    if (trimmed) inHeader = false;
    body.push(line);
  }
  const statements = splitStatements(body.join('\n'));
  if (statements.length !== 1) throw new Error(`${file}: expected one query, found ${statements.length}`);
  return { name, file, header: header.join('\n').trim(), params, statement: statements[0] };
}

/** Every saved query of cypher/queries/, in file-name order. */
export async function savedQueries(dir = `${CYPHER_DIR}queries/`): Promise<SavedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const queries: SavedQuery[] = [];
  for (const f of files) {
    queries.push(
      parseSavedQuery(f.replace(/\.cypher$/, ''), `${dir}${f}`, await readFile(`${dir}${f}`, 'utf8')),
    );
  }
  return queries;
}
