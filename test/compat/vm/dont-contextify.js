// vm.constants.DONT_CONTEXTIFY: the context's ordinary global object, without an object behind it.
const vm = require('node:vm');

const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof global, vm.isContext(global), Object.keys(global));
console.log(vm.runInContext('this', global) === global, vm.runInContext('globalThis', global) === global);
vm.runInContext('var declared = 1; assigned = 2; let lexical = 3;', global);
console.log(global.declared, global.assigned, global.lexical, global.Array === Array, typeof global.Array);
global.fromOutside = 'o';
console.log(vm.runInContext('fromOutside', global));
Object.freeze(global);
console.log(vm.runInContext('"use strict"; try { late = 1; "no error" } catch (e) { e.name }', global));
console.log(vm.createContext(vm.constants.DONT_CONTEXTIFY) !== vm.createContext(vm.constants.DONT_CONTEXTIFY));
