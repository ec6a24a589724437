// bench:kpi's load generator, in a process of its own so the server's CPU time is the server's alone.
const [url, token, body, countText, concurrencyText] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
let sent = 0;
let failed = 0;
async function worker(): Promise<void> {
  while (sent < count) {
    sent += 1;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) failed += 1;
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
process.stdout.write(`${JSON.stringify({ sent, failed })}\n`);
