// One path search on the graph's integer index, without an object or a string per step: labels (a
// path's arrival at a node) are rows of typed arrays, the queue is a binary heap of row numbers, and
// the text tie-break compares precomputed ranks of the step texts. The rules are those of
// `searchPaths` (path-search.ts), step for step and in the same order, so ties resolve identically.
import type { Access } from '../graph/model.js';
import type { Label } from './path-label.js';
import { SLOT_COUNT, SLOT_NAMES, type SearchIndex } from './search-index.js';

export interface RunLimits {
  maxHops: number;
  /** Arrivals kept per (node, access) before only non-dominated ones are added. */
  k: number;
  /** Cost added per conditional step. */
  penalty: number;
}

const NONE = -1;
/** Ending lists up to this length are sorted by insertion. */
const SHORT_LIST = 16;

export class PathSearchRun {
  index!: SearchIndex;
  /** Nodes with accepted arrivals, in the order their first arrival was accepted. */
  readonly nodes: number[] = [];

  // Labels: row 0 is the source; parent and step are NONE there.
  private count = 0;
  private node = new Int32Array(0);
  private parent = new Int32Array(0);
  private step = new Int32Array(0);
  private cost = new Float64Array(0);
  private hops = new Int32Array(0);
  private cond = new Int32Array(0);
  private rank = new Float64Array(0);
  /** Next label in the same accepted slot, and in the same ending slot. */
  private nextAccepted = new Int32Array(0);
  private nextEnding = new Int32Array(0);
  private nextPending = new Int32Array(0);

  // Slots (node × access): accepted arrivals and arrivals that end a path, as linked lists.
  private acceptedHead = new Int32Array(0);
  private acceptedTail = new Int32Array(0);
  private acceptedCount = new Int32Array(0);
  private endingHead = new Int32Array(0);
  private endingTail = new Int32Array(0);
  private endingSeen = new Uint8Array(0);
  /** Per node: its slots in creation order, as 3-bit digits (slot + 1), first slot lowest. */
  private acceptedSlots = new Int32Array(0);
  private endingSlots = new Int32Array(0);
  private endingNodes: number[] = [];
  /** Paths queued per slot (only when pruning the queue), and the slots that have any. */
  private pendingHead = new Int32Array(0);
  private readonly pendingSlots: number[] = [];

  /** Per node: the mark of the last path expanded that goes through it. */
  private onPath = new Int32Array(0);
  private pathMark = 0;

  private heap = new Int32Array(1024);
  private heapSize = 0;
  private objects = new Map<number, Label>();
  private readonly scratch: number[] = [];
  private readonly order = (a: number, b: number): number => this.compare(a, b);

