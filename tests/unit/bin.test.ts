import t from 'tap';
import { binCheckDigit, isValidBin } from '@kopir/shared';

t.test('a BIN with the right check digit is valid', async (t) => {
  // 04054000123 → 1·0+2·4+3·0+4·5+5·4+6·0+7·0+8·0+9·1+10·2+11·3 = 110, 110 mod 11 = 0
  t.equal(binCheckDigit('04054000123'), 0, 'first-pass check digit');
  t.ok(isValidBin('040540001230'), 'accepted with check digit 0');
});

t.test('when the first pass gives 10 the second weights decide', async (t) => {
  // 00000000010: first pass 10·1 = 10 → second pass weight of position 10 is 1 → 1
  t.equal(binCheckDigit('00000000010'), 1, 'second-pass check digit');
  t.ok(isValidBin('000000000101'), 'accepted');
  t.notOk(isValidBin('000000000100'), 'the first-pass result is not a check digit');
});

t.test('a number whose both passes give 10 has no valid check digit', async (t) => {
  // 00000000281: first pass 9·2+10·8+11·1 = 109 ≡ 10; second pass 11·2+1·8+2·1 = 32 ≡ 10
  t.equal(binCheckDigit('00000000281'), undefined, 'no check digit exists');
  for (let digit = 0; digit <= 9; digit++) t.notOk(isValidBin(`00000000281${digit}`), `…281${digit} is rejected`);
  t.equal(binCheckDigit('1234567890'), undefined, 'fewer than 11 digits has no check digit');
  t.equal(binCheckDigit('1234567890a'), undefined, 'letters have no check digit');
});

t.test('malformed BINs are rejected', async (t) => {
  t.notOk(isValidBin('040540001231'), 'wrong check digit');
  t.notOk(isValidBin('04054000123'), '11 digits');
  t.notOk(isValidBin('0405400012300'), '13 digits');
  t.notOk(isValidBin('04054000123O'), 'a letter O for a zero');
  t.notOk(isValidBin(' 040540001230'), 'surrounding space');
});
