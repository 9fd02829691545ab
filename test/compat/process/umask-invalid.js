for (const v of ['abc', 1.5, -1]) {
  try {
    process.umask(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
