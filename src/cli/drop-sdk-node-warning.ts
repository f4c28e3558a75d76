// The AWS SDK warns once per process, on Node < 22, that its releases after January 2027 need a newer
// Node (`process.emitWarning('NodeVersionSupportWarning: …')`): nine lines before blastmap's one-line
// message, even with --quiet. The executable drops exactly that warning; every other warning
// (deprecations, experimental features, the SDK's other notices) still reaches stderr.

type EmitWarning = typeof process.emitWarning;

/** The SDK's text starts with its own label; a warning object carries it as its message. */
function isSdkNodeVersionWarning(warning: unknown): boolean {
  const text = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : '';
  return text.startsWith('NodeVersionSupportWarning:') && text.includes('AWS SDK for JavaScript');
}

/** Wraps `proc.emitWarning` so that the SDK's Node version notice is not printed. */
export function dropSdkNodeVersionWarning(proc: NodeJS.Process = process): void {
  const emit = proc.emitWarning.bind(proc) as (...args: unknown[]) => void;
  proc.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    if (isSdkNodeVersionWarning(warning)) return;
    emit(warning, ...rest);
  }) as EmitWarning;
}
