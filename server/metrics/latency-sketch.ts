// A mergeable latency sketch (DDSketch, 1% relative error) and its compact byte form for rollup rows.
import { DDSketch } from '@datadog/sketches-js';

/** Every quantile read from a sketch is within this relative error of the exact one (DDSketch's guarantee). */
export const RELATIVE_ACCURACY = 0.01;

// Layout (float64 little-endian): version, zeroCount, count, sum, min, max, minKey, then one count per key
// from minKey on. The package's own toProto needs protobufjs, which is not installed; the bins are all
// a DDSketch is, so this form merges exactly like the protobuf one would.
const VERSION = 1;
const HEADER = 7;

export class LatencySketch {
  private readonly sketch = new DDSketch({ relativeAccuracy: RELATIVE_ACCURACY });

  get count(): number {
    return this.sketch.count;
  }

  get sum(): number {
    return this.sketch.sum;
  }

  /** Latencies are never negative; a negative reading (clock step) counts as 0. */
  add(ms: number): void {
    this.sketch.accept(Number.isFinite(ms) && ms > 0 ? ms : 0);
  }

  merge(other: LatencySketch): void {
    this.sketch.merge(other.sketch);
  }

  /** Adds a serialized sketch's bins without building an object for it (the KPI read path). */
  mergeBytes(bytes: Uint8Array): void {
    const view = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (view.length < HEADER || view[0] !== VERSION) throw new Error('not a latency sketch');
    const [, zeroCount = 0, count = 0, sum = 0, min = 0, max = 0, minKey = 0] = view;
    if (count === 0) return;
    const store = this.sketch.store;
    for (let i = HEADER; i < view.length; i++) {
      const c = view[i] ?? 0;
      if (c > 0) store.add(minKey + i - HEADER, c);
    }
    const s = this.sketch;
    s.zeroCount += zeroCount;
    s.count += count;
    s.sum += sum;
    if (min < s.min) s.min = min;
    if (max > s.max) s.max = max;
  }

  toBytes(): Uint8Array {
    const s = this.sketch;
    const store = s.store;
    const empty = store.count === 0;
    const length = empty ? 0 : store.maxKey - store.minKey + 1;
    const out = new Float64Array(HEADER + length);
    out.set([
      VERSION,
      s.zeroCount,
      s.count,
      s.sum,
      s.count ? s.min : 0,
      s.count ? s.max : 0,
      empty ? 0 : store.minKey,
    ]);
    for (let k = 0; k < length; k++) out[HEADER + k] = store.bins[store.minKey + k - store.offset] ?? 0;
    return new Uint8Array(out.buffer);
  }

  static fromBytes(bytes: Uint8Array): LatencySketch {
    const sketch = new LatencySketch();
    sketch.mergeBytes(bytes);
    return sketch;
  }

  /** The value at quantile q (0..1), or null when the sketch holds no value. */
  quantile(q: number): number | null {
    if (this.sketch.count === 0) return null;
    const value = this.sketch.getValueAtQuantile(q);
    return Number.isFinite(value) ? value : null;
  }
}
