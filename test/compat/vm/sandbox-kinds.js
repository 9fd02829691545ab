// Objects of other shapes as the sandbox: contextifying is idempotent, class instances expose their own and
// inherited members (getters and methods run with the sandbox as `this`), arrays and functions can be contexts,
// and the sandbox keeps its prototype and identity while the context writes to it.
const vm = require('node:vm');

const plain = {};
const again = vm.createContext(plain);
console.log('idempotent:', vm.createContext(plain) === again, again === plain, vm.isContext(plain));
console.log('no argument:', vm.isContext(vm.createContext()), Object.keys(vm.createContext()).length);
console.log('isContext of the inner global:', vm.isContext(vm.runInContext('globalThis', plain)));

class Settings {
  #secret = 's3';
  constructor() { this.level = 2; }
  get doubled() { return this.level * 2; }
  set doubled(v) { this.level = v / 2; }
  describe() { return `level ${this.level}`; }
  reveal() { return this.#secret; }
  static kind = 'static';
}
const settings = vm.createContext(new Settings());
console.log('own:', vm.runInContext('level', settings), 'getter:', vm.runInContext('doubled', settings));
console.log('method:', vm.runInContext('this.describe()', settings), 'private via the global:',
  vm.runInContext('try { this.reveal() } catch (e) { e.constructor.name }', settings), 'from outside:', settings.reveal());
// A bare call of a (strict) class method gets no `this`.
console.log('bare call:', vm.runInContext('try { describe() } catch (e) { e.constructor.name }', settings));
vm.runInContext('doubled = 10', settings);
console.log('setter ran:', settings.level, Object.keys(settings), Object.hasOwn(settings, 'doubled'));
console.log('still an instance:', settings instanceof Settings, Object.getPrototypeOf(settings) === Settings.prototype,
  vm.runInContext('typeof kind + " " + typeof constructor', settings));

const list = vm.createContext([10, 20, 30]);
console.log('array sandbox:', vm.runInContext('length + " " + this[1]', list), Array.isArray(list),
  vm.runInContext('Array.isArray(globalThis)', list));
vm.runInContext('var extra = "x"; this[3] = 40', list);
console.log(list, list.length, list.extra);

// Functions are not accepted as sandboxes.
function fnSandbox() { return 'called'; }
for (const attempt of [() => vm.createContext(fnSandbox), () => vm.runInNewContext('1', fnSandbox), () => vm.isContext(fnSandbox),
  () => vm.runInContext('1', fnSandbox), () => vm.compileFunction('', [], { parsingContext: fnSandbox })]) {
  try {
    console.log('function sandbox:', attempt());
  } catch (err) {
    console.log('function sandbox:', err.code, err.message);
  }
}

const withProto = Object.create({ inherited: 'from prototype', shadowed: 'proto' });
withProto.shadowed = 'own';
vm.createContext(withProto);
vm.runInContext('inherited = "assigned inside"', withProto);
console.log('inherited write:', Object.hasOwn(withProto, 'inherited'), withProto.inherited,
  Object.getPrototypeOf(withProto).inherited, vm.runInContext('shadowed', withProto));

const nullProto = vm.createContext(Object.assign(Object.create(null), { bare: true }));
console.log('null prototype:', vm.runInContext('bare + " " + typeof Object + " " + typeof toString', nullProto),
  Object.getPrototypeOf(nullProto));

const map = new Map([['k', 'v']]);
map.prop = 'map prop';
vm.createContext(map);
console.log('Map sandbox:', vm.runInContext('prop + " " + typeof get + " " + typeof size', map), map.size);
