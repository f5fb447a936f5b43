# SPDX-License-Identifier: MIT
#
# checks.bash - sourced by the test scripts that run many small checks
# (bad_input.sh, store_roundtrip.sh): check NAME CONDITION counts a check
# and prints "FAIL: NAME" when the condition (a shell expression) is
# false; checks_done WHAT prints the tally and returns non-zero on any
# failure. Not a ctest of its own (only *.sh files are).
fail=0
n=0
check() { # name, condition
    n=$((n + 1))
    if eval "$2"; then :; else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
checks_done() { # what the checks were
    echo "$((n - fail))/$n $1 passed"
    [ $fail -eq 0 ]
}
