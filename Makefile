# The benchmark simulator. `make run` serves the app at http://127.0.0.1:8000;
# `make test` runs every test, browser tests included.

GO      ?= go
ADDR    ?= 127.0.0.1:8000
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
GOFILES  = $(shell find app calc -name '*.go' -not -name '*_test.go') go.mod go.sum
DATAGEN  = calc/demo

.PHONY: all build run static test test-deps test-unit test-wasm test-e2e vet bench fuzz generate clean axe

all: build

## build: the wasm app with its precompressed copies. The UI program is
## built without go-app's server side (app/internal/wasmbuild: no net/http)
## and compressed at brotli's best (precompress -best).
build: web/app.wasm web/draw.wasm

web/app.wasm: $(GOFILES) $(shell find calc/demo -type f -not -name '*_test.go' 2>/dev/null)
	$(GO) run ./app/internal/wasmbuild -trimpath -ldflags="-s -w" -o web/app.wasm ./app
	$(GO) run ./app/internal/precompress -best web/app.wasm

# The drawing worker (charts, map, rank intervals and history), run by
# web/draw.js in a Web Worker.
web/draw.wasm: $(GOFILES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o web/draw.wasm ./app/worker
	$(GO) run ./app/internal/precompress web/draw.wasm

## run: serve the app on the embedded illustrative data at http://127.0.0.1:8000
run: build
	$(GO) run ./app serve --addr $(ADDR)

## static DIR=…: write a static site that works from any static host
static: build
	@test -n "$(DIR)" || (echo "usage: make static DIR=path/to/site" && exit 2)
	$(GO) run ./app static $(DIR)

## test: every test: unit, wasm (node), end-to-end in headless Chromium;
## installs what is missing first (test-deps)
test: test-deps vet build test-unit test-wasm test-e2e

# What the tests need besides Go, as Debian packages (command:package).
TEST_PKGS = chromium:chromium node:nodejs npm:npm pdftotext:poppler-utils

## test-deps: install what the tests need and the machine lacks: with apt as
## root, else it prints what to install and fails. Quick when all is there.
test-deps:
	@need=""; for cp in $(TEST_PKGS); do c=$${cp%%:*}; p=$${cp#*:}; \
		command -v $$c >/dev/null 2>&1 || [ -x /usr/bin/$$c ] || need="$$need $$p"; done; \
	if [ -n "$$need" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "test-deps: installing$$need"; \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$need || exit 1; \
		else \
			echo "make test needs$$need. Install it and run make test again:"; \
			echo "  sudo apt-get update && sudo apt-get install -y$$need"; exit 1; \
		fi; \
	fi
	@# Further test dependencies (for example npm packages installed into an
	@# ignored folder) are installed here, each guarded so a second run is quick.

vet:
	@test -z "$$(gofmt -l app calc tests)" || (echo "gofmt needed:"; gofmt -l app calc tests; exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./calc/...

test-unit:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /tests/e2e)

test-wasm: test-deps
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMEXEC)" ./calc/... ./app/chart/... ./app/report/...

## axe: axe-core for the accessibility test, into a git-ignored folder (not committed)
AXE = tests/e2e/.npm/node_modules/axe-core/axe.min.js
axe: $(AXE)
$(AXE): | test-deps
	npm install --prefix tests/e2e/.npm --no-save --no-audit --no-fund -E axe-core@4.10.2

test-e2e: test-deps build axe
	$(GO) test -count=1 -timeout 20m ./tests/e2e/...

## bench: performance figures (calc native and wasm, browser timings,
## Lighthouse) against the budgets, beside a plain-DOM reference page
LIGHTHOUSE = tests/bench/.npm/node_modules/lighthouse/cli/index.js
bench: build $(LIGHTHOUSE)
	$(GO) run ./tests/bench
$(LIGHTHOUSE): | test-deps
	npm install --prefix tests/bench/.npm --no-save --no-audit --no-fund -E lighthouse@12.2.3

## fuzz: every parser fuzzed 60 s
fuzz:
	@for t in $$($(GO) test -list 'Fuzz.*' ./calc/jobindsats | grep ^Fuzz); do \
		echo "== calc/jobindsats $$t"; $(GO) test ./calc/jobindsats -run '^$$' -fuzz "^$$t$$" -fuzztime 60s -fuzzminimizetime 10x || exit 1; done
	@for pkg in ./calc ./calc/companion ./app/ui/view ./app/dataset; do for t in $$($(GO) test -list 'Fuzz.*' $$pkg | grep ^Fuzz); do \
		echo "== $$pkg $$t"; $(GO) test $$pkg -run '^$$' -fuzz "^$$t$$" -fuzztime 60s -fuzzminimizetime 10x || exit 1; done; done

## generate: regenerate the illustrative dataset (dataset.json and dataset_gen.go)
generate:
	$(GO) generate ./calc/demo

clean:
	rm -f web/app.wasm web/app.wasm.br web/app.wasm.gz web/draw.wasm web/draw.wasm.br web/draw.wasm.gz
	rm -rf tests/e2e/.npm tests/bench/.npm
