// import.meta's own keys in Node's order, its prototype, and that it is extensible.
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
import.meta.custom = 1;
console.log(import.meta.custom, Object.isExtensible(import.meta), typeof import.meta.resolve);
const d = Object.getOwnPropertyDescriptor(import.meta, "url");
console.log(d.writable, d.enumerable, d.configurable);
