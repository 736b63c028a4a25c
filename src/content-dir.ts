/**
 * Where the bulletins are read from: `content/` unless DIGEST_CONTENT_DIR names
 * another folder (the build-error tests and the benchmark point it at fixtures).
 */
export const CONTENT_DIR = process.env.DIGEST_CONTENT_DIR ?? 'content';
