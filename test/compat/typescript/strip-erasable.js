// module.stripTypeScriptTypes on erasable syntax: each type, modifier and mark becomes whitespace in place.
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(`[${w.name}] ${w.message}`));

const sources = [
  'let x: number = 1;\nfunction f(a: string, b?: number): void {}',
  'let a: "é" = 1, b: "中" = 2, c: "😀" = 3;',
  '/* 😀😀 */ let x: T = 1; let y = z!;',
  'type T = `a\r\nb\tc\u2028d`;\nlet x = 1;',
  'interface I { a: number }\ntype T = string;\nexport interface J {}\nexport type U = 1;',
  'declare const x: number;\ndeclare function f(): void;\ndeclare class K {}\n' +
    'declare enum E { A }\n' +
    'declare module "m" { export const z: number }\ndeclare module "n";\ndeclare global { interface W {} }\n' +
    'export declare const y: number;\nexport declare namespace Q { const x: number }',
  'import type { A } from "a";\nexport type { D } from "d";\nexport type { A as default } from "x";\n' +
    'export type * from "x";\nimport type X = require("x");\nimport type * as NS from "y";',
  'import { type B, C } from "b";\nexport { type E, F };\nimport G, { type H } from "g";\n' +
    'import { type I } from "i";\n' +
    'import { type default as X } from "x";\nexport { type A as B, C as D, type E2 };',
  'let a = b as any, c = d satisfies T, e = [1] as const, f = (g as unknown as string).length;',
  'let v = a! as any;\nlet w = (a!) as any;\nlet x = a ?? b! ?? c;\nlet y = a!!;\nlet z = (a as any)!;',
  'let x = a! + b!.c + d![0]!;\na!.b = c!;',
  'let v = f<string>(1), u = new Map<string, number>(), t = f<string>, s = tag<T>`x`;\n' +
    'let p = a?.b<T>(), q = new A<T>, r = a<T>?.();',
  'function f<T>(a: T): T { return a }\nclass A<in out T> {}\nlet g = <T,>(x: T) => x;\nlet h = <T>(x: T) => x;',
  'function f<\n  T\n>(a: T) {}\nlet g = async <T,>(v: T): Promise<T> => v;',
  'function f(this: Foo, a: number) {}\nfunction g(this: Foo) {}\n' +
    'let h = function <T>(this: any, ...args: T[]): void {};',
  'let o = { m<T>(a: T): T { return a }, get g(this: Foo): number { return 1 }, set s(this: Foo, v: number) {} };',
  'let x!: number;\nclass A { p?: number = 1; q!: string; m?(): void {} }',
  'function f(x?: number, ...rest: any[]) {}\nlet g = (x?) => x, h = (b?: string): void => {};',
  'let [a, b]: number[] = [], {c}: any = {};\nfunction f([a]: number[], {b}: any = {}, [c]?: number[]) {}',
  'for (let i: number = 0; i < 1; i++) {}\nfor (const k of y as any[]) {}\ntry {} catch (e: unknown) {}',
  'function f(a: number): a is number\nfunction f(a) { return true }\nfunction g(val: any): asserts val is string {}',
  'export default function f(): void;\nexport default function f() {}',
  'export default interface Foo {}',
  'export default abstract class Foo { abstract x: number; }',
  'class A { constructor(a: string); constructor(a: any) {} m(): void; m() {} }\nabstract class B { constructor(); }',
  'abstract class A extends B<T> implements C, D<T> {\n  private x = 1;\n  protected static readonly y = 2;\n' +
    '  public override m(): void {}\n  public static override n(): void {}\n  abstract o(): void;\n' +
    '  declare z: number;\n  [key: string]: any;\n  static [key: number]: string;\n}',
  'let K = class<T> extends B<T> implements C<T>, D {};\n@dec abstract class A {}\n' +
    'export default abstract class {}',
  'class A {\n  @dec private x: number = 1;\n  @dec public m(): void {}\n  @a @b protected static readonly y = 2;\n' +
    '  public constructor(a: number) {}\n  private constructor();\n}',
  'class A {\n  accessor a: number = 1;\n  public accessor b = 2;\n  abstract accessor c: number;\n' +
    '  accessor d!: number;\n}',
  'class A {\n  #x?: number;\n  readonly #z = 1;\n  #m?() {}\n}',
  'let x: Array<{ a: number; b?: string }> = [];\nlet y: (a: number) => void = () => {};\n' +
    'let z: [number, string?, ...boolean[]] = [1];\nlet w: keyof typeof x;\nlet q: A extends B ? C : D;\n' +
    'let r: `a${string}`;\nlet s: unique symbol;\nlet t: typeof import("x");',
  'namespace N { export type T = 1 }\nnamespace M { export namespace Q { interface I {} } }\nnamespace A {}\n' +
    'export namespace E { export type T = 1 }',
  '@dec class A {}\n@dec export class B {}\nclass C { @dec m() {} }',
  'const a = 1; // no types\n',
  '',
  '#!/usr/bin/env node\nlet x: number = 1',
  '"use strict"; let x: number = 1',
  'let a = b\nas\nany',
];

for (const source of sources) {
  console.log(JSON.stringify(source));
  console.log('=>', JSON.stringify(stripTypeScriptTypes(source)));
}
