import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  BASE62,
  base62,
  crc32
} from "./chunk-X3KJ4NUT.js";

// src/engine/rules/expand-example.ts
import { randomBytes } from "node:crypto";
var GENERATOR = /@@crc32:([A-Za-z0-9_-]*)(?::(\d{1,3}))?@@/g;
function expandExample(example) {
  return example.replace(GENERATOR, (_, prefix, length) => {
    const random = randomBase62(length ? Number(length) : 30);
    return `${prefix}${random}${base62(crc32(random), 6)}`;
  });
}
function randomBase62(length) {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export {
  expandExample,
  randomBase62
};
