// The component tests' waiting limits (test/support/jsdom-setup.ts) reach the Testing Library the
// tests import: findBy… and waitFor give up after 10 s, not after the library's 1 s default.
import { getConfig } from '@testing-library/react';

it('findBy… and waitFor wait up to 10 s for what they look for', () => {
  expect(getConfig().asyncUtilTimeout).toBe(10_000);
});
