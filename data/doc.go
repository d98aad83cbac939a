// Package data holds Daymark's domain types and the SQLite store that keeps
// them: the schema and its migrations, the queries, and the rules the
// database itself enforces (a day never holds more than 1440 minutes).
//
// It imports no other package of the project and nothing of Fyne: the store
// never knows a widget, and every use case lives in package app.
package data
