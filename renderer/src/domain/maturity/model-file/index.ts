// The maturity model as a file an organisation owns: export any model as YAML, read an edited
// file back (a model, or every problem with its line and path), decide whether it may be added,
// and say what differs between two models criterion by criterion.
export { writeModelFile } from './write-model-file';
export {
  formatProblem,
  readModelFile,
  MODEL_FILE_MAX_BYTES,
  type ModelFileProblem,
  type ModelFileRead,
} from './read-model-file';
export { decideModelImport, sameModel, type ModelImportDecision } from './same-model';
export {
  compareModels,
  type CriterionChange,
  type ModelDifferences,
  type SharedCriterion,
} from './model-diff';
export { joinModelId, splitModelId, type ModelRef } from './model-id';
