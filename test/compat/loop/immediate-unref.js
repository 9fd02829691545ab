const im = setImmediate(() => console.log('unref immediate still runs when the loop turns'));
im.unref();
console.log('hasRef', im.hasRef());
setTimeout(() => console.log('timer'), 50);
