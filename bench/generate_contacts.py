#!/usr/bin/python3
"""Generate a synthetic CRM contacts set with ground truth, for dedupe benches.

Rows have the columns of examples/data/contacts.csv:

    id,full_name,phone,email,company,address,city,country,updated_at,source

Every row belongs to one person (an "entity"); the truth file maps each row id
to its entity id. People are Vietnamese, Chinese (mainland, Taiwan, Hong Kong)
and Western. Each person has 1-5 rows (most have one), and every row is
rendered from the person's true values through a random subset of the messes
real CRM exports hold: dropped diacritics, NFD, Ð for Đ, the other tone
placement, honorifics, name order, Traditional / Simplified / pinyin /
Wade-Giles / Cantonese spellings, phone formats (+84, (0), 0084, fullwidth
digits, pre-2018 11-digit Vietnamese mobiles), Gmail variants (dots, +tags,
googlemail.com, case, mailto:), missing fields, people who changed company.
Hard negatives are built in: different people with the same name, family
members sharing an address and landline, colleagues sharing info@ and the
switchboard.

Standard library only; output depends only on the arguments (the same seed
gives byte-identical files on any machine). See bench/README.md, section
"Generated CRM set".

    bench/generate_contacts.py --rows 20000 --seed 1 --out contacts.csv \
        --truth truth.csv [--meta meta.csv] [--stats stats.json]
"""

import argparse
import bisect
import csv
import json
import os
import random
import sys
import time
import unicodedata
from datetime import date

# --------------------------------------------------------------------------
# Configuration: rates. Every mess is a Bernoulli draw with this probability
# on each row where it can apply (its "eligible" rows, e.g. name_eth only on
# Vietnamese names that hold a Đ). --stats writes eligible/applied counts,
# --meta writes the messes applied to each row.
# --------------------------------------------------------------------------

MESS_RATES = {
    # names, all cultures
    'name_missing': 0.015,        # name cell empty (only if phone or email kept)
    'name_upper': 0.08,           # NGUYEN VAN AN (Latin renderings)
    'name_lower': 0.03,           # nguyen van an (Latin renderings)
    'name_honorific': 0.10,       # Anh/Chị/Ông/Bà/Cô/Chú, Mr/Ms/Dr, 先生/女士/小姐
    'name_extra_space': 0.05,     # doubled inner space, leading/trailing space
    'name_typo': 0.025,           # one-letter typo (Latin renderings)
    # Vietnamese names
    'name_order': 0.08,           # "An Nguyễn Văn", "Văn An Nguyễn", "An Nguyen"
    'name_no_middle': 0.06,       # "Nguyễn An" for Nguyễn Văn An
    'name_tone_modern': 0.35,     # Hoà for Hòa, Thuý for Thúy (names with oa/oe/uy)
    'name_eth': 0.25,             # Ð (U+00D0) for Đ
    'name_ascii': 0.22,           # diacritics dropped: Nguyen Van An
    'name_partial_ascii': 0.04,   # one syllable without diacritics
    'name_nfd': 0.06,             # decomposed, as typed on a Mac
    # Chinese names (CN / TW / HK people)
    'han_other_script': 0.10,     # Traditional for a mainlander, Simplified for TW/HK
    'han_latin': 0.28,            # written in Latin letters (pinyin, Wade-Giles, Cantonese, English name)
    'han_pinyin_tones': 0.08,     # of Latin renderings of mainland names: Wáng Xiùyīng
    'han_western_order': 0.40,    # of Latin renderings: given name first
    'han_homophone': 0.02,        # one given-name character replaced by a homophone
    # Western names
    'name_nickname': 0.15,        # Bob for Robert (names that have one)
    'name_comma_order': 0.06,     # "Smith, John" / "SMITH John"
    # phones
    'phone_missing': 0.08,
    'phone_intl': 0.22,           # +84 / 0084 / 84 / +86 / +886 / +852 / +1 forms
    'phone_intl_trunk0': 0.10,    # of VN/TW international forms: +84 (0) 912...
    'phone_fullwidth': 0.03,      # ０９１２３４５６７８
    'phone_label': 0.02,          # "ĐT: ", "Tel: ", "电话："
    'phone_two_numbers': 0.05,    # mobile and landline/second mobile in one cell
    'phone_old11_before_2018': 0.90,  # pre-2018 11-digit VN mobile, row dated before the switch
    'phone_old11_after_2018': 0.12,   # ... row dated after it (stale data)
    'phone_ext': 0.40,            # extension on a switchboard number
    # emails
    'email_missing': 0.12,
    'email_not_asked': 0.45,      # zalo / pos rows: email not collected
    'email_gmail_dots': 0.20,     # gmail: dots added/removed in the local part
    'email_googlemail': 0.06,     # gmail: @googlemail.com
    'email_plus_tag': 0.05,       # +crm, +news ...
    'email_case': 0.10,           # Nguyen.Van.An@Gmail.com
    'email_mailto': 0.02,         # "mailto:" prefix
    'email_whitespace': 0.03,     # leading/trailing spaces
    'email_typo_domain': 0.01,    # gmial.com, yaho.com ...
    # other fields
    'company_missing': 0.15,
    'company_variant': 0.40,      # another spelling of the company (legal form, English, short)
    'address_missing': 0.22,
    'address_variant': 0.40,      # abbreviated / English / partial address
    'city_missing': 0.08,
    'country_missing': 0.12,
    'date_missing': 0.02,
}

# Share of entities in hard-negative groups (distinct people that a naive
# matcher merges). Group sizes: same-name 2-4, family 2-4, colleagues 3-6.
NEGATIVE_RATES = {
    'same_name': 0.04,    # same full name, different phone/email/address
    'family': 0.04,       # share address and landline (and sometimes one email)
    'colleagues': 0.04,   # share company, info@ email and switchboard
}

# Records per duplicated entity (an entity is duplicated with --dup-rate).
CLUSTER_SIZE_WEIGHTS = ((2, 60), (3, 25), (4, 10), (5, 5))
DEFAULT_DUP_RATE = 0.30

# Of each culture's people: (culture, weight). Residence follows below.
CULTURE_WEIGHTS = (('vn', 55), ('cn', 18), ('tw', 7), ('hk', 5), ('west', 15))

START_DATE = date(2014, 1, 1).toordinal()
END_DATE = date(2026, 11, 22).toordinal()
RENUMBER_DATE = date(2018, 9, 15).toordinal()

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


class Pick:
    """Weighted choice from (item, weight) pairs, O(log n) per draw."""
    __slots__ = ('items', 'cum', 'total')

    def __init__(self, pairs):
        self.items, self.cum, t = [], [], 0.0
        for item, w in pairs:
            if w > 0:
                t += w
                self.items.append(item)
                self.cum.append(t)
        self.total = t

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def choice(rng, seq):
    """rng.choice, without its bit-exact rejection sampling (3x faster)."""
    return seq[int(rng.random() * len(seq))]


def randint(rng, a, b):
    return a + int(rng.random() * (b - a + 1))


def zipf_pick(items, s=1.0, offset=3.0):
    """Pick over a list ordered most-common first, weight 1/(rank+offset)^s."""
    return Pick((it, 1.0 / (i + offset) ** s) for i, it in enumerate(items))


def _fold_table():
    table = {}
    for cp in range(0xC0, 0x1FFF):
        ch = chr(cp)
        base = unicodedata.normalize('NFD', ch)[0]
        if base != ch and ord(base) < 128:
            table[cp] = base
    table.update({ord('đ'): 'd', ord('Đ'): 'D', ord('Ð'): 'D'})
    return table


FOLD = _fold_table()


def fold(s):
    """Vietnamese/pinyin letters to ASCII (đ -> d, ễ -> e, ǚ -> u)."""
    return s.translate(FOLD)


FULLWIDTH = {ord(c): chr(ord(c) + 0xFEE0) for c in '0123456789+-()'}
FULLWIDTH[ord(' ')] = '\u3000'


def words(text):
    return text.split()


# Vietnamese tone placement in open syllables oa, oe, uy (not after q).
_TONE_MARKED = {'a': 'àáảãạ', 'e': 'èéẻẽẹ', 'y': 'ỳýỷỹỵ', 'o': 'òóỏõọ', 'u': 'ùúủũụ'}


def _tone_maps():
    trad_to_mod, mod_to_trad = {}, {}
    for first, second in (('o', 'a'), ('o', 'e'), ('u', 'y')):
        for i in range(5):
            trad = _TONE_MARKED[first][i] + second      # òa
            mod = first + _TONE_MARKED[second][i]       # oà
            trad_to_mod[trad] = mod
            mod_to_trad[mod] = trad
            trad_to_mod[trad.upper()] = mod.upper()
            mod_to_trad[mod.upper()] = trad.upper()
    return trad_to_mod, mod_to_trad


TONE_TRAD_TO_MOD, TONE_MOD_TO_TRAD = _tone_maps()


def retone(token, table):
    """Move the tone mark of a final open oa/oe/uy syllable (hòa <-> hoà)."""
    tail = token[-2:]
    rep = table.get(tail)
    if rep is None or len(token) < 2:
        return token
    if tail[0] in 'uU' and len(token) >= 3 and token[-3] in 'qQ':
        return token
    return token[:-2] + rep


def has_open_tone_syllable(token):
    return retone(token, TONE_TRAD_TO_MOD) != token


def nfc(s):
    return unicodedata.normalize('NFC', s)


# --------------------------------------------------------------------------
# Vietnamese names
# --------------------------------------------------------------------------

# Surnames with their share per mille (Nguyễn ≈ 38%).
VN_SURNAMES = """
Nguyễn 380 Trần 110 Lê 95 Phạm 71 Hoàng 41 Huỳnh 20 Phan 45 Vũ 39 Võ 20 Đặng 21
Bùi 20 Đỗ 14 Hồ 13 Ngô 13 Dương 10 Lý 5 Đào 4 Đoàn 4 Vương 3 Trịnh 4 Trương 4
Lâm 3 Phùng 2 Mai 3 Tô 2 Hà 3 Tạ 2 Lương 3 Đinh 4 Cao 3 Lưu 2 Chu 2 Châu 2
Quách 1.5 Thái 1.5 Tăng 1 Lục 0.5 Kiều 1 La 1 Triệu 1 Thân 0.8 Tống 0.8 Từ 0.8
Khúc 0.3 Âu 0.5 Doãn 0.5 Nghiêm 0.5 Hứa 1 Diệp 0.8 Giang 0.8 Lạc 0.3 Mạc 0.5
Ninh 0.5 Phó 0.3 Quan 0.5 Tiêu 0.3 Hàn 0.3 Khổng 0.3 Lã 0.5 Ông 0.3 Thạch 0.8
Trang 0.3 Trình 0.3 Viên 0.3 Đàm 1 Đồng 0.8 Đường 0.3 Bạch 0.5 Bế 0.3 Cù 0.3
Cung 0.3 Dư 0.3 Đậu 0.5 Hầu 0.3 Hoa 0.3 Kim 0.5 Lại 1 Lò 0.3 Lộc 0.3 Mã 0.5
Nông 0.5 Phí 0.3 Quản 0.3 Sầm 0.2 Tôn 0.5 Tiết 0.2 Vi 0.3 Vòng 0.2 Khưu 0.3
Thiều 0.2 Đới 0.2 Chế 0.2 Trầm 0.2 Ung 0.2 Lữ 0.3 Lư 0.2 Ma 0.2 Mẫn 0.1 Thi 0.1
Phương 0.3 Đàng 0.1 Kha 0.2 Hồng 0.1 Văn 0.2 Lai 0.1 Huỳnh 0.1
"""

VN_MIDDLE_M = """
Văn 300 Hữu 40 Đức 60 Minh 70 Quốc 40 Công 35 Thanh 40 Xuân 20 Ngọc 20 Hoàng 25
Tuấn 20 Quang 35 Trọng 20 Đình 35 Anh 20 Gia 25 Bảo 15 Thế 20 Hồng 10 Duy 20
Mạnh 10 Tiến 10 Trung 15 Việt 15 Hải 15 Thành 20 Nhật 15 Tấn 15 Phú 8 Kim 5
Huy 10 Khánh 8 Chí 15 Tất 5 Bá 10
"""

VN_MIDDLE_F = """
Thị 350 Ngọc 60 Thanh 40 Thu 40 Kim 30 Minh 25 Thúy 15 Hồng 25 Phương 25 Bích 20
Mai 15 Hoàng 10 Diệu 10 Bảo 15 Khánh 10 Mỹ 15 Quỳnh 10 Tuyết 8 Lan 8 Cẩm 10
Hải 10 Như 10 Thảo 10 Thùy 12 Hương 8 Ánh 10 Xuân 10 Hà 6 Yến 6 Diễm 5
"""

VN_GIVEN_M = """
Anh Hùng Dũng Tuấn Minh Nam Hải Long Huy Hoàng Quang Sơn Thắng Đức Khoa Cường Phong
Tùng Trung Hiếu Thành Vinh Phúc Bình Hưng Thịnh Toàn Lâm Duy Khánh Tâm Tân Nghĩa Tú
Việt Hòa Khang Kiên Linh Lộc Mạnh Nhân Phát Quân Tài Thái Thiện Tiến Trí Trọng
Trường Vũ An Bảo Chiến Công Đạt Định Đông Giang Hào Hậu Hiển Hiệp Khải Khôi Luân
Lực Ngọc Nguyên Nhật Phương Phước Quốc Quý Sang Thanh Thọ Thông Thuận Tín Vương
Bách Chính Cảnh Danh Điệp Hoan Huân Khương Lợi Lượng Nhựt Quyết Sĩ Tạo Thạch Thiên
Thuần Tiệp Toản Triết Tường Uy Vĩ Vỹ Xuân Dân Đăng Đạo Giáp Hợp Kha Khiêm Lập
Luật Mẫn Nghị Sáng Sinh Tấn Trác Tuệ Vĩnh Vượng Hữu Hà Doanh Hạnh Kỳ Lam Nhàn
Phi Quyền Tịnh Trinh Tuyền Văn Ân Bằng Châu Dương Hân Kiệt Lành Minh Nhất Thạc
"""

VN_GIVEN_F = """
Linh Hương Trang Anh Lan Hà Ngọc Thảo Hạnh Hằng Phương Huyền Mai Nhung Thủy Hoa Nga
Thu Dung Yến Vân Hiền Hồng Chi Oanh Hòa Thúy Thùy Uyên Trâm My Nhi Ly Loan Quỳnh
Giang Hân Hậu Huệ Khánh Khuê Lam Liên Mỹ Ngân Nguyệt Như Phượng Quyên Sương Tâm
Thanh Thơ Thư Tiên Trinh Tú Tuyết Vi Vy Xuân Ánh Bích Châu Cúc Duyên Diệp Diễm
Đào Điệp Gấm Hải Hường Kiều Lài Lệ Lụa Mận Na Nhàn Nhạn Phúc Quế Sen Thắm Thoa
Thục Trà Tươi Ý Ngà Đan Hoài Khanh Kim Minh Nhã Nhiên Thi Thiên Bình An Diệu Hảo
Hiên Khuyên Lành Mơ Nương Phấn Quyền Thêu Vui Xoan Yên Ngân Thủy Hạ Hiếu Hoan
"""


def _parse_weighted(block):
    toks = block.split()
    return [(toks[i], float(toks[i + 1])) for i in range(0, len(toks), 2)]


def _parse_list(block):
    seen, out = set(), []
    for t in block.split():
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


VN_HONORIFICS_M = ('Anh', 'Ông', 'Chú', 'Mr')
VN_HONORIFICS_F = ('Chị', 'Bà', 'Cô', 'Ms', 'Mrs')

# The most common full names: same-name groups are drawn from these.
VN_COMMON_NAMES = (
    ('Nguyễn', 'Văn', 'An', 'm'), ('Nguyễn', 'Văn', 'Hùng', 'm'), ('Nguyễn', 'Văn', 'Nam', 'm'),
    ('Nguyễn', 'Văn', 'Dũng', 'm'), ('Nguyễn', 'Văn', 'Tuấn', 'm'), ('Nguyễn', 'Thị', 'Lan', 'f'),
    ('Nguyễn', 'Thị', 'Hương', 'f'), ('Nguyễn', 'Thị', 'Hoa', 'f'), ('Nguyễn', 'Thị', 'Mai', 'f'),
    ('Nguyễn', 'Thị', 'Thu', 'f'), ('Trần', 'Văn', 'Nam', 'm'), ('Trần', 'Thị', 'Hương', 'f'),
    ('Lê', 'Văn', 'Hải', 'm'), ('Lê', 'Thị', 'Hồng', 'f'), ('Phạm', 'Minh', 'Tuấn', 'm'),
    ('Nguyễn', 'Minh', 'Đức', 'm'), ('Nguyễn', 'Thị', 'Thủy', 'f'), ('Nguyễn', 'Đức', 'Anh', 'm'),
    ('Nguyễn', 'Thị', 'Ngọc', 'f'), ('Hoàng', 'Văn', 'Long', 'm'), ('Đặng', 'Thị', 'Hòa', 'f'),
    ('Trần', 'Minh', 'Khoa', 'm'), ('Phạm', 'Thị', 'Linh', 'f'), ('Vũ', 'Văn', 'Thắng', 'm'),
)

# --------------------------------------------------------------------------
# Chinese names. Each line: Simplified, Traditional ('=' if the same),
# pinyin with tone number (v for ü), gender (m, f, u).
# --------------------------------------------------------------------------