  run(index: SearchIndex, source: number, limits: RunLimits): void {
    this.reset(index);
    const { maxHops, k, penalty } = limits;
    const { stepStart, stepTo, stepSlot, stepContinues, stepConditional, stepEffort, stepRank } = index;
    // With k = 1 and a total queue order, a path that a waiting one comes before and dominates is
    // not queued: it would only be popped and rejected (keepPending).
    const prune = k === 1 && index.continuingTextsDistinct;
    const start = this.add(source, NONE, NONE, 0, 0, 0, 0);
    this.push(start);
    let first = true;
    while (this.heapSize > 0) {
      const label = this.pop();
      const node = this.node[label];
      const hops = this.hops[label];
      if (!first) {
        const slot = node * SLOT_COUNT + this.slotOfLabel(label);
        if (this.dominated(slot, hops, this.cond[label], k)) continue;
        this.accept(slot, label);
      }
      first = false;
      if (hops >= maxHops) continue;
      const cost = this.cost[label];
      const cond = this.cond[label];
      // The nodes on this path, marked once rather than walked for every step (no node twice).
      const mark = ++this.pathMark;
      for (let l = label; l !== NONE; l = this.parent[l]) this.onPath[this.node[l]] = mark;
      for (let s = stepStart[node], end = stepStart[node + 1]; s < end; s++) {
        const to = stepTo[s];
        if (this.onPath[to] === mark) continue;
        const conditional = stepConditional[s];
        const nextCond = cond + conditional;
        const slot = to * SLOT_COUNT + stepSlot[s];
        const continues = stepContinues[s] === 1;
        if (continues && this.dominated(slot, hops + 1, nextCond, k)) continue;
        const next = this.add(
          to,
          label,
          s,
          cost + stepEffort[s] + (conditional ? penalty : 0),
          hops + 1,
          nextCond,
          stepRank[s],
        );
        if (!continues) this.addEnding(slot, next, k);
        else if (prune && !this.keepPending(slot, next)) this.drop(next);
        else this.push(next);
      }
    }
    // Arrivals that end a path, per slot in the order the slots were first reached: cheapest first,
    // under the same acceptance rule.
    for (const node of this.endingNodes) {
      for (let digits = this.endingSlots[node]; digits !== 0; digits >>= 3) {
        const slot = node * SLOT_COUNT + (digits & 7) - 1;
        const head = this.endingHead[slot];
        if (head !== NONE && this.nextEnding[head] === NONE) {
          // One arrival (most slots): nothing to sort, and no list made for it.
          if (!this.dominated(slot, this.hops[head], this.cond[head], k)) this.accept(slot, head);
          continue;
        }
        const labels = this.scratch;
        labels.length = 0;
        for (let l = this.endingHead[slot]; l !== NONE; l = this.nextEnding[l]) labels.push(l);
        if (labels.length > SHORT_LIST) labels.sort(this.order);
        else this.insertionSort(labels);
        for (const l of labels)
          if (!this.dominated(slot, this.hops[l], this.cond[l], k)) this.accept(slot, l);
      }
    }
  }

  /** Slot numbers (search-index.ts SLOT_NAMES) with accepted arrivals at `node`, in creation order. */
  slotsOf(node: number): number[] {
    const slots: number[] = [];
    for (let digits = this.acceptedSlots[node]; digits !== 0; digits >>= 3) slots.push((digits & 7) - 1);
    return slots;
  }

  /** Accepted arrivals at (node, slot), in acceptance order. */
  labelsOf(node: number, slot: number): number[] {
    const labels: number[] = [];
    for (let l = this.acceptedHead[node * SLOT_COUNT + slot]; l !== NONE; l = this.nextAccepted[l])
      labels.push(l);
    return labels;
  }

  /** Appends to `into` the accepted arrivals at `node` that obtain an access level, slot by slot in
   *  the order the slots were created, each slot in acceptance order. */
  arrivalsWithAccess(node: number, into: number[]): void {
    for (let digits = this.acceptedSlots[node]; digits !== 0; digits >>= 3) {
      const slot = (digits & 7) - 1;
      if (slot === 0) continue;
      for (let l = this.acceptedHead[node * SLOT_COUNT + slot]; l !== NONE; l = this.nextAccepted[l])
        into.push(l);
    }
  }

  nodeOf(label: number): number {
    return this.node[label];
  }

  hopsOf(label: number): number {
    return this.hops[label];
  }

  conditionalStepsOf(label: number): number {
    return this.cond[label];
  }

  /** Access obtained by the label's last step, as a slot number (0 = none). */
  slotOfLabel(label: number): number {
    const step = this.step[label];
    return step === NONE ? 0 : this.index.stepSlot[step];
  }

  accessOf(label: number): Access | undefined {
    const slot = this.slotOfLabel(label);
    return slot === 0 ? undefined : (SLOT_NAMES[slot] as Access);
  }

  /** The step that made the label (NONE = -1 for the source's). */
  stepOf(label: number): number {
    return this.step[label];
  }

  /** The label the path came from (NONE = -1 for the source's). */
  parentOf(label: number): number {
    return this.parent[label];
  }

  /** The steps of the label's path, source first. */
  stepsOf(label: number): number[] {
    const steps: number[] = [];
    for (let l = label; this.step[l] !== NONE; l = this.parent[l]) steps.push(this.step[l]);
    return steps.reverse();
  }

