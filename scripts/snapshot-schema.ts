// Generates docs/snapshot.schema.json (JSON Schema draft-07) from src/snapshot/types.ts, so the schema
// and the types cannot drift: test/snapshot/schema.test.ts fails when the committed file is stale.
//   node --import tsx scripts/snapshot-schema.ts          (rewrites docs/snapshot.schema.json, then the
//                                                          validator generated from it: scripts/snapshot-validator.ts)
// Reads the syntax of types.ts (interfaces, type aliases, unions, literals, arrays, Record<string, T>);
// a construct it does not know stops it with a message rather than producing a loose schema.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { VALIDATOR_FILE, renderSnapshotValidator } from './snapshot-validator.js';

type Schema = Record<string, unknown>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = path.join(ROOT, 'src/snapshot/types.ts');
export const SCHEMA_FILE = path.join(ROOT, 'docs/snapshot.schema.json');

function docOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const jsdoc = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((t) => t.startsWith('/**'));
  if (!jsdoc.length) return undefined;
  return jsdoc[jsdoc.length - 1]
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

export function generateSnapshotSchema(text: string): Schema {
  const source = ts.createSourceFile('types.ts', text, ts.ScriptTarget.ES2022, true);
  const declared = new Set<string>();
  for (const s of source.statements) {
    if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) declared.add(s.name.text);
  }

  const fail = (node: ts.Node, what: string): never => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`types.ts:${line + 1}: ${what}: ${node.getText()}`);
  };

  const members = (list: ts.NodeArray<ts.TypeElement>): Schema => {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const m of list) {
      if (!ts.isPropertySignature(m) || !m.type) fail(m, 'unsupported member');
      const sig = m as ts.PropertySignature;
      const name = (sig.name as ts.Identifier).text;
      const schema = typeSchema(sig.type as ts.TypeNode);
      const doc = docOf(sig, source);
      properties[name] = doc ? { description: doc, ...schema } : schema;
      if (!sig.questionToken) required.push(name);
    }
    return { type: 'object', properties, required, additionalProperties: false };
  };

  const typeSchema = (node: ts.TypeNode): Schema => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.UnknownKeyword:
        return {};
    }
    if (ts.isParenthesizedTypeNode(node)) return typeSchema(node.type);
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { type: 'null' };
      if (ts.isStringLiteral(node.literal)) return { const: node.literal.text };
      return fail(node, 'unsupported literal');
    }
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType) };
    if (ts.isTypeLiteralNode(node)) return members(node.members);
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map(typeSchema);
      const hasString = parts.some((p) => p.type === 'string');
      const literals = parts.filter((p) => 'const' in p);
      const rest = parts.filter((p) => !('const' in p) && !(hasString && p.type === 'string'));
      const out: Schema[] = [];
      if (hasString)
        out.push({ type: 'string' }); // `'AWS' | 'CUSTOMER' | string`: documented values, any string
      else if (literals.length) out.push({ enum: literals.map((l) => l.const) });
      out.push(...rest);
      return out.length === 1 ? out[0] : { anyOf: out };
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText();
      if (name === 'Record') {
        const [key, value] = node.typeArguments ?? [];
        if (key?.kind !== ts.SyntaxKind.StringKeyword) fail(node, 'Record keys must be string');
        const valueSchema = typeSchema(value);
        return Object.keys(valueSchema).length
          ? { type: 'object', additionalProperties: valueSchema }
          : { type: 'object' };
      }
      if (declared.has(name)) return { $ref: `#/definitions/${name}` };
      return fail(node, 'unknown type');
    }
    return fail(node, 'unsupported type');
  };

  const definitions: Record<string, Schema> = {};
  for (const s of source.statements) {
    let schema: Schema | undefined;
    if (ts.isInterfaceDeclaration(s)) schema = members(s.members);
    else if (ts.isTypeAliasDeclaration(s)) schema = typeSchema(s.type);
    if (!schema) continue;
    const name = (s as ts.InterfaceDeclaration | ts.TypeAliasDeclaration).name.text;
    const doc = docOf(s, source);
    definitions[name] = doc ? { description: doc, ...schema } : schema;
  }
  const version = /SNAPSHOT_SCHEMA_VERSION = (\d+)/.exec(text)?.[1];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/blastmap/blastmap/docs/snapshot.schema.json',
    title: 'blastmap snapshot',
    description: `Snapshot schemaVersion ${version}. Generated from src/snapshot/types.ts by scripts/snapshot-schema.ts; see docs/snapshot.md.`,
    $ref: '#/definitions/Snapshot',
    definitions,
  };
}

/** The schema file's text, formatted as `prettier --check` expects it. */
export async function renderSnapshotSchema(): Promise<string> {
  const text = JSON.stringify(generateSnapshotSchema(readFileSync(TYPES_FILE, 'utf8')), null, 2);
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(text, { ...options, filepath: SCHEMA_FILE });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const schemaText = await renderSnapshotSchema();
  writeFileSync(SCHEMA_FILE, schemaText);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  writeFileSync(VALIDATOR_FILE, renderSnapshotValidator(schemaText));
  console.log(`wrote ${path.relative(process.cwd(), VALIDATOR_FILE)}`);
}
