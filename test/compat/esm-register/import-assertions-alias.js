// Hooks may still use `importAssertions`, the old name of `importAttributes`: Node takes it, with a warning.
import { register } from 'node:module';

register(`data:text/javascript,export ${encodeURIComponent(function load(url, context, nextLoad) {
  if (url === 'data:') {
    context.importAssertions = { type: 'json' };
    return nextLoad('data:application/json,{"via":"assertions"}', context);
  }
  return nextLoad(url, context);
})}`);

console.log({ ...await import('data:') });
