package data

import (
	"fmt"
	"os"
	"testing"
)

// Some tests run this test binary again as a helper process: a writer to
// kill (crash_test.go), or an open as another user (access_test.go). The
// variable DAYMARK_HELPER says which; the database is DAYMARK_HELPER_DB.
var helpers = map[string]func(db string) int{}

func TestMain(m *testing.M) {
	if name := os.Getenv("DAYMARK_HELPER"); name != "" {
		helper, ok := helpers[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "no helper %q\n", name)
			os.Exit(2)
		}
		os.Exit(helper(os.Getenv("DAYMARK_HELPER_DB")))
	}
	os.Exit(m.Run())
}
