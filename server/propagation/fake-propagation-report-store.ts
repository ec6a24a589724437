// The in-memory twin of the propagation report store, for service unit tests.
import type { InstanceReport } from './propagation-report.js';
import type { PropagationReportStore } from './propagation-report-store.js';

export class FakePropagationReportStore implements PropagationReportStore {
  readonly reports = new Map<string, InstanceReport>();

  async put(report: InstanceReport): Promise<void> {
    this.reports.set(report.instance, structuredClone(report));
  }

  async list(since: number): Promise<InstanceReport[]> {
    return [...this.reports.values()].filter((r) => r.reportedAt >= since).map((r) => structuredClone(r));
  }

  async remove(instance: string): Promise<void> {
    this.reports.delete(instance);
  }

  async prune(before: number): Promise<void> {
    for (const [instance, report] of this.reports)
      if (report.reportedAt < before) this.reports.delete(instance);
  }
}
