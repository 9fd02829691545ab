// What inspect shows of a module (Node hides the constructor and parent behind prototype getters).
const child = require('./fixtures/rel/self');
const shown = require('util').inspect(child, { depth: 0 }).split(__dirname).join('<dir>');
console.log(shown);
const proto = Object.getPrototypeOf(module);
for (const key of ['constructor', 'parent', 'isPreloading']) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  console.log(key, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(proto.constructor === require('module'), child.parent === module, module.isPreloading);
console.log(Object.getOwnPropertyDescriptor(module, 'parent'));
