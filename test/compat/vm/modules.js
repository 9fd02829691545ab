// compat-argv: ["--experimental-vm-modules", "--no-warnings", "{case}"]
// vm.SourceTextModule and vm.SyntheticModule: module requests, linking by a linker or by linkRequests(), statuses,
// namespaces with live bindings, import.meta, evaluation errors, timeouts, contexts, and Node's errors.
const vm = require('node:vm');
const { inspect } = require('node:util');

(async () => {
  const dep = new vm.SourceTextModule('export let count = 1; export function bump() { count++; } export default "dep";',
    { identifier: 'dep.mjs' });
  const root = new vm.SourceTextModule(`
    import name, { count, bump } from 'dep';
    import { answer } from 'synthetic' with { kind: 'made-up' };
    import 'dep';
    bump();
    export const seen = [name, count, answer, import.meta.label];
    export { count };
  `, { initializeImportMeta(meta, module) { meta.label = module.identifier; } });
  console.log(root.identifier, root.status, root.moduleRequests, root.dependencySpecifiers);
  const synthetic = new vm.SyntheticModule(['answer'], function () { this.setExport('answer', 42); });
  console.log('synthetic', synthetic.status, synthetic.identifier);
  await root.link((specifier, referrer, { attributes }) => {
    console.log('linker', specifier, referrer === root, attributes);
    return specifier === 'dep' ? dep : synthetic;
  });
  console.log('linked', root.status, dep.status, root.hasAsyncGraph(), root.hasTopLevelAwait());
  const evaluation = root.evaluate();
  console.log('evaluated', root.status, inspect(evaluation), root.namespace.seen, root.namespace.count);
  dep.namespace.bump();
  console.log('live binding', root.namespace.count, Reflect.ownKeys(root.namespace));
  console.log(await evaluation, inspect(root, { depth: 0 }));

  const awaiting = new vm.SourceTextModule('export const value = await Promise.resolve("late");');
  awaiting.linkRequests([]);
  awaiting.instantiate();
  console.log('tla', awaiting.hasTopLevelAwait(), awaiting.hasAsyncGraph());
  await awaiting.evaluate();
  console.log('tla value', awaiting.namespace.value, awaiting.status);

  const failing = new vm.SourceTextModule('export const x = 1; throw new RangeError("bad module");');
  await failing.link(() => {});
  await failing.evaluate().catch((err) => console.log('rejected', err.name, err.message));
  console.log('errored', failing.status, failing.error.message, await failing.evaluate().catch((err) => err === failing.error));

  const context = vm.createContext({ input: 20, output: undefined });
  const inContext = new vm.SourceTextModule('output = input + 1; export const kind = typeof process;', { context });
  await inContext.link(() => {});
  await inContext.evaluate();
  console.log('context', context.output, inContext.namespace.kind, inContext.identifier);

  const looping = new vm.SourceTextModule('while (true) {}');
  await looping.link(() => {});
  await looping.evaluate({ timeout: 50 }).catch((err) => console.log('timeout', err.code, err.message));

  const checks = [
    () => new vm.Module(),
    () => new vm.SourceTextModule('import {'),
    () => new vm.SourceTextModule('').namespace,
    () => new vm.SourceTextModule('').error,
    () => new vm.SyntheticModule(['a', 'a'], () => {}),
    () => new vm.SyntheticModule('a', () => {}),
    () => new vm.SyntheticModule(['a'], () => {}).setExport('b', 1),
    () => new vm.SourceTextModule('import "x";').linkRequests([]),
    () => new vm.SourceTextModule('import "x";').linkRequests([{}]),
    () => new vm.SourceTextModule('export {}').instantiate(),
    () => new vm.SourceTextModule('', { cachedData: Buffer.from('nope') }),
  ];
  for (const check of checks) {
    try {
      check();
      console.log('no error');
    } catch (err) {
      console.log(err.name, err.code, err.name === 'SyntaxError' ? '' : err.message);
    }
  }
  const linkErrors = [
    [new vm.SourceTextModule('import "a";'), () => ({})],
    [new vm.SourceTextModule('import "a";'), () => new vm.SyntheticModule([], () => {}, { context })],
    [new vm.SourceTextModule('import "a";'), () => failing],
  ];
  for (const [module, linker] of linkErrors) {
    await module.link(linker).catch((err) => console.log('link', err.code, err.message, module.status));
  }
  const linked = new vm.SourceTextModule('');
  await linked.link(() => {});
  await linked.link(() => {}).catch((err) => console.log(err.code, err.message));
  await new vm.SourceTextModule('').evaluate().catch((err) => console.log(err.code, err.message));
  const cached = new vm.SourceTextModule('export const a = 1;');
  const data = cached.createCachedData();
  console.log('cached data accepted', new vm.SourceTextModule('export const a = 1;', { cachedData: data }).status);
})();
