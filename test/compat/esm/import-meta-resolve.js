// import.meta.resolve: relative, bare, builtin and missing specifiers, without loading anything.
const here = import.meta.url.slice(0, import.meta.url.lastIndexOf('/'));
const rel = (u) => (u.startsWith(here) ? `<here>${u.slice(here.length)}` : u);
console.log(rel(import.meta.resolve('./fixtures/forms.js')));
console.log(rel(import.meta.resolve('./does-not-exist.js')));
console.log(import.meta.resolve('fs'), import.meta.resolve('node:path'));
console.log(rel(import.meta.resolve('dual')).replace(/.*fixtures/, '<f>'));
for (const specifier of ['no-such-package', 'node:nope']) {
  try {
    import.meta.resolve(specifier);
  } catch (err) {
    console.log(err.code);
  }
}
