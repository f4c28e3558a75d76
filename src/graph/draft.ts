// Nodes and edges collected before insertion, so the graph is built in one sorted order: the same
// snapshot always gives the same graph, node for node and edge for edge. Edge keys are
// `<type>|<from>|<to>` (structural) and `<technique>|<from>|<to>|<access>` (attack), inserted in the
// order of those strings.
import { withProbeScopes } from './admin-probe.js';
import { CompactAttackGraph, edgeKey } from './compact-graph.js';
import type { AttackGraph, EdgeAttributes, NodeAttributes } from './model.js';

interface StructuralEdge {
  from: string;
  to: string;
  attrs: EdgeAttributes;
}

/** Access levels numbered in the order of their names ('' first), as they sort in an edge key; 7 for
 *  any other (never produced: `Access` has these four). */
function accessCode(access: string): number {
  switch (access) {
    case '':
      return 0;
    case 'admin':
      return 1;
    case 'invoke':
      return 2;
    case 'read':
      return 3;
    case 'write':
      return 4;
    default:
      return 7;
  }
}
const TECHNIQUE_SLOTS = 1024;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class GraphDraft {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly structural = new Map<string, StructuralEdge>();
  /** Node id → index, assigned when the first attack edge arrives (every node exists by then). */
  private nodeIndex: Map<string, number> | undefined;
  private readonly techniqueIndex = new Map<string, number>();
  /** Attack edges by source node index, each keyed by a small number (target index, technique
   *  index, access code) and holding just the edge's attributes: a large account's hundreds of
   *  thousands of candidate edges never build a string key or a wrapper object until insertion. */
  private readonly attacks = new Map<number, Map<number, EdgeAttributes>>();
  /** Whether some attack edge has an access outside `accessCode`'s table (its numeric order would
   *  not be its key's order). */
  private unknownAccess = false;
  private lastSource = -1;
  private lastSourceId: string | undefined;
  private lastEdges: Map<number, EdgeAttributes> | undefined;

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): NodeAttributes | undefined {
    return this.nodes.get(id);
  }

  /** First writer wins: a node seen twice (e.g. an AWS managed policy in two accounts) is one node. */
  addNode(attrs: NodeAttributes): void {
    if (this.nodes.has(attrs.id)) return;
    this.nodes.set(attrs.id, attrs);
    if (this.nodeIndex) this.nodeIndex.set(attrs.id, this.nodeIndex.size);
  }

  addStructural(type: EdgeAttributes['type'], from: string, to: string): void {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return;
    const key = `${type}|${from}|${to}`;
    if (this.structural.has(key)) return;
    this.structural.set(key, {
      from,
      to,
      attrs: {
        type,
        traversable: false,
        conditional: false,
        conditionKeys: [],
        evidence: [],
        assumptions: [],
        effort: 0,
      },
    });
  }

  /** The draft's number of a node (−1 when there is none). A caller asking about many edges to the
   *  same targets may keep it and pass it as `toNumber`, sparing a look-up by id per edge. */
  nodeNumber(id: string): number {
    return this.numbers().get(id) ?? -1;
  }

  /** Whether an attack edge with this identity already exists unconditionally and without
   *  assumptions: nothing emitted later can replace it, so the caller may skip building the edge.
   *  `toNumber`, when given (≥ 0), is `nodeNumber(to)`. */
  hasBestAttack(from: string, to: string, technique: string, access: string, toNumber = -1): boolean {
    const key = this.attackKey(from, to, technique, access, toNumber);
    const existing = key === undefined ? undefined : this.lastEdges!.get(key);
    return existing !== undefined && rank(existing) === 0;
  }

  /** One edge per (technique, from, to, access); a better one (unconditional, fewer assumptions) replaces a worse. */
  addAttack(from: string, to: string, attrs: EdgeAttributes): void {
    const access = attrs.access ?? '';
    const key = this.attackKey(from, to, attrs.technique ?? '', access);
    if (key === undefined) return;
    const existing = this.lastEdges!.get(key);
    if (existing && rank(existing) <= rank(attrs)) return;
    if (key % 8 === 7) this.unknownAccess = true;
    this.lastEdges!.set(key, attrs.technique === 'admin-equivalent' ? withProbeScopes(attrs) : attrs);
  }

  /** The edge's key within its source's map, with `lastEdges` set to that map; undefined when a node
   *  is missing or the edge is a loop. */
  private attackKey(
    from: string,
    to: string,
    technique: string,
    access: string,
    toNumber = -1,
  ): number | undefined {
    // The engine asks about one edge two or three times in a row (is it there at its best? add it).
    const m = this.memo;
    if (from === m.from && to === m.to && technique === m.technique && access === m.access) return m.key;
    const key = this.computeAttackKey(from, to, technique, access, toNumber);
    m.from = from;
    m.to = to;
    m.technique = technique;
    m.access = access;
    m.key = key;
    return key;
  }

  /** The last key asked for (`lastEdges` stays the map of its source). */
  private readonly memo = {
    from: '',
    to: '',
    technique: '',
    access: '',
    key: undefined as number | undefined,
  };

  private numbers(): Map<string, number> {
    return (this.nodeIndex ??= new Map([...this.nodes.keys()].map((id, i) => [id, i])));
  }

  private computeAttackKey(
    from: string,
    to: string,
    technique: string,
    access: string,
    toNumber: number,
  ): number | undefined {
    if (from === to) return undefined;
    const numbers = this.numbers();
    // The source is usually the last one asked about; a target's number may come from the caller.
    const f = from === this.lastSourceId ? this.lastSource : numbers.get(from);
    const t = toNumber >= 0 ? toNumber : numbers.get(to);
    if (f === undefined || t === undefined) return undefined;
    if (f !== this.lastSource) {
      let edges = this.attacks.get(f);
      if (!edges) this.attacks.set(f, (edges = new Map()));
      this.lastSource = f;
      this.lastEdges = edges;
    }
    this.lastSourceId = from;
    let tech = this.techniqueIndex.get(technique);
    if (tech === undefined) this.techniqueIndex.set(technique, (tech = this.techniqueIndex.size));
    // Exact as long as there are fewer than 1,024 techniques (checked) and 2^40 nodes.
    if (tech >= TECHNIQUE_SLOTS) throw new Error(`more than ${TECHNIQUE_SLOTS} techniques`);
    return (t * TECHNIQUE_SLOTS + tech) * 8 + accessCode(access);
  }

  /** The graph in graphology (see `freeze`). */
  build(): AttackGraph {
    return this.freeze().toGraphology();
  }

  /** The graph: nodes in the order of their ids, edges in the order of their keys. The draft is
   *  emptied. */
  freeze(): CompactAttackGraph {
    // Node ids by draft index (the order `nodeIndex` numbers them in), then numbered as sorted.
    const ids = [...this.nodes.keys()];
    const sorted = ids.map((_, i) => i).sort((a, b) => compare(ids[a], ids[b]));
    const numberOf = new Int32Array(ids.length);
    sorted.forEach((d, i) => (numberOf[d] = i));
    const edges = new EdgeList(this.structural.size + this.attackCount());
    const structural = [...this.structural.keys()].sort();
    let i = 0;
    const insertStructural = (key: string) => {
      const { from, to, attrs } = this.structural.get(key)!;
      edges.add(numberOf[this.nodeNumber(from)], numberOf[this.nodeNumber(to)], attrs, 0);
    };
    // Structural types are upper case and technique ids lower case, so structural keys come first:
    // attack keys are built only while a structural key is still waiting (in general, merged).
    const insertAttack = (f: number, t: number, attrs: EdgeAttributes) => {
      if (i < structural.length) {
        const key = edgeKey(true, ids[f], ids[t], attrs);
        for (; i < structural.length && structural[i] < key; i++) insertStructural(structural[i]);
      }
      edges.add(numberOf[f], numberOf[t], attrs, 1);
    };
    if (!this.insertAttacksByNumber(ids, insertAttack)) this.insertAttacksByString(ids, insertAttack);
    for (; i < structural.length; i++) insertStructural(structural[i]);
    this.structural.clear();
    this.attacks.clear();
    return new CompactAttackGraph(
      sorted.map((d) => ids[d]),
      sorted.map((d) => this.nodes.get(ids[d])!),
      edges.from,
      edges.to,
      edges.attrs,
      edges.attack,
    );
  }

  private attackCount(): number {
    let count = 0;
    for (const bySource of this.attacks.values()) count += bySource.size;
    return count;
  }

  /** Attack edges in the order of their string keys, found by sorting numbers: the rank of the
   *  technique, of `<from>|` and `<to>|`, then the access code. That is the keys' order whenever no
   *  node or technique id holds a `|` and every access is in the table (a key's parts then compare as
   *  wholes); false, inserting nothing, otherwise. */
  private insertAttacksByNumber(
    ids: string[],
    insert: (from: number, to: number, attrs: EdgeAttributes) => void,
  ): boolean {
    const techniques = [...this.techniqueIndex.keys()];
    const n = ids.length;
    // Each edge is one unsigned 64-bit number: (technique rank × n + source rank) in the high half,
    // target rank × 8 + access code in the low half.
    if (this.unknownAccess || techniques.length * n >= 2 ** 32 || n * 8 >= 2 ** 32) return false;
    if (techniques.some((t) => t.includes('|')) || ids.some((id) => id.includes('|'))) return false;
    const nodeRank = new Uint32Array(n);
    const nodeByRank = new Uint32Array(n);
    ranks(ids, nodeRank, nodeByRank);
    const techniqueRank = new Uint32Array(techniques.length);
    const techniqueByRank = new Uint32Array(techniques.length);
    ranks(techniques, techniqueRank, techniqueByRank);

    const count = this.attackCount();
    const orders = new BigUint64Array(count);
    // The same numbers as halves, written and read without a BigInt per edge.
    const halves = new Uint32Array(orders.buffer);
    const [lo, hi] = littleEndian ? [0, 1] : [1, 0];
    let k = 0;
    for (const [f, bySource] of this.attacks) {
      const fromRank = nodeRank[f];
      for (const key of bySource.keys()) {
        const access = key % 8;
        const rest = (key - access) / 8;
        const tech = rest % TECHNIQUE_SLOTS;
        const t = (rest - tech) / TECHNIQUE_SLOTS;
        halves[2 * k + hi] = techniqueRank[tech] * n + fromRank;
        halves[2 * k + lo] = nodeRank[t] * 8 + access;
        k++;
      }
    }
    // Every number is distinct (one edge per technique, source, target and access): sorting the
    // numbers alone orders the edges, each found again from its number.
    orders.sort();
    let group = -1;
    let tech = 0;
    let f = 0;
    let bySource: Map<number, EdgeAttributes> | undefined;
    for (let j = 0; j < count; j++) {
      const high = halves[2 * j + hi];
      const low = halves[2 * j + lo];
      if (high !== group) {
        group = high;
        const fromRank = high % n;
        tech = techniqueByRank[(high - fromRank) / n];
        f = nodeByRank[fromRank];
        bySource = this.attacks.get(f)!;
      }
      const access = low & 7;
      const t = nodeByRank[low >>> 3];
      insert(f, t, bySource!.get((t * TECHNIQUE_SLOTS + tech) * 8 + access)!);
    }
    return true;
  }

  /** Attack edges sorted by their string keys (node or technique ids with a `|`, or a huge graph). */
  private insertAttacksByString(
    ids: string[],
    insert: (from: number, to: number, attrs: EdgeAttributes) => void,
  ): void {
    const edges: { key: string; f: number; t: number; attrs: EdgeAttributes }[] = [];
    for (const [f, bySource] of this.attacks) {
      for (const [key, attrs] of bySource) {
        const t = Math.floor(key / (8 * TECHNIQUE_SLOTS));
        edges.push({ key: edgeKey(true, ids[f], ids[t], attrs), f, t, attrs });
      }
    }
    edges.sort((a, b) => compare(a.key, b.key));
    for (const { f, t, attrs } of edges) insert(f, t, attrs);
  }
}

/** Edges in insertion order, as the compact graph keeps them. */
class EdgeList {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly attack: Uint8Array;
  readonly attrs: EdgeAttributes[] = [];

  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.attack = new Uint8Array(capacity);
  }

  add(from: number, to: number, attrs: EdgeAttributes, attack: 0 | 1): void {
    const e = this.attrs.length;
    this.from[e] = from;
    this.to[e] = to;
    this.attack[e] = attack;
    this.attrs.push(attrs);
  }
}

/** Fills `rank` (by index) and `byRank` (rank → index) for `names` in the order of `<name>|`. */
function ranks(names: string[], rank: Uint32Array, byRank: Uint32Array): void {
  const order = names.map((name, i) => ({ key: `${name}|`, i })).sort((a, b) => compare(a.key, b.key));
  order.forEach(({ i }, r) => {
    rank[i] = r;
    byRank[r] = i;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rank(e: EdgeAttributes): number {
  return (e.conditional ? 1000 : 0) + e.assumptions.length;
}
