# The two set-up commands of README.md. Both install what is missing first.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
OUT ?= out
SEED ?= 2025
REPLICATES ?= 2000

.PHONY: all bootstrap configure build run test clean format

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

format:
	@git ls-files '*.cc' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR) $(OUT)
