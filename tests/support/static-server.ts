/** The static server moved to `src/server/static-server.ts`, shared with `npm start`. */
export * from '../../src/server/static-server.ts';
