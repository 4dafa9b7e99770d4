// Checks a value a coach gives against the question it answers; a bad value is a 400 that says why.
import type { AnswerStatus, AnswerValue, QuestionSpec } from '../../domain/normalize/types.js';
import { BadRequestError } from '../errors.js';

/** The value to store for a corrected answer: only an "answered" answer has one. */
export function checkAnswerValue(spec: QuestionSpec, status: AnswerStatus, value: AnswerValue | undefined): AnswerValue {
  if (status !== 'answered') {
    if (value !== null && value !== undefined) throw new BadRequestError(`value must be null when status is ${status}`);
    return null;
  }
  if (value === null || value === undefined) throw new BadRequestError('value is required when status is answered');
  switch (spec.type) {
    case 'scale':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new BadRequestError(`value must be a number from ${spec.min} to ${spec.max} (scale question)`);
      if (value < spec.min || value > spec.max) throw new BadRequestError(`value ${value} is outside the scale ${spec.min} to ${spec.max}`);
      return value;
    case 'yes_no':
      if (typeof value !== 'boolean') throw new BadRequestError('value must be true or false (yes/no question)');
      return value;
    case 'choice': {
      const allowed = spec.options.map((o) => o.value);
      if (typeof value !== 'string' || !allowed.includes(value)) throw new BadRequestError(`value must be one of the options: ${allowed.join(', ')}`);
      return value;
    }
    case 'free_text':
      if (typeof value !== 'string' || value.trim() === '') throw new BadRequestError('value must be a non-empty text (free-text question)');
      return value.trim();
  }
}