  /** Cheapest first, then fewer hops, then path text (compareLabels on the labels' objects). */
  compare(a: number, b: number): number {
    const ca = this.cost[a];
    const cb = this.cost[b];
    if (ca !== cb) return ca - cb;
    const byHops = this.hops[a] - this.hops[b];
    if (byHops !== 0) return byHops;
    return this.compareText(a, b);
  }

  /** The path text order: the first step (from the source) whose text differs decides; steps above
   *  the labels' first shared ancestor are the same steps. */
  private compareText(a: number, b: number): number {
    let x = a;
    let y = b;
    const { parent, hops, rank, step } = this;
    while (x !== NONE && hops[x] > (y !== NONE ? hops[y] : 0)) x = parent[x];
    while (y !== NONE && hops[y] > (x !== NONE ? hops[x] : 0)) y = parent[y];
    let order = 0;
    while (x !== NONE && y !== NONE && x !== y && step[x] !== NONE && step[y] !== NONE) {
      const rx = rank[x];
      const ry = rank[y];
      if (rx !== ry) order = rx < ry ? -1 : 1;
      x = parent[x];
      y = parent[y];
    }
    return order !== 0 ? order : hops[a] - hops[b];
  }

  /** A short list sorted in place in the order of `compare`, stably, as `Array.prototype.sort`
   *  would (without the work array that allocates per call). */
  private insertionSort(labels: number[]): void {
    for (let i = 1; i < labels.length; i++) {
      const l = labels[i];
      let j = i - 1;
      while (j >= 0 && this.compare(labels[j], l) > 0) {
        labels[j + 1] = labels[j];
        j--;
      }
      labels[j + 1] = l;
    }
  }

  /** The label as a `Label` object (and its ancestors), made once per search. */
  label(l: number): Label {
    const made = this.objects.get(l);
    if (made) return made;
    const { index } = this;
    const node = this.node[l];
    const step = this.step[l];
    let label: Label;
    if (step === NONE) {
      label = {
        node: index.nodeIds[node],
        kind: index.nodeKinds[node],
        parent: null,
        edge: null,
        cost: 0,
        hops: 0,
        conditionalSteps: 0,
        continues: true,
      };
    } else {
      const slot = index.stepSlot[step];
      label = {
        node: index.nodeIds[node],
        kind: index.nodeKinds[node],
        parent: this.label(this.parent[l]),
        edge: index.stepEdge[step],
        cost: this.cost[l],
        hops: this.hops[l],
        conditionalSteps: this.cond[l],
        access: slot === 0 ? undefined : (SLOT_NAMES[slot] as Access),
        continues: index.stepContinues[step] === 1,
      };
    }
    this.objects.set(l, label);
    return label;
  }

  private reset(index: SearchIndex): void {
    if (this.index !== undefined) {
      // Clear only what the previous search touched.
      for (const node of this.nodes) {
        for (let digits = this.acceptedSlots[node]; digits !== 0; digits >>= 3) {
          const slot = node * SLOT_COUNT + (digits & 7) - 1;
          this.acceptedHead[slot] = this.acceptedTail[slot] = NONE;
          this.acceptedCount[slot] = 0;
        }
        this.acceptedSlots[node] = 0;
      }
      for (const node of this.endingNodes) {
        for (let digits = this.endingSlots[node]; digits !== 0; digits >>= 3) {
          const slot = node * SLOT_COUNT + (digits & 7) - 1;
          this.endingHead[slot] = this.endingTail[slot] = NONE;
          this.endingSeen[slot] = 0;
        }
        this.endingSlots[node] = 0;
      }
    }
    for (const slot of this.pendingSlots) this.pendingHead[slot] = NONE;
    this.pendingSlots.length = 0;
    const slots = index.nodeIds.length * SLOT_COUNT;
    if (this.acceptedHead.length !== slots) {
      this.acceptedHead = new Int32Array(slots).fill(NONE);
      this.acceptedTail = new Int32Array(slots).fill(NONE);
      this.acceptedCount = new Int32Array(slots);
      this.endingHead = new Int32Array(slots).fill(NONE);
      this.endingTail = new Int32Array(slots).fill(NONE);
      this.endingSeen = new Uint8Array(slots);
      this.pendingHead = new Int32Array(slots).fill(NONE);
      this.acceptedSlots = new Int32Array(index.nodeIds.length);
      this.endingSlots = new Int32Array(index.nodeIds.length);
    }
    if (this.onPath.length !== index.nodeIds.length || this.pathMark > 0x3fffffff) {
      this.onPath = new Int32Array(index.nodeIds.length);
      this.pathMark = 0;
    }
    this.index = index;
    this.nodes.length = 0;
    this.endingNodes.length = 0;
    this.objects.clear();
    this.count = 0;
    this.heapSize = 0;
  }

