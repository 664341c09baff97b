import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { inputRules } from '@kopir/shared';
import { AppError } from '../../errors.ts';

// zxcvbn estimates how many guesses a password would take, from dictionaries of common passwords,
// keyboard patterns, repeats and sequences: what length-and-variety rules alone let through
// ("aaaaaaaaa1", "          1a", "Qwerty12345").
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** zxcvbn's score 0–4; 3 means "safely unguessable" against an online attack with throttling and then some. */
const MIN_SCORE = 3;

/**
 * Refuses a password that is easy to guess, naming the field. The shape rules (length, a letter,
 * a digit) are in the shared schema; this is the dictionary check, kept on the server because its
 * word lists are too large to send to every browser. `userInputs` (the name, the address) count
 * as guessable words too.
 */
export async function assertStrongPassword(password: string, userInputs: string[], path = 'body.password'): Promise<void> {
  const result = await zxcvbn.checkAsync(
    password,
    userInputs.flatMap((input) => input.split(/[\s@.]+/)).filter((word) => word.length >= 3),
  );
  if (result.score >= MIN_SCORE) return;
  throw new AppError('WEAK_PASSWORD', 'This password is easy to guess; choose a longer one, e.g. several unrelated words', [
    { path, message: 'Easy to guess: use a longer password, e.g. several unrelated words', rule: inputRules.passwordCommon },
  ]);
}
