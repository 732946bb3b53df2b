# rinse: `make help` lists the targets.

CARGO ?= cargo
DB ?= rinse.db
BENCH ?= ../shared/bench
RINSE := target/release/rinse
# The pages under fixtures/, not the expected outputs and tools beside them.
FIXTURE_EXCLUDES := --exclude 'expected*' --exclude '*.json' --exclude '*.py' --exclude '*.md' --exclude 'evalset/**'

.DEFAULT_GOAL := help

##@ Use

.PHONY: run
run: build ## Build, import fixtures/ into ./rinse.db, print the summary and a sample query
	@echo "== rinse import fixtures/ --db $(DB)"
	@echo "   (some fixtures are broken on purpose, to show how bad input is reported)"
	@$(RINSE) import --db $(DB) fixtures/ $(FIXTURE_EXCLUDES) ; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi
	@echo
	@echo "== rinse search --db $(DB) aleppo   (FTS5: MATCH, bm25() ranking, snippet())"
	@$(RINSE) search --db $(DB) --limit 5 aleppo

.PHONY: build
build: ## Build the release binary (target/release/rinse)
	$(CARGO) build --release --locked

##@ Develop

.PHONY: test
test: ## Run every test (unit, integration, golden cases)
	$(CARGO) test --locked --all-targets

.PHONY: check
check: ## Formatting and lints, warnings denied
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

.PHONY: bench
bench: build ## Quality (P/R/F1 per set and track) and throughput on ../shared/bench, then fetch throughput
	@status=0; \
	  $(RINSE) bench $(BENCH) --by page_type || status=$$?; \
	  echo; \
	  $(RINSE) bench-fetch --quiet --pages 2000 --concurrency 8 || status=$$?; \
	  exit $$status

.PHONY: train
train: build ## Retrain the content scorer on ../shared/bench into src/clean/weights.rs
	@$(RINSE) train $(BENCH) --out src/clean/weights.rs

.PHONY: clean
clean: ## Remove build output and the default database
	$(CARGO) clean
	rm -f $(DB) $(DB)-wal $(DB)-shm

.PHONY: help
help: ## Show this help
	@awk 'BEGIN {FS = ":.*##"; printf "Usage: make <target>\n"} \
	  /^[a-zA-Z_-]+:.*?##/ { printf "  %-10s %s\n", $$1, $$2 } \
	  /^##@/ { printf "\n%s\n", substr($$0, 5) }' $(MAKEFILE_LIST)
