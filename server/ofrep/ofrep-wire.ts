// The OFREP wire shapes Augur sends (OpenFeature Remote Evaluation Protocol, open-feature/protocol).

/** OFREP's evaluation error codes; FLAG_NOT_FOUND answers 404, the rest 400. */
export type OfrepErrorCode =
  | 'PARSE_ERROR'
  | 'TARGETING_KEY_MISSING'
  | 'INVALID_CONTEXT'
  | 'FLAG_NOT_FOUND'
  | 'GENERAL';

/** The OpenFeature reasons Augur reports (the values OFREP's document lists). */
export type OfrepReason = 'STATIC' | 'TARGETING_MATCH' | 'SPLIT' | 'DISABLED' | 'UNKNOWN';

export type OfrepMetadata = Record<string, string | number | boolean>;

export interface OfrepSuccess {
  key: string;
  value: unknown;
  variant?: string;
  reason: OfrepReason;
  metadata: OfrepMetadata;
}

export interface OfrepFailure {
  key?: string;
  errorCode: OfrepErrorCode;
  errorDetails: string;
}

/** An `eventStreams` entry: providers join `requestUri` to the origin they reached Augur on. */
export interface OfrepEventStream {
  type: 'sse';
  endpoint: { requestUri: string };
  inactivityDelaySec: number;
}

export interface OfrepBulkSuccess {
  flags: OfrepSuccess[];
  eventStreams: OfrepEventStream[];
  metadata: OfrepMetadata;
}

export const OFREP_PREFIX = '/ofrep/v1';
export const EVALUATE_PATH = `${OFREP_PREFIX}/evaluate/flags`;
export const EVENTS_PATH = `${OFREP_PREFIX}/events`;

/** An expected refusal of an OFREP request, answered with `status` and an OFREP error body. */
export class OfrepRefusal extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: OfrepErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'OfrepRefusal';
  }
}
