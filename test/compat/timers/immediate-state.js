// What an immediate's own state looks like from inside its callback and after it ran.
'use strict';
const immediate = setImmediate(function (a, b) {
  console.log('inside:', typeof this._onImmediate, this === immediate, a, b);
  setImmediate(() => console.log('after:', immediate._onImmediate));
}, 'x', 'y');
const cleared = setImmediate(() => console.log('never'));
clearImmediate(cleared);
console.log('cleared:', cleared._onImmediate);