  private add(
    node: number,
    parent: number,
    step: number,
    cost: number,
    hops: number,
    cond: number,
    rank: number,
  ): number {
    const l = this.count;
    if (l === this.node.length) this.grow();
    this.node[l] = node;
    this.parent[l] = parent;
    this.step[l] = step;
    this.cost[l] = cost;
    this.hops[l] = hops;
    this.cond[l] = cond;
    this.rank[l] = rank;
    this.nextAccepted[l] = NONE;
    this.nextEnding[l] = NONE;
    this.nextPending[l] = NONE;
    this.count = l + 1;
    return l;
  }

  private grow(): void {
    const size = Math.max(1024, this.node.length * 2);
    const int = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const float = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.node = int(this.node);
    this.parent = int(this.parent);
    this.step = int(this.step);
    this.cost = float(this.cost);
    this.hops = int(this.hops);
    this.cond = int(this.cond);
    this.rank = float(this.rank);
    this.nextAccepted = int(this.nextAccepted);
    this.nextEnding = int(this.nextEnding);
    this.nextPending = int(this.nextPending);
  }

  /** At least k arrivals already accepted in the slot, one of them with no more hops and no more
   *  conditional steps. */
  private dominated(slot: number, hops: number, cond: number, k: number): boolean {
    if (this.acceptedCount[slot] < k) return false;
    // Every load made on the first pass through the loop, so that code optimised early (the first
    // search's loop is optimised while it runs) has seen them all and is not thrown away later.
    const { hops: hopsOf, cond: condOf, nextAccepted } = this;
    for (let l = this.acceptedHead[slot]; l !== NONE;) {
      const h = hopsOf[l];
      const c = condOf[l];
      const next = nextAccepted[l];
      if (h <= hops && c <= cond) return true;
      l = next;
    }
    return false;
  }

  private accept(slot: number, label: number): void {
    const tail = this.acceptedTail[slot];
    if (tail === NONE) {
      this.acceptedHead[slot] = label;
      const node = this.node[label];
      if (this.acceptedSlots[node] === 0) this.nodes.push(node);
      this.acceptedSlots[node] = appendDigit(this.acceptedSlots[node], slot - node * SLOT_COUNT);
    } else this.nextAccepted[tail] = label;
    this.acceptedTail[slot] = label;
    this.acceptedCount[slot]++;
  }

  /** Keeps an arrival that ends a path for the final acceptance pass, unless that pass would surely
   *  reject it: an arrival accepted in the slot already dominates it (that pass rejects it whatever
   *  comes before), or, with k = 1, a kept one created earlier comes first in the order and dominates
   *  it (then the first of that chain is accepted, or something accepted dominates it). With k = 1 the
   *  new one also drops the kept ones it comes before and dominates. Dropped arrivals would only have
   *  been rejected, and the kept ones stay in creation order, so the pass accepts exactly the same. */
  private addEnding(slot: number, label: number, k: number): void {
    const node = this.node[label];
    if (!this.endingSeen[slot]) {
      // The slot counts as reached (for the order of the pass) even if this arrival is dropped.
      this.endingSeen[slot] = 1;
      if (this.endingSlots[node] === 0) this.endingNodes.push(node);
      this.endingSlots[node] = appendDigit(this.endingSlots[node], slot - node * SLOT_COUNT);
    }
    const hops = this.hops[label];
    const cond = this.cond[label];
    if (this.dominated(slot, hops, cond, k)) return this.drop(label);
    if (k === 1) {
      // Loads made on each pass whatever the comparisons give (as in `dominated`).
      const { hops: hopsOf, cond: condOf, nextEnding } = this;
      for (let m = this.endingHead[slot]; m !== NONE;) {
        const h = hopsOf[m];
        const c = condOf[m];
        const next = nextEnding[m];
        if (h <= hops && c <= cond && this.compare(m, label) <= 0) return this.drop(label);
        m = next;
      }
      let previous = NONE;
      for (let m = this.endingHead[slot]; m !== NONE;) {
        const h = hopsOf[m];
        const c = condOf[m];
        const next = nextEnding[m];
        if (hops <= h && cond <= c && this.compare(label, m) < 0) {
          if (previous === NONE) this.endingHead[slot] = next;
          else nextEnding[previous] = next;
          if (this.endingTail[slot] === m) this.endingTail[slot] = previous;
        } else previous = m;
        m = next;
      }
    }
    const tail = this.endingTail[slot];
    if (tail === NONE) this.endingHead[slot] = label;
    else this.nextEnding[tail] = label;
    this.endingTail[slot] = label;
  }

