package control

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the file chosen for writing before it hands it
// over, and opening it empties it: after "Overwrite?", a file would sit
// empty until the export is written, and stay empty if the export failed
// or was refused (the database itself, chosen by mistake). Daymark writes
// beside the file and renames (see app.Outputs), so it never writes
// through the dialog's writer; lateWrites makes that writer open its file
// only when first written to, which for Daymark is never.

// fileRepository is all that Fyne's repository of local files does.
type fileRepository interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lateWrites is Fyne's repository of local files with writers that open
// their file when first written to.
type lateWrites struct{ fileRepository }

var lateWritesMu sync.Mutex

// openFilesLate puts lateWrites in place of the repository of local files
// the driver registered, once per driver: a new app (each test's) registers
// its own.
func openFilesLate() {
	lateWritesMu.Lock()
	defer lateWritesMu.Unlock()
	repo, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := repo.(lateWrites); done {
		return
	}
	if full, ok := repo.(fileRepository); ok {
		repository.Register("file", lateWrites{full})
	}
}

// Writer returns a writer that opens u, emptying it, on its first write.
func (r lateWrites) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lateWriter{repo: r.fileRepository, uri: u}, nil
}

// lateWriter opens its file on the first write.
type lateWriter struct {
	repo fileRepository
	uri  fyne.URI
	w    fyne.URIWriteCloser
	err  error
}

func (l *lateWriter) URI() fyne.URI { return l.uri }

func (l *lateWriter) Write(p []byte) (int, error) {
	if l.w == nil && l.err == nil {
		l.w, l.err = l.repo.Writer(l.uri)
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.w.Write(p)
}

func (l *lateWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
