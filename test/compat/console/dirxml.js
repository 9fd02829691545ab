console.dirxml({ a: 1 }, 'two', [3]);
console.dirxml();
