// The same package subpath resolves per loader: "require" for require(), "import" for import.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const rel = (p) => p.replace(process.cwd(), '.');
console.log(rel(require.resolve('exp-conds')), (await import('exp-conds')).id);
console.log(rel(require.resolve('exp-sugar')), (await import('exp-sugar')).id);
