// Where instances publish their propagation reports: a PostgreSQL (or PGlite) row per instance.
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db-types.js';
import type { InstanceReport } from './propagation-report.js';

export interface PropagationReportStore {
  put(report: InstanceReport): Promise<void>;
  /** Reports written at or after `since` (epoch ms). */
  list(since: number): Promise<InstanceReport[]>;
  remove(instance: string): Promise<void>;
  /** Deletes reports written before `before` (instances that died without removing theirs). */
  prune(before: number): Promise<void>;
}

export class PgPropagationReportStore implements PropagationReportStore {
  constructor(private readonly db: Kysely<Database>) {}

  async put(report: InstanceReport): Promise<void> {
    const row = {
      instance: report.instance,
      report: JSON.stringify(report),
      reported_at: new Date(report.reportedAt),
    };
    await this.db
      .insertInto('propagation_reports')
      .values(row)
      .onConflict((c) =>
        c.column('instance').doUpdateSet({ report: row.report, reported_at: row.reported_at }),
      )
      .execute();
  }

  async list(since: number): Promise<InstanceReport[]> {
    const rows = await this.db
      .selectFrom('propagation_reports')
      .select('report')
      .where('reported_at', '>=', new Date(since))
      .execute();
    return rows.map(
      (r) => (typeof r.report === 'string' ? JSON.parse(r.report) : r.report) as InstanceReport,
    );
  }

  async remove(instance: string): Promise<void> {
    await this.db.deleteFrom('propagation_reports').where('instance', '=', instance).execute();
  }

  async prune(before: number): Promise<void> {
    await this.db.deleteFrom('propagation_reports').where('reported_at', '<', new Date(before)).execute();
  }
}
