console.table([{ obj: { x: 1, y: [1, 2] }, arr: [1, 2, 3], fn() {} }, { map: new Map([[1, 2]]), s: 'a\nb' }]);
console.table([[1, [2, 3]], [{ deep: { deeper: 1 } }]]);
