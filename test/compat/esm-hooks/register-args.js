// registerHooks checks that the hooks given are functions.
import { registerHooks } from 'node:module';
for (const arg of [{ resolve: 1 }, { load: 'x' }]) {
  try { registerHooks(arg); console.log('accepted'); } catch (err) { console.log(err.code, err.name); }
}
const h = registerHooks({});
console.log(typeof h.deregister);
h.deregister();
