// Reads Prometheus exposition text: metric families by name, and a series' value by labels.
export interface Exposition {
  /** `# TYPE` lines: metric family name -> type. */
  types: Map<string, string>;
  /** The sum of the values of every sample named `name` whose labels include `labels`. */
  value(name: string, labels?: Record<string, string>): number;
  /** Every series name exported, with the histogram and summary suffixes. */
  seriesNames(): Set<string>;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      const [, , name = '', type = ''] = line.split(' ');
      types.set(name, type);
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(LABEL)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1] ?? '', labels, value: Number(match[3]) });
  }
  return {
    types,
    value: (name, labels = {}) =>
      samples
        .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        .reduce((sum, s) => sum + s.value, 0),
    seriesNames: () => new Set(samples.map((s) => s.name)),
  };
}
