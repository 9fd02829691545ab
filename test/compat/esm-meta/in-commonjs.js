// import.meta is a SyntaxError outside ES modules; typeof of it cannot be asked in CommonJS.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
try { require('./fixtures/uses-meta.cjs'); } catch (err) { console.log(err.name); }