CN_GIVEN = """
伟 偉 wei3 m|强 強 qiang2 m|磊 = lei3 m|军 軍 jun1 m|勇 = yong3 m|杰 傑 jie2 m
涛 濤 tao1 m|明 = ming2 u|超 = chao1 m|刚 剛 gang1 m|平 = ping2 u|辉 輝 hui1 m
鹏 鵬 peng2 m|华 華 hua2 u|飞 飛 fei1 m|鑫 = xin1 m|波 = bo1 m|斌 = bin1 m
宇 = yu3 m|浩 = hao4 m|凯 凱 kai3 m|健 = jian4 m|俊 = jun4 m|帆 = fan1 m
旭 = xu4 m|宁 寧 ning2 u|龙 龍 long2 m|林 = lin2 u|阳 陽 yang2 m|建 = jian4 m
国 國 guo2 m|志 = zhi4 m|文 = wen2 u|东 東 dong1 m|海 = hai3 m|亮 = liang4 m
成 = cheng2 m|峰 = feng1 m|博 = bo2 m|晨 = chen2 u|子 = zi3 u|轩 軒 xuan1 m
昊 = hao4 m|然 = ran2 u|睿 = rui4 m|泽 澤 ze2 m|毅 = yi4 m|嘉 = jia1 u
家 = jia1 u|振 = zhen4 m|德 = de2 m|永 = yong3 m|庆 慶 qing4 m|生 = sheng1 m
荣 榮 rong2 m|新 = xin1 m|光 = guang1 m|天 = tian1 m|宏 = hong2 m|金 = jin1 u
春 = chun1 u|立 = li4 m|学 學 xue2 m|祥 = xiang2 m|福 = fu2 m|忠 = zhong1 m
兴 興 xing1 m|良 = liang2 m|松 = song1 m|瑞 = rui4 m|山 = shan1 m|晓 曉 xiao3 u
中 = zhong1 m|锋 鋒 feng1 m|坤 = kun1 m|伦 倫 lun2 m|彬 = bin1 m|奇 = qi2 m
涵 = han2 u|铭 銘 ming2 m|哲 = zhe2 m|翔 = xiang2 m|宸 = chen2 m|逸 = yi4 m
航 = hang2 m|豪 = hao2 m|鸿 鴻 hong2 m|远 遠 yuan3 m|达 達 da2 m|力 = li4 m
胜 勝 sheng4 m|义 義 yi4 m|武 = wu3 m|仁 = ren2 m|安 = an1 u|腾 騰 teng2 m
锦 錦 jin3 m|骏 駿 jun4 m|楠 = nan2 u|耀 = yao4 m|威 = wei1 m|智 = zhi4 m
钧 鈞 jun1 m|彦 彥 yan4 m|清 = qing1 u|宗 = zong1 m|栋 棟 dong4 m|维 維 wei2 m
启 啟 qi3 m|克 = ke4 m|恒 恆 heng2 m|承 = cheng2 m|晖 暉 hui1 m|广 廣 guang3 m
富 = fu4 m|顺 順 shun4 m|贵 貴 gui4 m|发 發 fa1 m|万 萬 wan4 m|洋 = yang2 m
炜 煒 wei3 m|皓 = hao4 m|楷 = kai3 m|铮 錚 zheng1 m|勋 勳 xun1 m|烨 燁 ye4 m
岩 = yan2 m|瀚 = han4 m|煜 = yu4 m|聪 聰 cong1 m|谦 謙 qian1 m|朗 = lang3 m
弘 = hong2 m|彪 = biao1 m|鸣 鳴 ming2 m|震 = zhen4 m|凡 = fan2 u|正 = zheng4 m
民 = min2 m|昌 = chang1 m|宝 寶 bao3 m|贤 賢 xian2 m|城 = cheng2 m|源 = yuan2 m
辰 = chen2 u|景 = jing3 m|世 = shi4 m|韬 韜 tao1 m|政 = zheng4 m|大 = da4 m
兆 = zhao4 m|汉 漢 han4 m|君 = jun1 u|坚 堅 jian1 m|康 = kang1 m|卓 = zhuo2 m
展 = zhan3 m|玮 瑋 wei3 m|诺 諾 nuo4 u|颂 頌 song4 m|堂 = tang2 m|芳 = fang1 f
娜 = na4 f|敏 = min3 u|静 靜 jing4 f|丽 麗 li4 f|艳 豔 yan4 f|娟 = juan1 f
霞 = xia2 f|秀 = xiu4 f|英 = ying1 f|玲 = ling2 f|桂 = gui4 f|兰 蘭 lan2 f
萍 = ping2 f|红 紅 hong2 f|梅 = mei2 f|燕 = yan4 f|琳 = lin2 f|婷 = ting2 f
雪 = xue3 f|慧 = hui4 f|莉 = li4 f|倩 = qian4 f|颖 穎 ying3 f|洁 潔 jie2 f
佳 = jia1 u|琴 = qin2 f|云 雲 yun2 f|淑 = shu1 f|珍 = zhen1 f|凤 鳳 feng4 f
玉 = yu4 f|萱 = xuan1 f|怡 = yi2 f|欣 = xin1 u|悦 悅 yue4 f|诗 詩 shi1 f
梦 夢 meng4 f|雨 = yu3 u|馨 = xin1 f|晶 = jing1 f|露 = lu4 f|瑶 瑤 yao2 f
妍 = yan2 f|琪 = qi2 f|璐 = lu4 f|薇 = wei1 f|月 = yue4 f|美 = mei3 f
媛 = yuan2 f|蓉 = rong2 f|翠 = cui4 f|彩 = cai3 f|菲 = fei1 f|丹 = dan1 f
雯 = wen2 f|岚 嵐 lan2 f|佩 = pei4 f|青 = qing1 f|莹 瑩 ying2 f|惠 = hui4 f
巧 = qiao3 f|娇 嬌 jiao1 f|婉 = wan3 f|秋 = qiu1 f|荷 = he2 f|蕾 = lei3 f
菊 = ju2 f|冰 = bing1 f|爽 = shuang3 f|瑾 = jin3 f|嫣 = yan1 f|姗 姍 shan1 f
若 = ruo4 f|可 = ke3 f|依 = yi1 f|思 = si1 u|语 語 yu3 f|紫 = zi3 f
梓 = zi3 u|晴 = qing2 f|蕊 = rui3 f|琼 瓊 qiong2 f|素 = su4 f|银 銀 yin2 f
香 = xiang1 f|艺 藝 yi4 f|璇 = xuan2 f|霏 = fei1 f|芬 = fen1 f|芸 = yun2 f
婕 = jie2 f|沁 = qin4 f|潇 瀟 xiao1 f|笑 = xiao4 f|盈 = ying2 f|蓓 = bei4 f
贞 貞 zhen1 f|珊 = shan1 f|瑜 = yu2 f|舒 = shu1 f|曼 = man4 f|心 = xin1 f
妮 = ni1 f|娅 婭 ya4 f|宜 = yi2 f|莲 蓮 lian2 f|鹃 鵑 juan1 f|瑛 = ying1 f
婧 = jing4 f|黛 = dai4 f|淼 = miao3 f|昕 = xin1 f|伶 = ling2 f|筱 = xiao3 f
茹 = ru2 f|娴 嫻 xian2 f|绮 綺 qi3 f|纯 純 chun2 f|芝 = zhi1 f|玥 = yue4 f
霖 = lin2 u|彤 = tong2 f|碧 = bi4 f|爱 愛 ai4 f|恩 = en1 f|小 = xiao3 u
一 = yi1 u|雅 = ya3 f|咏 詠 yong3 f|菁 = jing1 f|仪 儀 yi2 f|秀 = xiu4 f
"""

# Surnames: Simplified, Traditional, pinyin, weight per 10,000 (mainland).
CN_SURNAMES = """
王 = wang2 710|李 = li3 700|张 張 zhang1 670|刘 劉 liu2 540|陈 陳 chen2 450
杨 楊 yang2 310|黄 黃 huang2 210|赵 趙 zhao4 200|吴 吳 wu2 190|周 = zhou1 180
徐 = xu2 150|孙 孫 sun1 140|马 馬 ma3 130|朱 = zhu1 120|胡 = hu2 110|郭 = guo1 100
何 = he2 100|林 = lin2 100|高 = gao1 100|罗 羅 luo2 90|郑 鄭 zheng4 90|梁 = liang2 90
谢 謝 xie4 80|宋 = song4 80|唐 = tang2 75|许 許 xu3 70|韩 韓 han2 70|冯 馮 feng2 70
邓 鄧 deng4 70|曹 = cao2 65|彭 = peng2 60|曾 = zeng1 60|肖 = xiao4 60|田 = tian2 55
董 = dong3 55|袁 = yuan2 55|潘 = pan1 50|于 = yu2 50|蒋 蔣 jiang3 50|蔡 = cai4 50
余 = yu2 50|杜 = du4 50|叶 葉 ye4 45|程 = cheng2 45|苏 蘇 su1 45|魏 = wei4 45
吕 呂 lv3 45|丁 = ding1 40|任 = ren2 40|沈 = shen3 40|姚 = yao2 40|卢 盧 lu2 40
姜 = jiang1 40|崔 = cui1 35|钟 鍾 zhong1 35|谭 譚 tan2 35|陆 陸 lu4 35|汪 = wang1 35
范 = fan4 35|金 = jin1 35|石 = shi2 35|廖 = liao4 35|贾 賈 jia3 30|夏 = xia4 30
韦 韋 wei2 30|付 = fu4 30|方 = fang1 30|白 = bai2 30|邹 鄒 zou1 30|孟 = meng4 30
熊 = xiong2 30|秦 = qin2 30|邱 = qiu1 30|江 = jiang1 30|尹 = yin3 25|薛 = xue1 25
闫 閆 yan2 25|段 = duan4 25|雷 = lei2 25|侯 = hou2 25|龙 龍 long2 25|史 = shi3 25
陶 = tao2 25|黎 = li2 25|贺 賀 he4 25|顾 顧 gu4 20|毛 = mao2 20|郝 = hao3 20
龚 龔 gong1 20|邵 = shao4 20|万 萬 wan4 20|钱 錢 qian2 20|严 嚴 yan2 20|武 = wu3 20
戴 = dai4 20|莫 = mo4 20|孔 = kong3 20|向 = xiang4 20|汤 湯 tang1 20|洪 = hong2 15
常 = chang2 15|温 溫 wen1 15|康 = kang1 15|施 = shi1 15|文 = wen2 15|牛 = niu2 15
樊 = fan2 15|邢 = xing2 15|赖 賴 lai4 10|萧 蕭 xiao1 10|安 = an1 12|齐 齊 qi2 12
易 = yi4 12|乔 喬 qiao2 12|伍 = wu3 12|庞 龐 pang2 12|颜 顏 yan2 12|倪 = ni2 12
庄 莊 zhuang1 12|聂 聶 nie4 12|章 = zhang1 12|鲁 魯 lu3 12|岳 = yue4 12|殷 = yin1 10
詹 = zhan1 10|申 = shen1 10|耿 = geng3 10|关 關 guan1 10|兰 蘭 lan2 10|焦 = jiao1 10
俞 = yu2 10|左 = zuo3 10|柳 = liu3 10|甘 = gan1 10|祝 = zhu4 10|包 = bao1 10
宁 寧 ning2 10|尚 = shang4 10|符 = fu2 10|舒 = shu1 10|阮 = ruan3 10|柯 = ke1 10
纪 紀 ji4 10|梅 = mei2 10|童 = tong2 10|凌 = ling2 10|毕 畢 bi4 10|季 = ji4 8
裴 = pei2 8|霍 = huo4 8|苗 = miao2 8|谷 = gu3 8|盛 = sheng4 8|翁 = weng1 8
骆 駱 luo4 8|蓝 藍 lan2 8|路 = lu4 8|游 = you2 8|辛 = xin1 8|管 = guan3 8
柴 = chai2 8|鲍 鮑 bao4 8|涂 = tu2 8|喻 = yu4 6|房 = fang2 6|滕 = teng2 6
艾 = ai4 6|尤 = you2 6|穆 = mu4 6|卓 = zhuo2 6|古 = gu3 6|简 簡 jian3 6
车 車 che1 6|项 項 xiang4 6|连 連 lian2 6|麦 麥 mai4 6|岑 = cen2 5|戚 = qi1 5
欧阳 歐陽 ou1yang2 5|冼 = xian3 4|邝 鄺 kuang4 4|巫 = wu1 4|傅 = fu4 25|孙 孫 sun1 0
"""

# Taiwan and Hong Kong surname frequencies differ from the mainland's.
TW_SURNAME_WEIGHTS = {
    '陈': 1100, '林': 830, '黄': 600, '张': 530, '李': 510, '王': 410, '吴': 400,
    '刘': 320, '蔡': 290, '杨': 260, '许': 230, '郑': 230, '谢': 190, '郭': 170,
    '洪': 160, '邱': 150, '曾': 150, '廖': 140, '赖': 140, '徐': 130, '周': 130,
    '叶': 120, '苏': 120, '庄': 110, '吕': 100, '江': 100, '何': 90, '萧': 90,
    '罗': 90, '高': 90, '潘': 50, '简': 50, '朱': 50, '钟': 50, '游': 50, '彭': 50,
    '詹': 50, '胡': 50, '施': 40, '沈': 40, '余': 40, '卢': 40, '梁': 40, '赵': 40,
    '颜': 40, '柯': 40, '翁': 30, '魏': 30, '孙': 30, '戴': 30, '范': 30, '方': 30,
    '宋': 30, '邓': 30, '杜': 30, '傅': 30, '侯': 20, '曹': 20, '薛': 20, '丁': 20,
}
HK_SURNAME_WEIGHTS = {
    '陈': 800, '李': 550, '张': 450, '黄': 450, '王': 300, '何': 300, '林': 300,
    '吴': 280, '刘': 280, '梁': 270, '郑': 200, '杨': 180, '谢': 150, '徐': 120,
    '许': 120, '罗': 120, '曾': 110, '周': 110, '郭': 100, '麦': 90, '冯': 90,
    '叶': 90, '卢': 90, '关': 80, '蔡': 80, '邓': 80, '萧': 80, '潘': 70, '朱': 70,
    '苏': 70, '袁': 60, '马': 60, '江': 60, '赵': 50, '黎': 50, '温': 50, '伍': 50,
    '余': 50, '范': 40, '孙': 40, '胡': 40, '唐': 40, '莫': 40, '韩': 40, '彭': 40,
    '姚': 40, '谭': 40, '钟': 40, '岑': 30, '程': 30, '方': 30, '杜': 30, '廖': 30,
    '邱': 30, '戴': 30, '汤': 30, '石': 30, '文': 30, '高': 30, '简': 20, '丁': 20,
    '侯': 20, '姜': 20, '崔': 20, '魏': 20, '金': 20, '赖': 20, '翁': 20, '龙': 20,
    '邹': 20, '凌': 20, '熊': 20, '顾': 20, '邵': 20, '洪': 20, '万': 20, '严': 20,
    '冼': 20, '梅': 20, '施': 20, '沈': 20, '吕': 20, '宋': 20, '陆': 20, '邝': 20,
    '孔': 20, '钱': 20, '任': 20, '欧阳': 20,
}

# Hong Kong romanization (Cantonese, as on HKID cards), by Traditional form.
HK_SURNAME_ROMAN = {
    '陳': 'Chan', '李': 'Lee', '張': 'Cheung', '黃': 'Wong', '王': 'Wong', '何': 'Ho',
    '林': 'Lam', '吳': 'Ng', '劉': 'Lau', '梁': 'Leung', '鄭': 'Cheng', '楊': 'Yeung',
    '謝': 'Tse', '徐': 'Tsui', '許': 'Hui', '羅': 'Law', '曾': 'Tsang', '周': 'Chow',
    '郭': 'Kwok', '麥': 'Mak', '馮': 'Fung', '葉': 'Yip', '盧': 'Lo', '關': 'Kwan',
    '蔡': 'Choi', '鄧': 'Tang', '蕭': 'Siu', '潘': 'Poon', '朱': 'Chu', '蘇': 'So',
    '袁': 'Yuen', '馬': 'Ma', '江': 'Kong', '趙': 'Chiu', '黎': 'Lai', '溫': 'Wan',
    '伍': 'Ng', '余': 'Yu', '范': 'Fan', '孫': 'Suen', '胡': 'Wu', '唐': 'Tong',
    '莫': 'Mok', '韓': 'Hon', '彭': 'Pang', '姚': 'Yiu', '譚': 'Tam', '鍾': 'Chung',
    '岑': 'Sham', '程': 'Ching', '方': 'Fong', '杜': 'To', '廖': 'Liu', '邱': 'Yau',
    '戴': 'Tai', '湯': 'Tong', '石': 'Shek', '文': 'Man', '高': 'Ko', '簡': 'Kan',
    '丁': 'Ting', '侯': 'Hau', '姜': 'Keung', '崔': 'Tsui', '魏': 'Ngai', '金': 'Kam',
    '賴': 'Lai', '翁': 'Yung', '龍': 'Lung', '鄒': 'Chau', '凌': 'Ling', '熊': 'Hung',
    '顧': 'Koo', '邵': 'Shiu', '洪': 'Hung', '萬': 'Man', '嚴': 'Yim', '冼': 'Sin',
    '梅': 'Mui', '施': 'Sze', '沈': 'Shum', '呂': 'Lui', '宋': 'Sung', '陸': 'Luk',
    '鄺': 'Kwong', '孔': 'Hung', '錢': 'Chin', '任': 'Yam', '歐陽': 'Au Yeung',
}

HK_GIVEN_ROMAN = {
    '偉': 'Wai', '強': 'Keung', '軍': 'Kwan', '傑': 'Kit', '明': 'Ming', '剛': 'Kong',
    '平': 'Ping', '輝': 'Fai', '鵬': 'Pang', '華': 'Wah', '飛': 'Fei', '波': 'Po',
    '宇': 'Yu', '浩': 'Ho', '凱': 'Hoi', '健': 'Kin', '俊': 'Chun', '龍': 'Lung',
    '林': 'Lam', '建': 'Kin', '國': 'Kwok', '志': 'Chi', '文': 'Man', '東': 'Tung',
    '海': 'Hoi', '亮': 'Leung', '成': 'Shing', '峰': 'Fung', '博': 'Pok', '晨': 'San',
    '子': 'Tsz', '軒': 'Hin', '昊': 'Ho', '睿': 'Yui', '澤': 'Chak', '毅': 'Ngai',
    '嘉': 'Ka', '家': 'Ka', '振': 'Chun', '德': 'Tak', '永': 'Wing', '慶': 'Hing',
    '生': 'Sang', '榮': 'Wing', '新': 'San', '光': 'Kwong', '天': 'Tin', '宏': 'Wang',
    '金': 'Kam', '春': 'Chun', '立': 'Lap', '學': 'Hok', '祥': 'Cheung', '福': 'Fuk',
    '忠': 'Chung', '興': 'Hing', '良': 'Leung', '松': 'Chung', '瑞': 'Sui', '山': 'Shan',
    '曉': 'Hiu', '中': 'Chung', '鋒': 'Fung', '坤': 'Kwan', '倫': 'Lun', '彬': 'Pan',
    '奇': 'Kei', '銘': 'Ming', '哲': 'Chit', '翔': 'Cheung', '逸': 'Yat', '豪': 'Ho',
    '鴻': 'Hung', '遠': 'Yuen', '達': 'Tat', '力': 'Lik', '勝': 'Sing', '義': 'Yee',
    '仁': 'Yan', '安': 'On', '錦': 'Kam', '駿': 'Chun', '耀': 'Yiu', '威': 'Wai',
    '智': 'Chi', '鈞': 'Kwan', '彥': 'Yin', '清': 'Ching', '宗': 'Chung', '棟': 'Tung',
    '維': 'Wai', '啟': 'Kai', '恆': 'Hang', '承': 'Shing', '暉': 'Fai', '富': 'Fu',
    '順': 'Shun', '貴': 'Kwai', '發': 'Fat', '萬': 'Man', '煒': 'Wai', '皓': 'Ho',
    '聰': 'Chung', '朗': 'Long', '鳴': 'Ming', '正': 'Ching', '民': 'Man', '寶': 'Po',
    '賢': 'Yin', '源': 'Yuen', '景': 'King', '世': 'Sai', '大': 'Tai', '兆': 'Siu',
    '漢': 'Hon', '君': 'Kwan', '堅': 'Kin', '康': 'Hong', '卓': 'Cheuk', '展': 'Chin',
    '瑋': 'Wai', '諾': 'Lok', '頌': 'Chung', '堂': 'Tong', '芳': 'Fong', '娜': 'Na',
    '敏': 'Man', '靜': 'Ching', '麗': 'Lai', '娟': 'Kuen', '霞': 'Ha', '秀': 'Sau',
    '英': 'Ying', '玲': 'Ling', '桂': 'Kwai', '蘭': 'Lan', '萍': 'Ping', '紅': 'Hung',
    '梅': 'Mui', '燕': 'Yin', '琳': 'Lam', '婷': 'Ting', '雪': 'Suet', '慧': 'Wai',
    '莉': 'Lei', '倩': 'Sin', '穎': 'Wing', '潔': 'Kit', '佳': 'Kai', '琴': 'Kam',
    '雲': 'Wan', '淑': 'Shuk', '珍': 'Chun', '鳳': 'Fung', '玉': 'Yuk', '怡': 'Yi',
    '欣': 'Yan', '悅': 'Yuet', '詩': 'Sze', '夢': 'Mung', '雨': 'Yu', '馨': 'Hing',
    '晶': 'Ching', '瑤': 'Yiu', '妍': 'Yin', '琪': 'Kei', '薇': 'Mei', '月': 'Yuet',
    '美': 'Mei', '媛': 'Wun', '蓉': 'Yung', '翠': 'Chui', '彩': 'Choi', '菲': 'Fei',
    '丹': 'Tan', '雯': 'Man', '嵐': 'Laam', '佩': 'Pui', '青': 'Ching', '瑩': 'Ying',
    '惠': 'Wai', '巧': 'Hau', '嬌': 'Kiu', '婉': 'Yuen', '秋': 'Chau', '荷': 'Ho',
    '蕾': 'Lui', '菊': 'Kuk', '冰': 'Ping', '瑾': 'Kan', '姍': 'Shan', '可': 'Ho',
    '依': 'Yi', '思': 'Sze', '語': 'Yu', '紫': 'Tsz', '梓': 'Tsz', '晴': 'Ching',
    '蕊': 'Yui', '瓊': 'King', '素': 'So', '銀': 'Ngan', '香': 'Heung', '藝': 'Ngai',
    '芬': 'Fun', '沁': 'Sum', '笑': 'Siu', '盈': 'Ying', '貞': 'Ching', '珊': 'Shan',
    '瑜': 'Yu', '舒': 'Shu', '曼': 'Man', '心': 'Sum', '宜': 'Yi', '蓮': 'Lin',
    '鵑': 'Kuen', '瑛': 'Ying', '筱': 'Siu', '茹': 'Yu', '嫻': 'Han', '綺': 'Yee',
    '純': 'Shun', '芝': 'Chi', '彤': 'Tung', '碧': 'Pik', '愛': 'Oi', '恩': 'Yan',
    '小': 'Siu', '雅': 'Nga', '詠': 'Wing', '菁': 'Ching', '儀': 'Yee',
}

