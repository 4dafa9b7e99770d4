// rrule 2.8.1 ships a CJS/UMD main and an ESM "module" build without a default export. Plain Node
// and tsx give us module.exports as the default; Vite (vitest) gives the ESM namespace. Accept both.
import * as rruleNs from 'rrule';

type RRuleModule = typeof rruleNs;
const ns = rruleNs as RRuleModule & { default?: RRuleModule };
const mod: RRuleModule = ns.default && 'RRule' in ns.default ? ns.default : ns;

export const RRule = mod.RRule;
export type RRule = rruleNs.RRule;
export type RRuleOptions = rruleNs.Options;
export const Weekday = mod.Weekday;
