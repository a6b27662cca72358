/** Resource types produced by the saas connectors. */
export {};
