// Makes errors and text safe to log: no connection strings, passwords or tokens, whatever a dependency put in them.

// A whole connection string: its user, password and host say too much.
const CONNECTION_URL = /\b(postgres(?:ql)?|rediss?|mysql|mongodb(?:\+srv)?|amqps?):\/\/[^\s'"`<>]+/gi;
// key=value and key: value pairs whose value is a secret (libpq strings, JSON-ish dumps, headers).
const SECRET_PAIR =
  /\b(password|passwd|pwd|secret|token|authorization|api[_-]?key)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|(?:bearer\s+)?[^\s,;&'"}]+)/gi;
// A bearer token or a JWT wherever it appears.
const BEARER = /\bbearer\s+[\w.~+/-]+=*/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/** `text` with connection strings, secret pairs, bearer tokens, JWTs and every one of `secrets` replaced. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text
    .replace(CONNECTION_URL, '$1://[redacted]')
    .replace(SECRET_PAIR, '$1$2[redacted]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(JWT, '[redacted]');
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

export interface SafeError {
  message: string;
  name?: string;
  /** A SQLSTATE, errno code or Augur code: what operators match on. */
  code?: string;
}

/**
 * The parts of an error that are safe to log. pg attaches the client (with its connection parameters,
 * password included) to pool errors, so an error object is never logged whole.
 */
export function safeError(error: unknown, secrets: readonly string[] = []): SafeError {
  if (!(error instanceof Error)) return { message: scrub(String(error), secrets) };
  const code = (error as { code?: unknown }).code;
  return {
    message: scrub(error.message, secrets),
    ...(error.name && error.name !== 'Error' ? { name: error.name } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
  };
}

/** The password inside a connection string, if any: it may turn up in messages on its own. */
export function urlPassword(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
}

/**
 * The logger's `err` serializer: type, scrubbed message and stack, and the error's own plain fields
 * (code, SQLSTATE detail...) scrubbed. Objects hanging off an error (pg's `client`) are left out.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (typeof error !== 'object' || error === null) return scrub(String(error));
  const out: Record<string, unknown> = {};
  if (error instanceof Error) {
    out.type = error.name;
    out.message = scrub(error.message);
    if (error.stack) out.stack = scrub(error.stack);
  }
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string') out[key] = scrub(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < 2) out.cause = serializeError(cause, depth + 1);
  return out;
}
