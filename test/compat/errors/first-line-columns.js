const e = new Error('first line'); console.log(e.stack.split('\n')[1].split('/').pop()); function f() { return new Error('in f').stack.split('\n')[1].split('/').pop(); } console.log(f());
console.log(new Error('second line').stack.split('\n')[1].split('/').pop());
