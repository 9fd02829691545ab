// CommonJS from ES modules: module.exports is the default export; names found by static analysis.
import named, { a, 'b-c' as bc, d, e } from './fixtures/cjs/named.cjs';
import * as namedNs from './fixtures/cjs/named.cjs';
import literal, { x, shorthand } from './fixtures/cjs/literal.cjs';
import * as reexported from './fixtures/cjs/reexport.cjs';
import Widget from './fixtures/cjs/klass.cjs';
import text from './fixtures/cjs/string.cjs';
import * as missingNs from './fixtures/cjs/missing.cjs';

console.log(named, a, bc, d, e);
console.log(Object.keys(namedNs), namedNs['module.exports'] === named);
console.log(literal.y, x, shorthand());
console.log(Object.keys(reexported), reexported.a);
console.log(Widget.make(), text);
console.log(Object.keys(missingNs), missingNs.missing);
