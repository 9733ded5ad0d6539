import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackEndpointOrigin } from '../../src/lib/feedback-endpoint.ts';

test('feedbackEndpointOrigin allows no endpoint, a path on the site and https URLs', () => {
  assert.equal(feedbackEndpointOrigin(''), '');
  assert.equal(feedbackEndpointOrigin('/help/feedback/'), '');
  assert.equal(feedbackEndpointOrigin('https://votes.example.com/api/vote'), 'https://votes.example.com');
});

test('feedbackEndpointOrigin refuses protocol-relative, http and unparseable endpoints, naming the fix', () => {
  assert.throws(
    () => feedbackEndpointOrigin('//votes.example.com/vote'),
    /protocol-relative.*https:\/\/votes\.example\.com\/vote/,
  );
  assert.throws(() => feedbackEndpointOrigin('http://votes.example.com/vote'), /uses http: instead of https:/);
  assert.throws(() => feedbackEndpointOrigin('javascript:alert(1)'), /uses javascript: instead of https:/);
  assert.throws(() => feedbackEndpointOrigin('votes'), /neither an https:\/\/ URL nor a path/);
});
