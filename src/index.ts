/** threat-newsroom as a library: extraction, and the building blocks of the pipeline. */
export { extract, type AnalyseOptions, type ExtractResult } from './pipeline/analyse.js';
export { extractFacts, type ExtractOptions } from './extract/index.js';
export { loadKb } from './kb/load.js';
export { builtinKb } from './kb/builtin/index.js';
export { loadConfig } from './config/load.js';
export { openRuntime } from './pipeline/runtime.js';
export { runPipeline, stages } from './pipeline/index.js';
export { createApp } from './web/app.js';
export type * from './core/facts.js';
export type { Brief } from './brief/types.js';
