/** Resource types produced by the scanners connectors. */
export {};
