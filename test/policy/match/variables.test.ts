import assert from 'node:assert/strict';
import { MapRequestContext } from '../../../src/policy/conditions/context.js';
import { substituteVariables } from '../../../src/policy/match/variables.js';
import { wildcardMatch } from '../../../src/policy/match/wildcard.js';

describe('policy variables', function () {
  const strict = new MapRequestContext(
    { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue', 'aws:userid': 'AIDA1' },
    { missing: 'absent' },
  );

  it('substitutes keys case-insensitively, with defaults for absent keys', function () {
    assert.deepEqual(substituteVariables('home/${aws:UserName}/*', strict), {
      kind: 'text',
      text: 'home/alice/*',
    });
    assert.deepEqual(substituteVariables('${aws:PrincipalTag/team}-${aws:userid}', strict), {
      kind: 'text',
      text: 'blue-AIDA1',
    });
    assert.deepEqual(substituteVariables("${aws:PrincipalTag/dept, 'none'}", strict), {
      kind: 'text',
      text: 'none',
    });
  });

  it('makes a value with an unresolvable variable never match', function () {
    assert.deepEqual(substituteVariables('${aws:PrincipalTag/dept}', strict), {
      kind: 'missing',
      keys: ['aws:PrincipalTag/dept'],
    });
  });

  it('reports a variable on an unknown key as unknown', function () {
    const discovery = new MapRequestContext({}, { missing: 'unknown' });
    assert.deepEqual(substituteVariables('${aws:SourceAccount}', discovery), {
      kind: 'unknown',
      keys: ['aws:SourceAccount'],
    });
  });

  it('turns ${*} ${?} ${$} into literal characters, not wildcards', function () {
    const r = substituteVariables('a${*}b${?}c${$}', strict);
    assert.equal(r.kind, 'text');
    const pattern = (r as { text: string }).text;
    assert.ok(wildcardMatch(pattern, 'a*b?c$'));
    assert.ok(!wildcardMatch(pattern, 'aXXbYc$'), 'escaped star is not a wildcard');
  });
});
