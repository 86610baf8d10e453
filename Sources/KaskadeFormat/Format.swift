// The formatter and exports (placeholder until the module lands).
