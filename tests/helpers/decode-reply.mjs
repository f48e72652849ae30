// React's own decoder of server action calls, as Next runs it (production build, under the
// `react-server` condition, which a test process does not have: tests/unit/action-request.test.ts
// starts this file in a child). Reads a JSON list of bodies on stdin, answers a JSON list of
// "ok" or the error's message.
import { decodeReply } from 'next/dist/compiled/react-server-dom-webpack/server.node.js';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const results = [];
  for (const body of JSON.parse(input)) {
    const reply = typeof body === 'string' ? body : new FormData();
    if (typeof body !== 'string') for (const [key, value] of body) reply.append(key, value);
    try {
      const args = await decodeReply(reply, {}, { temporaryReferences: undefined });
      results.push(Array.isArray(args) ? 'ok' : 'not a list');
    } catch (error) {
      results.push(String(error && error.message));
    }
  }
  process.stdout.write(JSON.stringify(results));
});
