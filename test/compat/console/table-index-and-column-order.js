// Columns are kept like an object's keys: integer-like names first, then in order of appearance.
console.table([{ b: 1, 0: 'zero' }, { a: 2, 10: 'ten', 2: 'two' }]);
console.table([{ b: 1, 0: 2 }], ['b', '0']);
console.table([{ Values: 5 }, 3]);
console.table({ 2: { v: 'b' }, 1: { v: 'a' }, z: { v: 'c' } });
console.table([{ a: 1 }, , { a: 3 }]);
console.table([{ '': 'empty key', '(index)': 'index key' }]);
console.table([{ a: -0, b: 10n, c: Symbol('q'), d: null, e: undefined }]);
