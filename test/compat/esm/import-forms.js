// Every import form against one module of every export form.
import defaultFn, * as ns from './fixtures/forms.js';
import { counter, constant, increment, Thing, renamed, 'string name' as stringName } from './fixtures/forms.js';
import { default as sameDefault } from './fixtures/forms.js';

console.log(defaultFn(), defaultFn.name, sameDefault === defaultFn);
console.log(counter, constant, renamed, stringName, Thing.kind);
increment();
console.log('live binding after increment:', counter, ns.counter);
console.log(Object.keys(ns));
console.log(ns['string name'], ns.default === defaultFn);
