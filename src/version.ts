/** This package's version: in the generated letter's properties, and on the element class. */
export const version = '0.1.0';
