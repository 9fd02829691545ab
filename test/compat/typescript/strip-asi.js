// Where blanking alone would change the meaning, Node writes a `;` or moves a parenthesis.
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');

const sources = [
  'let x = 1\ntype T = 1\n(foo)',
  'let x = 1\ninterface I {}\n[1].map(f)',
  'let x = 1\ndeclare const y: number\n`t`',
  'let x = 1;\ntype T = 1\n(foo)',
  'let x = 1\ntype T = 1\nfoo',
  'type T = 1\n(foo)',
  'let x = 1\ntype T = 1;\n(foo)',
  'let x = 1\ntype A = 1\ntype B = 1\n(foo)',
  'a\ntype T = 1\n+b',
  'a\ntype T = 1\n-b',
  'a\ntype T = 1\n/b/g',
  'a\ntype T = 1\n!b',
  'a\ntype T = 1\n.5',
  '{ a }\ntype T = 1\n(b)',
  'function f() {}\ntype T = 1\n(b)',
  'a\nexport type T = 1\n(b)',
  'let a = 1\ndeclare function f(): void\n(b)',
  'let a = 1\nimport type { X } from "y"\n(b)',
  'let a = 1\nexport type { X }\n[b]',
  'let a = 1\nexport type * from "y"\n`c`',
  'let a = 1\nimport type X = require("y")\n(b)',
  'function f(x: number): void\n(b)',
  'if (x) type T = 1\nelse interface I {}',
  'if (a) {} else type T = 1',
  'while (x) interface I {}\nfor (;;) type T = 1\ndo type T = 1; while (x)',
  'for (const x in y) interface I {}\nfor (const x of y) declare const z: 1',
  'label: type T = 1',
  'class A {\n  x = 1\n  private ["c"] = 2\n  y = 2\n  public *gen() {}\n  z = 3\n  declare q: number\n' +
    '  [k: string]: any\n  w = 1\n  static readonly [Symbol.iterator] = 1\n  v\n  readonly [x] = 1\n}',
  'class A {\n  x = 1;\n  private ["c"] = 2\n}',
  'class A {\n  x\n  private y\n  private static z\n}',
  'class A {\n  x\n  declare y\n  ["z"] = 1\n}',
  'class A {\n  x\n  m(): void\n  ["z"]() {}\n}',
  'class A {\n  x\n  public async *m() {}\n  private in\n  public get [x]() {}\n  public instanceof() {}\n}',
  'class A {\n  x = 1\n  private\n  y = 2\n  public() {}\n}',
  'class A {\n  get: number\n  set: string\n  static: boolean\n  get2: number\n}',
  'let f = (x)\n  : number => x',
  'let f = async (x)\n  : Promise<number> => x',
  'let f = (x\n  ): number => x',
  'let t = f<string>\n(1)',
  'function f() {\n  return x as\n    any\n}',
  'function f() {\n  return <T>\n    (x: T) => x\n}',
  'function f() {\n  return <T,>(x: T) => x\n}',
  'function f() {\n  return async <T>\n    (x: T) => x\n}',
  'function* g() {\n  yield <T>\n    (x: T) => x\n}',
  'function f() {\n  throw <T>\n    (x: T) => x\n}',
  'let f = async <\n  T\n>(v: T) => v;',
  'let x = y as any\n(foo)',
  'let x = y satisfies any\n[1].map(f)',
  'let a = b as\n  any\n(c)',
];

for (const source of sources) {
  console.log(JSON.stringify(source));
  console.log('=>', JSON.stringify(stripTypeScriptTypes(source)));
}
