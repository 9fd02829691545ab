process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => console.log('still running'), 5);
throw new Error('first');
