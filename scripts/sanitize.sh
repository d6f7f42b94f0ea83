#!/usr/bin/env bash
# Build the compiled coding engine with AddressSanitizer and UndefinedBehaviorSanitizer and run
# the equivalence tests and the fuzz tests through it. Any sanitizer report fails the run.
# Expects the virtual environment from scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
suffix=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
include=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
engine="$build/_fastcode$suffix"
cc -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all \
   -Wall -shared -fPIC -I"$include" src/casebrief/coding/_fastcode.c -o "$engine"
asan=$(cc -print-file-name=libasan.so)
ubsan=$(cc -print-file-name=libubsan.so)
echo "sanitize: engine built with ASan and UBSan at $engine"
# Python itself is not built with ASan: preload the runtimes; CPython's own allocations are not
# leaks to report here, so leak checking stays off. Everything else aborts on the first report.
export LD_PRELOAD="$asan $ubsan"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:halt_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Python objects from malloc, not pymalloc arenas, so that reads past a string are caught.
export PYTHONMALLOC=malloc
export CASEBRIEF_FASTCODE="$engine" CASEBRIEF_REQUIRE_COMPILED=1
# The tests must run the sanitized build, not the one pip installed.
.venv/bin/python -c "from casebrief.coding import fast; assert fast._fastcode.__file__ == '$engine', fast._fastcode.__file__"
# --capture=sys: a sanitizer writes its report to file descriptor 2, which must stay visible.
.venv/bin/python -m pytest -q -p no:cacheprovider --capture=sys tests/test_fastcode.py tests/test_fastcode_fuzz.py