  /** Whether to queue a path that goes on (k = 1, total queue order). Not if a path queued earlier
   *  for the same slot comes before it and has no more hops and no more conditional steps: that one
   *  is popped first and is accepted (then this one is dominated) or rejected by an accepted one
   *  that also dominates this one, so this one would be popped only to be rejected, and, the order
   *  being total, leaving it out changes no other pop. Queued paths it comes before and dominates
   *  leave the list (they stay queued): this one stands in for them. */
  private keepPending(slot: number, label: number): boolean {
    const hops = this.hops[label];
    const cond = this.cond[label];
    const head = this.pendingHead[slot];
    // Loads made on each pass whatever the comparisons give (as in `dominated`).
    const { hops: hopsOf, cond: condOf, nextPending } = this;
    for (let m = head; m !== NONE;) {
      const h = hopsOf[m];
      const c = condOf[m];
      const next = nextPending[m];
      if (h <= hops && c <= cond && this.compare(m, label) < 0) return false;
      m = next;
    }
    let previous = NONE;
    for (let m = head; m !== NONE;) {
      const h = hopsOf[m];
      const c = condOf[m];
      const next = nextPending[m];
      if (hops <= h && cond <= c && this.compare(label, m) < 0) {
        if (previous === NONE) this.pendingHead[slot] = next;
        else nextPending[previous] = next;
      } else previous = m;
      m = next;
    }
    if (head === NONE) this.pendingSlots.push(slot);
    this.nextPending[label] = this.pendingHead[slot];
    this.pendingHead[slot] = label;
    return true;
  }

  /** Forgets the newest label (it was just added and nothing refers to it). */
  private drop(label: number): void {
    if (label === this.count - 1) this.count--;
  }

  // The binary heap of `PriorityQueue`, on label rows: same sift steps, so equal labels leave it
  // in the same order.
  private before(a: number, b: number): boolean {
    return this.compare(a, b) < 0;
  }

  private push(label: number): void {
    if (this.heapSize === this.heap.length) {
      const bigger = new Int32Array(this.heap.length * 2);
      bigger.set(this.heap);
      this.heap = bigger;
    }
    const items = this.heap;
    let i = this.heapSize++;
    items[i] = label;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      const t = items[i];
      items[i] = items[parent];
      items[parent] = t;
      i = parent;
    }
  }

  private pop(): number {
    const items = this.heap;
    const top = items[0];
    const size = --this.heapSize;
    if (size > 0) {
      items[0] = items[size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && this.before(items[l], items[m])) m = l;
        if (r < size && this.before(items[r], items[m])) m = r;
        if (m === i) break;
        const t = items[i];
        items[i] = items[m];
        items[m] = t;
        i = m;
      }
    }
    return top;
  }
}

/** Appends a slot number to a node's creation-ordered list of 3-bit digits. */
function appendDigit(digits: number, slot: number): number {
  let shift = 0;
  while (digits >> shift !== 0) shift += 3;
  return digits | ((slot + 1) << shift);
}
