// TypeScript that needs code generation, or does not parse: Node's codes, messages and the source excerpt it puts
// at the head of the error's stack.
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');

const sources = [
  'enum E { A }',
  'const enum E { A }',
  'export enum E { A }',
  'function f() { enum E { A } }',
  'namespace N { export const x = 1 }',
  'namespace N { export namespace M { export const x = 1 } }',
  'namespace N.M { const x = 1 }',
  'namespace N { declare const x: number }',
  'export namespace M { export const x = 1 }',
  'module M { export const x = 1 }',
  'module M { export type T = 1 }',
  'declare module Foo { }',
  'namespace A { module B {} }',
  'class A { constructor(public x: number) {} }',
  'class A { constructor(private readonly x = 1) {} }',
  'import x = require("y")',
  'import A = N.B;',
  'export import A = N.B;',
  'export = 1',
  'export = foo;',
  'let x = <any>y',
  'let x = <T>(y);',
  'let a = [1] as const, b = <const>[1];',
  'a\nb\nc\nenum E { A }',
  'a\nb\nc\nenum E {\n  A }\nd\ne',
  'a\nb\nc\nenum E {\n  A,\n  B,\n  C,\n  D }\nd\ne',
  'enum E { A }\nenum F { B }',
  'a\n\tenum E { A }',
  'a\n    enum E { \nA }\n',
  'let x: = 1',
  'x\n  let y: = 1',
  'let f = (x: number\n  ): number\n  => x',
  'let x = {',
];

for (const source of sources) {
  try {
    stripTypeScriptTypes(source, { sourceUrl: 'input.ts' });
    console.log('no error for', JSON.stringify(source));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
    console.log(e.stack.slice(0, e.stack.indexOf(`\n${e.name} [`)));
  }
}
