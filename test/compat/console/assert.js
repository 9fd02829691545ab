console.assert(true, 'not printed');
console.assert(false, 'printed %s', 'formatted');
console.assert(0);
console.assert(false, { obj: 1 });
console.assert('', 'empty string is falsy');
console.assert(false, 'a', 'b');
console.log('done');
