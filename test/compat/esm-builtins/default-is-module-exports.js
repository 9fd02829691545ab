// The default export of a builtin is the object require() gives.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const id of ['fs', 'path', 'events', 'util', 'os', 'url', 'buffer', 'assert', 'stream', 'crypto']) {
  const ns = await import(`node:${id}`);
  const plain = await import(id);
  console.log(id, ns.default === require(id), ns === plain);
}
