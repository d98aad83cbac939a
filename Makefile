# Daymark. The two commands that matter: `make run` and `make test`.
#
#   make run     install what the build needs, build, open Daymark on the default database
#   make test    gofmt check, go vet, all Go tests, each fuzz target for $(FUZZTIME), and the end-to-end test under Xvfb
#   make fuzz    each fuzz target for $(FUZZTIME) (FUZZTIME=1m make fuzz for longer)
#   make build   build ./daymark
#   make demo    build and open Daymark on a database of sample data (/tmp/daymark-demo.db)
#   make bench   Daymark against the budgets of PRODUCT.md on a ten-year database: its first window
#                and memory beside a minimal Fyne window under Xvfb, charts, saving a day, balance,
#                search; a table on stdout and bench.json (see docs/performance.md)
#   make package the installable Linux archive (fyne package), in dist/
#   make install install that archive for the current user (~/.local); make uninstall removes it

GO  ?= go
BIN := daymark
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
export CGO_ENABLED := 1

.PHONY: all build run demo test fmt-check vet unit fuzz e2e bench package install uninstall deps test-deps clean

all: build

build: deps
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) .

run: build
	./$(BIN)

demo: build
	rm -f /tmp/daymark-demo.db /tmp/daymark-demo.db-wal /tmp/daymark-demo.db-shm
	./$(BIN) demo --db /tmp/daymark-demo.db --days 365
	./$(BIN) --db /tmp/daymark-demo.db

test: test-deps fmt-check vet unit fuzz e2e

fmt-check:
	@bad=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$bad" ]; then echo "gofmt would change:"; echo "$$bad"; exit 1; fi

vet:
	$(GO) vet -tags e2e ./...
	$(GO) vet ./testdata/bench ./testdata/benchhello

unit:
	$(GO) test ./...

# Every fuzz target of every package for FUZZTIME each: see .ci/fuzz.
FUZZTIME ?= 5s
fuzz:
	@FUZZTIME=$(FUZZTIME) GO=$(GO) .ci/fuzz

# The real binary in a real X window: see e2e_test.go.
e2e:
	$(GO) test -tags e2e -count=1 -run TestEndToEnd -v .

# Builds Daymark and testdata/benchhello, fills a ten-year database, starts
# each program 7 times in turn under Xvfb, and runs the Go benchmarks.
bench: test-deps
	GO=$(GO) $(GO) run ./testdata/bench

package: deps
	@.ci/package

install: package
	@.ci/install

uninstall:
	@.ci/install --uninstall

deps:
	@.ci/deps build

test-deps:
	@.ci/deps test

clean:
	rm -rf $(BIN) dist
