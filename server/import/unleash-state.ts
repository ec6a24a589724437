// The Unleash client-API state an import reads: features and segments, from a snapshot or a delta event stream.
import { isRecord } from '../evaluation/validate-parts.js';

export interface UnleashConstraint {
  contextName?: string;
  operator?: string;
  values?: unknown[];
  value?: unknown;
  inverted?: boolean;
  caseInsensitive?: boolean;
}

export interface UnleashOverride {
  contextName?: string;
  values?: unknown[];
}

export interface UnleashVariant {
  name?: string;
  weight?: number;
  stickiness?: string;
  payload?: { type?: string; value?: unknown };
  overrides?: UnleashOverride[];
}

export interface UnleashStrategy {
  name?: string;
  parameters?: Record<string, unknown>;
  constraints?: Array<UnleashConstraint | null>;
  segments?: number[];
  variants?: UnleashVariant[];
}

export interface UnleashFeature {
  name: string;
  description?: string | null;
  enabled?: boolean;
  strategies?: UnleashStrategy[];
  variants?: UnleashVariant[] | null;
  dependencies?: Array<{ feature?: string; enabled?: boolean; variants?: string[] }>;
}

export interface UnleashSegment {
  id: number;
  name?: string;
  constraints?: Array<UnleashConstraint | null>;
}

export interface UnleashState {
  features: UnleashFeature[];
  segments: UnleashSegment[];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isFeature = (value: unknown): value is UnleashFeature =>
  isRecord(value) && typeof value.name === 'string';
const isSegment = (value: unknown): value is UnleashSegment =>
  isRecord(value) && typeof value.id === 'number';

/**
 * `{ features, segments }` as `/api/client/features` returns it, or `{ events }` as the delta API streams it
 * (hydration, feature-updated / -removed, segment-updated / -removed, applied in order). Undefined otherwise.
 */
export function readUnleashState(input: unknown): UnleashState | undefined {
  if (!isRecord(input)) return undefined;
  // A client-specification file wraps its state: { name, state, tests }.
  if (isRecord(input.state) && !('features' in input) && !('events' in input))
    return readUnleashState(input.state);
  if (Array.isArray(input.features)) {
    return { features: input.features.filter(isFeature), segments: list(input.segments).filter(isSegment) };
  }
  if (!Array.isArray(input.events)) return undefined;
  const features = new Map<string, UnleashFeature>();
  const segments = new Map<number, UnleashSegment>();
  for (const event of input.events) {
    if (!isRecord(event)) continue;
    switch (event.type) {
      case 'hydration':
        features.clear();
        segments.clear();
        for (const f of list(event.features).filter(isFeature)) features.set(f.name, f);
        for (const s of list(event.segments).filter(isSegment)) segments.set(s.id, s);
        break;
      case 'feature-updated':
        if (isFeature(event.feature)) features.set(event.feature.name, event.feature);
        break;
      case 'feature-removed':
        if (typeof event.featureName === 'string') features.delete(event.featureName);
        break;
      case 'segment-updated':
        if (isSegment(event.segment)) segments.set(event.segment.id, event.segment);
        break;
      case 'segment-removed':
        if (typeof event.segmentId === 'number') segments.delete(event.segmentId);
        break;
    }
  }
  return { features: [...features.values()], segments: [...segments.values()] };
}
