console.group('outer');
console.table([{ a: 1 }]);
console.group();
console.table(['x']);
console.groupEnd();
console.groupEnd();
console.table([{ a: 2 }]);
