// registerHooks: hooks see the import's attributes; a resolve answer's importAttributes replace them, and the same
// URL imported with another type is another module. A URL's query makes a module of its own, whose import.meta
// keeps the query.
import { registerHooks } from 'node:module';

const seen = [];
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('virtual:')) {
      seen.push(`resolve ${specifier} ${JSON.stringify(context.importAttributes)}`);
      const type = context.importAttributes.type;
      return { url: `file:///virtual/${specifier.slice(8)}`, shortCircuit: true, format: type === 'json' ? 'json' : 'module',
        importAttributes: type === 'json' ? { type: 'json' } : {} };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith('file:///virtual/')) {
      seen.push(`load ${url} ${context.format} ${JSON.stringify(context.importAttributes)}`);
      const source = context.format === 'json' ? '{"kind":"json"}' : 'export const kind = "module";';
      return { format: context.format, source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

const asJson = await import('virtual:thing', { with: { type: 'json' } });
const asModule = await import('virtual:thing');
const asJsonAgain = await import('virtual:thing', { with: { type: 'json' } });
console.log(asJson.default, asModule.kind, asJson === asJsonAgain, asJson === asModule);
console.log(seen.join('\n'));
hooks.deregister();

const one = await import('./fixtures/meta-url.js?one');
const two = await import('./fixtures/meta-url.js?two');
const oneAgain = await import('./fixtures/meta-url.js?one');
const plain = await import('./fixtures/meta-url.js');
console.log(one === oneAgain, one === two, one === plain);
for (const ns of [one, two, plain]) {
  console.log(new URL(ns.url).search, ns.url.endsWith('/fixtures/meta-url.js' + new URL(ns.url).search), ns.file.endsWith('/meta-url.js'));
}
