# The benchmark simulator. `make run` serves the app at http://127.0.0.1:8000;
# `make test` runs every test, browser tests included.

GO      ?= go
ADDR    ?= 127.0.0.1:8000
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
GOFILES  = $(shell find app calc -name '*.go' -not -name '*_test.go') go.mod go.sum
DATAGEN  = calc/demo

.PHONY: all build run static test test-unit test-wasm test-e2e vet bench fuzz generate clean

all: build

## build: the wasm app with its precompressed copies
build: web/app.wasm

web/app.wasm: $(GOFILES) $(shell find calc/demo -type f -not -name '*_test.go' 2>/dev/null)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o web/app.wasm ./app
	$(GO) run ./tests/tools/precompress web/app.wasm

## run: serve the app on the embedded illustrative data at http://127.0.0.1:8000
run: build
	$(GO) run ./app serve --addr $(ADDR)

## static DIR=…: write a static site that works from any static host
static: build
	@test -n "$(DIR)" || (echo "usage: make static DIR=path/to/site" && exit 2)
	$(GO) run ./app static $(DIR)

## test: every test: unit, wasm (node), end-to-end in headless Chromium
test: vet build test-unit test-wasm test-e2e

vet:
	@test -z "$$(gofmt -l app calc tests)" || (echo "gofmt needed:"; gofmt -l app calc tests; exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./calc/...

test-unit:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /tests/e2e)

test-wasm:
	@command -v node >/dev/null || (echo "node is needed for the wasm tests: apt-get install -y nodejs" && exit 1)
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMEXEC)" ./calc/... ./app/chart/... ./app/report/...

test-e2e: build
	@test -x /usr/bin/chromium || command -v chromium >/dev/null || (echo "Chromium is needed for the browser tests: apt-get install -y chromium (or run .ci/run as root)" && exit 1)
	$(GO) test -count=1 -timeout 20m ./tests/e2e/...

## bench: performance figures (calc native and wasm, browser timings)
bench: build
	$(GO) run ./tests/bench

## fuzz: every parser fuzzed 60 s
fuzz:
	@for t in $$($(GO) test -list 'Fuzz.*' ./calc/jobindsats | grep ^Fuzz); do \
		echo "== calc/jobindsats $$t"; $(GO) test ./calc/jobindsats -run '^$$' -fuzz "^$$t$$" -fuzztime 60s || exit 1; done
	@for pkg in ./calc ./calc/companion ./app/ui; do for t in $$($(GO) test -list 'Fuzz.*' $$pkg | grep ^Fuzz); do \
		echo "== $$pkg $$t"; $(GO) test $$pkg -run '^$$' -fuzz "^$$t$$" -fuzztime 60s || exit 1; done; done

## generate: regenerate the embedded illustrative dataset
generate:
	$(GO) generate ./calc/demo

clean:
	rm -f web/app.wasm web/app.wasm.br web/app.wasm.gz
