package sync

import (
	"fmt"
	"os"
	"testing"
)

// Some tests run this test binary again as a helper process, to kill it
// (crash_test.go). DAYMARK_HELPER says which helper; DAYMARK_HELPER_DB the
// database and DAYMARK_HELPER_FOLDER the sync folder.
var helpers = map[string]func(db, folder string) int{}

func TestMain(m *testing.M) {
	if name := os.Getenv("DAYMARK_HELPER"); name != "" {
		helper, ok := helpers[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "no helper %q\n", name)
			os.Exit(2)
		}
		os.Exit(helper(os.Getenv("DAYMARK_HELPER_DB"), os.Getenv("DAYMARK_HELPER_FOLDER")))
	}
	code := m.Run()
	if benchFiles.dir != "" { // what the benchmarks shared
		os.RemoveAll(benchFiles.dir)
	}
	os.Exit(code)
}
