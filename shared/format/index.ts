// Display formatting shared by the app, the command line and the summaries.
export * from './money';
export * from './date';
export * from './thousands';
export * from './year-rows';
export * from './messages';
export * from './pretty-json';
