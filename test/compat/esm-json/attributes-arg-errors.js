// import()'s second argument must be an object whose "with" is an object of strings.
for (const options of [1, { with: 1 }, { with: { type: 1 } }]) {
  try {
    await import('./fixtures/data.json', options);
  } catch (err) {
    console.log(err.name);
  }
}
