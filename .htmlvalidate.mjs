// html-validate on every built page (`npm run lint:html`, part of `npm test`). Rules switched off or tuned
// here carry their reason; docs/decisions/042-html-validate-exceptions.md explains them.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Preact's server renderer always writes void elements as `<input/>`, Astro as `<input>`; both are valid HTML.
    'void-style': 'off',
    // The house rule for a wide table is a named, focusable `<div role="region">` scroll area (HOUSE-STYLE, axe).
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // The claim and documents forms recalculate as the user types; there is nothing to submit, so no submit button.
    'wcag/h32': 'off',
  },
};
