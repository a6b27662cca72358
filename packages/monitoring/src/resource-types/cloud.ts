/** Resource types produced by the cloud connectors. */
export {};
