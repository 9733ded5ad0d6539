import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, contentWords, errorCodes, isKnownWord, isSeenIn } from '../../src/lib/search/query.ts';
import { editDistance, nearestWord } from '../../src/lib/search/typos.ts';
import { parseSynonyms, withGuideWords } from '../../src/lib/search/synonyms.ts';
import { codesFirst, mergeByBestScore, rankByWordsMatched } from '../../src/lib/search/rank.ts';
import { resultKind } from '../../src/lib/search/result-kind.ts';
import { buildVocabulary, indexedText } from '../../src/lib/search/vocabulary.ts';

test('error codes are read as pasted: quotes, colons, trailing punctuation, any case, inside a message', () => {
  assert.equal(cleanQuery('"INVALID_LOGIN":'), 'invalid_login');
  assert.equal(cleanQuery("Error: invalid_grant. Can't log in!"), 'error invalid_grant cant log in');
  assert.deepEqual(
    errorCodes('LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out.'),
    ['login_must_use_security_token'],
  );
  assert.deepEqual(errorCodes('INVALID_OPERATION: SOAP API login() is disabled'), ['invalid_operation']);
  assert.deepEqual(errorCodes('reset my token'), []);
});

test('content words drop question and stop words, once each', () => {
  assert.deepEqual(contentWords(cleanQuery("Why can't I find the reset option? Why?")), ['find', 'reset', 'option']);
  assert.deepEqual(contentWords('how do i'), []);
});

test('a word is known as in the vocabulary, as the start of one, or with a common ending', () => {
  const vocabulary = ['token', 'reset', 'receive', 'require'];
  assert.equal(isKnownWord('token', vocabulary), true);
  assert.equal(isKnownWord('tok', vocabulary), true);
  assert.equal(isKnownWord('tokens', vocabulary), true);
  assert.equal(isKnownWord('resetting', vocabulary), false);
  assert.equal(isKnownWord('received', vocabulary), true);
  assert.equal(isKnownWord('requirement', vocabulary), true);
  assert.equal(isKnownWord('tokn', vocabulary), false);
  assert.equal(isSeenIn('secuirty', new Set(['security', 'token'])), false);
  assert.equal(isSeenIn('tokens', new Set(['token'])), true);
});

test('edit distance counts a swap of neighbours as one edit and stops above its limit', () => {
  assert.equal(editDistance('secuirty', 'security'), 1);
  assert.equal(editDistance('tokn', 'token'), 1);
  assert.equal(editDistance('recieved', 'receive'), 2);
  assert.equal(editDistance('kangaroo', 'token'), 3);
});

test('a misspelt word is corrected to the nearest word, the more common one on a tie, short words left alone', () => {
  const vocabulary = ['token', 'security', 'sandbox', 'taken', 'api', 'app'];
  assert.equal(nearestWord('secuirty', vocabulary), 'security');
  assert.equal(nearestWord('tokn', vocabulary), 'token');
  assert.equal(nearestWord('tokan', vocabulary), 'token');
  assert.equal(nearestWord('apx', vocabulary), null);
  assert.equal(nearestWord('kangaroo', vocabulary), null);
});

test('synonyms: the guides word replaces a reader word, as whole words only', () => {
  const groups = parseSynonyms(
    [
      ['MFA', '2FA', 'two-factor'],
      ['trusted IP ranges', 'whitelist'],
    ],
    'synonyms.yaml',
  );
  assert.deepEqual(groups, [
    ['mfa', '2fa', 'two factor'],
    ['trusted ip ranges', 'whitelist'],
  ]);
  assert.equal(withGuideWords('2fa whitelist', groups), 'mfa trusted ip ranges');
  assert.equal(withGuideWords('two factor login', groups), 'mfa login');
  assert.equal(withGuideWords('whitelisted', groups), null);
});

