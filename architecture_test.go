package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// importRule is one rule of docs/architecture.md: packages under from may
// not import a package that forbidden names, for the reason given.
type importRule struct {
	from      func(pkg string) bool
	forbidden func(imp string) bool
	reason    string
}

func under(prefixes ...string) func(string) bool {
	return func(p string) bool {
		for _, prefix := range prefixes {
			if p == prefix || strings.HasPrefix(p, prefix+"/") {
				return true
			}
		}
		return false
	}
}

var importRules = []importRule{
	{under("daymark/data", "daymark/charts", "daymark/assets", "daymark/app/idle"), under("daymark"), "imports nothing of the project"},
	{under("daymark/data", "daymark/charts", "daymark/app"), under("fyne.io"), "knows nothing of Fyne"},
	{under("daymark/app", "daymark/data", "daymark/charts", "daymark/assets"), under("daymark/ui"), "never runs back up to the window"},
	{under("daymark/ui"), under("database/sql", "github.com/mattn/go-sqlite3"), "builds no SQL: it calls app"},
	{func(p string) bool { return p != "daymark" && !under("daymark/ui")(p) }, func(imp string) bool { return imp == "daymark/ui" }, "only main opens the window"},
	{under("daymark/app/cli"), under("daymark/ui"), "is the front end without a window"},
	{isScreen, func(imp string) bool { return under("daymark/ui")(imp) && !under("daymark/ui/control")(imp) }, "is a screen: it knows the shared controls, not the window nor another screen"},
	{under("daymark/ui/prefs", "daymark/ui/locale"), func(imp string) bool { return under("daymark/ui")(imp) }, "is below the window and its screens: it knows none of them"},
	{under("daymark/ui/look"), func(imp string) bool { return under("daymark/ui")(imp) && imp != "daymark/ui/prefs" }, "is the theme: it knows the settings' names, not the window nor a screen"},
	{under("daymark/ui/control"), func(imp string) bool { return under("daymark/ui")(imp) && !under("daymark/ui/control")(imp) }, "is shared by the screens and knows none of them, nor the window"},
}

// isScreen says whether a package is one of the window's screens: a
// package under ui/ other than its shared controls and its locale.
func isScreen(p string) bool {
	return strings.HasPrefix(p, "daymark/ui/") && !under("daymark/ui/control", "daymark/ui/locale", "daymark/ui/prefs", "daymark/ui/look")(p)
}

// TestTheImportRulesHold holds every package of the module, its tests
// included, to the layering of docs/architecture.md: data → app → ui,
// charts beside, nothing back up.
func TestTheImportRulesHold(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports,TestImports,XTestImports", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	packages := 0
	for dec.More() {
		var p struct {
			ImportPath                         string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		packages++
		for _, imp := range append(append(p.Imports, p.TestImports...), p.XTestImports...) {
			for _, r := range importRules {
				if r.from(p.ImportPath) && r.forbidden(imp) && imp != p.ImportPath {
					t.Errorf("%s imports %s, but it %s", p.ImportPath, imp, r.reason)
				}
			}
		}
	}
	if packages < 15 {
		t.Fatalf("go list listed only %d packages of the module", packages)
	}
}

// TestTheREADMEsCodeMapMatchesTheTree checks that the README's map of the
// code names every package of the module, and no folder that is not there.
func TestTheREADMEsCodeMapMatchesTheTree(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "## The code\n\n```\n")
	if !ok {
		t.Fatal("the README has no code map under '## The code'")
	}
	codeMap, _, _ := strings.Cut(after, "```")
	named := map[string]bool{}
	for _, word := range strings.Fields(codeMap) {
		word = strings.TrimRight(word, ":,;.")
		if strings.HasSuffix(word, "/") || strings.Contains(word, "/") && !strings.Contains(word, ".") {
			dir := strings.TrimSuffix(word, "/")
			if strings.ContainsAny(dir, "…(") {
				continue
			}
			named[dir] = true
			if info, err := os.Stat(dir); err != nil || !info.IsDir() {
				t.Errorf("the README's code map names %s/, which is not a folder of the tree", dir)
			}
		}
	}
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range strings.Fields(string(out)) {
		rel, err := filepath.Rel(root, dir)
		if err != nil || rel == "." || strings.HasPrefix(rel, "testdata") {
			continue
		}
		if !named[filepath.ToSlash(rel)] {
			t.Errorf("the README's code map does not name the package %s/", rel)
		}
	}
}

// TestUIsMapNamesEveryFile checks that the map of files in the doc.go of
// package ui and of each package under it names every file of the package
// (by its name, or a pattern such as day*.go).
func TestUIsMapNamesEveryFile(t *testing.T) {
	dirs := []string{"ui"}
	subs, err := filepath.Glob(filepath.Join("ui", "*", "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range subs {
		dirs = append(dirs, filepath.Dir(d))
	}
	if len(dirs) < 2 {
		t.Fatalf("found the maps of only %v", dirs)
	}
	for _, dir := range dirs {
		checkFileMap(t, dir)
	}
}

// checkFileMap checks the map of files in dir/doc.go.
func checkFileMap(t *testing.T, dir string) {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(dir, "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, word := range strings.FieldsFunc(string(doc), func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' }) {
		if strings.HasSuffix(word, ".go") {
			patterns = append(patterns, word)
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, "_test.go") || name == "doc.go" {
			continue
		}
		found := false
		for _, p := range patterns {
			if ok, _ := filepath.Match(p, name); ok {
				found = true
			}
		}
		if !found {
			t.Errorf("%s/doc.go's map of the files does not name %s", dir, name)
		}
	}
	if len(patterns) == 0 {
		t.Fatalf("%s/doc.go names only %d files", dir, len(patterns))
	}
}
