# bytelens — the two commands a newcomer needs:
#   make tour   set up, build, and run the guided tour on samples/
#   make test   set up, build, and run every test (Swift tests + the live NumPy differential run)

SWIFT ?= swift
PYTHON ?= python3
CASES ?= 2000
SEED ?= 20261126
BIN = .build/debug/bytelens

.PHONY: setup build release tour test unit differential samples clean

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

# Unit, transcript and pinned-fixture tests, then the live differential runs against numpy
# (views and printing; then the values the inspection commands show).
# The seed is fixed so a run is reproducible; `make test SEED=$$RANDOM CASES=10000` explores.
test: build
	$(SWIFT) test
	$(PYTHON) Tests/numpy/differential.py $(BIN) --cases $(CASES) --seed $(SEED)
	$(PYTHON) Tests/numpy/check_inspection.py $(BIN) --cases 300 --seed $(SEED)

clean:
	rm -rf .build
