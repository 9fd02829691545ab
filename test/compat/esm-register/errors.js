// What goes wrong on the hooks thread reaches the loading thread: a hooks module that cannot be found or
// resolved (register() throws), and hooks that throw or answer wrongly (the import rejects).
import { register } from 'node:module';

function show(error) {
  if (!(error instanceof Error)) return console.log('thrown:', error);
  console.log(error.name, error.code, error.message.split('\n')[0]);
}

for (const args of [['./fixtures/missing.js', import.meta.url], ['./fixtures/error-hooks.js'], ['some-package-x']]) {
  try {
    register(...args);
    console.log('registered', args[0]);
  } catch (error) {
    show(error);
  }
}
register('./fixtures/error-hooks.js', import.meta.url);
for (const specifier of ['throws:custom', 'throws:string', 'forgets:short-circuit', 'bad:url', './fixtures/missing.js']) {
  try {
    await import(specifier);
    console.log('imported', specifier);
  } catch (error) {
    show(error);
  }
}
