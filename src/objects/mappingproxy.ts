/** Placeholder: the mappingproxy type is being written. */
export {};
