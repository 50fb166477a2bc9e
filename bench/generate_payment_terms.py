#!/usr/bin/python3
"""Generate a payment-terms table with cloned terms and ground truth.

Rows have the columns of examples/data/payment_terms.csv:

    id,name,due_days,basis,discount_percent,discount_days,description

A CRM's payment terms are reference data that clerks cloned instead of
reusing: the term "Net 30" saved again for each customer as "ABC Trading
payment term", "Điều khoản thanh toán - Công ty Minh Phát", "張記貿易付款條件".
Every row is one real term (the "entity": due days, basis invoice date or end
of month, an early-payment discount) written by a clerk:

- names: the term's own name in English, Vietnamese or Chinese ("Net 30",
  "Thanh toán 30 ngày", "月結30天"), or a customer-specific name (the
  customer's name with "payment term", "Điều khoản thanh toán - …",
  "…付款條件"), the same customer naming several different terms alike;
- structured fields in the spellings clerks type: due days "30", "30 days",
  "30 ngày", "三十天", "net 30", "30天" ("due on receipt" for 0); basis "", "invoice date", "ngày hóa
  đơn", "EOM", "end of month", "cuối tháng", "月結", or "月結30天" in the due
  days; discount "2", "2%", "2.0", "0.02"; no discount as "", "0", "0%";
- near misses by construction: Net 30 / Net 45 / Net 60, 2/10 Net 30 / Net
  30, EOM 30 / Net 30, 1/10 / 2/10, all under the same customer names.

The truth file maps each row id to its term (entity_id). Standard library
only; the same arguments give byte-identical files.

    bench/generate_payment_terms.py --rows 5000 --seed 1 --out terms.csv \
        --truth truth.csv
"""

import argparse
import csv
import random
import sys

# (due days, end of month, discount percent, discount days)
TERMS = [
    (7, False, 0, 0), (10, False, 0, 0), (14, False, 0, 0), (15, False, 0, 0),
    (20, False, 0, 0), (30, False, 0, 0), (45, False, 0, 0), (60, False, 0, 0),
    (90, False, 0, 0), (120, False, 0, 0),
    (30, True, 0, 0), (45, True, 0, 0), (60, True, 0, 0), (90, True, 0, 0),
    (30, False, 2, 10), (30, False, 1, 10), (45, False, 2, 15), (60, False, 3, 10),
    (30, False, 1.5, 10), (60, False, 2, 10), (30, True, 2, 10), (45, False, 2, 10),
    (0, False, 0, 0),
]

CN_DIGITS = '零一二三四五六七八九'

CUSTOMERS_EN = ['ABC Trading', 'Pacific Rim Imports', 'Golden Gate Supplies',
                'Northwind Traders', 'Blue River Logistics', 'Summit Foods',
                'Lotus Garden Restaurant', 'Harbor Electronics', 'Redwood Retail',
                'Silverline Textiles', 'Evergreen Pharma', 'Bright Star Media']
CUSTOMERS_VI = ['Công ty Minh Phát', 'Công ty TNHH Hòa Bình', 'CTCP Sài Gòn Xanh',
                'Công ty Thành Công', 'Cty TNHH Phú Quý', 'Công ty Cổ phần Đại Việt',
                'Doanh nghiệp Tư nhân Hưng Thịnh', 'Công ty An Khang',
                'Cửa hàng Bảo Ngọc', 'Công ty Vạn Xuân']
CUSTOMERS_ZH = ['張記貿易', '王氏實業', '李記五金', '陈氏食品', '鴻發電子', '金龍建材',
                '华美服饰', '永興物流', '大同機械', '新光百貨']

DESCRIPTIONS = ['', '', '', 'Payment due as agreed', 'Theo hợp đồng', '按合同付款',
                'Standard terms', 'Copied from customer card', 'Thanh toán chuyển khoản',
                'Wire transfer only']


