import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages load lazily (extension loaders, then API data); on a busy CI machine
// that can take longer than testing-library's 1 s default for `findBy*`.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
