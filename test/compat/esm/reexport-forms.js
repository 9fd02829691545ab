// export * / export * as / re-exported default and aliases.
import * as re from './fixtures/reexport.js';
import again, { forms, aliased, constant } from './fixtures/reexport.js';

console.log(Object.keys(re));
console.log(again(), re.default === again, forms.constant, aliased, constant);
console.log(forms === re.forms, Object.keys(forms).length);