def cn_number(n):
    """A whole number below 1000 in Chinese numerals (三十, 四十五, 一百二十)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ('' if tens == 1 else CN_DIGITS[tens]) + '十' + (CN_DIGITS[ones] if ones else '')
    hundreds, rest = divmod(n, 100)
    text = CN_DIGITS[hundreds] + '百'
    if rest == 0:
        return text
    if rest < 10:
        return text + '零' + CN_DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return text + CN_DIGITS[tens] + '十' + (CN_DIGITS[ones] if ones else '')


def pct_text(p):
    return ('%g' % p)


def canonical_names(term):
    due, eom, pct, ddays = term
    names = []
    if pct:
        names += ['%s/%d Net %d' % (pct_text(pct), ddays, due) + (' EOM' if eom else ''),
                  '%s%% %d, Net %d' % (pct_text(pct), ddays, due),
                  'Chiết khấu %s%% trong %d ngày, thanh toán %d ngày' % (pct_text(pct), ddays, due)]
    elif due == 0:
        names += ['Due on receipt', 'Thanh toán ngay', '貨到付款']
    elif eom:
        names += ['EOM %d' % due, 'Net %d EOM' % due, '月結%d天' % due,
                  'Thanh toán %d ngày cuối tháng' % due]
    else:
        names += ['Net %d' % due, 'Thanh toán %d ngày' % due, '%d天付款' % due,
                  'NET%d' % due]
    return names


def customer_name(rng):
    lang = rng.random()
    if lang < 0.4:
        c = rng.choice(CUSTOMERS_EN)
        return rng.choice(['%s payment term', 'Terms for %s', '%s - payment terms',
                           'Payment term (%s)', '%s PT']) % c
    if lang < 0.75:
        c = rng.choice(CUSTOMERS_VI)
        return rng.choice(['Điều khoản thanh toán - %s', 'ĐKTT %s',
                           'Điều khoản thanh toán cho %s', '%s - điều khoản TT']) % c
    c = rng.choice(CUSTOMERS_ZH)
    return rng.choice(['%s付款條件', '%s付款条件', '%s 付款方式', '付款條件-%s']) % c


def due_text(rng, due, eom):
    if due == 0:
        return rng.choice(['0', '0 days', '0 ngày', 'Due on receipt', 'thanh toán ngay',
                           'immediate', '即付'])
    forms = ['%d' % due, '%d days' % due, '%d ngày' % due, 'net %d' % due,
             'Net %d' % due, '%d天' % due, '%s天' % cn_number(due), '%d Days' % due,
             ' %d ' % due]
    if eom:
        forms += ['月結%d天' % due, 'EOM %d' % due, '%d EOM' % due]
    return rng.choice(forms)


def basis_text(rng, eom, due_cell):
    says_eom = any(k in due_cell for k in ('月結', 'EOM'))
    if eom:
        options = ['EOM', 'end of month', 'End of Month', 'cuối tháng', 'Cuối tháng',
                   '月結', '月结']
        if says_eom:
            options += ['', '']
        return rng.choice(options)
    return rng.choice(['', '', 'invoice date', 'Invoice Date', 'ngày hóa đơn',
                       '發票日', 'invoice'])


def pct_cell(rng, pct):
    if not pct:
        return rng.choice(['', '', '0', '0%', '0.0'])
    forms = [pct_text(pct), pct_text(pct) + '%', '%.1f' % pct, '%g' % (pct / 100.0),
             pct_text(pct) + ' %']
    return rng.choice(forms)


def ddays_cell(rng, ddays, pct):
    if not pct:
        return rng.choice(['', '', '0'])
    return rng.choice(['%d' % ddays, '%d days' % ddays, '%d ngày' % ddays,
                       '%s天' % cn_number(ddays)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, default=5000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    args = ap.parse_args()
    if args.rows < 1:
        sys.exit('generate_payment_terms: --rows must be at least 1')
    rng = random.Random(args.seed)
    # Popular terms are cloned most: Net 30 far more than 3/10 Net 60.
    weights = [3, 2, 2, 3, 1, 12, 5, 5, 2, 1, 4, 2, 2, 1, 4, 2, 1, 1, 1, 1, 1, 1, 2]
    rows = []
    for i in range(args.rows):
        t = rng.choices(range(len(TERMS)), weights=weights)[0]
        due, eom, pct, ddays = TERMS[t]
        if rng.random() < 0.35:
            name = rng.choice(canonical_names(TERMS[t]))
        else:
            name = customer_name(rng)
        due_cell = due_text(rng, due, eom)
        rows.append(['T%06d' % (i + 1), name, due_cell, basis_text(rng, eom, due_cell),
                     pct_cell(rng, pct), ddays_cell(rng, ddays, pct),
                     rng.choice(DESCRIPTIONS), 'PT%02d' % t])
    with open(args.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'name', 'due_days', 'basis', 'discount_percent',
                    'discount_days', 'description'])
        for r in rows:
            w.writerow(r[:7])
    with open(args.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'entity_id'])
        for r in rows:
            w.writerow([r[0], r[7]])


if __name__ == '__main__':
    main()
