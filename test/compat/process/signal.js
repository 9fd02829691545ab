process.on('SIGUSR2', (name, number) => {
  console.log('got', name, number);
  process.removeAllListeners('SIGUSR2');
});
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('done'), 200);
