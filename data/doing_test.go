package data

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// "The database failed" never stands alone: a failure SQLite gave no
// words for says what was being done, and keeps its cause underneath.
func TestAFailureWithoutWordsSaysWhatWasBeingDone(t *testing.T) {
	s := openTemp(t)
	s.Close() // every use of the file fails from here, with sql's words only
	ctx := context.Background()
	day := NewDay(NewDate(2026, 3, 2))
	for _, c := range []struct {
		err  error
		want string
	}{
		{s.SaveDay(ctx, day), "the database failed while saving the day of 2026-03-02"},
		{func() error { _, err := s.Day(ctx, day.Date); return err }(), "the database failed while reading the day of 2026-03-02"},
		{func() error { _, err := s.Contents(ctx); return err }(), "the database failed while reading everything in the database"},
	} {
		if got := ErrorMessage(c.err); got != c.want {
			t.Errorf("the person reads %q, want %q", got, c.want)
		}
		if errors.Unwrap(c.err) == nil {
			t.Errorf("%q lost its cause", ErrorMessage(c.err))
		}
	}
}

// Every public function of the store that can fail on the file says what
// it was doing (see doing): a new one that forgets is caught here.
func TestEveryPublicStoreFunctionSaysWhatItIsDoing(t *testing.T) {
	exempt := map[string]bool{ // they touch no SQL, or only through one that says
		"Close": true, "BackupFolderProblem": true, "SetBackupFolder": true, "Backups": true,
		"Open": true, "OpenExisting": true,
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || !fn.Name.IsExported() || exempt[fn.Name.Name] || !returnsError(fn) || !touchesTheFile(fn) {
				continue
			}
			if !defersDoing(fn) {
				t.Errorf("%s: %s does not begin with defer doing(&err, …): say what it was doing when the database fails", fset.Position(fn.Pos()), fn.Name.Name)
			}
		}
	}
}

func returnsError(fn *ast.FuncDecl) bool {
	r := fn.Type.Results
	if r == nil || len(r.List) == 0 {
		return false
	}
	last, ok := r.List[len(r.List)-1].Type.(*ast.Ident)
	return ok && last.Name == "error"
}

// touchesTheFile reports whether fn is a method of the store, or a
// function that takes a context (every one that reads a file does).
func touchesTheFile(fn *ast.FuncDecl) bool {
	if fn.Recv != nil {
		star, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
		id, isIdent := func() (*ast.Ident, bool) {
			if !ok {
				return nil, false
			}
			i, ok := star.X.(*ast.Ident)
			return i, ok
		}()
		return isIdent && id.Name == "Store"
	}
	for _, p := range fn.Type.Params.List {
		if sel, ok := p.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" {
			return true
		}
	}
	return fn.Name.Name == "OpenWith"
}

func defersDoing(fn *ast.FuncDecl) bool {
	if fn.Body == nil || len(fn.Body.List) == 0 {
		return false
	}
	d, ok := fn.Body.List[0].(*ast.DeferStmt)
	if !ok {
		return false
	}
	id, ok := d.Call.Fun.(*ast.Ident)
	return ok && id.Name == "doing"
}
