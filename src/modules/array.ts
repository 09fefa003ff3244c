// Placeholder: this native module is being written (session 4); it registers nothing yet.
export {};
