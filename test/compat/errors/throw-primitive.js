function f() {
  throw 42;
}
f();
