// A model's id is `name@version` (mttr-maturity@1, acme-recovery@2): the name says whose model it
// is, the version counts its edits. A model file writes the two apart, so a later edit only
// raises `version`; assessments store them joined.

/** Lowercase letters and digits in words joined by single hyphens, starting with a letter. */
export const MODEL_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;
export const MODEL_NAME_MAX = 60;
export const MODEL_VERSION_MAX = 9999;

export interface ModelRef {
  readonly name: string;
  readonly version: number;
}

export function isModelName(name: string): boolean {
  return name.length <= MODEL_NAME_MAX && MODEL_NAME_PATTERN.test(name);
}

export function isModelVersion(version: number): boolean {
  return Number.isInteger(version) && version >= 1 && version <= MODEL_VERSION_MAX;
}

export function joinModelId(ref: ModelRef): string {
  return `${ref.name}@${ref.version}`;
}

/** The name and version of an id, or undefined when it is not `name@N`. */
export function splitModelId(id: string): ModelRef | undefined {
  const at = id.lastIndexOf('@');
  if (at < 0) return undefined;
  const name = id.slice(0, at);
  const digits = id.slice(at + 1);
  if (!/^[1-9][0-9]*$/u.test(digits)) return undefined;
  const version = Number(digits);
  return isModelName(name) && isModelVersion(version) ? { name, version } : undefined;
}
