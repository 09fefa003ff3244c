/** Every native module (each file registers itself with registry.ts). */
export {};
