for (const args of [['abc'], [process.pid, 'NOTASIGNAL'], [process.pid, -5.5]]) {
  try {
    process.kill(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
