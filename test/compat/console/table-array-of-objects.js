console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
