// A bare `import 'x'` evaluates the module for its effects; importing it again by another path is the same module.
globalThis.order = [];
await import('./fixtures/side-effect-only.js');
await import('./fixtures/../fixtures/side-effect-only.js');
await import(new URL('./fixtures/side-effect-only.js', import.meta.url));
console.log(globalThis.order);
