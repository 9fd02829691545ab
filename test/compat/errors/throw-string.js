setTimeout(() => {
  throw 'a string';
}, 1);
