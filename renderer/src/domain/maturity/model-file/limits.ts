// The size a maturity model file may have: read by the stored record's schema, which the app loads
// at start, apart from the file reader and its YAML parser, which it does not.

/** A model is a few dozen kilobytes; a megabyte is room for the largest the limits allow. */
export const MODEL_FILE_MAX_BYTES = 1024 * 1024;
