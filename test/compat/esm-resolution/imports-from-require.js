// "#imports" and self-references resolve for require() too, from files of the package.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const rel = (p) => p.replace(process.cwd(), '.');
console.log(rel(require.resolve('#dep')), rel(require.resolve('#pat/one')), rel(require.resolve('esm-resolution-root/sub')));
try { require.resolve('#missing'); } catch (err) { console.log(err.code); }
