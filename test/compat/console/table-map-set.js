console.table(new Map([['k1', { a: 1 }], ['k2', 2]]));
console.table(new Set([1, 'x', { b: 2 }]));
console.table(new Map());
