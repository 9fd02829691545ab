process.on('uncaughtException', (e) => {
  console.log('caught', e.message);
  throw new Error('again');
});
throw new Error('first');
