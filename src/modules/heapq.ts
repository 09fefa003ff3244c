/**
 * _heapq (Modules/_heapqmodule.c, 3.11): the min-heap operations and the
 * max-heap variants heapq.py imports, on list items in place, comparing
 * with < only and in the C version's order (the cache-friendly heapify
 * for lists over 2500 items), with its checks for a list that changes size
 * while it is being compared.
 */
import type { Value } from '../objects/base';
import { PyList } from '../objects/containers';
import { None } from '../objects/types';
import { newException, typeError, IndexError, RuntimeError } from '../objects/exceptions';
import { moduleFunction } from '../objects/define';
import type { NativeFn } from '../objects/function';
import * as A from '../objects/abstract';
import { registerNative, newModule } from './registry';

type Less = (a: Value, b: Value) => boolean;
const lt: Less = (a, b) => A.compareBool(a, b, A.CMP_LT);
const gt: Less = (a, b) => A.compareBool(b, a, A.CMP_LT);

function changedSize(): never {
  throw newException(RuntimeError, 'list changed size during iteration');
}

function outOfRange(): never {
  throw newException(IndexError, 'index out of range');
}

/** Move the item at pos up towards startpos while it is less than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) outOfRange();
  let newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const cmp = less(newitem, parent);
    if (size !== heap.items.length) changedSize();
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    newitem = arr[pos];
    arr[parentpos] = newitem;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Bubble the smaller child up from pos to a leaf, then sift the item there back down. */
function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) outOfRange();
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos];
      const b = heap.items[childpos + 1];
      if (!less(a, b)) childpos++;
      if (endpos !== heap.items.length) changedSize();
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

function heappop(heap: PyList, less: Less): Value {
  const items = heap.items;
  if (items.length === 0) outOfRange();
  const lastelt = items.pop()!;
  if (items.length === 0) return lastelt;
  const returnitem = items[0];
  items[0] = lastelt;
  siftup(heap, 0, less);
  return returnitem;
}

function heapreplace(heap: PyList, item: Value, less: Less): Value {
  if (heap.items.length === 0) outOfRange();
  const returnitem = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, less);
  return returnitem;
}

/** The highest power of two not above n (n >= 1). */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

function heapify(heap: PyList, less: Less): void {
  const n = heap.items.length;
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
    return;
  }
  // Sift a parent as soon as both of its children are heaps (same heap, same comparisons, other order).
  const m = n >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  const run = (from: number, to: number): void => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, less);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
  };
  run(leftmost - 1, mhalf);
  run(m - 1, leftmost);
}

// ---------------------------------------------------------------- argument checks

function twoArgs(name: string, fn: (heap: PyList, item: Value) => Value): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError(`_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
    const heap = args[0];
    if (!(heap instanceof PyList)) typeError(`${name}() argument 1 must be list, not ${heap === None ? 'None' : A.typeName(heap)}`);
    return fn(heap as PyList, args[1]);
  };
}

function oneArg(name: string, fn: (heap: PyList) => Value): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError(`_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
    const heap = args[0];
    if (!(heap instanceof PyList)) typeError(`${name}() argument must be list, not ${heap === None ? 'None' : A.typeName(heap)}`);
    return fn(heap as PyList);
  };
}

// ---------------------------------------------------------------- the module

const DOC = `Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
`;

