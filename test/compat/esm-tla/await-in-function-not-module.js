// Top-level await also works in a module reached only through import(), and its exports wait for it.
const ns = await import('data:text/javascript,' + encodeURIComponent('export let v = "before"; await new Promise((r) => setTimeout(r, 1)); v = "after";'));
console.log(ns.v);
