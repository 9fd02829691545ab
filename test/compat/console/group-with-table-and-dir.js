console.group('g');
console.dir({ a: 1 });
console.table([{ a: 1 }]);
console.groupEnd();