test('bad synonym entries fail naming the file, the entry and the fix', () => {
  assert.throws(
    () => parseSynonyms({ mfa: '2fa' }, 'content/search-synonyms.yaml'),
    /content\/search-synonyms\.yaml\n\s+where:\s+top level\n\s+problem: expected a list/,
  );
  assert.throws(
    () => parseSynonyms([['mfa']], 'f.yaml'),
    /f\.yaml\n\s+where:\s+entry 1 \("mfa"\)\n\s+problem: expected a list of at least two words[\s\S]*fix:/,
  );
  assert.throws(
    () => parseSynonyms([['mfa', '2FA', '2fa']], 'f.yaml'),
    /entry 1 \("mfa"\)\n\s+problem: "2fa" is listed twice/,
  );
  assert.throws(
    () =>
      parseSynonyms(
        [
          ['a', 'b'],
          ['c', 'b'],
        ],
        'f.yaml',
      ),
    /entry 2 \("c"\)\n\s+problem: "b" is already a synonym in entry 1/,
  );
  assert.throws(
    () => parseSynonyms([['mfa', { x: 1 }]], 'f.yaml'),
    /entry 1 \("mfa"\)\n\s+problem: \{"x":1\} is not a word/,
  );
  assert.throws(() => parseSynonyms([['mfa', '!!']], 'f.yaml'), /"!!" has no letters or digits/);
});

test('pages matching more of the words rank first; merged searches keep each page at its best score', () => {
  const ranked = rankByWordsMatched([
    [
      { id: 'a', score: 1 },
      { id: 'b', score: 5 },
    ],
    [{ id: 'a', score: 1 }],
    [{ id: 'c', score: 9 }],
  ]);
  assert.deepEqual(ranked, [
    { id: 'a', matched: 2 },
    { id: 'c', matched: 1 },
    { id: 'b', matched: 1 },
  ]);
  assert.deepEqual(
    mergeByBestScore([
      [{ id: 'a', score: 1 }],
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 2 },
      ],
    ]),
    [
      { id: 'a', score: 3 },
      { id: 'b', score: 2 },
    ],
  );
  const hits = [
    { id: 'x', score: 3 },
    { id: 'code-and-words', score: 2 },
  ];
  const codeHits = [
    { id: 'code-only', score: 5 },
    { id: 'code-and-words', score: 4 },
  ];
  assert.deepEqual(
    codesFirst(hits, codeHits).map((hit) => hit.id),
    ['code-and-words', 'code-only', 'x'],
  );
});

test('result kinds come from the URL; tailored troubleshooter paths have none', () => {
  assert.equal(resultKind('/guides/reset-your-security-token/'), 'Guide');
  assert.equal(resultKind('/guides/login-error-messages/'), 'Guide');
  assert.equal(resultKind('/guides/login-error-messages/#invalid_login'), 'Error message');
  assert.equal(resultKind('/guides/login-error-messages/#not-sure-what-applies-to-you'), 'Guide');
  assert.equal(resultKind('/troubleshoot/token/result/reset-in-lightning/'), 'Troubleshooter result');
  assert.equal(resultKind('/changes/'), 'Change');
  assert.equal(resultKind('/changes/#soap-login-retires'), 'Change');
  assert.equal(resultKind('/troubleshoot/token/get-a-token/browser-only/'), null);
  assert.equal(resultKind('/search/'), null);
});

test('the vocabulary holds the indexed text only, most common words first', () => {
  const html = `<html><body><header>Navigation words</header>
    <article data-pagefind-body><h1>Reset token</h1><p>Reset &amp; token <b>again</b>.</p>
    <div data-pagefind-ignore="all"><p>Sources hidden</p><br></div><script>var secret = 1;</script>
    <p>After <img src="x.png" alt="">ignored parts</p></article><footer>Footer words</footer></body></html>`;
  const text = indexedText(html);
  assert.match(text, /Reset & token/);
  assert.doesNotMatch(text, /Navigation|Sources|secret|Footer/);
  assert.deepEqual(buildVocabulary([text, 'token tokens']), [
    'token',
    'reset',
    'after',
    'again',
    'ignored',
    'parts',
    'tokens',
  ]);
  assert.equal(indexedText('<html><body><p>no body marker</p></body></html>'), '');
});
