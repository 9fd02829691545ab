console.table([]);
console.table({});
console.table([{}]);
console.table([[]]);
