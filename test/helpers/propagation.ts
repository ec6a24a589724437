// flagPropagation for tests: the document and the shapes it answers with.

export const FLAG_PROPAGATION = `query ($key: String!) {
  flagPropagation(flagKey: $key) {
    revision flagKey committedAt open reached applied lost p50Ms p99Ms slowestMs complete
    instances { instance self clients onLatest latestRevision shareOnLatest open reached applied lost p50Ms p99Ms slowestMs }
  }
}`;
export interface InstanceFigures {
  instance: string;
  self: boolean;
  clients: number;
  onLatest: number;
  latestRevision: number;
  shareOnLatest: number | null;
  open: number;
  reached: number;
  applied: number;
  lost: number;
  p50Ms: number | null;
  p99Ms: number | null;
  slowestMs: number | null;
}
export interface Propagation {
  revision: number;
  flagKey: string;
  committedAt: string | null;
  open: number;
  reached: number;
  applied: number;
  lost: number;
  p50Ms: number | null;
  p99Ms: number | null;
  slowestMs: number | null;
  complete: boolean;
  instances: InstanceFigures[];
}
