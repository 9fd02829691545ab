// Cells are inspected one level deep, at most three array items, on one line.
console.table([{ arr: Array.from({ length: 10 }, (_, i) => i), obj: { x: { y: { z: 1 } } } }]);
console.table([{ long: { text: 'y'.repeat(90), more: [1, 2] } }]);
console.table([{ str: "it's", tab: 'a\tb', date: new Date(0), re: /x/g }]);
console.table([{ custom: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } } }]);
