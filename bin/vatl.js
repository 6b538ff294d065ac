#!/usr/bin/env node
// The same executable as bin/vatl.cjs (what `vatl` runs when installed), for `node bin/vatl.js`.
import './vatl.cjs';
