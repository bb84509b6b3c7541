// React 17, the version vets-website runs, from this workspace: `react` here resolves to
// test/react-17/node_modules, beside the project's React 18.
import React from 'react';
import ReactDOM from 'react-dom';

export { React, ReactDOM };

/** `tsa-letter-card/react` as a React 17 page gets it: the same module, with this React (web-test-runner.config.mjs). */
export const reactWrapper = (): Promise<typeof import('../../src/react.js')> => import(/* @vite-ignore */ `${'/src/react.ts'}?react=17`);
