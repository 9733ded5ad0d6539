// @ts-check
/**
 * An html-validate rule that matches the W3C Nu checker on naming: aria-label
 * and aria-labelledby are errors on an element whose role prohibits a name
 * (<pre>, <div>, <span>, <p> … without a role), even when it has a tabindex.
 * html-validate's own aria-label-misuse accepts any element with a tabindex.
 */
import { ariaNaming, definePlugin, Rule } from 'html-validate';

class ProhibitedAriaNaming extends Rule {
  /** @override */
  documentation() {
    return {
      description:
        'This element has no role that can be named, so assistive technology ignores the label (the W3C Nu checker reports it). ' +
        'Remove the attribute, give the element a role that takes a name, or put the text in a visible heading or caption.',
    };
  }

  /** @override */
  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const element of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
        if (element.hasAttribute('role') || ariaNaming(element) !== 'prohibited') continue;
        const attribute = element.hasAttribute('aria-label') ? 'aria-label' : 'aria-labelledby';
        this.report({
          node: element,
          location: element.getAttribute(attribute)?.keyLocation ?? element.location,
          message: `"${attribute}" cannot be used on <${element.tagName}> without a role that takes a name`,
        });
      }
    });
  }
}

export default definePlugin({
  name: 'site-aria-naming',
  rules: { 'site/prohibited-aria-naming': ProhibitedAriaNaming },
});
