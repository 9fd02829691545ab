// A builtin's named exports are its own enumerable keys plus "default".
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const id of ['path', 'events', 'assert', 'url', 'string_decoder', 'timers/promises']) {
  const ns = await import(`node:${id}`);
  const keys = Object.keys(ns).filter((k) => k !== 'default');
  const own = Object.keys(require(id));
  console.log(id, keys.length === own.length && own.every((k) => keys.includes(k)), 'default' in ns);
}
