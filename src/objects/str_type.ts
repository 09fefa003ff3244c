/** Placeholder: this type's methods are being written. */
export {};
