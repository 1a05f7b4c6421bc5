// Custom functions are registered in a later change; for now this page only loads office.js and this bundle.
export {};
