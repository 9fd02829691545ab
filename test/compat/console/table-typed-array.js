console.table(new Uint8Array([1, 2, 3]));
console.table([new Uint8Array([4, 5])]);
