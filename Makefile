# bytelens — the two commands a newcomer needs:
#   make tour   set up, build, and run the guided tour on samples/
#   make test   set up, build, and run every test (Swift tests + the live NumPy differential run)

SWIFT ?= swift
PYTHON ?= python3
CASES ?= 2000
SEED ?= 20261126
BIN = .build/debug/bytelens

.PHONY: setup build release tour test unit differential formats samples asan fuzz fuzz-smoke bench bench-smoke clean

# Installs what the build and the tests need, when it is missing: libedit's headers (Debian/Ubuntu
# package libedit-dev, through apt-get) and numpy 2.4 (through pip) for the differential tests.
setup:
	@bash .ci/install-deps

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

samples:
	$(PYTHON) samples/make_samples.py

tour: build
	$(BIN) -f samples/tour.bl

# Unit, transcript and pinned-fixture tests, the live differential runs against numpy (views
# and printing; the values the inspection commands show), then the interactive tests, which
# type into the real binary through a pseudo-terminal, and the streaming tests, which check that
# tobytes and save of large views stay in bounded memory and stop on Ctrl-C (SIGINT).
# The seed is fixed so a run is reproducible; `make test SEED=$$RANDOM CASES=10000` explores.
# show_all_diff.py: 'show all' (streamed, no summarising) against numpy's str on random views.
# npy_roundtrip.py then checks the file formats: .npy/.npz written by numpy load and print as
# numpy prints them, files bytelens writes load in numpy, exports run, real tools' dumps paste back.
# Last, the binary as a user runs it: pipes, FIFOs and devices (Tests/process/streams.py), every
# README example, and real files (WAV, PNG, ELF, sqlite, …) read as their specs define them.
# closed_pipe.py: output piped to a reader that leaves early (head) ends the command at once.
# save_safety.py: save refuses FIFOs, links and directories; kill -9, SIGTERM, SIGHUP and a
# double Ctrl-C mid-save leave the target whole and (but for kill -9) no temporary file.
# hostile/run_cases.py: some 200 bad inputs, each with the exact error it gives, under a 1 GiB
# memory cap; input files' hashes must not change.
test: build
	$(SWIFT) test
	$(PYTHON) Tests/numpy/differential.py $(BIN) --cases $(CASES) --seed $(SEED)
	$(PYTHON) Tests/numpy/differential.py $(BIN) --cases 0 --no-curated --casts 1000 --seed $(SEED)
	$(PYTHON) Tests/numpy/differential.py $(BIN) --cases 0 --no-curated --literal-cases 0 --print-options 1000 --timeout 20 --seed $(SEED)
	$(PYTHON) Tests/numpy/differential.py $(BIN) --cases 0 --no-curated --literal-cases 0 --scalar-cases 800 --timeout 20 --seed $(SEED)
	$(PYTHON) Tests/numpy/check_inspection.py $(BIN) --cases 300 --seed $(SEED)
	$(PYTHON) Tests/numpy/check_pictures.py $(BIN) --cases 150 --seed $(SEED)
	$(PYTHON) Tests/numpy/find_oracle.py $(BIN) --seed $(SEED)
	$(PYTHON) Tests/numpy/stats_diff.py $(BIN) --cases 300 --seed $(SEED)
	$(PYTHON) Tests/numpy/show_all_diff.py $(BIN) --cases 200 --seed $(SEED)
	$(PYTHON) Tests/numpy/npy_roundtrip.py $(BIN)
	$(PYTHON) Tests/interactive/test_interactive.py $(BIN)
	$(PYTHON) Tests/interactive/test_lessons.py $(BIN)
	$(PYTHON) Tests/process/streams.py $(BIN)
	$(PYTHON) Tests/process/readme_examples.py $(BIN)
	$(PYTHON) Tests/corpus/real_files.py $(BIN)
	$(PYTHON) Tests/process/test_streaming.py $(BIN)
	$(PYTHON) Tests/process/closed_pipe.py $(BIN)
	$(PYTHON) Tests/process/save_safety.py $(BIN)
	$(PYTHON) Tests/numpy/guess_check.py $(BIN)
	$(PYTHON) Tests/process/stats_big_file.py $(BIN)
	$(PYTHON) Tests/hostile/run_cases.py $(BIN)

# bytelens side by side with xxd, hexdump, hexyl and numpy on generated data (bench/.data,
# about 4.5 GiB on disk; an 8 GiB file there is sparse), release build, medians of alternating
# rounds; prints the table and writes it to bench/RESULTS.md. BENCH_ARGS="--only stats" runs
# some cases; --rounds N changes the count.
bench: setup
	bash bench/install-peers
	$(SWIFT) build -c release
	$(PYTHON) bench/run.py --binary .build/release/bytelens $(BENCH_ARGS)

# The benchmark's harness on small data, one round, with the debug build: every case runs and
# every tool succeeds (.ci/run runs this; the timings mean nothing).
bench-smoke: build
	bash bench/install-peers
	$(PYTHON) bench/run.py --smoke --binary $(BIN)

formats: build
	$(PYTHON) Tests/numpy/npy_roundtrip.py $(BIN)

# The Swift test suite again, built with AddressSanitizer (its own build folder), as CI runs it.
# Leak checking is off: the only leaks it reports are the test runners' own (XCTest's suite
# objects at exit), never bytelens's.
asan: setup
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --scratch-path .build-asan \
	  --sanitize=address

# libFuzzer with AddressSanitizer over every parser and the session (Fuzz/, a package of its
# own): each target runs FUZZ_SECONDS from the seeds in Fuzz/Corpus/NAME, keeping what it
# learns in Fuzz/.corpus/NAME (not committed). A crash stops the run and leaves a crash-*
# file: fix it, then add the input to Fuzz/Corpus/NAME, where it stays as a regression.
# `make fuzz-smoke` replays every committed input once, as CI does.
FUZZ_SECONDS ?= 180
FUZZ_TARGETS = language dtype npy-header dumps npz session
FUZZ_BUILD = cd Fuzz && $(SWIFT) build -c release --scratch-path .build-fuzz \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz: setup
	$(FUZZ_BUILD)
	@for target in $(FUZZ_TARGETS); do \
	  echo "fuzz-$$target: $(FUZZ_SECONDS) s"; \
	  mkdir -p Fuzz/.corpus/$$target; \
	  SWIFT_BACKTRACE=enable=no \
	    Fuzz/.build-fuzz/release/fuzz-$$target Fuzz/.corpus/$$target Fuzz/Corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
	    -print_final_stats=1 || exit 1; \
	done

fuzz-smoke: setup
	$(FUZZ_BUILD)
	@for target in $(FUZZ_TARGETS); do \
	  SWIFT_BACKTRACE=enable=no \
	    Fuzz/.build-fuzz/release/fuzz-$$target Fuzz/Corpus/$$target -runs=0 -timeout=10 \
	    -rss_limit_mb=2048 || exit 1; \
	done
	@echo "fuzz-smoke: $(words $(FUZZ_TARGETS)) passed, 0 failed"

clean:
	rm -rf .build .build-asan Fuzz/.build-fuzz
