import { describe, expect, test } from 'vitest';
import { checkPasswordRules, contextWords } from './password-strength';

const anna = { name: 'Anna Berger', email: 'anna.berger@nordlicht.example' };

describe('password rules (NIST SP 800-63B)', () => {
  test.each([
    ['a-long-enough-password', 'BROKER', []],
    ['zwölf Zeichen ok', 'CLIENT', []],
    ['Kaffeetasse Fahrrad Wolke', 'UNDERWRITER', []],
    ['🐙🐙 octopus-garden-tour', 'BROKER', []], // any character, no composition rules
    ['short-pass1', 'BROKER', ['passwordTooShort']],
    ['Tulpen-Regen', 'BROKER', []],
    ['Tulpen-Regen', 'ADMIN', ['passwordTooShortAdmin']], // 15 for admins
    ['a-long-enough-admin-pw', 'ADMIN', []],
    ['x'.repeat(129), 'BROKER', ['passwordTooLong']],
    ['passwort12345', 'BROKER', ['passwordCommon']], // German common password
    ['password12345', 'BROKER', ['passwordCommon']],
    ['qwertzuiopasdf', 'BROKER', ['passwordCommon']], // keyboard row
    ['123456789012', 'BROKER', ['passwordCommon']],
    ['Sommer2024Sommer', 'BROKER', []],
    ['AnnaBerger1234', 'BROKER', ['passwordContext']], // the user's name
    ['my-nordlicht-login', 'BROKER', ['passwordContext']], // the email's domain
    ['signet-password-2026', 'BROKER', ['passwordContext']], // the service
  ] as const)('%j as %s -> %j', (password, role, expected) => {
    expect(checkPasswordRules({ password, role, ...anna })).toEqual(expected);
  });

  test('a 12-character emoji password counts characters, not UTF-16 units', () => {
    expect(checkPasswordRules({ password: '🔑'.repeat(11), role: 'BROKER' })).toEqual(['passwordTooShort']);
  });
});

test('context words: name parts, email and its parts, the service; short parts left out', () => {
  expect(contextWords({ name: 'Ben Kraus', email: 'ben.kraus@nordlicht.example' }).sort()).toEqual(
    ['ben.kraus', 'ben.kraus@nordlicht.example', 'kraus', 'nordlicht', 'signet'].sort(),
  );
});
