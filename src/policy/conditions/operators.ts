// The condition operator families, each as "does one request value match one policy value".
// Negated operators (StringNotEquals, NotIpAddress, ArnNotLike …) are their positive twin with the
// result inverted over the whole value list, which evaluate.ts does; here only positive tests.
import { arnMatches } from '../match/arn.js';
import { decodeLiterals, wildcardMatch } from '../match/wildcard.js';
import { ipInCidr } from './ip.js';

export type ValueTest = (requestValue: string, policyValue: string) => boolean;

export interface OperatorFamily {
  /** The positive test. */
  test: ValueTest;
  /** True for the negated operators: the condition holds when NO policy value matches. */
  negated: boolean;
}

const num = (text: string): number => (text.trim() === '' ? NaN : Number(text));

function dateValue(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Number(text) * 1000; // epoch seconds
  return Date.parse(text);
}

function compare(parse: (t: string) => number, ok: (a: number, b: number) => boolean): ValueTest {
  return (r, p) => {
    const a = parse(r);
    const b = parse(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && ok(a, b);
  };
}

const stringEquals: ValueTest = (r, p) => r === decodeLiterals(p);
const stringEqualsIgnoreCase: ValueTest = (r, p) => r.toLowerCase() === decodeLiterals(p).toLowerCase();
const stringLike: ValueTest = (r, p) => wildcardMatch(p, r);
const arnLike: ValueTest = (r, p) => arnMatches(p, r);

export const OPERATORS: Readonly<Record<string, OperatorFamily>> = {
  stringequals: { test: stringEquals, negated: false },
  stringnotequals: { test: stringEquals, negated: true },
  stringequalsignorecase: { test: stringEqualsIgnoreCase, negated: false },
  stringnotequalsignorecase: { test: stringEqualsIgnoreCase, negated: true },
  stringlike: { test: stringLike, negated: false },
  stringnotlike: { test: stringLike, negated: true },
  numericequals: { test: compare(num, (a, b) => a === b), negated: false },
  numericnotequals: { test: compare(num, (a, b) => a === b), negated: true },
  numericlessthan: { test: compare(num, (a, b) => a < b), negated: false },
  numericlessthanequals: { test: compare(num, (a, b) => a <= b), negated: false },
  numericgreaterthan: { test: compare(num, (a, b) => a > b), negated: false },
  numericgreaterthanequals: { test: compare(num, (a, b) => a >= b), negated: false },
  dateequals: { test: compare(dateValue, (a, b) => a === b), negated: false },
  datenotequals: { test: compare(dateValue, (a, b) => a === b), negated: true },
  datelessthan: { test: compare(dateValue, (a, b) => a < b), negated: false },
  datelessthanequals: { test: compare(dateValue, (a, b) => a <= b), negated: false },
  dategreaterthan: { test: compare(dateValue, (a, b) => a > b), negated: false },
  dategreaterthanequals: { test: compare(dateValue, (a, b) => a >= b), negated: false },
  bool: { test: (r, p) => r.toLowerCase() === p.toLowerCase(), negated: false },
  binaryequals: { test: (r, p) => r === p, negated: false },
  ipaddress: { test: (r, p) => ipInCidr(r, p), negated: false },
  notipaddress: { test: (r, p) => ipInCidr(r, p), negated: true },
  arnequals: { test: arnLike, negated: false },
  arnlike: { test: arnLike, negated: false },
  arnnotequals: { test: arnLike, negated: true },
  arnnotlike: { test: arnLike, negated: true },
};
