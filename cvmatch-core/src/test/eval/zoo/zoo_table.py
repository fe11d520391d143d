#!/usr/bin/env python3
"""Markdown table of the layout zoo scores: one row per OUT_DIR/<layout>/score.json (written by score_fields.py).

usage: zoo_table.py OUT_DIR
Columns: the F1 of each field, the macro F1 and the share of CVs whose experience is within 3 months of the gold.
Held-out layouts (reserved for confirming fixes) are marked with *, and the means of both groups close the table.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zoo import LAYOUTS  # noqa: E402  (the layout order and the held-out flags)

FIELDS = ['name', 'email', 'phone', 'location', 'companies', 'positions', 'colleges', 'degrees', 'grad_years',
          'skills', 'languages', 'certificates']
COLUMNS = FIELDS + ['macro F1', 'exp ±3m']


def row_values(score):
    fields = score.get('fields', {})
    values = [fields[f]['f1'] if f in fields else None for f in FIELDS]
    return values + [score.get('macro_f1'), score.get('experience_within_3_months')]


def fmt(v):
    return '–' if v is None else f'{v:.3f}'


def mean(rows):
    out = []
    for col in zip(*rows):
        vals = [v for v in col if v is not None]
        out.append(sum(vals) / len(vals) if vals else None)
    return out


def main(out_dir):
    order = [layout.name for layout in LAYOUTS]
    held_out = {layout.name for layout in LAYOUTS if layout.held_out}
    names = [n for n in os.listdir(out_dir) if os.path.isfile(os.path.join(out_dir, n, 'score.json'))]
    names.sort(key=lambda n: (order.index(n) if n in order else len(order), n))
    if not names:
        sys.exit(f'no <layout>/score.json under {out_dir}')
    print('| layout | ' + ' | '.join(COLUMNS) + ' |')
    print('|---|' + '---:|' * len(COLUMNS))
    groups = {False: [], True: []}
    for name in names:
        with open(os.path.join(out_dir, name, 'score.json'), encoding='utf-8') as fh:
            values = row_values(json.load(fh))
        groups[name in held_out].append(values)
        label = f'{name} *' if name in held_out else name
        print(f'| {label} | ' + ' | '.join(fmt(v) for v in values) + ' |')
    for is_held_out, title in ((False, 'mean (dev layouts)'), (True, 'mean (held out *)')):
        if groups[is_held_out]:
            print(f'| **{title}** | ' + ' | '.join(fmt(v) for v in mean(groups[is_held_out])) + ' |')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
