// One instance's propagation figures as it publishes them for the others: its live gauge and recent revisions.
import { LatencySketch } from '../metrics/latency-sketch.js';
import type { LiveGauge, RevisionFigures } from './propagation-tracker.js';

/** Revisions an instance publishes (the newest that it sent updates for); the rest are in the metric rollups. */
export const REPORTED_REVISIONS = 10;

export interface ReportedRevision {
  revision: number;
  committedAt: number;
  open: number;
  reached: number;
  applied: number;
  lost: number;
  slowestMs: number | null;
  /** The commit-to-read delays' sketch (server/metrics/latency-sketch.ts bytes, base64). */
  sketch: string;
}

export interface InstanceReport {
  instance: string;
  reportedAt: number;
  gauge: LiveGauge;
  revisions: ReportedRevision[];
}

export function toReport(
  instance: string,
  reportedAt: number,
  gauge: LiveGauge,
  figures: readonly RevisionFigures[],
  /** Every revision given (this instance answering for itself), not just the newest with clients. */
  all = false,
): InstanceReport {
  const reported = all ? figures : figures.filter((f) => f.open + f.lost > 0).slice(-REPORTED_REVISIONS);
  return {
    instance,
    reportedAt,
    gauge,
    revisions: reported.map((f) => ({
      revision: f.revision,
      committedAt: f.committedAt,
      open: f.open,
      reached: f.reached,
      applied: f.applied,
      lost: f.lost,
      slowestMs: f.slowestMs,
      sketch: Buffer.from(f.sketch.toBytes()).toString('base64'),
    })),
  };
}

export function sketchOf(revision: ReportedRevision): LatencySketch {
  return LatencySketch.fromBytes(new Uint8Array(Buffer.from(revision.sketch, 'base64')));
}
