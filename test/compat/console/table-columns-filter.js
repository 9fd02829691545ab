const data = [{ a: 1, b: 'Y', c: true }, { a: 'Z', b: 2 }];
console.table(data, ['a']);
console.table(data, ['c', 'a']);
console.table(data, ['missing']);
console.table(data, []);
