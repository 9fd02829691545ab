// The event globals: non-enumerable, writable, configurable data properties once read, as in Node.
const names = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException'];
for (const name of names) {
  const value = globalThis[name];
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof value, value.name, d.enumerable, d.writable, d.configurable, d.value === value);
}
console.log(Object.keys(globalThis).filter((k) => names.includes(k)));
globalThis.AbortController = 1;
console.log(AbortController);
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(CustomEvent) === Event);
