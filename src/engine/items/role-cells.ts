import type { Item } from "../model";

/**
 * An item's cells by role, made with `new` rather than `{}`. Roles are added one by one under
 * names known only at run time; past about sixteen of them (a Pengukuran Kinerja has twenty and
 * more) V8 turns a `{}` into a hash table, and every later read of a role, every `for…in` over the
 * roles, goes the slow way. Objects a constructor makes stay fast: the first ten roles sit in the
 * object, the rest in a second array beside it (checked with %DebugPrint; giving the constructor room
 * for 48 in the object measured the same). Its prototype is Object.prototype, so what it makes is a
 * plain object in every other way (it crosses to and from a Web Worker as it is).
 */
function RoleCells(): void {}
RoleCells.prototype = Object.prototype;

/**
 * The cells an item takes from above, made by a constructor of their own: V8 trims a constructor's
 * objects to the room its first objects used, and most items inherit a few roles or none, so these
 * are not given the own cells' room for ten.
 */
function InheritedCells(): void {}
InheritedCells.prototype = Object.prototype;

type Construct = new () => Item["cells"];

export function newRoleCells(): Item["cells"] {
  return new (RoleCells as unknown as Construct)();
}

export function newInheritedCells(): Item["inherited"] {
  return new (InheritedCells as unknown as Construct)();
}
