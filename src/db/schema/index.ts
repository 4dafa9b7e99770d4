export * from './answers.js';
export * from './checkins.js';
export * from './people.js';
export * from './questions.js';
export * from './push.js';
export * from './schedules.js';
