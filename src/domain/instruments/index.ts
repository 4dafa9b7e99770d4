// Validated question sets (instruments) with their scoring.
export * from './who5.js';