const ABOUT = `Heap queues

[explanation by François Pinard]

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

The strange invariant above is meant to be an efficient memory
representation for a tournament.  The numbers below are \`k', not a[k]:

                                   0

                  1                                 2

          3               4                5               6

      7       8       9       10      11      12      13      14

    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30


In the tree above, each cell \`k' is topping \`2*k+1' and \`2*k+2'.  In
a usual binary tournament we see in sports, each cell is the winner
over the two cells it tops, and we can trace the winner down the tree
to see all opponents s/he had.  However, in many computer applications
of such tournaments, we do not need to trace the history of a winner.
To be more memory efficient, when a winner is promoted, we try to
replace it by something else at a lower level, and the rule becomes
that a cell and the two cells it tops contain three different items,
but the top cell "wins" over the two topped cells.

If this heap invariant is protected at all time, index 0 is clearly
the overall winner.  The simplest algorithmic way to remove it and
find the "next" winner is to move some loser (let's say cell 30 in the
diagram above) into the 0 position, and then percolate this new 0 down
the tree, exchanging values, until the invariant is re-established.
This is clearly logarithmic on the total number of items in the tree.
By iterating over all items, you get an O(n ln n) sort.

A nice feature of this sort is that you can efficiently insert new
items while the sort is going on, provided that the inserted items are
not "better" than the last 0'th element you extracted.  This is
especially useful in simulation contexts, where the tree holds all
incoming events, and the "win" condition means the smallest scheduled
time.  When an event schedule other events for execution, they are
scheduled into the future, so they can easily go into the heap.  So, a
heap is a good structure for implementing schedulers (this is what I
used for my MIDI sequencer :-).

Various structures for implementing schedulers have been extensively
studied, and heaps are good for this, as they are reasonably speedy,
the speed is almost constant, and the worst case is not much different
than the average case.  However, there are other representations which
are more efficient overall, yet the worst cases might be terrible.

Heaps are also very useful in big disk sorts.  You most probably all
know that a big sort implies producing "runs" (which are pre-sorted
sequences, which size is usually related to the amount of CPU memory),
followed by a merging passes for these runs, which merging is often
very cleverly organised[1].  It is very important that the initial
sort produces the longest runs possible.  Tournaments are a good way
to that.  If, using all the memory available to hold a tournament, you
replace and percolate items that happen to fit the current run, you'll
produce runs which are twice the size of the memory for random input,
and much better for input fuzzily ordered.

Moreover, if you output the 0'th item on disk and get an input which
may not fit in the current tournament (because the value "wins" over
the last output value), it cannot fit in the heap, so the size of the
heap decreases.  The freed memory could be cleverly reused immediately
for progressively building a second heap, which grows at exactly the
same rate the first heap is melting.  When the first heap completely
vanishes, you switch heaps and start a new run.  Clever and quite
effective!

In a word, heaps are useful memory structures to know.  I use them in
a few applications, and I think it is good to keep a \`heap' module
around. :-)

--------------------
[1] The disk balancing algorithms which are current, nowadays, are
more annoying than clever, and this is a consequence of the seeking
capabilities of the disks.  On devices which cannot seek, like big
tape drives, the story was quite different, and one had to be very
clever to ensure (far in advance) that each tape movement will be the
most effective possible (that is, will best participate at
"progressing" the merge).  Some tapes were even able to read
backwards, and this was also used to avoid the rewinding time.
Believe me, real good tape sorts were quite spectacular to watch!
From all times, sorting has always been a Great Art! :-)
`;

function create(): ReturnType<typeof newModule> {
  const m = newModule('_heapq', DOC);
  const d = m.dict;
  const fn = (name: string, f: NativeFn, doc: string): void => {
    moduleFunction(d, '_heapq', name, f, doc);
  };
  fn('heappush', twoArgs('heappush', (heap, item) => {
    heap.items.push(item);
    siftdown(heap, 0, heap.items.length - 1, lt);
    return None;
  }), 'Push item onto heap, maintaining the heap invariant.');
  fn('heappushpop', twoArgs('heappushpop', (heap, item) => {
    if (heap.items.length === 0) return item;
    if (!lt(heap.items[0], item)) return item;
    return heapreplace(heap, item, lt);
  }), 'Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().');
  fn('heappop', oneArg('heappop', (heap) => heappop(heap, lt)), 'Pop the smallest item off the heap, maintaining the heap invariant.');
  fn('heapreplace', twoArgs('heapreplace', (heap, item) => heapreplace(heap, item, lt)), 'Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)');
  fn('heapify', oneArg('heapify', (heap) => {
    heapify(heap, lt);
    return None;
  }), 'Transform list into a heap, in-place, in O(len(heap)) time.');
  fn('_heappop_max', oneArg('_heappop_max', (heap) => heappop(heap, gt)), 'Maxheap variant of heappop.');
  fn('_heapreplace_max', twoArgs('_heapreplace_max', (heap, item) => heapreplace(heap, item, gt)), 'Maxheap variant of heapreplace.');
  fn('_heapify_max', oneArg('_heapify_max', (heap) => {
    heapify(heap, gt);
    return None;
  }), 'Maxheap variant of heapify.');
  d.set('__about__', ABOUT);
  return m;
}

registerNative('_heapq', create);
