console.table([1, 'two', true, null, undefined]);
console.table(['apples', 'oranges', 'bananas']);
