console.table([1, { a: 2 }, [3, 4], 'five']);
console.table([[1, 2], [3, 4, 5]]);
