// The blocklist half of the password rules: common passwords and words (zxcvbn-ts with its common,
// English and German dictionaries) and context words (the user's name, email, "signet"). Server-only
// in practice: the dictionaries are megabytes, so forms check length and the action checks the rest.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import type { Role } from '../db/generated/enums';
import { minPasswordLength, PASSWORD_MAX_LENGTH } from './password-policy';

/** zxcvbn's score 3: about 10^8 guesses or more. Below that a password is a common one or close to it. */
const MIN_SCORE = 3;
/** Context words shorter than this (e.g. "Ben") are too common to refuse on their own. */
const MIN_CONTEXT_WORD = 4;
const SERVICE_WORDS = ['signet'];

let factory: ZxcvbnFactory | undefined;
function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary } });
  return factory;
}

/** The words a password must not be built on: name parts, the email and its parts, the service. */
export function contextWords(options: { name?: string; email?: string }): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  const add = (value: string) => {
    const word = value.toLowerCase().normalize('NFC');
    if (word.length >= MIN_CONTEXT_WORD) words.add(word);
  };
  for (const part of (options.name ?? '').split(/[\s.'-]+/)) add(part);
  if (options.email) {
    const [local = '', domain = ''] = options.email.split('@');
    add(options.email);
    add(local);
    for (const part of local.split(/[._+-]+/)) add(part);
    for (const part of domain.split('.').slice(0, -1)) add(part);
  }
  return [...words];
}

/** Catalog keys under validation.* */
export type TPasswordProblem = 'passwordTooShort' | 'passwordTooShortAdmin' | 'passwordTooLong' | 'passwordContext' | 'passwordCommon';

export function checkPasswordRules(options: { password: string; role: Role; name?: string; email?: string }): TPasswordProblem[] {
  const { password, role } = options;
  // Length in characters as a person counts them (an emoji is one), not UTF-16 units.
  const length = [...password].length;
  if (length < minPasswordLength(role)) return [role === 'ADMIN' ? 'passwordTooShortAdmin' : 'passwordTooShort'];
  if (length > PASSWORD_MAX_LENGTH) return ['passwordTooLong'];
  const lowered = password.toLowerCase().normalize('NFC');
  const context = contextWords(options);
  if (context.some((word) => lowered.includes(word))) return ['passwordContext'];
  if (getFactory().check(password, context).score < MIN_SCORE) return ['passwordCommon'];
  return [];
}
