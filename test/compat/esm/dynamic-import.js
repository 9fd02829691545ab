// import() resolves to the same namespace as a static import, for modules, builtins and JSON.
import * as staticNs from './fixtures/forms.js';

const dynamicNs = await import('./fixtures/forms.js');
console.log(dynamicNs === staticNs);
const fs = await import('node:fs');
const fsBare = await import('fs');
console.log(fs === fsBare, typeof fs.readFileSync, fs.default.readFileSync === fs.readFileSync);
const json = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(json.default, Object.keys(json));
const specifier = './fixtures/' + 'tla-plain.js';
console.log((await import(specifier)).plain);
const [a, b] = await Promise.all([import('./fixtures/forms.js'), import('./fixtures/forms.js')]);
console.log(a === b);
