// CommonJS require()s an ES module that imports the first CommonJS module back: ERR_REQUIRE_CYCLE_MODULE.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
try {
  require('./fixtures/cjs-esm-a.cjs');
} catch (err) {
  console.log(err.code, err.name);
  console.log(err.message.replaceAll(process.cwd(), '<cwd>'));
}
