// node:process and node:buffer give the same objects as the globals.
import process2, { argv, env } from 'node:process';
import { Buffer } from 'node:buffer';
console.log(process2 === process, argv === process.argv, env === process.env, Buffer === globalThis.Buffer);
