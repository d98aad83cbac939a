// Package document is Daymark's export document: everything in the
// database as versioned JSON a person can read and edit (Export, with its
// Day, Decision, Review…), read back strictly (ReadExport, Import), and
// the lists a spreadsheet opens (CSV, with cells safe against formula
// injection). The format is described in docs/export-format.md.
//
// It imports data and nothing else of the project: app's use cases
// (DataFile, Values) write and read files through it, and the command
// line calls them.
package document
