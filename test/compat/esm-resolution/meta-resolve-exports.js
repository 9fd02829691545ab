// import.meta.resolve follows "exports" patterns and conditions like import does.
const rel = (u) => u.replace(new URL('./', import.meta.url).href, './');
console.log(rel(import.meta.resolve('exp-patterns/features/beta/gamma')));
console.log(rel(import.meta.resolve('exp-conds')));
console.log(rel(import.meta.resolve('#pkgsub/alpha')));
try { import.meta.resolve('exp-patterns/features/private/x'); } catch (err) { console.log(err.code); }
