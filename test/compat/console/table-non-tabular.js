console.table(1);
console.table('string');
console.table(null);
console.table(undefined);
console.table(Symbol('s'));
console.table();
