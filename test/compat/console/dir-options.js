const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } });
console.dir('string', { colors: false });
console.dir([1, 2, 3], { compact: false });
console.dir({ b: 1, a: 2 }, { sorted: true });
