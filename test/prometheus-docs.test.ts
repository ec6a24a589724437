// docs/prometheus/alerts.yml and docs/grafana/augur.json against a real server: every metric they use is
// one /metrics exports, and (when promtool is installed) the rules pass `promtool check rules` and their
// unit tests. .ci/run installs Debian's prometheus package so CI always runs the promtool half.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition } from './helpers/prometheus-text.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const ALERTS = 'docs/prometheus/alerts.yml';
const ALERT_TESTS = 'docs/prometheus/alerts.test.yml';
const DASHBOARD = 'docs/grafana/augur.json';
const TOKEN = 'metrics-token-for-docs-test-0123';
const METRIC = /\b(?:augur|nodejs|process)_[a-z0-9_]+\b/g;
const PROMTOOL = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((p) => existsSync(p));

/** The series names a family exports (a histogram's _bucket, _sum and _count). */
function exportedNames(types: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const [family, type] of types) {
    names.add(family);
    if (type === 'histogram' || type === 'summary') {
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(family + suffix);
    }
  }
  return names;
}

function dashboardExpressions(): string[] {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    panels: { title: string; targets: { expr: string }[] }[];
  };
  return dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));
}

describe('the shipped alert rules and dashboard', () => {
  let server: TestServer;
  let exported: Set<string>;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUGUR_METRICS_TOKEN: TOKEN } });
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    exported = exportedNames(parseExposition(await response.text()).types);
  });
  afterAll(() => server.close());

  it('use only metric names the server exports', () => {
    const alertNames = new Set(readFileSync(ALERTS, 'utf8').match(METRIC));
    const panelNames = new Set(dashboardExpressions().join('\n').match(METRIC));
    expect(alertNames.size).toBeGreaterThanOrEqual(10);
    expect(panelNames.size).toBeGreaterThanOrEqual(15);
    expect([...alertNames].filter((n) => !exported.has(n))).toEqual([]);
    expect([...panelNames].filter((n) => !exported.has(n))).toEqual([]);
  });

  it('give every dashboard panel at least one query', () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: { targets: unknown[] }[] };
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });

  if (PROMTOOL) {
    it('pass promtool check rules and the rules unit tests', () => {
      const check = spawnSync(PROMTOOL, ['check', 'rules', ALERTS], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toMatch(/SUCCESS: \d+ rules found/);
      const unit = spawnSync(PROMTOOL, ['test', 'rules', ALERT_TESTS], { encoding: 'utf8' });
      expect(unit.status, unit.stdout + unit.stderr).toBe(0);
    });
  }
});
