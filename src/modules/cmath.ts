// Placeholder: this native module is being written (session 3); it registers nothing yet.
export {};
