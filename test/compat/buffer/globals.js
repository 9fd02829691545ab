'use strict';
for (const name of ['Buffer', 'atob', 'btoa']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, typeof globalThis[name]);
}
console.log(Buffer === require('buffer').Buffer, atob === require('buffer').atob, btoa === require('node:buffer').btoa);
console.log(Object.keys(globalThis).filter((k) => ['Buffer', 'atob', 'btoa'].includes(k)));
