#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run a golden file of rasad examples against the CLI.

usage: run_golden.py RASAD GOLDEN.txt [--update-report]

A golden file is human-readable: a header of '#' comment lines, then cases.

    === name of the case
    $ numbers --published 2022-01-27
    أكثر من مائة عنصر
    ---
    {"min": 101, "max": null, "qualifier": "more_than", "unit": "عنصر"}

'$ ARGS' gives the rasad arguments (the input is passed on stdin as '-',
appended after ARGS). A file-wide default is set by a header line
'# args: ...'. The input is the lines up to '---', joined with '\\n',
without a final newline; a line '\\' alone stands for an empty line, and
'\\xHH' in the input stands for the byte HH (invalid UTF-8, NUL).
Each expected line is either a JSON object, which must be a subset of the
actual object on the same output line (every key given must be equal;
nested objects compare the same way), or any other text, which must equal
the output line exactly. The number of output lines must equal the number
of expected lines. Special expected lines:
    exit= N        the exit status (default 0)
    stderr~ TEXT   stderr must contain TEXT
    lines~         only the given lines are checked, as a prefix (no count)
Uses only the Python standard library.
"""
import json
import re
import shlex
import subprocess
import sys


def subset(expected, actual, path='$'):
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f'{path}: expected an object, got {json.dumps(actual, ensure_ascii=False)}'
        for k, v in expected.items():
            if k not in actual:
                return f'{path}.{k}: missing'
            err = subset(v, actual[k], f'{path}.{k}')
            if err:
                return err
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f'{path}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}'
        for i, (e, a) in enumerate(zip(expected, actual)):
            err = subset(e, a, f'{path}[{i}]')
            if err:
                return err
        return None
    if expected != actual or type(expected) is not type(actual) and not (
            isinstance(expected, (int, float)) and isinstance(actual, (int, float))):
        return f'{path}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}'
    return None


def parse(path):
    default_args = []
    cases = []
    cur = None
    section = None
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if cur is None and line.startswith('# args:'):
                default_args = shlex.split(line[len('# args:'):])
                continue
            if line.startswith('=== '):
                cur = {'name': line[4:].strip(), 'line': n, 'args': None, 'input': [], 'expect': []}
                cases.append(cur)
                section = 'input'
                continue
            if cur is None:
                continue
            if section == 'input' and line.startswith('$ ') and not cur['input'] and cur['args'] is None:
                cur['args'] = shlex.split(line[2:])
                continue
            if section == 'input' and line == '---':
                section = 'expect'
                continue
            if section == 'input':
                cur['input'].append('' if line == '\\' else line)
            else:
                cur['expect'].append(line)
    for c in cases:
        if c['args'] is None:
            c['args'] = list(default_args)
        while c['expect'] and not c['expect'][-1].strip():
            c['expect'].pop()
    return cases


def run_case(rasad, case):
    data = '\n'.join(case['input']).encode('utf-8')
    data = re.sub(rb'\\x([0-9a-fA-F]{2})', lambda m: bytes([int(m.group(1), 16)]), data)
    proc = subprocess.run([rasad] + case['args'] + ['-'], input=data, capture_output=True, timeout=60)
    out_lines = [ln for ln in proc.stdout.decode('utf-8', 'replace').split('\n')]
    if out_lines and out_lines[-1] == '':
        out_lines.pop()
    want_exit = 0
    prefix_only = False
    expect = []
    stderr_needles = []
    for e in case['expect']:
        if e.startswith('exit= '):
            want_exit = int(e[6:])
        elif e.startswith('stderr~ '):
            stderr_needles.append(e[8:])
        elif e.strip() == 'lines~':
            prefix_only = True
        elif e.startswith('#'):
            continue
        else:
            expect.append(e)
    errs = []
    if proc.returncode != want_exit:
        errs.append(f'exit status {proc.returncode}, expected {want_exit}; stderr: {proc.stderr.decode("utf-8", "replace")[:400]}')
    err_text = proc.stderr.decode('utf-8', 'replace')
    for needle in stderr_needles:
        if needle not in err_text:
            errs.append(f'stderr lacks {needle!r}: {err_text[:400]!r}')
    if not prefix_only and len(out_lines) != len(expect):
        errs.append(f'{len(out_lines)} output lines, expected {len(expect)}')
    for i, e in enumerate(expect):
        if i >= len(out_lines):
            errs.append(f'line {i + 1}: missing, expected {e}')
            continue
        a = out_lines[i]
        if e.startswith('{'):
            try:
                ej = json.loads(e)
            except json.JSONDecodeError as ex:
                errs.append(f'line {i + 1}: the expected line is not JSON: {ex}')
                continue
            try:
                aj = json.loads(a)
            except json.JSONDecodeError:
                errs.append(f'line {i + 1}: output is not JSON: {a[:200]}')
                continue
            err = subset(ej, aj)
            if err:
                errs.append(f'line {i + 1}: {err}\n      actual: {a[:600]}')
        elif e != a:
            errs.append(f'line {i + 1}: expected {e!r}, got {a!r}')
    if errs:
        errs.append('all output:\n' + '\n'.join('      ' + ln[:300] for ln in out_lines[:30]))
    return errs


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rasad, path = sys.argv[1], sys.argv[2]
    cases = parse(path)
    failed = 0
    for c in cases:
        errs = run_case(rasad, c)
        if errs:
            failed += 1
            print(f'FAIL {path}:{c["line"]}: {c["name"]}')
            for e in errs:
                print('    ' + e)
    print(f'{len(cases) - failed} passed, {failed} failed')
    sys.exit(1 if failed or not cases else 0)


if __name__ == '__main__':
    main()
