// The Neo4j Browser guide's web server for scripts/services/neo4j.sh: serves the files of one folder
// (cypher/guide/) on 127.0.0.1:<port>, read-only, with the CORS header Neo4j Browser's `:play <url>`
// fetch needs (the Browser page is on another port, so another origin), preflight included.
//   node guide-server.mjs PORT FOLDER
import { createServer } from 'node:http';
import process from 'node:process';
import { URL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const [port, folder] = process.argv.slice(2);
const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.css': 'text/css' };

createServer(async (req, res) => {
  // Only plain file names of the folder: no sub-paths, no `..`.
  const name = basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const type = TYPES[name.slice(name.lastIndexOf('.'))];
  const headers = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };
  // The Browser's fetch sends custom headers, so Chromium asks first (a CORS preflight): allow
  // GET with whatever headers it asked for, and nothing else.
  if (req.method === 'OPTIONS') {
    const asked = req.headers['access-control-request-headers'];
    res
      .writeHead(204, {
        ...headers,
        'Access-Control-Allow-Methods': 'GET',
        ...(asked ? { 'Access-Control-Allow-Headers': asked } : {}),
        'Access-Control-Max-Age': '600',
      })
      .end();
    return;
  }
  if (req.method !== 'GET' || !type) {
    res.writeHead(404, headers).end();
    return;
  }
  try {
    const body = await readFile(join(folder, name));
    res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
  } catch {
    res.writeHead(404, headers).end();
  }
}).listen(Number(port), '127.0.0.1');