# Taiwanese romanization of surnames where it is not plain Wade-Giles.
TW_SURNAME_ROMAN = {'李': 'Lee', '郭': 'Kuo', '游': 'Yu', '吕': 'Lu', '欧阳': 'Ouyang'}

ENGLISH_NAMES_M = ('Peter', 'David', 'Michael', 'Kelvin', 'Ken', 'Jason', 'Eric',
                   'Raymond', 'Alan', 'Tony', 'Vincent', 'Gary', 'Wilson', 'Stanley',
                   'Alex', 'Dickson', 'Ivan', 'Anson', 'Kevin', 'Jacky', 'Calvin',
                   'Terry', 'Johnny', 'Jimmy', 'Andy', 'Sam', 'Ben', 'Leo', 'Felix')
ENGLISH_NAMES_F = ('Karen', 'Carmen', 'Winnie', 'Mandy', 'Candy', 'Cherry', 'Vivian',
                   'Joyce', 'Fiona', 'Ivy', 'Gloria', 'Cecilia', 'Yvonne', 'Queenie',
                   'Janice', 'Shirley', 'Phoebe', 'Kitty', 'Bonnie', 'Connie', 'Grace',
                   'Amy', 'Emily', 'Jenny', 'Tiffany', 'Angel', 'Crystal', 'Sharon')

CN_HONORIFIC_HAN_M = ('先生',)
CN_HONORIFIC_HAN_F = ('女士', '小姐')

CN_COMMON_NAMES = (('王', '伟', 'm'), ('张', '伟', 'm'), ('王', '芳', 'f'),
                   ('李', '娜', 'f'), ('张', '敏', 'f'), ('李', '静', 'f'),
                   ('王', '静', 'f'), ('刘', '伟', 'm'), ('王', '秀英', 'f'),
                   ('张', '丽', 'f'), ('李', '强', 'm'), ('王', '磊', 'm'),
                   ('李', '军', 'm'), ('刘', '洋', 'm'), ('陈', '杰', 'm'),
                   ('王', '勇', 'm'), ('李', '杰', 'm'), ('张', '静', 'f'),
                   ('陈', '静', 'f'), ('林', '美玲', 'f'), ('陈', '淑芬', 'f'),
                   ('陈', '志明', 'm'), ('黄', '家豪', 'm'), ('陈', '嘉欣', 'f'))

_TONE_VOWELS = {'a': 'āáǎà', 'e': 'ēéěè', 'i': 'īíǐì', 'o': 'ōóǒò', 'u': 'ūúǔù', 'ü': 'ǖǘǚǜ'}


def pinyin_marked(syl):
    """'xiu4' -> 'xiù', 'lv3' -> 'lǚ' (standard placement rules)."""
    tone = int(syl[-1]) if syl[-1].isdigit() else 5
    s = syl.rstrip('012345').replace('v', 'ü')
    if tone in (0, 5):
        return s
    if 'a' in s:
        i = s.index('a')
    elif 'e' in s:
        i = s.index('e')
    elif 'ou' in s:
        i = s.index('o')
    else:
        i = max(s.rfind(v) for v in 'iouü')
    return s[:i] + _TONE_VOWELS[s[i]][tone - 1] + s[i + 1:]


def pinyin_plain(syl):
    return syl.rstrip('012345').replace('v', 'u')


def split_pinyin(py):
    """'ou1yang2' -> ['ou1', 'yang2']."""
    out, cur = [], ''
    for ch in py:
        cur += ch
        if ch.isdigit():
            out.append(cur)
            cur = ''
    if cur:
        out.append(cur)
    return out


_WG_SPECIAL = {
    'zhi': 'chih', 'chi': 'chih', 'shi': 'shih', 'ri': 'jih', 'zi': 'tzu', 'ci': 'tzu',
    'si': 'ssu', 'er': 'erh', 'yi': 'i', 'ye': 'yeh', 'yan': 'yen', 'you': 'yu',
    'yong': 'yung', 'yue': 'yueh', 'lve': 'lueh', 'nve': 'nueh',
}
_WG_INITIALS = (('zh', 'ch'), ('ch', 'ch'), ('sh', 'sh'), ('b', 'p'), ('p', 'p'),
                ('m', 'm'), ('f', 'f'), ('d', 't'), ('t', 't'), ('n', 'n'), ('l', 'l'),
                ('g', 'k'), ('k', 'k'), ('h', 'h'), ('j', 'ch'), ('q', 'ch'), ('x', 'hs'),
                ('r', 'j'), ('z', 'ts'), ('c', 'ts'), ('s', 's'), ('w', 'w'), ('y', 'y'))


def wade_giles(plain):
    """Toneless pinyin syllable to Wade-Giles as on Taiwanese passports
    (no apostrophes or umlauts): zhang -> chang, xiu -> hsiu, guo -> kuo."""
    s = plain.replace('ü', 'v')
    if s in _WG_SPECIAL:
        return _WG_SPECIAL[s]
    ini, wg, rest = '', '', s
    for i, w in _WG_INITIALS:
        if s.startswith(i) and len(s) > len(i):
            ini, wg, rest = i, w, s[len(i):]
            break
    if rest == 'e' and ini in ('g', 'k', 'h'):
        rest = 'o'
    elif rest == 'uo' and ini not in ('g', 'k', 'h', 'sh'):
        rest = 'o'
    elif rest == 'ui' and ini in ('g', 'k'):
        rest = 'uei'
    elif rest == 'ong':
        rest = 'ung'
    elif rest == 'iong':
        rest = 'iung'
    elif rest == 'ian':
        rest = 'ien'
    elif rest in ('ie', 'ue', 've'):
        rest = rest[:-1].replace('v', 'u') + 'eh'
    return wg + rest.replace('v', 'u')


# --------------------------------------------------------------------------
# Western names
# --------------------------------------------------------------------------

WEST_GIVEN_M = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher
Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian
George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter
Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin
Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Bruce Gabriel Logan Albert
Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip
Louis Liam Oliver Lucas Owen Martin Hugo Pierre Hans Lars Marco Luca Sebastian
"""

WEST_GIVEN_F = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy
Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley
Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia
Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah
Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean
Abigail Alice Julia Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Chloe
Claire Sophie Ingrid Anke Chiara Camille Lena Mia Ella Zoe
"""

