# The two set-up commands of README.md. Both install what is missing first. `make sanitize` is
# CI's second step (docs/hardening.md).
BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
JOBS ?= $(shell nproc)
OUT ?= out
SEED ?= 2025
REPLICATES ?= 2000

.PHONY: all bootstrap configure build run test sanitize clean format lint

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The 2025 baseline with and without each of the essay's levers; outputs under $(OUT)/.
run: build
	@scripts/run-baseline $(BUILD_DIR)/src/cli/umbrella $(OUT) $(SEED) $(REPLICATES)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Every test again, built by clang with AddressSanitizer and UndefinedBehaviorSanitizer, plus a
# short run of each fuzz target. The Python module is left out: CPython cannot load it without
# the sanitizers' runtime preloaded (docs/hardening.md).
sanitize: bootstrap
	@cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++ -DUMBRELLA_SANITIZE=ON -DUMBRELLA_FUZZ=ON \
	  -DUMBRELLA_BUILD_BENCH=OFF -DUMBRELLA_BUILD_PYTHON=OFF >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@cd $(SANITIZE_DIR) && UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

format:
	@git ls-files '*.cc' '*.h' | xargs clang-format -i

# The layering and option-spelling checks, then clang-tidy (.clang-tidy) over every file of src/ against the build's
# compile database. CI's third step (.ci/run); not part of `make test`, as on 2 cores clang-tidy
# takes longer than the tests (CONTRIBUTING.md, Format and lint).
lint: configure
	@scripts/check-layers
	@scripts/check-flags
	@run-clang-tidy -p $(BUILD_DIR) -j $(JOBS) -quiet '^$(CURDIR)/src/'

clean:
	@rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(OUT)