WEST_SURNAMES = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright
Scott Torres Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes
Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson
Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers
Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander
Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera
Gibson Ellis Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison
Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Freeman Webb Tucker
Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder
Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone
Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens
Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce
Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Berry Perkins Hoffman Johnston Matthews Richards Willis
Carpenter Lawrence O'Brien O'Connor McCarthy MacLeod D'Angelo Müller Schneider
Dubois Rossi Jensen Larsen
"""

WEST_NICKNAMES = {
    'Robert': ('Bob', 'Rob', 'Bobby'), 'William': ('Bill', 'Will'), 'Michael': ('Mike',),
    'James': ('Jim', 'Jimmy'), 'John': ('Johnny', 'Jack'), 'Thomas': ('Tom',),
    'David': ('Dave',), 'Christopher': ('Chris',), 'Daniel': ('Dan', 'Danny'),
    'Joseph': ('Joe',), 'Matthew': ('Matt',), 'Richard': ('Rick', 'Dick', 'Rich'),
    'Steven': ('Steve',), 'Anthony': ('Tony',), 'Nicholas': ('Nick',),
    'Alexander': ('Alex',), 'Samuel': ('Sam',), 'Benjamin': ('Ben',), 'Andrew': ('Andy', 'Drew'),
    'Gregory': ('Greg',), 'Edward': ('Ed', 'Eddie'), 'Ronald': ('Ron',), 'Timothy': ('Tim',),
    'Kenneth': ('Ken',), 'Jeffrey': ('Jeff',), 'Jennifer': ('Jenny', 'Jen'),
    'Elizabeth': ('Liz', 'Beth', 'Betty'), 'Katherine': ('Kate', 'Kathy'),
    'Catherine': ('Cathy', 'Kate'), 'Susan': ('Sue',), 'Patricia': ('Pat', 'Patty'),
    'Margaret': ('Maggie', 'Peggy'), 'Rebecca': ('Becky',), 'Cynthia': ('Cindy',),
    'Deborah': ('Debbie',), 'Barbara': ('Barb',), 'Jessica': ('Jess',),
    'Victoria': ('Vicky',), 'Abigail': ('Abby',), 'Samantha': ('Sam',),
    'Christina': ('Tina', 'Chris'), 'Kimberly': ('Kim',), 'Pamela': ('Pam',),
    'Jacqueline': ('Jackie',), 'Stephanie': ('Steph',), 'Lawrence': ('Larry',),
    'Zachary': ('Zach',), 'Jonathan': ('Jon',), 'Gerald': ('Jerry',), 'Raymond': ('Ray',),
}

WEST_COMMON_NAMES = (('John', 'Smith', 'm'), ('Michael', 'Johnson', 'm'), ('David', 'Lee', 'm'),
                     ('Mary', 'Johnson', 'f'), ('James', 'Brown', 'm'), ('Robert', 'Jones', 'm'),
                     ('Jennifer', 'Davis', 'f'), ('Maria', 'Garcia', 'f'), ('David', 'Miller', 'm'),
                     ('Sarah', 'Wilson', 'f'))

# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------

# city, weight, landline area code (national, with 0), districts with their
# wards, streets, and the ways clerks write the city.
VN_CITIES = (
    ('TP. Hồ Chí Minh', 40, '028',
     (('Quận 1', ('Phường Bến Nghé', 'Phường Bến Thành', 'Phường Tân Định', 'Phường Đa Kao',
                  'Phường Nguyễn Thái Bình')),
      ('Quận 3', ('Phường Võ Thị Sáu', 'Phường 9', 'Phường 12', 'Phường 14')),
      ('Quận 5', ('Phường 2', 'Phường 7', 'Phường 11')),
      ('Quận 7', ('Phường Tân Phong', 'Phường Tân Phú', 'Phường Tân Hưng')),
      ('Quận 10', ('Phường 12', 'Phường 15', 'Phường 14')),
      ('Quận Bình Thạnh', ('Phường 25', 'Phường 15', 'Phường 22')),
      ('Quận Phú Nhuận', ('Phường 7', 'Phường 9', 'Phường 10')),
      ('Quận Tân Bình', ('Phường 2', 'Phường 4', 'Phường 12')),
      ('Quận Gò Vấp', ('Phường 5', 'Phường 10', 'Phường 17')),
      ('TP. Thủ Đức', ('Phường Thảo Điền', 'Phường An Phú', 'Phường Hiệp Bình Chánh'))),
     ('Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám',
      'Nguyễn Thị Minh Khai', 'Võ Văn Tần', 'Lý Tự Trọng', 'Pasteur', 'Nam Kỳ Khởi Nghĩa',
      'Trần Hưng Đạo', 'Nguyễn Trãi', 'Phan Xích Long', 'Hoàng Văn Thụ', 'Cộng Hòa',
      'Xô Viết Nghệ Tĩnh', 'Lê Văn Sỹ', 'Nguyễn Văn Trỗi', 'Võ Văn Kiệt', 'Phạm Văn Đồng',
      'Nguyễn Đình Chiểu', 'Lê Thánh Tôn', 'Nguyễn Văn Linh', 'Quang Trung'),
     ('TP. Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'HCM', 'Hồ Chí Minh', 'Sài Gòn', 'Ho Chi Minh City',
      'HCMC', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh', 'tp hcm')),
    ('Hà Nội', 30, '024',
     (('Quận Hoàn Kiếm', ('Phường Tràng Tiền', 'Phường Hàng Bài', 'Phường Hàng Trống')),
      ('Quận Ba Đình', ('Phường Kim Mã', 'Phường Quán Thánh', 'Phường Ngọc Hà')),
      ('Quận Đống Đa', ('Phường Láng Hạ', 'Phường Khâm Thiên', 'Phường Trung Liệt')),
      ('Quận Hai Bà Trưng', ('Phường Bách Khoa', 'Phường Lê Đại Hành')),
      ('Quận Cầu Giấy', ('Phường Dịch Vọng', 'Phường Trung Hòa', 'Phường Nghĩa Đô')),
      ('Quận Thanh Xuân', ('Phường Khương Trung', 'Phường Nhân Chính')),
      ('Quận Tây Hồ', ('Phường Quảng An', 'Phường Xuân La')),
      ('Quận Long Biên', ('Phường Bồ Đề', 'Phường Ngọc Lâm')),
      ('Quận Hoàng Mai', ('Phường Tương Mai', 'Phường Định Công')),
      ('Quận Nam Từ Liêm', ('Phường Mỹ Đình 1', 'Phường Mễ Trì'))),
     ('Tràng Tiền', 'Hàng Bài', 'Bà Triệu', 'Kim Mã', 'Láng Hạ', 'Xuân Thủy', 'Trần Duy Hưng',
      'Nguyễn Chí Thanh', 'Giải Phóng', 'Lạc Long Quân', 'Thái Hà', 'Chùa Bộc', 'Đội Cấn',
      'Hoàng Quốc Việt', 'Phạm Hùng', 'Tôn Đức Thắng', 'Nguyễn Trãi', 'Lê Duẩn', 'Cầu Giấy',
      'Trường Chinh'),
     ('Hà Nội', 'Ha Noi', 'Hanoi', 'HN', 'TP. Hà Nội', 'Thành phố Hà Nội', 'HA NOI', 'hà nội')),
    ('Đà Nẵng', 7, '0236',
     (('Quận Hải Châu', ('Phường Thạch Thang', 'Phường Hải Châu 1')),
      ('Quận Thanh Khê', ('Phường Chính Gián', 'Phường Thạc Gián')),
      ('Quận Sơn Trà', ('Phường An Hải Bắc', 'Phường Phước Mỹ')),
      ('Quận Ngũ Hành Sơn', ('Phường Mỹ An', 'Phường Khuê Mỹ'))),
     ('Bạch Đằng', 'Trần Phú', 'Lê Duẩn', 'Nguyễn Văn Linh', 'Hùng Vương', 'Võ Nguyên Giáp',
      'Điện Biên Phủ', 'Ngô Quyền'),
     ('Đà Nẵng', 'Da Nang', 'Danang', 'TP. Đà Nẵng', 'DN')),
    ('Hải Phòng', 5, '0225',
     (('Quận Lê Chân', ('Phường An Biên', 'Phường Dư Hàng')),
      ('Quận Ngô Quyền', ('Phường Lạch Tray', 'Phường Máy Tơ')),
      ('Quận Hồng Bàng', ('Phường Minh Khai', 'Phường Hoàng Văn Thụ'))),
     ('Lạch Tray', 'Điện Biên Phủ', 'Trần Phú', 'Tô Hiệu', 'Lê Lợi'),
     ('Hải Phòng', 'Hai Phong', 'Haiphong', 'TP. Hải Phòng')),
    ('Cần Thơ', 4, '0292',
     (('Quận Ninh Kiều', ('Phường Tân An', 'Phường Xuân Khánh', 'Phường An Hòa')),
      ('Quận Cái Răng', ('Phường Lê Bình', 'Phường Hưng Phú')),
      ('Quận Bình Thủy', ('Phường Bình Thủy', 'Phường An Thới'))),
     ('30 Tháng 4', 'Mậu Thân', 'Hòa Bình', 'Nguyễn Văn Cừ', 'Trần Hưng Đạo'),
     ('Cần Thơ', 'Can Tho', 'TP. Cần Thơ', 'Cantho')),
    ('Biên Hòa', 4, '0251',
     (('TP. Biên Hòa', ('Phường Tân Phong', 'Phường Tam Hiệp', 'Phường Quyết Thắng')),),
     ('Phạm Văn Thuận', 'Đồng Khởi', 'Võ Thị Sáu', 'Nguyễn Ái Quốc'),
     ('Biên Hòa', 'Bien Hoa', 'Đồng Nai', 'Biên Hoà')),
    ('Thủ Dầu Một', 3, '0274',
     (('TP. Thủ Dầu Một', ('Phường Phú Cường', 'Phường Hiệp Thành', 'Phường Chánh Nghĩa')),),
     ('Đại lộ Bình Dương', 'Yersin', 'Cách Mạng Tháng Tám', 'Lê Hồng Phong'),
     ('Thủ Dầu Một', 'Thu Dau Mot', 'Bình Dương', 'Binh Duong')),
    ('Nha Trang', 3, '0258',
     (('TP. Nha Trang', ('Phường Lộc Thọ', 'Phường Tân Lập', 'Phường Phước Hòa')),),
     ('Trần Phú', 'Nguyễn Thiện Thuật', 'Thống Nhất', 'Yersin'),
     ('Nha Trang', 'Khánh Hòa', 'Nha Trang, Khánh Hòa')),
    ('Huế', 2, '0234',
     (('TP. Huế', ('Phường Vĩnh Ninh', 'Phường Phú Hội', 'Phường Thuận Thành')),),
     ('Lê Lợi', 'Hùng Vương', 'Nguyễn Huệ', 'Hà Nội'),
     ('Huế', 'Hue', 'Thừa Thiên Huế', 'TP. Huế')),
    ('Vũng Tàu', 2, '0254',
     (('TP. Vũng Tàu', ('Phường 1', 'Phường 3', 'Phường Thắng Tam')),),
     ('Thùy Vân', 'Lê Lợi', 'Ba Cu', 'Trần Hưng Đạo'),
     ('Vũng Tàu', 'Vung Tau', 'Bà Rịa - Vũng Tàu', 'BR-VT')),
)

VN_COUNTRY = (('Việt Nam', 40), ('Vietnam', 20), ('VN', 20), ('viet nam', 5), ('VIETNAM', 5),
              ('Viet Nam', 8), ('Vietnam (VN)', 2))

# (city S, city T, English, area code, weight, districts [(S, T, EN)])
CN_CITIES = (
    ('上海', '上海', 'Shanghai', '021', 20, (('浦东新区', '浦東新區', 'Pudong New Area'),
                                            ('徐汇区', '徐匯區', 'Xuhui District'),
                                            ('静安区', '靜安區', "Jing'an District"),
                                            ('黄浦区', '黃浦區', 'Huangpu District'),
                                            ('长宁区', '長寧區', 'Changning District'))),
    ('北京', '北京', 'Beijing', '010', 18, (('朝阳区', '朝陽區', 'Chaoyang District'),
                                          ('海淀区', '海澱區', 'Haidian District'),
                                          ('东城区', '東城區', 'Dongcheng District'),
                                          ('西城区', '西城區', 'Xicheng District'))),
    ('广州', '廣州', 'Guangzhou', '020', 12, (('天河区', '天河區', 'Tianhe District'),
                                            ('越秀区', '越秀區', 'Yuexiu District'),
                                            ('海珠区', '海珠區', 'Haizhu District'))),
    ('深圳', '深圳', 'Shenzhen', '0755', 14, (('南山区', '南山區', 'Nanshan District'),
                                            ('福田区', '福田區', 'Futian District'),
                                            ('罗湖区', '羅湖區', 'Luohu District'),
                                            ('宝安区', '寶安區', "Bao'an District"))),
    ('杭州', '杭州', 'Hangzhou', '0571', 7, (('西湖区', '西湖區', 'Xihu District'),
                                           ('滨江区', '濱江區', 'Binjiang District'))),
    ('成都', '成都', 'Chengdu', '028', 6, (('武侯区', '武侯區', 'Wuhou District'),
                                         ('锦江区', '錦江區', 'Jinjiang District'))),
    ('南京', '南京', 'Nanjing', '025', 5, (('鼓楼区', '鼓樓區', 'Gulou District'),
                                         ('玄武区', '玄武區', 'Xuanwu District'))),
    ('武汉', '武漢', 'Wuhan', '027', 5, (('江汉区', '江漢區', 'Jianghan District'),
                                       ('武昌区', '武昌區', 'Wuchang District'))),
    ('苏州', '蘇州', 'Suzhou', '0512', 5, (('姑苏区', '姑蘇區', 'Gusu District'),
                                         ('工业园区', '工業園區', 'Industrial Park'))),
    ('天津', '天津', 'Tianjin', '022', 4, (('和平区', '和平區', 'Heping District'),
                                         ('河西区', '河西區', 'Hexi District'))),
    ('西安', '西安', "Xi'an", '029', 4, (('雁塔区', '雁塔區', 'Yanta District'),
                                       ('碑林区', '碑林區', 'Beilin District'))),
)
CN_ROADS = (('中山路', '中山路', 'Zhongshan Road'), ('人民路', '人民路', 'Renmin Road'),
            ('解放路', '解放路', 'Jiefang Road'), ('建设路', '建設路', 'Jianshe Road'),
            ('和平路', '和平路', 'Heping Road'), ('胜利路', '勝利路', 'Shengli Road'),
            ('新华路', '新華路', 'Xinhua Road'), ('长江路', '長江路', 'Changjiang Road'),
            ('东风路', '東風路', 'Dongfeng Road'), ('文化路', '文化路', 'Wenhua Road'),
            ('科技路', '科技路', 'Keji Road'), ('世纪大道', '世紀大道', 'Century Avenue'),
            ('南京路', '南京路', 'Nanjing Road'), ('延安路', '延安路', "Yan'an Road"),
            ('北京路', '北京路', 'Beijing Road'), ('滨江大道', '濱江大道', 'Binjiang Avenue'))
CN_COUNTRY = (('中国', 40), ('China', 25), ('CN', 15), ('中國', 3), ('PRC', 3),
              ('中华人民共和国', 4), ('CHINA', 5), ('China (Mainland)', 5))

# (city, city with 臺, English, area code, weight, districts, roads (Chinese, English))
TW_CITIES = (
    ('台北市', '臺北市', 'Taipei City', '02', 35,
     (('信義區', 'Xinyi Dist.'), ('大安區', "Da'an Dist."), ('中山區', 'Zhongshan Dist.'),
      ('內湖區', 'Neihu Dist.'), ('松山區', 'Songshan Dist.')),
     (('信義路五段', 'Sec. 5, Xinyi Rd.'), ('忠孝東路四段', 'Sec. 4, Zhongxiao E. Rd.'),
      ('仁愛路三段', "Sec. 3, Ren'ai Rd."), ('敦化南路一段', 'Sec. 1, Dunhua S. Rd.'),
      ('中山北路二段', 'Sec. 2, Zhongshan N. Rd.'), ('民生東路三段', 'Sec. 3, Minsheng E. Rd.'),
      ('南京東路三段', 'Sec. 3, Nanjing E. Rd.'), ('復興北路', 'Fuxing N. Rd.'))),
    ('新北市', '新北市', 'New Taipei City', '02', 20,
     (('板橋區', 'Banqiao Dist.'), ('新店區', 'Xindian Dist.'), ('中和區', 'Zhonghe Dist.')),
     (('中山路一段', 'Sec. 1, Zhongshan Rd.'), ('文化路二段', 'Sec. 2, Wenhua Rd.'),
      ('中正路', 'Zhongzheng Rd.'), ('民權路', 'Minquan Rd.'))),
    ('台中市', '臺中市', 'Taichung City', '04', 15,
     (('西屯區', 'Xitun Dist.'), ('北屯區', 'Beitun Dist.'), ('南屯區', 'Nantun Dist.')),
     (('文心路二段', 'Sec. 2, Wenxin Rd.'), ('台灣大道三段', 'Sec. 3, Taiwan Blvd.'),
      ('公益路二段', 'Sec. 2, Gongyi Rd.'))),
    ('高雄市', '高雄市', 'Kaohsiung City', '07', 13,
     (('前鎮區', 'Qianzhen Dist.'), ('苓雅區', 'Lingya Dist.'), ('左營區', 'Zuoying Dist.')),
     (('中正四路', 'Zhongzheng 4th Rd.'), ('四維三路', 'Siwei 3rd Rd.'), ('博愛二路', 'Bo\'ai 2nd Rd.'))),
    ('桃園市', '桃園市', 'Taoyuan City', '03', 10,
     (('中壢區', 'Zhongli Dist.'), ('桃園區', 'Taoyuan Dist.')),
     (('中正路', 'Zhongzheng Rd.'), ('復興路', 'Fuxing Rd.'), ('中山路', 'Zhongshan Rd.'))),
    ('台南市', '臺南市', 'Tainan City', '06', 7,
     (('東區', 'East Dist.'), ('永康區', 'Yongkang Dist.')),
     (('中華東路一段', 'Sec. 1, Zhonghua E. Rd.'), ('東門路二段', 'Sec. 2, Dongmen Rd.'))),
)
TW_COUNTRY = (('台灣', 35), ('臺灣', 15), ('Taiwan', 25), ('TW', 15), ('Taiwan (R.O.C.)', 5),
              ('中華民國', 3), ('台湾', 2))

# (district, English, area, roads (Chinese, English))
HK_DISTRICTS = (
    ('中環', 'Central', '香港', (('皇后大道中', "Queen's Road Central"), ('德輔道中', 'Des Voeux Road Central'))),
    ('灣仔', 'Wan Chai', '香港', (('告士打道', 'Gloucester Road'), ('軒尼詩道', 'Hennessy Road'))),
    ('銅鑼灣', 'Causeway Bay', '香港', (('軒尼詩道', 'Hennessy Road'), ('怡和街', 'Yee Wo Street'))),
    ('北角', 'North Point', '香港', (('英皇道', "King's Road"),)),
    ('尖沙咀', 'Tsim Sha Tsui', '九龍', (('彌敦道', 'Nathan Road'), ('廣東道', 'Canton Road'))),
    ('旺角', 'Mong Kok', '九龍', (('彌敦道', 'Nathan Road'), ('亞皆老街', 'Argyle Street'))),
    ('觀塘', 'Kwun Tong', '九龍', (('觀塘道', 'Kwun Tong Road'), ('開源道', 'Hoi Yuen Road'))),
    ('沙田', 'Sha Tin', '新界', (('沙田正街', 'Sha Tin Centre Street'),)),
    ('荃灣', 'Tsuen Wan', '新界', (('沙咀道', 'Sha Tsui Road'),)),
)
HK_CITY = (('Hong Kong', 40), ('香港', 30), ('HK', 10), ('Kowloon', 5), ('九龍', 5), ('HONG KONG', 10))
HK_COUNTRY = (('Hong Kong', 35), ('香港', 25), ('HK', 20), ('Hong Kong SAR', 10), ('中國香港', 5),
              ('HONG KONG', 5))

# city, state, area codes, weight
US_CITIES = (
    ('New York', 'NY', ('212', '646', '917', '718'), 14), ('Los Angeles', 'CA', ('213', '310', '323'), 10),
    ('San Francisco', 'CA', ('415', '628'), 6), ('San Jose', 'CA', ('408', '669'), 6),
    ('Seattle', 'WA', ('206',), 5), ('Houston', 'TX', ('713', '832'), 7),
    ('Chicago', 'IL', ('312', '773'), 7), ('Boston', 'MA', ('617',), 5),
    ('Westminster', 'CA', ('714',), 4), ('Garden Grove', 'CA', ('714',), 3),
    ('San Gabriel', 'CA', ('626',), 3), ('Dallas', 'TX', ('214', '972'), 5),
    ('Atlanta', 'GA', ('404', '470'), 4), ('Miami', 'FL', ('305', '786'), 3),
    ('Denver', 'CO', ('303', '720'), 3), ('Portland', 'OR', ('503', '971'), 3),
    ('Philadelphia', 'PA', ('215', '267'), 3), ('Washington', 'DC', ('202',), 3),
    ('Austin', 'TX', ('512', '737'), 3), ('San Diego', 'CA', ('619', '858'), 3),
)
US_STREETS = ('Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Park', 'Lake', 'Hill',
              'Sunset', 'Market', 'Bolsa', 'Valley', 'Lincoln', 'Jefferson', 'Highland', 'Church',
              'Mission', 'Broadway', 'Madison', 'Franklin', 'Spring', 'Ridge', 'Willow')
US_SUFFIX = (('Street', 'St'), ('Avenue', 'Ave'), ('Road', 'Rd'), ('Boulevard', 'Blvd'),
             ('Drive', 'Dr'), ('Lane', 'Ln'), ('Court', 'Ct'), ('Place', 'Pl'))
US_AREA_CODES = tuple(a for c in US_CITIES for a in c[2])
US_COUNTRY = (('USA', 35), ('US', 20), ('United States', 25), ('U.S.A.', 3),
              ('United States of America', 5), ('Hoa Kỳ', 3), ('Mỹ', 3), ('美国', 3), ('America', 3))

# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------

# Post-2018 Vietnamese mobile prefixes (after the 0), with weights; the
# pre-2018 11-digit prefix they replaced, where they replaced one.
VN_MOBILE_PREFIXES = (
    ('86', 4), ('96', 7), ('97', 7), ('98', 7), ('32', 3), ('33', 3), ('34', 3), ('35', 3),
    ('36', 3), ('37', 3), ('38', 3), ('39', 3), ('88', 3), ('91', 7), ('94', 4), ('81', 2),
    ('82', 2), ('83', 2), ('84', 2), ('85', 2), ('90', 7), ('93', 5), ('89', 0), ('70', 2),
    ('76', 2), ('77', 2), ('78', 2), ('79', 2), ('92', 2), ('56', 1), ('58', 1), ('59', 0.5),
    ('87', 0.5),
)
VN_RENUMBERED = {
    '32': '162', '33': '163', '34': '164', '35': '165', '36': '166', '37': '167', '38': '168',
    '39': '169', '70': '120', '79': '121', '77': '122', '76': '126', '78': '128', '83': '123',
    '84': '124', '85': '125', '81': '127', '82': '129', '56': '186', '58': '188', '59': '199',
}

CN_MOBILE_PREFIXES = (
    ('139', 8), ('138', 8), ('137', 6), ('136', 6), ('135', 6), ('134', 4), ('159', 5),
    ('158', 5), ('157', 2), ('152', 3), ('151', 4), ('150', 4), ('188', 4), ('187', 4),
    ('182', 3), ('183', 2), ('184', 1), ('147', 1), ('178', 2), ('130', 4), ('131', 3),
    ('132', 3), ('155', 3), ('156', 3), ('185', 3), ('186', 4), ('176', 2), ('166', 1),
    ('133', 3), ('153', 2), ('180', 3), ('181', 3), ('189', 4), ('177', 2), ('173', 1),
    ('199', 2), ('198', 1), ('191', 1),
)
TW_MOBILE_PREFIXES = tuple(('9' + d, 1) for d in '012345678')
# Hong Kong: three-digit blocks every number of which is valid.
HK_MOBILE_BLOCKS = """
510 511 512 513 514 516 517 518 519 520 521 522 523 524 526 527 528 529 530 531 532 533 534 536
537 538 539 540 541 542 543 544 546 547 548 549 550 551 552 553 554 556 557 558 559 560 561 562
563 564 566 568 569 570 571 572 574 576 577 578 579 590 591 592 593 594 596 597 598 599 601 602
603 604 605 606 607 608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623 624 625 627
628 629 630 631 632 633 634 635 636 637 638 639 640 641 642 643 644 645 646 647 648 649 650 651
652 653 654 655 656 657 658 659 660 661 662 663 664 665 667 668 669 670 671 672 673 674 675 676
677 679 680 681 682 683 684 685 687 688 689 690 691 692 693 694 695 696 697 698 699 901 902 903
904 905 906 907 908 909 910 912 913 914 915 916 917 918 919 920 921 922 923 924 925 926 927 928
930 931 932 933 934 935 936 937 938 940 941 942 943 944 945 946 947 948 949 950 951 952 953 954
955 956 957 958 960 961 962 963 964 965 966 967 968 969 970 971 972 973 974 975 976 977 978 979
980 981 982 983 984 985 986 987 988
""".split()
HK_FIXED_BLOCKS = """
210 211 212 213 214 215 216 217 218 219 220 221 223 224 225 226 227 228 229 230 231 232 233 234
235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258
259 260 261 262 263 264 265 266 267 268 269 270 271 272 273 274 275 276 277 278 279 280 281 282
283 284 285 286 287 288 289 290 291 292 293 294 295 296 297 298 299 310 311 312 314 315 316 317
318 319 340 341 342 344 346 347 348 349 350 351 352 354 355 356 357 358 359 360 361 362 364 365
366 367 368 369 370 371 372 374 375 376 379 389 390 391 392 394 395 396 397 398 399
""".split()

PHONE_LABELS = {
    'VN': ('ĐT: ', 'SĐT: ', 'Tel: ', 'DĐ: ', 'Mobile: '),
    'CN': ('电话：', '手机：', 'Tel: ', 'Mob: '),
    'TW': ('電話：', '手機：', 'Tel: ', 'Mobile: '),
    'HK': ('電話：', 'Tel: ', 'Mobile: ', 'WhatsApp: '),
    'US': ('Tel: ', 'Cell: ', 'Phone: ', 'Mobile: '),
}
PHONE_EXT = {
    'VN': (' ext. {}', ' máy lẻ {}', ' - ml {}', ' ext {}', ' x{}'),
    'CN': (' 转{}', ' ext. {}', ' 分机{}'),
    'TW': (' #{}', ' 分機{}', ' ext. {}', ' ext {}'),
    'HK': (' ext. {}', ' ext {}', ' x{}'),
    'US': (' ext. {}', ' x{}', ' ext {}', ' #{}'),
}
PHONE_SEPARATORS = (' / ', '; ', ' - ', ', ', '/', ' | ')
VN_SEPARATORS = PHONE_SEPARATORS + (' hoặc ', ' hay ')

# --------------------------------------------------------------------------
# Emails
# --------------------------------------------------------------------------

PERSONAL_DOMAINS = {
    'VN': (('gmail.com', 65), ('yahoo.com', 12), ('yahoo.com.vn', 6), ('hotmail.com', 7),
           ('outlook.com', 5), ('icloud.com', 3), ('fpt.vn', 1), ('vnn.vn', 1)),
    'CN': (('qq.com', 35), ('163.com', 25), ('126.com', 8), ('sina.com', 5), ('gmail.com', 7),
           ('hotmail.com', 5), ('foxmail.com', 5), ('sohu.com', 3), ('139.com', 3), ('outlook.com', 4)),
    'TW': (('gmail.com', 45), ('yahoo.com.tw', 25), ('hotmail.com', 15), ('outlook.com', 5),
           ('msn.com', 5), ('ms1.hinet.net', 5)),
    'HK': (('gmail.com', 45), ('yahoo.com.hk', 20), ('hotmail.com', 15), ('netvigator.com', 10),
           ('outlook.com', 10)),
    'US': (('gmail.com', 45), ('yahoo.com', 15), ('outlook.com', 10), ('hotmail.com', 8),
           ('icloud.com', 10), ('aol.com', 5), ('comcast.net', 4), ('att.net', 3)),
}
TYPO_DOMAINS = {'gmail.com': ('gmial.com', 'gmai.com', 'gmail.con', 'gmaill.com'),
                'yahoo.com': ('yaho.com', 'yahoo.con', 'yahooo.com'),
                'hotmail.com': ('hotmial.com', 'hotmail.co'),
                'yahoo.com.vn': ('yahoo.com.vm', 'yaho.com.vn'),
                'outlook.com': ('outlok.com',), '163.com': ('163.con',), 'qq.com': ('qq.con',)}
PLUS_TAGS = ('crm', 'news', 'shop', 'work', 'promo', '2019', 'zalo', 'sale')
ROLE_LOCALS = {'VN': ('info', 'lienhe', 'sales', 'ketoan', 'kinhdoanh', 'contact', 'admin'),
               'CN': ('info', 'sales', 'service', 'contact', 'hr', 'admin'),
               'TW': ('info', 'service', 'sales', 'contact'),
               'HK': ('info', 'enquiry', 'sales', 'admin'),
               'US': ('info', 'sales', 'contact', 'office', 'hello', 'support')}

# --------------------------------------------------------------------------
# Companies
# --------------------------------------------------------------------------

VN_BRANDS = """
Minh Phát|Hòa Bình|Sài Gòn Xanh|Thành Công|Việt Tiến|An Phát|Hưng Thịnh|Phú Cường|Đại Dương
Kim Long|Thiên Long|Hoàng Gia|Đông Á|Nam Việt|Bắc Hà|Trường Sơn|Sao Mai|Bình Minh|Ánh Dương
Tân Phú|Đức Thành|Phúc An|Vạn Xuân|Hồng Hà|Cửu Long|Mê Kông|Sông Hồng|Lạc Hồng|Phương Đông
Tín Nghĩa|Thịnh Vượng|Quang Minh|Hải Âu|Bảo Ngọc|Kim Cương|Ngọc Lan|Hoa Sen|Tre Việt|Gia Phát
Thuận Thành|Hùng Vương|Hưng Long|Đại Phát|Phát Đạt|Thăng Long|Hà Thành|Rạng Đông|Nam Á|Á Châu
Việt Úc|Tân Tiến|Hoàng Long|Minh Long|Phú Thái|Trí Việt|Tiến Phát|Thiên Phú|Nhật Minh|Vĩnh Thịnh
Đông Dương|Toàn Cầu|Sunrise|Green Life|Smart Tech|VietStar|Golden Sea|Blue Sky|Delta|Alpha
Pacific|Mekong Star|Sao Việt|Đất Việt|Nam Phong|Phú Gia|Hải Đăng|Thái Bình Dương|Tâm An|Tân Á
"""
VN_INDUSTRIES = (('Thương mại', 'TM', 'Trading', 20), ('Dịch vụ', 'DV', 'Services', 10),
                 ('Thương mại Dịch vụ', 'TMDV', 'Trading and Services', 15),
                 ('Xây dựng', 'XD', 'Construction', 8), ('Đầu tư', 'ĐT', 'Investment', 6),
                 ('Thực phẩm', 'TP', 'Food', 6), ('Công nghệ', 'CN', 'Technology', 8),
                 ('Vận tải', 'VT', 'Transport', 4), ('Du lịch', 'DL', 'Travel', 3),
                 ('Dược phẩm', 'DP', 'Pharmaceutical', 3), ('May mặc', 'MM', 'Garment', 3),
                 ('Bất động sản', 'BĐS', 'Real Estate', 3), ('Xuất nhập khẩu', 'XNK', 'Import Export', 5),
                 ('Nội thất', 'NT', 'Furniture', 2), ('Cơ khí', 'CK', 'Mechanical', 2),
                 ('Phần mềm', 'PM', 'Software', 3), ('Truyền thông', 'TT', 'Media', 2),
                 ('Sản xuất', 'SX', 'Manufacturing', 6), ('Logistics', 'Logistics', 'Logistics', 2))
# legal form: canonical, its spellings, English, weight
VN_LEGAL = (('Công ty TNHH', ('Cty TNHH', 'CÔNG TY TNHH', 'Công Ty TNHH', 'CT TNHH'), 'Co., Ltd.', 55),
            ('Công ty Cổ phần', ('CTCP', 'Cty CP', 'Công ty CP', 'CÔNG TY CỔ PHẦN'), 'JSC', 30),
            ('Công ty TNHH MTV', ('Cty TNHH MTV', 'Công ty TNHH Một Thành Viên', 'CTY TNHH MTV'),
             'One Member Co., Ltd.', 10),
            ('Doanh nghiệp tư nhân', ('DNTN', 'DN tư nhân'), 'Private Enterprise', 5))

CN_BRANDS = """
华信 華信 Huaxin|恒通 恆通 Hengtong|鑫达 鑫達 Xinda|宏远 宏遠 Hongyuan|天成 = Tiancheng
金辉 金輝 Jinhui|永兴 永興 Yongxing|东方 東方 Dongfang|盛世 = Shengshi|博雅 = Boya
新锐 新銳 Xinrui|中科 = Zhongke|瑞丰 瑞豐 Ruifeng|海纳 海納 Haina|佳美 = Jiamei
联创 聯創 Lianchuang|华美 華美 Huamei|富达 富達 Fuda|德信 = Dexin|宏达 宏達 Hongda
远东 遠東 Yuandong|大同 = Datong|光明 = Guangming|国泰 國泰 Guotai|兴业 興業 Xingye
嘉华 嘉華 Jiahua|荣华 榮華 Ronghua|美达 美達 Meida|汇通 匯通 Huitong|鼎盛 = Dingsheng
万通 萬通 Wantong|安泰 = Antai|宝丰 寶豐 Baofeng|金源 = Jinyuan|恒丰 恆豐 Hengfeng
天宇 = Tianyu|凯盛 凱盛 Kaisheng|明辉 明輝 Minghui|精密 = Jingmi|长盛 長盛 Changsheng
"""
CN_INDUSTRIES = (('贸易', '貿易', 'Trading', 20), ('科技', '科技', 'Technology', 20),
                 ('电子', '電子', 'Electronics', 10), ('实业', '實業', 'Industrial', 8),
                 ('网络科技', '網絡科技', 'Network Technology', 6), ('物流', '物流', 'Logistics', 5),
                 ('建设', '建設', 'Construction', 4), ('食品', '食品', 'Food', 5),
                 ('医药', '醫藥', 'Pharmaceutical', 4), ('服饰', '服飾', 'Apparel', 3),
                 ('投资', '投資', 'Investment', 3), ('信息技术', '資訊科技', 'Information Technology', 5),
                 ('精密工业', '精密工業', 'Precision Industry', 3), ('机械', '機械', 'Machinery', 3),
                 ('塑胶', '塑膠', 'Plastics', 2), ('进出口', '進出口', 'Import & Export', 3))
WEST_BRAND_WORDS = """
Summit Pinnacle Blue-Ridge Redwood Evergreen Pacific Atlas Horizon Northstar Silverline
Keystone Bright-Path Cascade Granite Harbor Liberty Meridian Orion Sterling Vertex
Golden-Gate Lakeside Riverbend Oakmont Crestview Ironwood Bluewater Clearview Highland
Beacon Cornerstone Frontier Landmark Paramount Sentinel Trident Vanguard Westbrook
"""
WEST_INDUSTRIES = ('Technologies', 'Consulting', 'Logistics', 'Foods', 'Capital', 'Software',
                   'Systems', 'Supply', 'Trading', 'Media', 'Health', 'Partners', 'Manufacturing',
                   'Solutions', 'Imports', 'Realty')
WEST_LEGAL = (('Inc.', ('Inc', ', Inc.', 'Incorporated', 'INC'), 35), ('LLC', ('L.L.C.', 'llc', 'Llc'), 35),
              ('Corp.', ('Corporation', 'Corp', 'CORP'), 15), ('Co.', ('Company', 'Co'), 5),
              ('Ltd', ('Limited', 'Ltd.'), 5), ('Group', ('Grp',), 5))

# --------------------------------------------------------------------------
# Sources and date formats
# --------------------------------------------------------------------------

SOURCES = {
    'VN': (('crm', 30), ('web_form', 18), ('excel_import', 20), ('zalo', 15), ('pos', 10),
           ('trade_show', 4), ('facebook', 3)),
    'CN': (('crm', 30), ('wechat', 30), ('web_form', 15), ('excel_import', 10), ('trade_show', 10),
           ('pos', 5)),
    'TW': (('crm', 35), ('line', 25), ('web_form', 15), ('excel_import', 15), ('trade_show', 10)),
    'HK': (('crm', 35), ('whatsapp', 20), ('web_form', 20), ('excel_import', 15), ('pos', 10)),
    'US': (('crm', 40), ('web_form', 25), ('excel_import', 15), ('linkedin', 10), ('pos', 10)),
}
# Date styles by source: VN dd/mm/yyyy, ISO with minutes, CN 年月日, ...
DATE_STYLES = {
    'crm': (('iso_min', 60), ('iso_t', 20), ('iso', 20)),
    'web_form': (('iso_t', 50), ('iso_sec', 50)),
    'excel_import': (('dmy', 70), ('iso', 30)),
    'zalo': (('dmy', 60), ('dmy_min', 40)),
    'pos': (('dmy_min', 50), ('iso_min', 50)),
    'trade_show': (('dmy', 50), ('iso', 50)),
    'facebook': (('iso_t', 100),),
    'wechat': (('cjk', 60), ('cjk_min', 20), ('iso_min', 20)),
    'line': (('slash_ymd', 60), ('iso_min', 40)),
    'whatsapp': (('dmy', 60), ('iso_min', 40)),
    'linkedin': (('iso_t', 100),),
}


def format_date(style, ordinal, minute_of_day, region):
    d = date.fromordinal(ordinal)
    y, m, dd = d.year, d.month, d.day
    hh, mi = divmod(minute_of_day, 60)
    if style == 'dmy':
        if region == 'US':
            return f'{m:02d}/{dd:02d}/{y}'
        return f'{dd:02d}/{m:02d}/{y}'
    if style == 'dmy_min':
        return f'{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}'
    if style == 'iso':
        return f'{y}-{m:02d}-{dd:02d}'
    if style == 'iso_min':
        return f'{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}'
    if style == 'iso_sec':
        return f'{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}:{(minute_of_day * 7) % 60:02d}'
    if style == 'iso_t':
        return f'{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:00Z'
    if style == 'cjk':
        return f'{y}年{m}月{dd}日'
    if style == 'cjk_min':
        return f'{y}年{m}月{dd}日 {hh:02d}:{mi:02d}'
    if style == 'slash_ymd':
        return f'{y}/{m:02d}/{dd:02d}'
    raise ValueError(style)


# --------------------------------------------------------------------------
# Tables built once
# --------------------------------------------------------------------------


class Han:
    """One Chinese character (or compound surname) with its forms."""
    __slots__ = ('s', 't', 'py', 'gender', 'weight')

    def __init__(self, s, t, py, gender, weight=1.0):
        self.s, self.t, self.py, self.gender, self.weight = s, t, py, gender, weight

    @property
    def plain(self):
        return ''.join(pinyin_plain(p) for p in split_pinyin(self.py))

    @property
    def marked(self):
        return ''.join(pinyin_marked(p) for p in split_pinyin(self.py))


def _parse_han(block, with_weight):
    out, seen = [], set()
    for entry in block.replace('\n', '|').split('|'):
        f = entry.split()
        if not f:
            continue
        s, t, py = f[0], f[1], f[2]
        t = s if t == '=' else t
        if s in seen:
            continue
        seen.add(s)
        if with_weight:
            out.append(Han(s, t, py, 'u', float(f[3])))
        else:
            out.append(Han(s, t, py, f[3]))
    return out


class Tables:
    """Name lists and derived lookups; built from the built-in lists, plus
    ../shared/data/names when --names-dir is given."""

    def __init__(self, names_dir=None):
        self.vn_surname = Pick(_parse_weighted(VN_SURNAMES))
        self.vn_mid = {'m': Pick(_parse_weighted(VN_MIDDLE_M)), 'f': Pick(_parse_weighted(VN_MIDDLE_F))}
        self.vn_given = {'m': zipf_pick(_parse_list(VN_GIVEN_M), 0.8, 4),
                         'f': zipf_pick(_parse_list(VN_GIVEN_F), 0.8, 4)}
        self.vn_compound = {'m': None, 'f': None}   # from names-dir: "Phương Chi"

        self.given = _parse_han(CN_GIVEN, False)
        self.surnames = [h for h in _parse_han(CN_SURNAMES, True) if h.weight > 0]
        by_s = {h.s: h for h in self.surnames}
        self.cn_given = {g: Pick((h, 1.0) for h in self.given if h.gender in (g, 'u')) for g in 'mf'}
        self.cn_surname = Pick((h, h.weight) for h in self.surnames)
        self.tw_surname = Pick((h, TW_SURNAME_WEIGHTS.get(h.s, 4)) for h in self.surnames)
        self.hk_surname = Pick((by_s[s], w) for s, w in HK_SURNAME_WEIGHTS.items()
                               if by_s[s].t in HK_SURNAME_ROMAN)
        self.hk_given = {g: Pick((h, 1.0) for h in self.given
                                 if h.gender in (g, 'u') and h.t in HK_GIVEN_ROMAN) for g in 'mf'}
        self.han_by_s = {h.s: h for h in self.given}
        self.han_by_s.update(by_s)
        # homophones: same toneless pinyin, for input-method slips
        self.homophones = {}
        groups = {}
        for h in self.given:
            groups.setdefault(h.plain, []).append(h)
        for h in self.given:
            others = [o for o in groups[h.plain] if o is not h]
            if others:
                self.homophones[h.s] = others
        self.west_given = {'m': zipf_pick(_parse_list(WEST_GIVEN_M), 0.9, 5),
                           'f': zipf_pick(_parse_list(WEST_GIVEN_F), 0.9, 5)}
        self.west_surname = zipf_pick(_parse_list(WEST_SURNAMES), 0.9, 5)
        self.names_dir = None
        if names_dir:
            self._load_names_dir(names_dir)

    def _load_names_dir(self, d):
        """Use the public name lists (see ../shared/data/README.md) where present."""
        used = []
        for g, fname in (('m', 'boy.txt'), ('f', 'girl.txt')):
            path = os.path.join(d, fname)
            if os.path.exists(path):
                with open(path, encoding='utf-8') as f:
                    names = []
                    for line in f:
                        toks = nfc(line).split()
                        if 1 <= len(toks) <= 2 and all(t[:1].isupper() for t in toks):
                            names.append(' '.join(retone(t, TONE_MOD_TO_TRAD) for t in toks))
                if names:
                    self.vn_compound[g] = Pick((n, 1.0) for n in names)
                    used.append(fname)
        path = os.path.join(d, 'wainshine_Chinese_Family_Name_1k.csv')
        if os.path.exists(path):
            weights = {}
            with open(path, encoding='utf-8') as f:
                for row in csv.DictReader(f):
                    try:
                        weights[row['NameB']] = float(row['TF'])
                    except (KeyError, ValueError):
                        pass
            known = [(h, weights[h.s]) for h in self.surnames if h.s in weights]
            if known:
                self.cn_surname = Pick(known)
                used.append('wainshine_Chinese_Family_Name_1k.csv')
        path = os.path.join(d, 'sinonym_givenname_orcid.csv')
        if os.path.exists(path):
            extra = []
            trad = {h.t for h in self.given if h.t != h.s}
            with open(path, encoding='utf-8') as f:
                for row in csv.DictReader(f):
                    ch, py = row.get('character', ''), row.get('pinyin', '')
                    if len(ch) != 1 or not py[-1:].isdigit() or ch in self.han_by_s or ch in trad:
                        continue
                    try:
                        ppm = float(row['ppm'])
                    except (KeyError, ValueError):
                        continue
                    if ppm < 300:
                        continue
                    extra.append((Han(ch, ch, py.replace('ü', 'v'), 'u'), ppm))
            if extra:
                # keep the built-in (gendered, with Traditional forms) for 80% of draws
                for g in 'mf':
                    base = self.cn_given[g]
                    pairs = [(h, 4.0 * len(extra) / len(base.items)) for h in base.items]
                    pairs += [(h, 1.0) for h, _ in extra]
                    self.cn_given[g] = Pick(pairs)
                used.append('sinonym_givenname_orcid.csv')
        path = os.path.join(d, 'us_census_surnames_top10k.csv')
        if os.path.exists(path):
            pairs = []
            with open(path, encoding='utf-8') as f:
                for row in csv.DictReader(f):
                    name = row.get('name', '')
                    if not name.isalpha() or name in ('NGUYEN', 'TRAN', 'LE', 'PHAM', 'CHEN', 'WANG', 'LI',
                                                      'ZHANG', 'LIU', 'HUANG', 'LIN', 'WU', 'YANG'):
                        continue
                    try:
                        pairs.append((name.title().replace("Mc", "Mc"), float(row['count'])))
                    except (KeyError, ValueError):
                        continue
            if pairs:
                self.west_surname = Pick(pairs)
                used.append('us_census_surnames_top10k.csv')
        self.names_dir = used


# --------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------


class Company:
    __slots__ = ('cid', 'region', 'canonical', 'variants', 'domain', 'role_email', 'switchboard',
                 'city', 'address', 'ascii_name')


class Person:
    __slots__ = ('eid', 'culture', 'region', 'gender', 'name', 'mobile', 'mobile_old', 'mobile2',
                 'landline', 'personal_email', 'work_email', 'company', 'old_company',
                 'old_work_email', 'change_date', 'home', 'group', 'shared_email',
                 'colleague', 'english_name', 'doctor', 'n_records')


class Generator:
    def __init__(self, seed, tables, dup_rate=DEFAULT_DUP_RATE, negative_rates=None, rates=None):
        self.rng = random.Random(seed)
        self.t = tables
        self.dup_rate = dup_rate
        self.neg = dict(NEGATIVE_RATES if negative_rates is None else negative_rates)
        self.rates = dict(MESS_RATES if rates is None else rates)
        self.stats = {k: [0, 0] for k in self.rates}
        self.group_stats = {'same_name': [0, 0], 'family': [0, 0], 'colleagues': [0, 0]}
        self.used_emails = {}
        self.used_phones = {}
        self.used_domains = {}
        self.companies = {r: [] for r in ('VN', 'CN', 'TW', 'HK', 'US')}
        self.company_members = {r: [] for r in ('VN', 'CN', 'TW', 'HK', 'US')}
        self.next_eid = 1
        self.next_group = 1
        self.culture_pick = Pick(CULTURE_WEIGHTS)
        self.size_pick = Pick(CLUSTER_SIZE_WEIGHTS)
        self.vn_city_pick = Pick((c, c[1]) for c in VN_CITIES)
        self.cn_city_pick = Pick((c, c[4]) for c in CN_CITIES)
        self.tw_city_pick = Pick((c, c[4]) for c in TW_CITIES)
        self.us_city_pick = Pick((c, c[3]) for c in US_CITIES)
        self.country_pick = {'VN': Pick(VN_COUNTRY), 'CN': Pick(CN_COUNTRY), 'TW': Pick(TW_COUNTRY),
                             'HK': Pick(HK_COUNTRY), 'US': Pick(US_COUNTRY)}
        self.hk_city_pick = Pick(HK_CITY)
        self.source_pick = {r: Pick(v) for r, v in SOURCES.items()}
        self.date_style_pick = {s: Pick(v) for s, v in DATE_STYLES.items()}
        self.vn_mobile_pick = Pick(VN_MOBILE_PREFIXES)
        self.cn_mobile_pick = Pick(CN_MOBILE_PREFIXES)
        self.tw_mobile_pick = Pick(TW_MOBILE_PREFIXES)
        self.domain_pick = {r: Pick(v) for r, v in PERSONAL_DOMAINS.items()}
        self.vn_brands = [b.strip() for b in VN_BRANDS.replace('\n', '|').split('|') if b.strip()]
        self.vn_industry_pick = Pick((i, i[3]) for i in VN_INDUSTRIES)
        self.vn_legal_pick = Pick((l, l[3]) for l in VN_LEGAL)
        self.cn_brands = [tuple(e.split()) for e in CN_BRANDS.replace('\n', '|').split('|') if e.strip()]
        self.cn_industry_pick = Pick((i, i[3]) for i in CN_INDUSTRIES)
        self.west_words = [w.replace('-', ' ') for w in WEST_BRAND_WORDS.split()]
        self.west_legal_pick = Pick((l, l[2]) for l in WEST_LEGAL)
        # unit kinds: single entity or a hard-negative group, so that the share
        # of entities in each kind of group matches NEGATIVE_RATES
        means = {'same_name': 2.4, 'family': 2.7, 'colleagues': 4.0}
        s_total = sum(self.neg.values())
        e = 1.0 / ((1.0 - s_total) + sum(self.neg[k] / means[k] for k in self.neg))
        unit = [('single', (1.0 - s_total) * e)] + [(k, self.neg[k] / means[k] * e) for k in self.neg]
        self.unit_pick = Pick(unit)

    # -- mess bookkeeping ---------------------------------------------------

    def roll(self, tag, applied):
        st = self.stats[tag]
        st[0] += 1
        if self.rng.random() < self.rates[tag]:
            st[1] += 1
            applied.append(tag)
            return True
        return False

    # -- identifiers --------------------------------------------------------

    def _digits(self, n):
        r = self.rng.random
        return ''.join('0123456789'[int(r() * 10)] for _ in range(n))

    def _unique_phone(self, make):
        for _ in range(100):
            num = make()
            if num not in self.used_phones:
                self.used_phones[num] = True
                return num
        raise RuntimeError('phone space exhausted')

    def new_mobile(self, region, home=None):
        """National significant number (no trunk 0, no country code)."""
        rng = self.rng
        if region == 'VN':
            return self._unique_phone(lambda: self.vn_mobile_pick(rng) + self._digits(7))
        if region == 'CN':
            return self._unique_phone(lambda: self.cn_mobile_pick(rng) + self._digits(8))
        if region == 'TW':
            return self._unique_phone(lambda: self.tw_mobile_pick(rng) + self._digits(7))
        if region == 'HK':
            return self._unique_phone(lambda: choice(rng, HK_MOBILE_BLOCKS) + self._digits(5))
        codes = home['city'][2] if home is not None and home['region'] == 'US' else US_AREA_CODES
        return self._unique_phone(lambda: self._us_number(choice(rng, codes)))

    def _us_number(self, area):
        rng = self.rng
        while True:
            exch = str(randint(rng, 200, 999))
            if exch[1:] != '11' and exch != '555' and exch != '950' and exch != '958' and exch != '959':
                return area + exch + self._digits(4)

    def new_landline(self, region, city):
        rng = self.rng
        if region == 'VN':
            area = city[2][1:]
            if len(area) == 2:   # 024 / 028: 8-digit subscriber numbers
                return self._unique_phone(lambda: area + choice(rng, '3336622') + self._digits(7))
            return self._unique_phone(lambda: area + choice(rng, '33368') + self._digits(6))
        if region == 'CN':
            area = city[3][1:]
            # subscriber numbers 80xx-xxxx are not valid in Beijing/Shanghai
            return self._unique_phone(lambda: area + choice(rng, '2345678') + choice(rng, '123456789')
                                      + self._digits(6))
        if region == 'TW':
            area = city[3][1:]
            if area == '2':
                return self._unique_phone(lambda: area + choice(rng, '2345678') + self._digits(7))
            if area == '4':
                return self._unique_phone(lambda: area + choice(rng, '23') + self._digits(7))
            first = '23567' if area == '6' else '2345678'
            return self._unique_phone(lambda: area + choice(rng, first) + self._digits(6))
        if region == 'HK':
            return self._unique_phone(lambda: choice(rng, HK_FIXED_BLOCKS) + self._digits(5))
        return self._unique_phone(lambda: self._us_number(choice(rng, city[2])))

    def unique_email(self, local, domain, owner):
        """Make local@domain unique by its mailbox key (Gmail ignores dots)."""
        base = local
        for i in range(200):
            key_local = local.replace('.', '') if domain == 'gmail.com' else local
            key = key_local + '@' + domain
            if key not in self.used_emails:
                self.used_emails[key] = owner
                return local + '@' + domain
            if i < 3:
                local = base + str(randint(self.rng, 1, 99))
            else:
                local = base + str(randint(self.rng, 100, 99999))
        raise RuntimeError('email space exhausted')

    # -- places -------------------------------------------------------------

    def new_home(self, region, city=None):
        """An address as a dict of parts (in `city` if given); rendered per row."""
        rng = self.rng
        if region == 'VN':
            city = city or self.vn_city_pick(rng)
            district, wards = choice(rng, city[3])
            return {'region': 'VN', 'city': city, 'num': self._vn_house_number(city),
                    'street': choice(rng, city[4]), 'ward': choice(rng, wards),
                    'district': district}
        if region == 'CN':
            city = city or self.cn_city_pick(rng)
            return {'region': 'CN', 'city': city, 'district': choice(rng, city[5]),
                    'road': choice(rng, CN_ROADS), 'num': randint(rng, 1, 1500),
                    'floor': randint(rng, 2, 30) if rng.random() < 0.5 else 0}
        if region == 'TW':
            city = city or self.tw_city_pick(rng)
            return {'region': 'TW', 'city': city, 'district': choice(rng, city[5]),
                    'road': choice(rng, city[6]), 'num': randint(rng, 1, 300),
                    'floor': randint(rng, 2, 20) if rng.random() < 0.6 else 0}
        if region == 'HK':
            district = choice(rng, HK_DISTRICTS)
            return {'region': 'HK', 'district': district, 'road': choice(rng, district[3]),
                    'num': randint(rng, 1, 500), 'floor': randint(rng, 1, 40),
                    'flat': choice(rng, 'ABCDEFGH')}
        city = city or self.us_city_pick(rng)
        return {'region': 'US', 'city': city, 'num': randint(rng, 100, 9999),
                'street': choice(rng, US_STREETS), 'suffix': choice(rng, US_SUFFIX),
                'apt': randint(rng, 1, 40) if rng.random() < 0.3 else 0}

    def _vn_house_number(self, city):
        rng = self.rng
        n = randint(rng, 1, 400)
        u = rng.random()
        if u < 0.2:
            return f'{n}/{randint(rng, 1, 80)}'
        if u < 0.25:
            return f'{n}{choice(rng, "ABC")}'
        return str(n)

    def city_of(self, home):
        return home.get('city')

    # -- names --------------------------------------------------------------

    def new_vn_name(self, gender):
        rng, t = self.rng, self.t
        sur = t.vn_surname(rng)
        if t.vn_compound[gender] is not None and rng.random() < 0.5:
            given = t.vn_compound[gender](rng)
            mids = ()
            if rng.random() < 0.3:
                mids = ('Thị',) if gender == 'f' else ('Văn',)
            toks = given.split()
            return {'sur': sur, 'mids': mids + tuple(toks[:-1]), 'given': toks[-1]}
        mids = (t.vn_mid[gender](rng),)
        u = rng.random()
        if u < 0.08:
            mids = ()
        elif u < 0.2:
            second = t.vn_mid[gender](rng)
            if second in ('Thị', 'Văn'):          # Nguyễn Thị Ngọc Lan, not Ngọc Thị
                mids = (second,) + mids
            if second != mids[0]:
                mids = mids + (second,)
        return {'sur': sur, 'mids': mids, 'given': t.vn_given[gender](rng)}

    def new_cn_name(self, region, gender):
        rng, t = self.rng, self.t
        if region == 'HK':
            sur = t.hk_surname(rng)
            pool = t.hk_given[gender]
            n = 2 if rng.random() < 0.9 else 1
        else:
            sur = t.tw_surname(rng) if region == 'TW' else t.cn_surname(rng)
            pool = t.cn_given[gender]
            n = 2 if rng.random() < (0.92 if region == 'TW' else 0.7) else 1
        given = [pool(rng)]
        while len(given) < n:
            h = pool(rng)
            if h.s != given[0].s or rng.random() < 0.1:
                given.append(h)
        return {'sur': sur, 'given': tuple(given)}

    def new_west_name(self, gender):
        rng, t = self.rng, self.t
        return {'first': t.west_given[gender](rng), 'last': t.west_surname(rng),
                'mi': choice(rng, 'ABCDEFGHJKLMNPRSTW') if rng.random() < 0.4 else ''}

    def new_name(self, culture, region, gender):
        if culture == 'vn':
            return self.new_vn_name(gender)
        if culture == 'west':
            return self.new_west_name(gender)
        return self.new_cn_name(culture.upper(), gender)

    # -- people -------------------------------------------------------------

    def new_person(self, culture=None, region=None, name=None, gender=None, home=None):
        rng = self.rng
        p = Person()
        p.eid = self.next_eid
        self.next_eid += 1
        p.culture = culture or self.culture_pick(rng)
        if region is None:
            region = {'vn': 'VN', 'cn': 'CN', 'tw': 'TW', 'hk': 'HK', 'west': 'US'}[p.culture]
            if p.culture == 'vn' and rng.random() < 0.05:
                region = 'US'
            elif p.culture == 'west':
                u = rng.random()
                region = 'VN' if u < 0.2 else ('HK' if u < 0.25 else 'US')
        p.region = region
        p.gender = gender or ('m' if rng.random() < 0.5 else 'f')
        p.name = name or self.new_name(p.culture, region, p.gender)
        p.english_name = ''
        if p.culture in ('hk', 'tw') and rng.random() < (0.6 if p.culture == 'hk' else 0.3):
            p.english_name = choice(rng, ENGLISH_NAMES_M if p.gender == 'm' else ENGLISH_NAMES_F)
        p.doctor = p.culture == 'west' and rng.random() < 0.05
        p.home = home or self.new_home(region)
        p.landline = ''
        p.group = ''
        p.shared_email = ''
        p.colleague = False
        p.company = None
        p.old_company = None
        p.work_email = ''
        p.old_work_email = ''
        p.change_date = 0
        p.personal_email = ''
        if rng.random() < 0.65:
            self.employ(p, rehome=home is None)
        p.mobile = self.new_mobile(region, p.home)
        p.mobile_old = ''
        if region == 'VN' and p.mobile[:2] in VN_RENUMBERED and rng.random() < 0.6:
            p.mobile_old = VN_RENUMBERED[p.mobile[:2]] + p.mobile[2:]
        p.mobile2 = self.new_mobile(region, p.home) if rng.random() < 0.12 else ''
        if rng.random() < 0.9:
            p.personal_email = self.personal_email(p)
        return p

    def employ(self, p, company=None, rehome=True):
        """Give p a job; most people live in the city they work in."""
        rng = self.rng
        if company is None:
            company = self.pick_company(p.region)
        p.company = company
        members = self.company_members[p.region]
        members.append(company)
        if rng.random() < 0.6:
            p.work_email = self.work_email(p, company)
        city = p.home.get('city')
        if (rehome and city is not None and company.city is not None and city is not company.city
                and rng.random() < 0.8):
            p.home = self.new_home(p.region, company.city)

    def pick_company(self, region):
        """Chinese-restaurant process: join a company in proportion to its
        size, or found a new one (sizes follow a power law)."""
        rng = self.rng
        members = self.company_members[region]
        if members and rng.random() < 0.6:
            return members[int(rng.random() * len(members))]
        return self.new_company(region)

    # -- name tokens for emails ---------------------------------------------

    def latin_parts(self, p):
        """(surname, given, initials) in lower-case ASCII for e-mail locals."""
        n = p.name
        if p.culture == 'vn':
            sur = fold(n['sur']).lower()
            given = fold(n['given']).lower()
            mids = [fold(m).lower() for m in n['mids']]
            return sur, given, mids
        if p.culture == 'west':
            return fold(n['last']).lower().replace("'", '').replace(' ', ''), fold(n['first']).lower(), []
        if p.culture == 'hk':
            sur = HK_SURNAME_ROMAN[n['sur'].t].lower().replace(' ', '')
            given = [HK_GIVEN_ROMAN[h.t].lower() for h in n['given']]
            return sur, ''.join(given), given
        if p.culture == 'tw':
            sur = self.tw_surname_roman(n['sur']).lower()
            given = [wade_giles(h.plain) for h in n['given']]
            return sur, ''.join(given), given
        sur = n['sur'].plain
        given = [h.plain for h in n['given']]
        return sur, ''.join(given), given

    def tw_surname_roman(self, h):
        if h.s in TW_SURNAME_ROMAN:
            return TW_SURNAME_ROMAN[h.s]
        return ''.join(wade_giles(pinyin_plain(s)) for s in split_pinyin(h.py)).title()

    def personal_email(self, p):
        rng = self.rng
        region = p.region
        dom_region = 'VN' if p.culture == 'vn' and region == 'VN' else region
        domain = self.domain_pick[dom_region](rng)
        sur, given, parts = self.latin_parts(p)
        year = randint(rng, 1965, 2004)
        if domain == 'qq.com' and rng.random() < 0.7:
            local = str(randint(rng, 1, 9)) + self._digits(randint(rng, 5, 9))
            return self.unique_email(local, domain, p.eid)
        if p.culture == 'vn':
            mids = ''.join(parts)
            initials = sur[:1] + ''.join(m[:1] for m in parts)
            forms = (f'{sur}{mids}{given}', f'{sur}.{".".join(parts + [given])}', f'{given}.{sur}',
                     f'{given}{sur}', f'{given}{initials}', f'{sur}{given}', f'{given}.{sur}{year % 100:02d}',
                     f'{given}{sur}{year % 100:02d}', f'{sur}{given}{year}', f'{given}{initials}{year % 100:02d}')
        elif p.culture == 'west':
            mi = p.name['mi'].lower()
            forms = (f'{given}.{sur}', f'{given[0]}{sur}', f'{given}{sur}', f'{sur}{given[0]}',
                     f'{given}.{sur}{year % 100:02d}', f'{given[0]}{sur}{randint(rng, 1, 99)}',
                     f'{given}{mi}{sur}' if mi else f'{given}_{sur}', f'{given}.{sur}')
        else:
            initials = sur[:1] + ''.join(g[:1] for g in parts)
            forms = (f'{sur}{given}', f'{given}.{sur}', f'{sur}.{given}', f'{initials}{year}',
                     f'{sur}{given}{year % 100:02d}', f'{given}{sur}', f'{initials}{year % 100:02d}',
                     f'{sur}{given}{randint(rng, 1, 999)}')
            if p.english_name and rng.random() < 0.5:
                en = p.english_name.lower()
                forms = (f'{en}{sur}', f'{en}.{sur}', f'{en}_{sur}{year % 100:02d}')
        local = choice(rng, forms).strip('.')
        return self.unique_email(local, domain, p.eid)

    def work_email(self, p, company):
        rng = self.rng
        sur, given, parts = self.latin_parts(p)
        if p.culture == 'vn':
            initials = sur[:1] + ''.join(m[:1] for m in parts)
            forms = (f'{given}.{initials}', f'{given}{initials}', f'{given}.{sur}', f'{sur}.{given}',
                     f'{given}')
        elif p.culture == 'west':
            forms = (f'{given}.{sur}', f'{given[0]}{sur}', f'{given}', f'{given}{sur[0]}')
        else:
            initials = ''.join(g[:1] for g in parts)
            forms = (f'{given}.{sur}', f'{sur}{given}', f'{sur}.{given}', f'{initials}{sur}')
            if p.english_name:
                en = p.english_name.lower()
                forms = (f'{en}.{sur}', f'{en}{sur[0]}', f'{en}')
        return self.unique_email(choice(rng, forms), company.domain, p.eid)

    # -- companies ----------------------------------------------------------

    def _domain(self, base, tlds, extras=()):
        """A free domain for a company: the brand, then brand + a word
        (industry, 'group', city ...), then brand + digits."""
        rng = self.rng
        base = ''.join(ch for ch in fold(base).lower() if ch.isalnum())
        words = [''.join(ch for ch in fold(w).lower() if ch.isalnum()) for w in extras]
        words += ['group', 'corp', 'co', 'global', 'intl', 'jsc' if '.vn' in tlds[0] else 'inc']
        for i in range(60):
            if i == 0:
                d = base
            elif i < 12:
                w = choice(rng, words)
                d = base + w if rng.random() < 0.8 else w + base
            else:
                d = base + str(randint(rng, 1, 99) if i < 30 else randint(rng, 100, 9999))
            d += choice(rng, tlds)
            if d not in self.used_domains:
                self.used_domains[d] = True
                return d
        raise RuntimeError('domain space exhausted')

    def new_company(self, region):
        rng = self.rng
        c = Company()
        c.cid = sum(len(v) for v in self.companies.values()) + 1
        c.region = region
        home = self.new_home(region)
        c.address = home
        c.city = home.get('city')
        if region == 'VN':
            brand = choice(rng, self.vn_brands)
            ind = self.vn_industry_pick(rng) if rng.random() < 0.75 else None
            legal = self.vn_legal_pick(rng)
            ind_full = (' ' + ind[0]) if ind else ''
            canonical = f'{legal[0]}{ind_full} {brand}'
            variants = [f'{choice(rng, legal[1])}{(" " + ind[1]) if ind else ""} {brand}',
                        f'{legal[0]} {brand}', f'{choice(rng, legal[1])} {brand}',
                        f'{fold(brand)}{(" " + ind[2]) if ind else ""} {legal[2]}',
                        canonical.upper(), brand, fold(canonical),
                        f'{brand} {legal[2]}']
            c.domain = self._domain(brand, ('.vn', '.com.vn', '.com', '.com.vn', '.vn'),
                                    (ind[1], ind[2].split()[0], 'vn', 'viet') if ind else ('vn', 'viet'))
        elif region in ('CN', 'TW'):
            brand = choice(rng, self.cn_brands)
            b_s, b_t, b_en = brand[0], (brand[0] if brand[1] == '=' else brand[1]), brand[2]
            ind = self.cn_industry_pick(rng)
            if region == 'CN':
                city = home['city']
                u = rng.random()
                legal_s, legal_en = (('有限公司', 'Co., Ltd.') if u < 0.7 else
                                     ('股份有限公司', 'Co., Ltd.') if u < 0.9 else ('有限责任公司', 'Co., Ltd.'))
                legal_t = legal_s.replace('责', '責')
                canonical = f'{city[0]}{b_s}{ind[0]}{legal_s}'
                trad = f'{city[1]}{b_t}{ind[1]}{legal_t}'
                en = f'{city[2]} {b_en} {ind[2]}'
                variants = [f'{b_s}{ind[0]}{legal_s}', f'{b_s}{ind[0]}', f'{city[0]}{b_s}',
                            f'{en} {legal_en}', f'{en} Co Ltd', f'{b_en} {ind[2]}', trad,
                            f'{city[0]}市{b_s}{ind[0]}{legal_s}', en.upper() + ' CO., LTD.']
                c.domain = self._domain(b_en, ('.com', '.com.cn', '.cn', '.net'),
                                        (city[2], ind[2].split()[0], 'china', city[2][:2]))
            else:
                legal_t, legal_en = ('股份有限公司', 'Co., Ltd.') if rng.random() < 0.8 else ('有限公司', 'Ltd.')
                prefix_t, prefix_en = ('台灣', 'Taiwan ') if rng.random() < 0.35 else ('', '')
                canonical = f'{prefix_t}{b_t}{ind[1]}{legal_t}'
                simp = f'{prefix_t.replace("灣", "湾")}{b_s}{ind[0]}{legal_t.replace("份", "份")}'
                en = f'{prefix_en}{b_en} {ind[2]}'
                variants = [f'{b_t}{ind[1]}', f'{en} {legal_en}', f'{en} Corp.', simp,
                            canonical.replace('台', '臺'), f'{b_t}', en.upper(), f'{en} Co Ltd']
                c.domain = self._domain(b_en, ('.com.tw', '.com', '.tw'), (ind[2].split()[0], 'tw', 'taiwan'))
        elif region == 'HK':
            brand = choice(rng, self.cn_brands)
            b_t = brand[0] if brand[1] == '=' else brand[1]
            ind = self.cn_industry_pick(rng)
            word = choice(rng, self.west_words)
            canonical = f'{b_t}{ind[1]}有限公司'
            en = f'{word} {ind[2]}'
            variants = [f'{en} Limited', f'{en} Ltd.', f'{en} Ltd', f'{b_t}{ind[1]}', f'香港{canonical}',
                        en.upper() + ' LIMITED', f'{brand[0]}{ind[0]}有限公司']
            c.domain = self._domain(word, ('.com.hk', '.com', '.hk'), ('hk', ind[2].split()[0], 'asia'))
        else:
            legal = self.west_legal_pick(rng)
            if rng.random() < 0.2:
                base = f'{self.t.west_surname(rng)} & {self.t.west_surname(rng)}'
            else:
                base = f'{choice(rng, self.west_words)} {choice(rng, WEST_INDUSTRIES)}'
            canonical = f'{base} {legal[0]}' if legal[0] != 'Group' else f'{base} Group'
            variants = [f'{base} {l}' if not l.startswith(',') else base + l for l in legal[1]]
            variants += [base, canonical.upper(), 'The ' + canonical if rng.random() < 0.2 else base]
            c.domain = self._domain(base.split(' & ')[0].replace(' ', ''), ('.com', '.com', '.net', '.io', '.co'),
                                    ('usa', 'hq', 'llc', 'team'))
        c.canonical = canonical
        c.variants = variants
        c.ascii_name = fold(canonical)
        c.role_email = choice(rng, ROLE_LOCALS[region]) + '@' + c.domain
        self.used_emails[c.role_email] = -c.cid
        c.switchboard = self.new_landline(region, c.city if c.city else None)
        self.companies[region].append(c)
        return c

    # -- units: singles and hard-negative groups -------------------------------

    def new_unit(self):
        kind = self.unit_pick(self.rng)
        if kind == 'single':
            return [self.new_person()]
        if kind == 'same_name':
            return self.same_name_group()
        if kind == 'family':
            return self.family_group()
        return self.colleague_group()

    def _group_size(self, lo, hi, weights):
        return self.rng.choices(range(lo, hi + 1), weights=weights)[0]

    def same_name_group(self):
        """Different people with one common name: different phones, emails,
        usually different cities; sometimes the same city or employer."""
        rng = self.rng
        culture = self.culture_pick(rng)
        n = self._group_size(2, 4, (70, 20, 10))
        gid = self.next_group
        self.next_group += 1
        if culture == 'vn':
            sur, mid, given, gender = choice(rng, VN_COMMON_NAMES)
            name = {'sur': sur, 'mids': (mid,), 'given': given}
        elif culture == 'west':
            first, last, gender = choice(rng, WEST_COMMON_NAMES)
            name = {'first': first, 'last': last, 'mi': ''}
        else:
            if culture == 'hk':
                while True:
                    sur, given, gender = choice(rng, CN_COMMON_NAMES)
                    hs = self.t.han_by_s[sur]
                    gs = [self.t.han_by_s[g] for g in given]
                    if hs.t in HK_SURNAME_ROMAN and all(g.t in HK_GIVEN_ROMAN for g in gs):
                        break
            else:
                sur, given, gender = choice(rng, CN_COMMON_NAMES)
            name = {'sur': self.t.han_by_s[sur], 'given': tuple(self.t.han_by_s[g] for g in given)}
        people = []
        shared_company = None
        first = None
        for i in range(n):
            home = None
            if first is not None and rng.random() < 0.3:
                # same city, different address
                home = self.new_home(first.region)
                if 'city' in first.home:
                    home['city'] = first.home['city']
            p = self.new_person(culture=culture, region=first.region if first else None,
                                name=dict(name), gender=gender, home=home)
            if first is None:
                first = p
                if p.company is not None and rng.random() < 0.15:
                    shared_company = p.company
            elif shared_company is not None:
                self.employ(p, shared_company)
            p.group = f'same_name:{gid}'
            people.append(p)
        self.group_stats['same_name'][0] += 1
        self.group_stats['same_name'][1] += n
        return people

    def family_group(self):
        """A household: one address and landline; spouses keep their own
        surnames (VN/CN), children take the father's; sometimes one shared
        e-mail address."""
        rng = self.rng
        culture = self.culture_pick(rng)
        n = self._group_size(2, 4, (45, 35, 20))
        gid = self.next_group
        self.next_group += 1
        head = self.new_person(culture=culture, gender='m')
        head.landline = self.new_landline(head.region, head.home.get('city'))
        people = [head]
        for i in range(1, n):
            gender = 'f' if i == 1 else ('m' if rng.random() < 0.5 else 'f')
            name = None
            # children take the father's surname; VN/CN wives keep their own,
            # Western wives take his (some keep a maiden-name e-mail)
            maiden = culture == 'west' and i == 1 and rng.random() < 0.4
            if i >= 2 or (culture == 'west' and not maiden):
                name = self.new_name(culture, head.region, gender)
                name['last' if culture == 'west' else 'sur'] = head.name['last' if culture == 'west' else 'sur']
            p = self.new_person(culture=culture, region=head.region, name=name, gender=gender,
                                home=head.home)
            if maiden:
                p.name['last'] = head.name['last']
            p.landline = head.landline
            people.append(p)
        if rng.random() < 0.15 and head.personal_email:
            for p in people[1:]:
                p.shared_email = head.personal_email
        for p in people:
            p.group = f'family:{gid}'
        self.group_stats['family'][0] += 1
        self.group_stats['family'][1] += n
        return people

    def colleague_group(self):
        """People at one company, entered from its switchboard and info@."""
        rng = self.rng
        culture = self.culture_pick(rng)
        n = self._group_size(3, 6, (40, 30, 20, 10))
        gid = self.next_group
        self.next_group += 1
        first = self.new_person(culture=culture)
        company = first.company or self.new_company(first.region)
        if first.company is None:
            self.employ(first, company)
        people = [first]
        for _ in range(1, n):
            c2 = culture if rng.random() < 0.85 else self.culture_pick(rng)
            p = self.new_person(culture=c2, region=first.region)
            if p.company is None or p.company is not company:
                p.work_email = ''
                self.employ(p, company, rehome=rng.random() < 0.7)
            people.append(p)
        for p in people:
            p.group = f'colleagues:{gid}'
            p.colleague = True
        self.group_stats['colleagues'][0] += 1
        self.group_stats['colleagues'][1] += n
        return people

    # -- rendering one row ------------------------------------------------------

    def render(self, p, when, minute):
        rng = self.rng
        roll = self.roll
        messes = []
        region = p.region
        source = self.source_pick[region](rng)
        company = p.company
        work_email = p.work_email
        if p.old_company is not None and when < p.change_date:
            company, work_email = p.old_company, p.old_work_email
            messes.append('company_old')

        phone = self.render_phone(p, when, source, company, messes)
        email = self.render_email(p, source, company, work_email, messes)
        name, ascii_row = self.render_name(p, messes)
        if (phone or email) and roll('name_missing', messes):
            name = ''

        # company
        comp = ''
        if company is not None and not roll('company_missing', messes):
            if roll('company_variant', messes):
                comp = choice(rng, company.variants)
            else:
                comp = company.canonical
            if ascii_row:
                comp = fold(comp)
        # address: the office for some rows of employed people
        home = p.home
        if company is not None and rng.random() < 0.3:
            home = company.address
        addr = ''
        if not roll('address_missing', messes):
            addr = self.render_address(home, roll('address_variant', messes))
            if ascii_row:
                addr = fold(addr)
        city = ''
        if not roll('city_missing', messes):
            city = self.render_city(home)
            if ascii_row:
                city = fold(city)
        country = ''
        if not roll('country_missing', messes):
            country = self.country_pick[region](rng)
            if ascii_row:
                country = fold(country)
        updated = ''
        if not roll('date_missing', messes):
            style = self.date_style_pick[source](rng)
            updated = format_date(style, when, minute, region)
        return (name, phone, email, comp, addr, city, country, updated, source), messes

    # names

    def render_name(self, p, messes):
        c = p.culture
        if c == 'vn':
            return self.render_vn_name(p, messes)
        if c == 'west':
            return self.render_west_name(p, messes), False
        return self.render_han_name(p, messes), False

    def _latin_case_space_typo(self, s, messes, allow_typo=True):
        rng, roll = self.rng, self.roll
        if roll('name_upper', messes):
            s = s.upper()
        elif roll('name_lower', messes):
            s = s.lower()
        if allow_typo and roll('name_typo', messes):
            s = self._typo(s)
        return s

    def _typo(self, s):
        rng = self.rng
        toks = s.split(' ')
        cand = [i for i, t in enumerate(toks) if len(t) >= 4 and t.isalpha()]
        if not cand:
            cand = [i for i, t in enumerate(toks) if len(t) >= 2]
            if not cand:
                return s
        i = choice(rng, cand)
        t = toks[i]
        j = randint(rng, 1, len(t) - 2) if len(t) > 2 else 1
        op = rng.random()
        if op < 0.35 and j + 1 < len(t):
            t2 = t[:j] + t[j + 1] + t[j] + t[j + 2:]        # swap
        elif op < 0.6:
            t2 = t[:j] + t[j + 1:]                           # drop
        elif op < 0.8:
            t2 = t[:j] + t[j] + t[j:]                        # double
        else:
            near = {'a': 's', 'e': 'r', 'i': 'o', 'o': 'i', 'u': 'y', 'n': 'm', 'm': 'n', 'h': 'g',
                    't': 'r', 'g': 'h', 'c': 'x', 'l': 'k', 'r': 't', 's': 'a', 'y': 'u', 'd': 'f'}
            ch = t[j]
            rep = near.get(ch.lower(), 'e')
            t2 = t[:j] + (rep.upper() if ch.isupper() else rep) + t[j + 1:]
        if t2 == t:
            t2 = t[:j] + t[j + 1:]
        toks[i] = t2
        return ' '.join(toks)

    def _spacing(self, s, messes):
        if ' ' in s and self.roll('name_extra_space', messes):
            u = self.rng.random()
            if u < 0.6:
                i = choice(self.rng, [k for k, ch in enumerate(s) if ch == ' '])
                return s[:i] + '  ' + s[i + 1:]
            if u < 0.8:
                return ' ' + s + ' '
            return s + ' '
        return s

    def render_vn_name(self, p, messes):
        rng, roll = self.rng, self.roll
        n = p.name
        sur, mids, given = n['sur'], list(n['mids']), n['given'].split()
        if mids and roll('name_no_middle', messes):
            mids = []
        if roll('name_order', messes):
            u = rng.random()
            if u < 0.4:
                toks = given + [sur] + mids           # An Nguyễn Văn
            elif u < 0.7:
                toks = mids + given + [sur]           # Văn An Nguyễn
            else:
                toks = given + [sur]                  # An Nguyễn
        elif p.region == 'US' and rng.random() < 0.5:
            toks = given + [sur]                       # Việt kiều: An Nguyen
            messes.append('name_us_order')
        else:
            toks = [sur] + mids + given
        if any(has_open_tone_syllable(t) for t in toks) and roll('name_tone_modern', messes):
            toks = [retone(t, TONE_TRAD_TO_MOD) for t in toks]
        s = ' '.join(toks)
        s = self._latin_case_space_typo(s, messes)
        ascii_row = False
        if roll('name_ascii', messes):
            s = fold(s)
            ascii_row = rng.random() < 0.7
            if ascii_row:
                messes.append('row_ascii')
        else:
            if s != fold(s) and roll('name_partial_ascii', messes):
                toks = s.split(' ')
                idx = [i for i, t in enumerate(toks) if fold(t) != t]
                i = choice(rng, idx)
                toks[i] = fold(toks[i])
                s = ' '.join(toks)
            if ('Đ' in s) and roll('name_eth', messes):
                s = s.replace('Đ', '\u00d0')
            if s != unicodedata.normalize('NFD', s) and roll('name_nfd', messes):
                s = unicodedata.normalize('NFD', s)
        if roll('name_honorific', messes):
            h = choice(rng, VN_HONORIFICS_M if p.gender == 'm' else VN_HONORIFICS_F)
            if ascii_row or s == fold(s):
                h = fold(h)
            s = h + ' ' + s
        return self._spacing(s, messes), ascii_row

    def render_west_name(self, p, messes):
        rng, roll = self.rng, self.roll
        n = p.name
        first = n['first']
        nicks = WEST_NICKNAMES.get(first)
        if nicks and roll('name_nickname', messes):
            first = choice(rng, nicks)
        mi = n['mi'] if n['mi'] and rng.random() < 0.5 else ''
        last = n['last']
        if roll('name_comma_order', messes):
            u = rng.random()
            if u < 0.5:
                s = f'{last}, {first}' + (f' {mi}.' if mi else '')
            elif u < 0.8:
                s = f'{last.upper()} {first}'
            else:
                s = f'{last} {first}'
        else:
            s = f'{first} {mi}. {last}' if mi else f'{first} {last}'
        s = self._latin_case_space_typo(s, messes)
        if roll('name_honorific', messes):
            if p.doctor and rng.random() < 0.7:
                h = choice(rng, ('Dr', 'Dr.'))
            elif p.region == 'VN' and rng.random() < 0.3:
                h = 'Ông' if p.gender == 'm' else 'Bà'
            else:
                h = choice(rng, ('Mr', 'Mr.')) if p.gender == 'm' else choice(rng, ('Ms', 'Ms.', 'Mrs', 'Mrs.'))
            s = h + ' ' + s
        return self._spacing(s, messes)

    def render_han_name(self, p, messes):
        rng, roll = self.rng, self.roll
        n = p.name
        sur, given = n['sur'], list(n['given'])
        c = p.culture
        if roll('han_latin', messes):
            western = roll('han_western_order', messes)
            if c == 'hk':
                sur_l = HK_SURNAME_ROMAN[sur.t]
                syl = [HK_GIVEN_ROMAN[h.t] for h in given]
                if p.english_name and rng.random() < 0.6:
                    messes.append('latin_english_name')
                    u = rng.random()
                    if u < 0.6:
                        s = f'{p.english_name} {sur_l}'
                    elif u < 0.8:
                        s = f'{sur_l} {" ".join(syl)} {p.english_name}'
                    else:
                        s = f'{p.english_name} {sur_l} {"-".join(syl).capitalize()}'
                else:
                    messes.append('latin_cantonese')
                    g = ' '.join(syl) if rng.random() < 0.5 else '-'.join(syl).capitalize()
                    s = f'{g} {sur_l}' if western else f'{sur_l} {g}'
            elif c == 'tw' and rng.random() < 0.7:
                sur_l = self.tw_surname_roman(sur)
                syl = [wade_giles(h.plain) for h in given]
                if p.english_name and rng.random() < 0.4:
                    messes.append('latin_english_name')
                    s = f'{p.english_name} {sur_l}'
                else:
                    messes.append('latin_wade_giles')
                    u = rng.random()
                    g = ('-'.join(s_.capitalize() for s_ in syl) if u < 0.5 else
                         '-'.join(syl).capitalize() if u < 0.85 else ''.join(syl).capitalize())
                    s = f'{g} {sur_l}' if western else f'{sur_l} {g}'
            else:
                tones = c == 'cn' and roll('han_pinyin_tones', messes)
                messes.append('latin_pinyin')
                if tones:
                    sur_l = sur.marked.capitalize()
                    g = ''.join(h.marked for h in given).capitalize()
                else:
                    sur_l = sur.plain.capitalize()
                    u = rng.random()
                    if u < 0.8 or len(given) == 1:
                        g = ''.join(h.plain for h in given).capitalize()
                    elif u < 0.92:
                        g = ' '.join(h.plain.capitalize() for h in given)
                    else:
                        g = '-'.join(h.plain for h in given).capitalize()
                if not western and not tones and rng.random() < 0.12:
                    sur_l = sur_l.upper()
                s = f'{g} {sur_l}' if western else f'{sur_l} {g}'
            s = self._latin_case_space_typo(s, messes)
            if roll('name_honorific', messes):
                s = choice(rng, ('Mr', 'Mr.', 'Mr')) + ' ' + s if p.gender == 'm' else \
                    choice(rng, ('Ms', 'Ms.', 'Mrs', 'Miss')) + ' ' + s
            return self._spacing(s, messes)
        native_trad = c in ('tw', 'hk')
        trad = native_trad != roll('han_other_script', messes)
        swappable = [i for i, h in enumerate(given) if h.s in self.t.homophones]
        if swappable and roll('han_homophone', messes):
            i = choice(rng, swappable)
            given[i] = choice(rng, self.t.homophones[given[i].s])
        if trad:
            s = sur.t + ''.join(h.t for h in given)
        else:
            s = sur.s + ''.join(h.s for h in given)
        if roll('name_honorific', messes):
            s += choice(rng, CN_HONORIFIC_HAN_M if p.gender == 'm' else CN_HONORIFIC_HAN_F)
        if roll('name_extra_space', messes):
            k = len(sur.s)
            s = s[:k] + ' ' + s[k:]
        return s

    # phones

    def render_phone(self, p, when, source, company, messes):
        rng, roll = self.rng, self.roll
        if roll('phone_missing', messes):
            return ''
        region = p.region
        numbers = []   # (nsn, kind); 'main' is the main mobile
        mob = p.mobile
        u = rng.random()
        if p.landline and u < 0.35:
            numbers.append((p.landline, 'landline'))
            messes.append('phone_landline')
        elif company is not None and (u < 0.05 or (p.colleague and u < 0.3)):
            numbers.append((company.switchboard, 'switchboard'))
            messes.append('phone_switchboard')
        elif p.mobile2 and u < 0.6:
            numbers.append((p.mobile2, 'mobile'))
            messes.append('phone_mobile2')
        else:
            numbers.append((mob, 'main'))
        extra = []
        if numbers[0][1] in ('mobile', 'main'):
            if p.landline:
                extra.append((p.landline, 'landline'))
            if p.mobile2:
                extra.append((p.mobile2, 'mobile') if numbers[0][0] != p.mobile2 else (mob, 'main'))
            if company is not None:
                extra.append((company.switchboard, 'switchboard'))
        else:
            extra.append((mob, 'main'))
        if extra and roll('phone_two_numbers', messes):
            numbers.append(choice(rng, extra))
            tag = {'landline': 'phone_landline', 'switchboard': 'phone_switchboard'}.get(numbers[1][1])
            if numbers[1][0] == p.mobile2:
                tag = 'phone_mobile2'
            if tag and tag not in messes:
                messes.append(tag)
        old = False
        if p.mobile_old and any(k == 'main' for _, k in numbers):
            # a pre-2018 11-digit number: nearly always on rows from before the
            # switch, sometimes still on later ones (copied from old lists)
            old = roll('phone_old11_before_2018' if when < RENUMBER_DATE else 'phone_old11_after_2018',
                       messes)
            if old:
                messes.append('phone_old11')
        numbers = [((p.mobile_old, 'old') if old else (n, 'mobile')) if k == 'main' else (n, k)
                   for n, k in numbers]
        intl = roll('phone_intl', messes)
        trunk0 = intl and region in ('VN', 'TW') and roll('phone_intl_trunk0', messes)
        cells = []
        for nsn, kind in numbers:
            cell = self.format_phone(region, nsn, kind, intl, trunk0)
            if kind == 'switchboard' and roll('phone_ext', messes):
                cell += choice(rng, PHONE_EXT[region]).format(randint(rng, 10, 399))
            cells.append(cell)
        sep = choice(rng, VN_SEPARATORS if region == 'VN' else PHONE_SEPARATORS)
        s = sep.join(cells)
        if roll('phone_fullwidth', messes):
            s = s.translate(FULLWIDTH)
        if roll('phone_label', messes):
            s = choice(rng, PHONE_LABELS[region]) + s
        return s

    def format_phone(self, region, nsn, kind, intl, trunk0):
        rng = self.rng
        u = rng.random()
        if region == 'VN':
            if kind == 'old':
                nat = '0' + nsn
                groups = (nat[:4], nat[4:7], nat[7:])
            elif kind in ('landline', 'switchboard'):
                alen = 2 if nsn[:2] in ('24', '28') else 3
                nat = '0' + nsn
                groups = (nat[:alen + 1], nat[alen + 1:alen + 5], nat[alen + 5:])
            else:
                nat = '0' + nsn
                groups = (nat[:4], nat[4:7], nat[7:]) if u < 0.8 else (nat[:3], nat[3:6], nat[6:])
            if intl:
                g = (groups[0][1:],) + groups[1:]
                if trunk0:
                    return '+84 (0) ' + '-'.join(g)
                w = rng.random()
                if w < 0.45:
                    return '+84 ' + ' '.join(g)
                if w < 0.65:
                    return '+84' + nsn
                if w < 0.8:
                    return '0084 ' + ' '.join(g)
                if w < 0.9:
                    return '84' + nsn
                return '(+84) ' + nsn
            w = rng.random()
            if w < 0.45:
                return ' '.join(groups)
            if w < 0.7:
                return nat
            if w < 0.85:
                return '.'.join(groups)
            if kind in ('landline', 'switchboard') and w < 0.95:
                return f'({groups[0]}) {groups[1]} {groups[2]}'
            return '-'.join(groups)
        if region == 'CN':
            if kind == 'mobile':
                groups = (nsn[:3], nsn[3:7], nsn[7:])
                nat = nsn
            else:
                alen = 2 if nsn[0] in '12' else 3
                groups = ('0' + nsn[:alen], nsn[alen:alen + 4], nsn[alen + 4:])
                nat = '0' + nsn
            if intl:
                w = rng.random()
                g = ((groups[0][1:],) + groups[1:]) if kind != 'mobile' else groups
                if w < 0.4:
                    return '+86 ' + ' '.join(g)
                if w < 0.6:
                    return '+86 ' + nsn
                if w < 0.75:
                    return '+86-' + '-'.join(g)
                if w < 0.88:
                    return '0086 ' + nsn
                return '(+86)' + nsn
            w = rng.random()
            if kind == 'mobile':
                return ' '.join(groups) if w < 0.4 else (nat if w < 0.8 else '-'.join(groups))
            if w < 0.5:
                return f'{groups[0]}-{groups[1]}{groups[2]}'
            if w < 0.8:
                return f'({groups[0]}) {groups[1]} {groups[2]}'
            return f'{groups[0]}-{groups[1]} {groups[2]}'
        if region == 'TW':
            if kind == 'mobile':
                nat = '0' + nsn
                groups = (nat[:4], nat[4:7], nat[7:])
            else:
                alen = 1
                nat = '0' + nsn
                groups = ('0' + nsn[:alen], nsn[alen:-4], nsn[-4:])
            if intl:
                w = rng.random()
                g = (groups[0][1:],) + groups[1:]
                if trunk0:
                    return '+886 (0)' + ' '.join(g)
                if w < 0.5:
                    return '+886 ' + ' '.join(g)
                if w < 0.8:
                    return '+886-' + '-'.join(g)
                return '+886' + nsn
            w = rng.random()
            if kind == 'mobile':
                return '-'.join(groups) if w < 0.5 else (' '.join(groups) if w < 0.75 else nat)
            return f'({groups[0]}) {groups[1]}-{groups[2]}' if w < 0.5 else f'{groups[0]}-{groups[1]}-{groups[2]}'
        if region == 'HK':
            a, b = nsn[:4], nsn[4:]
            if intl:
                w = rng.random()
                if w < 0.5:
                    return f'+852 {a} {b}'
                if w < 0.7:
                    return f'+852-{a}-{b}'
                if w < 0.85:
                    return f'(852) {a} {b}'
                return f'852{nsn}'
            w = rng.random()
            return f'{a} {b}' if w < 0.6 else (nsn if w < 0.85 else f'{a}-{b}')
        # US
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            w = rng.random()
            if w < 0.4:
                return f'+1 {a} {b} {c}'
            if w < 0.6:
                return f'+1 ({a}) {b}-{c}'
            if w < 0.8:
                return f'1-{a}-{b}-{c}'
            return f'+1{nsn}'
        w = rng.random()
        if w < 0.4:
            return f'({a}) {b}-{c}'
        if w < 0.7:
            return f'{a}-{b}-{c}'
        if w < 0.8:
            return f'{a}.{b}.{c}'
        if w < 0.9:
            return f'{a} {b} {c}'
        return nsn

    # emails

    def render_email(self, p, source, company, work_email, messes):
        rng, roll = self.rng, self.roll
        if roll('email_missing', messes):
            return ''
        if source in ('zalo', 'pos') and roll('email_not_asked', messes):
            return ''
        choices = []
        if p.personal_email:
            choices.append(p.personal_email)
        if work_email:
            choices.append(work_email)
        u = rng.random()
        if company is not None and ((p.colleague and u < 0.35) or u < 0.03):
            e = company.role_email
            messes.append('email_role')
        elif p.shared_email and u < 0.5:
            e = p.shared_email
            messes.append('email_shared_family')
        elif choices:
            e = choices[int(rng.random() * len(choices))]
        else:
            return ''
        local, domain = e.split('@')
        if domain == 'gmail.com':
            if roll('email_gmail_dots', messes):
                if '.' in local:
                    local = local.replace('.', '') if rng.random() < 0.7 else local.replace('.', '', 1)
                else:
                    local = self._add_dot(p, local)
            if roll('email_googlemail', messes):
                domain = choice(rng, ('googlemail.com', 'googlemail.com', 'GoogleMail.com'))
        if roll('email_plus_tag', messes):
            local = local + '+' + choice(rng, PLUS_TAGS)
        if domain in TYPO_DOMAINS and roll('email_typo_domain', messes):
            domain = choice(rng, TYPO_DOMAINS[domain])
        s = local + '@' + domain
        if roll('email_case', messes):
            u = rng.random()
            if u < 0.7:
                s = '.'.join(x.capitalize() for x in local.split('.')) + '@' + domain.capitalize()
            else:
                s = s.upper()
        if roll('email_mailto', messes):
            s = choice(rng, ('mailto:', 'Mailto:', 'MAILTO:')) + s
        if roll('email_whitespace', messes):
            s = choice(rng, ('  ', ' ', '\t')) + s + choice(rng, ('', ' ', '  '))
        return s

    def _add_dot(self, p, local):
        """nguyenvanan -> nguyen.vanan: a dot after a name part, as people
        write their Gmail address (Gmail ignores dots)."""
        sur, given, parts = self.latin_parts(p)
        cuts = []
        for part in [sur, given] + list(parts):
            if len(part) < 2:
                continue
            i = local.find(part)
            while i >= 0:
                for c in (i, i + len(part)):
                    if 0 < c < len(local) and local[c - 1] != '.' and local[c] != '.':
                        cuts.append(c)
                i = local.find(part, i + 1)
        if not cuts:
            cuts = [i for i in range(2, len(local) - 1)
                    if local[i - 1].isalpha() != local[i].isalpha()] or [len(local) // 2]
        c = cuts[int(self.rng.random() * len(cuts))]
        return local[:c] + '.' + local[c:]

    # addresses

    def render_address(self, h, variant):
        rng = self.rng
        r = h['region']
        if r == 'VN':
            city = h['city']
            num, street, ward, district = h['num'], h['street'], h['ward'], h['district']
            hanoi = city[0] == 'Hà Nội'
            canonical = (f'Số {num} {street}, {ward}, {district}' if hanoi
                         else f'{num} {street}, {ward}, {district}')
            if not variant:
                return canonical
            ward_s = ward.replace('Phường ', 'P. ')
            dist_s = district.replace('Quận ', 'Q. ').replace('TP. ', 'TP ')
            u = rng.random()
            if u < 0.3:
                return f'{num} {street}, {ward_s}, {dist_s}'
            if u < 0.45:
                d = district.replace('Quận ', 'Q.') if district[-1].isdigit() else dist_s
                return f'{num} {street}, {d}'
            if u < 0.6:
                return f'{num} {street}'
            if u < 0.75:
                return f'{canonical}, {city[0]}'
            if u < 0.85:
                return fold(f'{num} {street}, {ward}, {district}')
            if u < 0.93:
                return f'{num} {street}, {ward_s}, {dist_s}, {choice(rng, city[5])}'.upper()
            return f'{num} Đường {street}, {ward}, {district}'
        if r == 'CN':
            city = h['city']
            dist = h['district']
            road = h['road']
            fl = f'{h["floor"]}楼' if h['floor'] else ''
            canonical = f'{city[0]}市{dist[0]}{road[0]}{h["num"]}号{fl}'
            if not variant:
                return canonical
            u = rng.random()
            if u < 0.3:
                return f'{dist[0]}{road[0]}{h["num"]}号{fl}'
            if u < 0.5:
                return f'{road[0]}{h["num"]}号'
            if u < 0.7:
                fl_en = f'{h["floor"]}F, ' if h['floor'] else ''
                return f'{fl_en}No. {h["num"]} {road[2]}, {dist[2]}, {city[2]}'
            if u < 0.85:
                return f'{h["num"]} {road[2]}, {dist[2]}'
            return f'{city[0]}{dist[0]}{road[0]}{h["num"]}号'
        if r == 'TW':
            city = h['city']
            dist = h['district']
            road = h['road']
            fl = f'{h["floor"]}樓' if h['floor'] else ''
            canonical = f'{city[0]}{dist[0]}{road[0]}{h["num"]}號{fl}'
            if not variant:
                return canonical
            u = rng.random()
            if u < 0.3:
                return canonical.replace('台', '臺')
            if u < 0.6:
                fl_en = f'{h["floor"]}F., ' if h['floor'] else ''
                return f'{fl_en}No. {h["num"]}, {road[1]}, {dist[1]}, {city[2]}'
            if u < 0.8:
                return f'{dist[0]}{road[0]}{h["num"]}號'
            return f'{city[0]}{dist[0]}{road[0]}{h["num"]}號{h["floor"] or 1}F'
        if r == 'HK':
            dist, road = h['district'], h['road']
            canonical = f'{dist[2]}{dist[0]}{road[0]}{h["num"]}號{h["floor"]}樓{h["flat"]}室'
            if not variant:
                return canonical
            u = rng.random()
            if u < 0.5:
                return f'Flat {h["flat"]}, {h["floor"]}/F, {h["num"]} {road[1]}, {dist[1]}'
            if u < 0.7:
                return f'{h["floor"]}/F {h["flat"]}, {h["num"]} {road[1]}, {dist[1]}, Hong Kong'
            return f'{dist[0]}{road[0]}{h["num"]}號'
        sfx = h['suffix']
        apt = f', Apt {h["apt"]}' if h['apt'] else ''
        canonical = f'{h["num"]} {h["street"]} {sfx[1]}{apt}'
        if not variant:
            return canonical
        u = rng.random()
        if u < 0.35:
            return f'{h["num"]} {h["street"]} {sfx[0]}' + (f' #{h["apt"]}' if h['apt'] else '')
        if u < 0.55:
            return canonical.upper()
        if u < 0.75:
            return f'{h["num"]} {h["street"]} {sfx[1]}.' + (f' Unit {h["apt"]}' if h['apt'] else '')
        return f'{canonical}, {h["city"][0]}, {h["city"][1]}'

    def render_city(self, h):
        rng = self.rng
        r = h['region']
        if r == 'VN':
            city = h['city']
            return city[0] if rng.random() < 0.5 else choice(rng, city[5])
        if r == 'CN':
            city = h['city']
            u = rng.random()
            return city[0] if u < 0.45 else (city[0] + '市' if u < 0.7 else city[2])
        if r == 'TW':
            city = h['city']
            u = rng.random()
            return (city[0] if u < 0.35 else city[1] if u < 0.5 else city[0][:-1] if u < 0.7 else
                    city[2] if u < 0.9 else city[2].replace(' City', ''))
        if r == 'HK':
            return self.hk_city_pick(rng)
        city = h['city']
        u = rng.random()
        return city[0] if u < 0.6 else (f'{city[0]}, {city[1]}' if u < 0.85 else city[0].upper())

    # -- the whole set ------------------------------------------------------------

    def maybe_change_company(self, p, first_date, last_date):
        """Some people with several rows changed employer between them."""
        rng = self.rng
        if p.company is None or p.colleague or last_date - first_date < 60 or rng.random() >= 0.15:
            return
        old = p.company
        old_email = p.work_email
        new = self.pick_company(p.region)
        if new is old:
            new = self.new_company(p.region)
        p.old_company, p.old_work_email = old, old_email
        p.company = new
        p.work_email = self.work_email(p, new) if rng.random() < 0.7 else ''
        p.change_date = randint(rng, first_date + 1, last_date)

    def record_dates(self, k):
        """k row dates for one person, oldest first; CRM volume grows with time."""
        rng = self.rng
        span = END_DATE - START_DATE
        first = START_DATE + int(span * (rng.random() ** 0.6))
        if k == 1:
            return [first]
        # first row somewhat earlier for people with many rows
        first = START_DATE + int((first - START_DATE) * rng.random() ** (0.3 * (k - 1)))
        dates = [first] + sorted(randint(rng, first, END_DATE) for _ in range(k - 1))
        return dates

    def generate(self, n_rows):
        """Rows as (fields tuple, entity id, messes list, group)."""
        rng = self.rng
        out = []
        while len(out) < n_rows:
            for p in self.new_unit():
                if len(out) >= n_rows:
                    break
                k = self.size_pick(rng) if rng.random() < self.dup_rate else 1
                k = min(k, n_rows - len(out))
                dates = self.record_dates(k)
                if k > 1:
                    self.maybe_change_company(p, dates[0], dates[-1])
                for when in dates:
                    minute = int(rng.random() * 660) + 450    # 07:30 .. 18:30
                    fields, messes = self.render(p, when, minute)
                    out.append((fields, p.eid, messes, p.group, p.culture, p.region))
        rng.shuffle(out)
        return out


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

HEADER = ('id', 'full_name', 'phone', 'email', 'company', 'address', 'city', 'country',
          'updated_at', 'source')


def row_id(i):
    return f'C{i:07d}'


def entity_id(eid):
    return f'E{eid:07d}'


def write_outputs(rows, out, truth, meta=None, first_id=1):
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(HEADER)
        w.writerows((row_id(first_id + i),) + r[0] for i, r in enumerate(rows))
    if truth:
        with open(truth, 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\r\n')
            w.writerow(('id', 'entity_id'))
            w.writerows((row_id(first_id + i), entity_id(r[1])) for i, r in enumerate(rows))
    if meta:
        with open(meta, 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\r\n')
            w.writerow(('id', 'entity_id', 'culture', 'region', 'group', 'messes'))
            w.writerows((row_id(first_id + i), entity_id(r[1]), r[4], r[5], r[3], ';'.join(r[2]))
                        for i, r in enumerate(rows))


def summary(gen, rows):
    entities = {}
    for r in rows:
        entities[r[1]] = entities.get(r[1], 0) + 1
    sizes = {}
    for k in entities.values():
        sizes[k] = sizes.get(k, 0) + 1
    n_ent = len(entities)
    in_groups = {k: v[1] for k, v in gen.group_stats.items()}
    return {
        'rows': len(rows),
        'entities': n_ent,
        'cluster_sizes': {str(k): sizes[k] for k in sorted(sizes)},
        'duplicate_rows': len(rows) - n_ent,
        'hard_negative_groups': {k: {'groups': v[0], 'entities': v[1]} for k, v in gen.group_stats.items()},
        'hard_negative_entity_share': {k: round(v / max(1, gen.next_eid - 1), 4) for k, v in in_groups.items()},
        'mess_rates': {k: {'rate': gen.rates[k], 'eligible': v[0], 'applied': v[1],
                           'observed': round(v[1] / v[0], 4) if v[0] else None}
                       for k, v in gen.stats.items()},
        'names_dir_files': gen.t.names_dir,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--rows', type=int, default=20000, help='number of rows (default 20000)')
    ap.add_argument('--seed', type=int, default=1, help='random seed (default 1)')
    ap.add_argument('--out', required=True, help='contacts CSV to write')
    ap.add_argument('--truth', required=True, help='ground truth CSV to write (id,entity_id)')
    ap.add_argument('--meta', help='optional per-row CSV: id,entity_id,culture,region,group,messes')
    ap.add_argument('--stats', help='optional JSON summary: cluster sizes, groups, mess rates observed')
    ap.add_argument('--dup-rate', type=float, default=DEFAULT_DUP_RATE,
                    help=f'share of people with more than one row (default {DEFAULT_DUP_RATE})')
    ap.add_argument('--same-name-rate', type=float, default=NEGATIVE_RATES['same_name'],
                    help='share of people in same-name groups of distinct people')
    ap.add_argument('--family-rate', type=float, default=NEGATIVE_RATES['family'],
                    help='share of people in households sharing address and landline')
    ap.add_argument('--colleague-rate', type=float, default=NEGATIVE_RATES['colleagues'],
                    help='share of people in colleague groups sharing info@ and switchboard')
    ap.add_argument('--names-dir', help='directory with the public name lists '
                    '(../shared/data/names); built-in lists are used when absent')
    ap.add_argument('--quiet', action='store_true')
    args = ap.parse_args(argv)
    if args.rows < 1:
        ap.error('--rows must be positive')
    if not 0 <= args.dup_rate <= 1:
        ap.error('--dup-rate must be in [0, 1]')
    neg = {'same_name': args.same_name_rate, 'family': args.family_rate, 'colleagues': args.colleague_rate}
    if any(v < 0 for v in neg.values()) or sum(neg.values()) >= 1:
        ap.error('negative-group rates must be >= 0 and sum below 1')
    t0 = time.time()
    names_dir = args.names_dir if args.names_dir and os.path.isdir(args.names_dir) else None
    if args.names_dir and names_dir is None and not args.quiet:
        print(f'generate_contacts: {args.names_dir} not found, using built-in lists', file=sys.stderr)
    gen = Generator(args.seed, Tables(names_dir), dup_rate=args.dup_rate, negative_rates=neg)
    rows = gen.generate(args.rows)
    write_outputs(rows, args.out, args.truth, args.meta)
    if args.stats:
        with open(args.stats, 'w', encoding='utf-8') as f:
            json.dump(summary(gen, rows), f, ensure_ascii=False, indent=1)
    if not args.quiet:
        n_ent = len({r[1] for r in rows})
        print(f'generate_contacts: {len(rows)} rows, {n_ent} people, '
              f'{len(rows) - n_ent} duplicate rows, {time.time() - t0:.1f}s', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
