#!/usr/bin/env python3
"""Layout zoo: renders the JSON Resume gold CVs of the dev set as real documents (PDF, DOCX) in a dozen layouts,
made with real tools (Chromium, LibreOffice, pdfLaTeX), to measure how the parser does on document layouts.

usage: zoo.py GOLD_DIR OUT_DIR [--layouts a,b] [--list]
  GOLD_DIR  e.g. ../shared/corpus/dev/cvs (beside the project) (reads <id>.json: JSON Resume plus cvmatch's `meta`)
  OUT_DIR   writes OUT_DIR/<layout>/cvs/<id>.<pdf|docx|odt> with a copy of the gold <id>.json beside each, and the
            generated sources (HTML, flat ODF, LaTeX) in OUT_DIR/<layout>/src/
A layout whose tool is missing is skipped with a message, never faked. Python 3.11, standard library only.
The output is deterministic in content (no randomness, sorted inputs); PDF metadata such as creation dates may
still differ between runs.
"""
import argparse
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary, dates, languages: shared by every layout
# ---------------------------------------------------------------------------------------------------------------

FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
EN_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FR_FULL = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
           'novembre', 'décembre']
EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December']

# (French, English)
TEXT = {
    'profile': ('Profil', 'Profile'),
    'work': ('Expérience professionnelle', 'Work experience'),
    'education': ('Formation', 'Education'),
    'skills': ('Compétences', 'Skills'),
    'languages': ('Langues', 'Languages'),
    'certificates': ('Certifications', 'Certifications'),
    'interests': ("Centres d'intérêt", 'Interests'),
    'contact': ('Contact', 'Contact'),
    # Europass (2013 template) labels
    'eu_personal': ('Informations personnelles', 'Personal information'),
    'eu_job': ('Poste visé', 'Job applied for'),
    'eu_statement': ('Présentation personnelle', 'Personal statement'),
    'eu_work': ('Expérience professionnelle', 'Work experience'),
    'eu_education': ('Éducation et formation', 'Education and training'),
    'eu_skills': ('Compétences personnelles', 'Personal skills'),
    'eu_job_skills': ('Compétences professionnelles', 'Job-related skills'),
    'eu_additional': ('Informations complémentaires', 'Additional information'),
    'eu_mother': ('Langue(s) maternelle(s)', 'Mother tongue(s)'),
    'eu_other': ('Autre(s) langue(s)', 'Other language(s)'),
    'eu_understanding': ('Comprendre', 'Understanding'),
    'eu_speaking': ('Parler', 'Speaking'),
    'eu_writing': ('Écrire', 'Writing'),
    'eu_listening': ('Écouter', 'Listening'),
    'eu_reading': ('Lire', 'Reading'),
    'eu_interaction': ('Prendre part à une conversation', 'Spoken interaction'),
    'eu_production': ("S'exprimer oralement en continu", 'Spoken production'),
    'eu_levels': ('Niveaux : A1 et A2 : utilisateur élémentaire - B1 et B2 : utilisateur indépendant - '
                  'C1 et C2 : utilisateur expérimenté',
                  'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user'),
    'eu_cefr': ('Cadre européen commun de référence pour les langues',
                'Common European Framework of Reference for Languages'),
    # Europass online editor (2020 onwards) labels
    'eu2_about': ('À propos de moi', 'About me'),
    'eu2_work': ('Expérience professionnelle', 'Work experience'),
    'eu2_education': ('Éducation et formation', 'Education and training'),
    'eu2_languages': ('Compétences linguistiques', 'Language skills'),
    'eu2_digital': ('Compétences numériques', 'Digital skills'),
    'eu2_certs': ('Certifications', 'Licences and certifications'),
    'eu2_hobbies': ('Loisirs et centres d\'intérêt', 'Hobbies and interests'),
    'eu2_phone': ('Numéro de téléphone', 'Phone number'),
    'eu2_email': ('Adresse e-mail', 'Email address'),
    'eu2_address': ('Adresse', 'Address'),
    'eu2_website': ('Site web', 'Website'),
    'eu2_listening': ('Compréhension de l\'oral', 'Listening'),
    'eu2_reading': ('Lecture', 'Reading'),
    'eu2_writing': ('Écriture', 'Writing'),
    'eu2_production': ('Production orale', 'Spoken production'),
    'eu2_interaction': ('Interaction orale', 'Spoken interaction'),
    'eu2_levels': ('Niveaux : A1 et A2 : niveau élémentaire ; B1 et B2 : niveau indépendant ; C1 et C2 : niveau avancé',
                   'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user'),
    'eu2_current': ('Actuel', 'Current'),
    # résumé-builder card layout
    'card_achievements': ('Réalisations', 'Achievements'),
    # Jake's résumé (LaTeX)
    'jake_skills': ('Compétences techniques', 'Technical skills'),
}

# How an ongoing job ends, per wording (French, English)
PRESENT = {
    'present': ('Présent', 'Present'),
    'now': ("aujourd'hui", 'now'),
    'current': ('En cours', 'Current'),
    'today': ('à ce jour', 'to date'),
}
SINCE = ('Depuis', 'Since')


def fmt_date(iso, fr, style):
    """ISO 'YYYY' or 'YYYY-MM' -> display text. style: num (06/2022), abbr (juin 2022 / Jun 2022), Abbr (capitalised
    abbreviation), full (juin 2022 / June 2022), iso (2022-06)."""
    if len(iso) == 4:
        return iso
    year, month = iso[:4], int(iso[5:7])
    if style == 'num':
        return f'{month:02d}/{year}'
    if style == 'iso':
        return f'{year}-{month:02d}'
    names = (FR_FULL if fr else EN_FULL) if style == 'full' else (FR_ABBR if fr else EN_ABBR)
    name = names[month - 1]
    return f'{name.capitalize() if style == "Abbr" else name} {year}'


def date_range(start, end, fr, style='num', present='present', sep=' – '):
    """A period as displayed on a CV. present: a key of PRESENT, or 'since' for "Depuis 06/2022"."""
    if not start:
        return fmt_date(end, fr, style) if end else ''
    s = fmt_date(start, fr, style)
    if end:
        e = fmt_date(end, fr, style)
        return s if e == s else f'{s}{sep}{e}'
    if present == 'since':
        return f'{SINCE[0 if fr else 1]} {s}'
    word = PRESENT[present][0 if fr else 1]
    return f'{s}{sep}{word.capitalize() if style in ("Abbr", "num", "iso") else word}'


NATIVE_WORDS = ('nati', 'maternel', 'mother', 'bilingu')
FLUENCY_LEVELS = [  # (words in the fluency text, CEFR level); first match wins
    (('fluent', 'courant', 'advanced', 'avancé', 'full professional', 'très bon'), 'C1'),
    (('professional', 'professionnel', 'upper', 'good', 'bon niveau', 'opérationnel'), 'B2'),
    (('intermediate', 'intermédiaire', 'conversational'), 'B1'),
    (('basic', 'notions', 'elementary', 'scolaire', 'débutant', 'beginner'), 'A2'),
]


def is_test_score(fluency):
    """'TOEIC 820', 'IELTS 7.5': a language certificate rather than a level (Europass shows it under the grid)."""
    return bool(re.search(r'\d', fluency or '')) and not re.search(r'\b[ABC][12]\b', fluency)


def fluency_level(fluency):
    """Gold fluency text -> 'native' or a CEFR level (explicit level in the text first, then wording)."""
    text = (fluency or '').lower()
    if any(w in text for w in NATIVE_WORDS):
        return 'native'
    explicit = re.search(r'\b([abc][12])\b', text)
    if explicit:
        return explicit.group(1).upper()
    for words, level in FLUENCY_LEVELS:
        if any(w in text for w in words):
            return level
    return 'B1'


class Cv:
    """Read-only view of one gold CV with the wording helpers the layouts share."""

    def __init__(self, gold):
        self.gold = gold
        self.meta = gold.get('meta', {})
        self.id = self.meta['id']
        self.fr = self.meta.get('lang') == 'fr'
        self.lang = 'fr' if self.fr else 'en'
        b = gold.get('basics', {})
        self.name = b.get('name', '')
        self.label = b.get('label')
        self.email = b.get('email')
        self.phone = b.get('phone')
        self.city = (b.get('location') or {}).get('city')
        self.summary = b.get('summary')
        self.profiles = [p['url'] for p in b.get('profiles', []) if p.get('url')]
        self.work = gold.get('work', [])
        self.education = gold.get('education', [])
        self.skills = [s for s in gold.get('skills', []) if s.get('keywords') or s.get('name')]
        self.languages = gold.get('languages', [])
        self.certificates = gold.get('certificates', [])
        self.interests = [i['name'] for i in gold.get('interests', []) if i.get('name')]

    def t(self, key):
        return TEXT[key][0 if self.fr else 1]

    def colon(self):
        """French typography puts a space before a colon."""
        return ' :' if self.fr else ':'

    def work_dates(self, i, style, present='present', sep=' – '):
        """Dates of work[i]; style 'gold' reuses the wording of the original CV (meta.work_dates_display)."""
        shown = self.meta.get('work_dates_display') or []
        if style == 'gold' and i < len(shown):
            return shown[i]
        w = self.work[i]
        return date_range(w.get('startDate'), w.get('endDate'), self.fr, 'num' if style == 'gold' else style,
                          present, sep)

    def education_dates(self, i, style, sep=' – '):
        shown = self.meta.get('education_dates_display') or []
        if style == 'gold' and i < len(shown):
            return shown[i]
        ed = self.education[i]
        return date_range(ed.get('startDate'), ed.get('endDate'), self.fr, 'num' if style == 'gold' else style,
                          sep=sep)

    def degree(self, ed, joiner=None):
        """'Master en Informatique' / 'MSc in Computer Science', or studyType + joiner + area."""
        deg, area = ed.get('studyType') or '', ed.get('area') or ''
        if deg and area:
            return f'{deg}{joiner}{area}' if joiner else f'{deg} {"en" if self.fr else "in"} {area}'
        return deg or area

    def company_city(self, w, sep=', '):
        return sep.join(x for x in (w.get('name'), w.get('location')) if x)

    def skill_line(self, s, sep=', '):
        kws = sep.join(s.get('keywords', []))
        return f'{s["name"]}{self.colon()} {kws}' if s.get('name') and kws else (s.get('name') or kws)

    def language_line(self, lang):
        return (f'{lang["language"]}{self.colon()} {lang["fluency"]}' if lang.get('fluency')
                else lang['language'])

    def certificate_line(self, c, style='num', sep=', '):
        date = fmt_date(c['date'], self.fr, style) if c.get('date') else None
        return sep.join(x for x in (c.get('name'), c.get('issuer'), date) if x)

    def language_levels(self):
        """[(language, fluency, level)], level 'native' or CEFR; from meta.language_levels when it lines up with the
        languages list, else from the fluency wording."""
        meta_levels = list((self.meta.get('language_levels') or {}).values())
        if len(meta_levels) != len(self.languages):
            meta_levels = [None] * len(self.languages)
        return [(lang['language'], lang.get('fluency') or '',
                 lvl if lvl in ('native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2') else fluency_level(lang.get('fluency')))
                for lang, lvl in zip(self.languages, meta_levels)]

    def contact(self):
        return [x for x in (self.email, self.phone, self.city) if x]


def load_gold(gold_dir):
    cvs = []
    for path in sorted(glob.glob(os.path.join(gold_dir, '*.json'))):
        with open(path, encoding='utf-8') as fh:
            cvs.append((path, Cv(json.load(fh))))
    return cvs


# ---------------------------------------------------------------------------------------------------------------
# HTML layouts (Chromium headless -> PDF)
# ---------------------------------------------------------------------------------------------------------------

def e(text):
    return html.escape(text or '', quote=True)


def html_doc(cv, css, body, margin='14mm 15mm'):
    return (f'<!DOCTYPE html>\n<html lang="{cv.lang}">\n<head>\n<meta charset="utf-8">\n<title>{e(cv.name)}</title>\n'
            f'<style>\n@page {{ size: A4; margin: {margin}; }}\n'
            f'html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}\n'
            f'ul {{ margin: 2px 0 0; padding-left: 16px; }}\nli {{ margin: 1px 0; }}\n{css}\n</style>\n</head>\n'
            f'<body>\n{body}\n</body>\n</html>\n')


def html_bullets(w):
    parts = [f'<p class="wsum">{e(w["summary"])}</p>'] if w.get('summary') else []
    if w.get('highlights'):
        parts.append('<ul>' + ''.join(f'<li>{e(h)}</li>' for h in w['highlights']) + '</ul>')
    return ''.join(parts)


def html_section(title, content, cls='sec'):
    return f'<section class="{cls}"><h2>{e(title)}</h2>{content}</section>\n' if content else ''


def html_skills(cv):
    out = []
    for s in cv.skills:
        name = f'<b>{e(s["name"])}</b>{e(cv.colon())} ' if s.get('name') else ''
        out.append(f'<p class="skill">{name}{e(", ".join(s.get("keywords", [])))}</p>')
    return ''.join(out)


def html_languages(cv):
    return ''.join(f'<p class="lang">{e(lang["language"])}'
                   + (f' <span class="muted">— {e(lang["fluency"])}</span>' if lang.get('fluency') else '') + '</p>'
                   for lang in cv.languages)


def html_certificates(cv, style='num'):
    out = []
    for c in cv.certificates:
        details = ', '.join(x for x in (c.get('issuer'), fmt_date(c['date'], cv.fr, style) if c.get('date') else '')
                            if x)
        out.append(f'<p class="cert">{e(c["name"])}' + (f' <span class="muted">({e(details)})</span>' if details
                                                          else '') + '</p>')
    return ''.join(out)


def html_interests(cv):
    return f'<p>{e(", ".join(cv.interests))}</p>' if cv.interests else ''


def render_html_smallcaps(cv):
    contact = [('✉', cv.email), ('☎', cv.phone), ('⌂', cv.city)] + [('🔗', url) for url in cv.profiles]
    head = (f'<header><h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '')
            + '<p class="contact">' + ''.join(f'<span><i>{icon}</i> {e(v)}</span>' for icon, v in contact if v)
            + '</p></header>\n')
    work = ''.join(
        f'<div class="entry"><p class="title"><b>{e(w.get("position"))}</b>, {e(w.get("name"))}'
        + (f' — {e(w["location"])}' if w.get('location') else '')
        + f'</p><p class="dates">{e(cv.work_dates(i, "full"))}</p>{html_bullets(w)}</div>'
        for i, w in enumerate(cv.work))
    edu = ''.join(
        f'<div class="entry"><p class="title"><b>{e(cv.degree(ed))}</b>, {e(ed.get("institution"))}</p>'
        f'<p class="dates">{e(cv.education_dates(i, "full"))}</p></div>' for i, ed in enumerate(cv.education))
    body = (head + html_section(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + html_section(cv.t('work'), work) + html_section(cv.t('education'), edu)
            + html_section(cv.t('skills'), html_skills(cv)) + html_section(cv.t('languages'), html_languages(cv))
            + html_section(cv.t('certificates'), html_certificates(cv, 'full'))
            + html_section(cv.t('interests'), html_interests(cv)))
    css = """
body { font-family: 'EB Garamond', 'Liberation Serif', serif; font-size: 11.5pt; color: #222; line-height: 1.3; }
header { text-align: center; margin-bottom: 10px; }
h1 { font-size: 24pt; font-weight: 500; margin: 0; letter-spacing: .04em; }
.label { font-size: 13pt; font-style: italic; margin: 2px 0 4px; }
.contact { font-size: 10pt; margin: 0; }
.contact span { margin: 0 9px; white-space: nowrap; }
.contact i { font-style: normal; color: #777; }
h2 { font-variant: small-caps; letter-spacing: .15em; font-size: 10.5pt; font-weight: 300; color: #888;
     margin: 14px 0 5px; border-bottom: 0.5px solid #ccc; }
p { margin: 0; }
.entry { margin-bottom: 7px; }
.dates { font-style: italic; color: #555; font-size: 10.5pt; }
.wsum { margin-top: 2px; }
.muted { color: #666; }
"""
    return html_doc(cv, css, body)


def sidebar_blocks(cv, include_certificates=True):
    contact = ''.join(f'<p>{e(v)}</p>' for v in cv.contact() + cv.profiles)
    blocks = [(cv.t('contact'), contact), (cv.t('skills'), html_skills(cv)),
              (cv.t('languages'), html_languages(cv))]
    if include_certificates:
        blocks.append((cv.t('certificates'), html_certificates(cv)))
    blocks.append((cv.t('interests'), html_interests(cv)))
    return ''.join(html_section(title, content, 'side') for title, content in blocks)


def main_work_education(cv, date_style, present='present', edu_style=None):
    work = ''.join(
        f'<div class="entry"><p class="title">{e(w.get("position"))}</p>'
        f'<p class="org">{e(cv.company_city(w, " · "))}<span class="dates">{e(cv.work_dates(i, date_style, present))}'
        f'</span></p>{html_bullets(w)}</div>' for i, w in enumerate(cv.work))
    edu = ''.join(
        f'<div class="entry"><p class="title">{e(cv.degree(ed))}</p><p class="org">{e(ed.get("institution"))}'
        f'<span class="dates">{e(cv.education_dates(i, edu_style or date_style))}</span></p></div>'
        for i, ed in enumerate(cv.education))
    return html_section(cv.t('work'), work) + html_section(cv.t('education'), edu)


SIDEBAR_CSS = """
body { margin: 0; font-family: 'Lato', 'Liberation Sans', sans-serif; font-size: 10pt; color: #2b2b2b; }
html { background: linear-gradient(to right, %(stripe)s); }
.page { display: grid; grid-template-columns: %(cols)s; }
main { padding: 0 9mm 0 12mm; }
aside { color: %(fg)s; padding: 0 8mm; }
h1 { font-size: 23pt; margin: 0; font-weight: 900; color: %(accent)s; }
.label { font-size: 13pt; margin: 2px 0 10px; color: #555; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; color: %(accent)s; margin: 14px 0 6px; }
aside h2 { color: %(side_h)s; border-bottom: 1px solid %(side_h)s; padding-bottom: 2px; }
p { margin: 0 0 3px; }
.entry { margin-bottom: 9px; break-inside: avoid; }
.title { font-weight: bold; font-size: 11pt; margin: 0; }
.org { color: #555; margin: 0; }
.dates { float: right; color: #777; font-size: 9.5pt; }
.wsum { margin: 2px 0; }
.muted { opacity: .8; }
.skill { margin-bottom: 5px; }
"""


def render_html_right_sidebar(cv):
    main = (f'<h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '')
            + (f'<p class="summary">{e(cv.summary)}</p>' if cv.summary else '') + main_work_education(cv, 'num'))
    css = SIDEBAR_CSS % dict(cols='68% 32%', stripe='#fff 0 68%, #e8f0f7 68% 100%', fg='#2b2b2b', accent='#1d4f7c', side_h='#1d4f7c')
    return html_doc(cv, css, f'<div class="page"><main>{main}</main><aside>{sidebar_blocks(cv)}</aside></div>',
                    margin='12mm 0')


def render_html_left_sidebar(cv):
    main = (f'<h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '')
            + html_section(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + main_work_education(cv, 'gold')
            + html_section(cv.t('certificates'), html_certificates(cv, 'abbr')))
    css = SIDEBAR_CSS % dict(cols='32% 68%', stripe='#263238 0 32%, #fff 32% 100%', fg='#eceff1', accent='#00796b', side_h='#80cbc4')
    css += '.dates { float: none; display: block; }\n'
    return html_doc(cv, css, f'<div class="page"><aside>{sidebar_blocks(cv, include_certificates=False)}</aside>'
                             f'<main>{main}</main></div>', margin='12mm 0')


def render_html_timeline(cv):
    def item(when, title, sub, extra=''):
        when = ' – '.join(f'<span class="nw">{e(part)}</span>' for part in when.split(' – '))  # breaks at the dash
        return (f'<div class="tl"><div class="when">{when}</div><div class="what"><p class="t">{e(title)}</p>'
                f'<p class="sub">{e(sub)}</p>{extra}</div></div>')
    work = ''.join(item(cv.work_dates(i, 'abbr', 'now'), w.get('position'), cv.company_city(w, ' · '),
                        html_bullets(w)) for i, w in enumerate(cv.work))
    edu = ''.join(item(cv.education_dates(i, 'abbr'), cv.degree(ed), ed.get('institution'))
                  for i, ed in enumerate(cv.education))
    certs = ''.join(item(fmt_date(c['date'], cv.fr, 'abbr') if c.get('date') else '', c.get('name'),
                         c.get('issuer')) for c in cv.certificates)
    head = (f'<header><h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '')
            + f'<p class="contact">{" &nbsp;|&nbsp; ".join(e(x) for x in cv.contact() + cv.profiles)}</p></header>')
    body = (head + html_section(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + html_section(cv.t('work'), work) + html_section(cv.t('education'), edu)
            + html_section(cv.t('certificates'), certs)
            + html_section(cv.t('skills'), html_skills(cv)) + html_section(cv.t('languages'), html_languages(cv))
            + html_section(cv.t('interests'), html_interests(cv)))
    css = """
body { font-family: 'Cabin', 'Liberation Sans', sans-serif; font-size: 10pt; color: #333; }
header { border-bottom: 3px solid #2a6ebb; padding-bottom: 6px; margin-bottom: 6px; }
h1 { margin: 0; font-size: 24pt; color: #2a6ebb; }
.label { margin: 0; font-size: 13pt; }
.contact { margin: 3px 0 0; color: #666; font-size: 9.5pt; }
h2 { font-size: 12pt; color: #2a6ebb; margin: 12px 0 6px; }
p { margin: 0; }
.tl { display: grid; grid-template-columns: 27mm 1fr; break-inside: avoid; }
.when { text-align: right; padding: 0 5mm 8px 0; border-right: 2px solid #c8d4e3; position: relative;
        font-size: 9pt; color: #555; }
.when::after { content: ''; position: absolute; right: -6px; top: 3px; width: 8px; height: 8px;
               border-radius: 50%; background: #2a6ebb; border: 1px solid #fff; }
.nw { white-space: nowrap; }
.what { padding: 0 0 8px 5mm; }
.t { font-weight: bold; font-size: 10.5pt; }
.sub { color: #2a6ebb; }
.muted { color: #777; }
"""
    return html_doc(cv, css, body)


def render_html_compact(cv):
    def entry(title, when, sub, extra=''):
        return (f'<div class="entry"><div class="row"><span class="t">{e(title)}</span><span class="d">{e(when)}'
                f'</span></div><p class="sub">{e(sub)}</p>{extra}</div>')
    work = ''.join(entry(w.get('position'), cv.work_dates(i, 'Abbr', 'current'), cv.company_city(w, ' · '),
                         html_bullets(w)) for i, w in enumerate(cv.work))
    edu = ''.join(entry(cv.degree(ed, ', '), cv.education_dates(i, 'Abbr'), ed.get('institution'))
                  for i, ed in enumerate(cv.education))
    certs = ''.join(entry(c.get('name'), fmt_date(c['date'], cv.fr, 'Abbr') if c.get('date') else '',
                          c.get('issuer')) for c in cv.certificates)
    head = (f'<header><div><h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '')
            + '</div><div class="contact">' + ''.join(f'<p>{e(x)}</p>' for x in cv.contact() + cv.profiles)
            + '</div></header>')
    langs = f'<p>{e(" · ".join(cv.language_line(lang) for lang in cv.languages))}</p>' if cv.languages else ''
    body = (head + html_section(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + html_section(cv.t('work'), work) + html_section(cv.t('education'), edu)
            + html_section(cv.t('skills'), html_skills(cv)) + html_section(cv.t('languages'), langs)
            + html_section(cv.t('certificates'), certs) + html_section(cv.t('interests'), html_interests(cv)))
    css = """
body { font-family: 'Inter', 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; line-height: 1.25; }
header { display: flex; justify-content: space-between; align-items: flex-end; }
h1 { margin: 0; font-size: 20pt; font-weight: 700; }
.label { margin: 0; font-size: 11pt; color: #444; }
.contact { text-align: right; font-size: 8.5pt; color: #444; }
h2 { text-transform: uppercase; letter-spacing: .12em; font-size: 9.5pt; border-bottom: 1.2px solid #222;
     margin: 10px 0 4px; padding-bottom: 1px; }
p { margin: 0; }
.entry { margin-bottom: 5px; }
.row { display: flex; justify-content: space-between; }
.t { font-weight: 600; }
.d { color: #444; white-space: nowrap; }
.sub { font-style: italic; color: #444; }
.skill b { font-weight: 600; }
.muted { color: #666; }
"""
    return html_doc(cv, css, body, margin='11mm 13mm')


def render_html_europass_2020(cv):
    """Europass CV as the europa.eu online editor (2020 onwards) prints it: name and labelled contact items at the top,
    capitalised section headings with a rule, each entry "dates – City" then "TITLE – EMPLOYER" in capitals, the
    language skills as "Mother tongue(s)" and one line of five CEFR levels per other language, digital skills joined
    by " | "."""
    def when_where(when, where):
        return (f'<p class="ww"><span class="when">{e(when)}</span>'
                + (f' <span class="where">{e(where)}</span>' if where else '') + '</p>')
    contact = [(cv.t('eu2_phone'), cv.phone), (cv.t('eu2_email'), cv.email), (cv.t('eu2_address'), cv.city)]
    contact += [(cv.t('eu2_website'), url) for url in cv.profiles]
    head = (f'<header><div class="logo">europass</div><h1>{e(cv.name)}</h1>'
            + (f'<p class="job">{e(cv.label)}</p>' if cv.label else '')
            + '<p class="contact">' + ' '.join(f'<span><b>{e(k)}{e(cv.colon())}</b> {e(v)}</span>'
                                               for k, v in contact if v) + '</p></header>')
    work = ''.join(
        '<div class="entry">' + when_where(cv.work_dates(i, 'num', 'current').replace(
            PRESENT['current'][0 if cv.fr else 1], cv.t('eu2_current')), w.get('location'))
        + f'<p class="t">{e(" – ".join(x for x in (w.get("position"), w.get("name")) if x))}</p>'
        + html_bullets(w) + '</div>' for i, w in enumerate(cv.work))
    edu = ''.join(
        '<div class="entry">' + when_where(cv.education_dates(i, 'num'), None)
        + f'<p class="t">{e(" – ".join(x for x in (cv.degree(ed), ed.get("institution")) if x))}</p>'
        + '</div>' for i, ed in enumerate(cv.education))
    levels = cv.language_levels()
    natives = [name for name, _, lvl in levels if lvl == 'native']
    others = [(name, fluency, lvl) for name, fluency, lvl in levels if lvl != 'native']
    langs = ''
    if natives:
        langs += (f'<p><b>{e(cv.t("eu_mother"))}{e(cv.colon())}</b> '
                  f'{e(" | ".join(n.upper() for n in natives))}</p>')
    if others:
        langs += f'<p><b>{e(cv.t("eu_other"))}{e(cv.colon())}</b></p>'
        for name, fluency, lvl in others:
            cells = ' '.join(f'<span class="cell"><b>{e(cv.t(k).upper())}</b> {lvl}</span>'
                             for k in ('eu2_listening', 'eu2_reading', 'eu2_writing'))
            cells2 = ' '.join(f'<span class="cell"><b>{e(cv.t(k).upper())}</b> {lvl}</span>'
                              for k in ('eu2_production', 'eu2_interaction'))
            langs += f'<p class="lname">{e(name.upper())}</p><p class="grid">{cells}</p><p class="grid">{cells2}</p>'
            if is_test_score(fluency):
                langs += f'<p>{e(fluency)}</p>'
        langs += f'<p class="small">{e(cv.t("eu2_levels"))}</p>'
    digital = ''.join(f'<p>{e(" | ".join(s.get("keywords") or [s.get("name")]))}</p>' for s in cv.skills)
    certs = ''.join('<div class="entry">' + when_where(fmt_date(c['date'], cv.fr, 'num') if c.get('date') else '',
                                                      None)
                    + f'<p class="t">{e(" – ".join(x for x in (c.get("name"), c.get("issuer")) if x))}</p></div>'
                    for c in cv.certificates)
    body = (head + html_section(cv.t('eu2_about').upper(), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + html_section(cv.t('eu2_work').upper(), work) + html_section(cv.t('eu2_education').upper(), edu)
            + html_section(cv.t('eu2_languages').upper(), langs) + html_section(cv.t('eu2_digital').upper(), digital)
            + html_section(cv.t('eu2_certs').upper(), certs)
            + html_section(cv.t('eu2_hobbies').upper(), html_interests(cv)))
    css = """
body { font-family: 'Open Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #222; }
header { margin-bottom: 8px; }
.logo { color: #0e4194; font-weight: bold; font-size: 10pt; letter-spacing: .02em; }
h1 { font-size: 18pt; margin: 4px 0 2px; font-weight: 600; }
.job { margin: 0 0 3px; font-size: 10.5pt; color: #0e4194; }
.contact { margin: 0; font-size: 8.5pt; }
.contact span { margin-right: 10px; }
h2 { font-size: 10.5pt; color: #0e4194; border-bottom: 1px solid #0e4194; margin: 12px 0 5px; padding-bottom: 1px; }
p { margin: 0 0 2px; }
.entry { margin-bottom: 7px; }
.ww { font-size: 8.5pt; color: #555; }
.where { float: right; }
.t { font-weight: bold; text-transform: uppercase; font-size: 9.5pt; }
.lname { font-weight: bold; margin-top: 4px; }
.grid .cell { margin-right: 14px; font-size: 8.5pt; }
.small { font-size: 7.5pt; color: #555; margin-top: 4px; }
"""
    return html_doc(cv, css, body, margin='12mm 14mm')


def render_html_cards(cv):
    """Résumé-builder look (Novorésumé, Enhancv...): header with name and title, a left column (contact, skills as
    chips, languages with dots, interests) and a main column whose entries read "Title", "Employer" in the accent
    colour, then "📅 dates   📍 City" on one small line, then the achievements."""
    def dots(level):
        n = {'native': 5, 'C2': 5, 'C1': 4, 'B2': 3, 'B1': 3, 'A2': 2, 'A1': 1}.get(level, 3)
        return '<span class="dots">' + '●' * n + '○' * (5 - n) + '</span>'
    def entry(title, org, when, where, extra=''):
        meta = ''.join(f'<span>{icon} {e(v)}</span>' for icon, v in (('📅', when), ('📍', where)) if v)
        return (f'<div class="entry"><p class="t">{e(title)}</p><p class="org">{e(org)}</p>'
                f'<p class="meta">{meta}</p>{extra}</div>')
    work = ''.join(entry(w.get('position'), w.get('name'), cv.work_dates(i, 'num', 'present'), w.get('location'),
                         (f'<p class="wsum">{e(w["summary"])}</p>' if w.get('summary') else '')
                         + (f'<p class="ach">{e(cv.t("card_achievements"))}</p><ul>'
                            + ''.join(f'<li>{e(h)}</li>' for h in w['highlights']) + '</ul>'
                            if w.get('highlights') else ''))
                   for i, w in enumerate(cv.work))
    edu = ''.join(entry(cv.degree(ed), ed.get('institution'), cv.education_dates(i, 'num'), None)
                  for i, ed in enumerate(cv.education))
    certs = ''.join(entry(c.get('name'), c.get('issuer'), fmt_date(c['date'], cv.fr, 'num') if c.get('date')
                          else '', None) for c in cv.certificates)
    chips = ''.join(f'<span class="chip">{e(k)}</span>' for s in cv.skills for k in (s.get('keywords')
                                                                                      or [s.get('name')]))
    langs = ''.join(f'<p class="lang">{e(name)} {dots(lvl)}<br><span class="muted">{e(fluency)}</span></p>'
                    for name, fluency, lvl in cv.language_levels())
    contact = ''.join(f'<p>{icon} {e(v)}</p>' for icon, v in
                      [('✉', cv.email), ('✆', cv.phone), ('⚲', cv.city)] + [('🔗', u) for u in cv.profiles] if v)
    side = (html_section(cv.t('contact'), contact) + html_section(cv.t('skills'), f'<div>{chips}</div>')
            + html_section(cv.t('languages'), langs) + html_section(cv.t('interests'), html_interests(cv)))
    main = (html_section(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + html_section(cv.t('work'), work) + html_section(cv.t('education'), edu)
            + html_section(cv.t('certificates'), certs))
    head = f'<header><h1>{e(cv.name)}</h1>' + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '') + '</header>'
    css = """
body { margin: 0; font-family: 'Roboto', 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #333; }
header { background: #f3f6fa; padding: 10mm 12mm 6mm; }
h1 { margin: 0; font-size: 22pt; color: #1f3b5a; }
.label { margin: 2px 0 0; font-size: 12pt; color: #3c7dbf; }
.page { display: grid; grid-template-columns: 34% 66%; }
aside { padding: 2mm 6mm 0 12mm; border-right: 1px solid #dde3ea; overflow-wrap: anywhere; }
main { padding: 2mm 12mm 0 7mm; }
h2 { font-size: 11pt; color: #1f3b5a; margin: 10px 0 5px; border-bottom: 2px solid #3c7dbf; padding-bottom: 2px;
     text-transform: uppercase; }
p { margin: 0 0 2px; }
.entry { margin-bottom: 8px; break-inside: avoid; }
.t { font-weight: bold; font-size: 10.5pt; color: #1f3b5a; }
.org { color: #3c7dbf; font-size: 10pt; }
.meta { font-size: 8.5pt; color: #777; font-style: italic; }
.meta span { margin-right: 12px; }
.ach { font-size: 8.5pt; color: #777; font-style: italic; margin-top: 3px; }
.chip { display: inline-block; border: 1px solid #9bb5d0; border-radius: 3px; padding: 0 4px; margin: 0 3px 3px 0; }
.dots { color: #3c7dbf; letter-spacing: 1px; float: right; }
.muted { color: #888; font-size: 8.5pt; }
.lang { margin-bottom: 4px; }
"""
    return html_doc(cv, css, f'{head}<div class="page"><aside>{side}</aside><main>{main}</main></div>',
                    margin='0 0 10mm 0')


def render_html_header_band(cv):
    def entry(title, sub, when, extra=''):
        return (f'<div class="entry"><p class="t">{e(title)}</p><p class="sub">{e(sub)}'
                + (f' <span class="d">| {e(when)}</span>' if when else '') + f'</p>{extra}</div>')
    work = ''.join(entry(f'{w.get("position")} — {w.get("name")}', w.get('location') or '',
                         cv.work_dates(i, 'num', 'since'), html_bullets(w)) for i, w in enumerate(cv.work))
    edu = ''.join(entry(cv.degree(ed), ed.get('institution'), cv.education_dates(i, 'num'))
                  for i, ed in enumerate(cv.education))

    def row(title, content):
        return (f'<section class="row"><h2>{e(title)}</h2><div>{content}</div></section>\n' if content else '')
    body = (f'<header><div class="who"><h1>{e(cv.name)}</h1>'
            + (f'<p class="label">{e(cv.label)}</p>' if cv.label else '') + '</div><div class="contact">'
            + ''.join(f'<p>{e(x)}</p>' for x in cv.contact() + cv.profiles) + '</div></header>'
            + '<div class="body">'
            + row(cv.t('profile'), f'<p>{e(cv.summary)}</p>' if cv.summary else '')
            + row(cv.t('work'), work) + row(cv.t('education'), edu) + row(cv.t('skills'), html_skills(cv))
            + row(cv.t('languages'), html_languages(cv)) + row(cv.t('certificates'), html_certificates(cv))
            + row(cv.t('interests'), html_interests(cv)) + '</div>')
    css = """
body { margin: 0; font-family: 'Carlito', 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #222; }
header { background: #7b2d26; color: #fff; display: flex; justify-content: space-between; align-items: center;
         padding: 10mm 14mm; }
h1 { margin: 0; font-size: 26pt; font-weight: 700; }
.label { margin: 2px 0 0; font-size: 13pt; color: #f3d9d6; }
.contact { text-align: right; font-size: 9.5pt; }
.contact p { margin: 1px 0; }
.body { padding: 6mm 14mm 10mm; }
.row { display: grid; grid-template-columns: 36mm 1fr; column-gap: 5mm; border-top: 1px solid #e2c9c6;
       padding-top: 5px; margin-top: 7px; }
h2 { margin: 0; font-size: 10.5pt; color: #7b2d26; text-transform: uppercase; }
p { margin: 0; }
.entry { margin-bottom: 7px; break-inside: avoid; }
.t { font-weight: bold; }
.sub { color: #555; }
.muted { color: #666; }
"""
    return html_doc(cv, css, body, margin='0 0 10mm 0')


# ---------------------------------------------------------------------------------------------------------------
# Flat ODF text documents (LibreOffice Writer -> PDF or DOCX)
# ---------------------------------------------------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def x(text):
    return html.escape(text or '', quote=False)


def odf_style(name, family='paragraph', para='', text='', parent='Standard', display=None, outline=None,
              cls=None):
    attrs = f'style:name="{name}" style:family="{family}"'
    if display:
        attrs += f' style:display-name="{display}"'
    if parent and family == 'paragraph':
        attrs += f' style:parent-style-name="{parent}"'
    if outline:
        attrs += f' style:default-outline-level="{outline}"'
    if cls:
        attrs += f' style:class="{cls}"'
    props = (f'<style:paragraph-properties {para}/>' if para else '') + (f'<style:text-properties {text}/>'
                                                                          if text else '')
    return f'<style:style {attrs}>{props}</style:style>'


def odf_table_styles(name, width_cm, columns_cm):
    out = [f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{width_cm}cm"'
           f' table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.15cm"/></style:style>']
    for i, w in enumerate(columns_cm):
        out.append(f'<style:style style:name="{name}.{chr(65 + i)}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return ''.join(out)


def odf_cell_style(name, props):
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {props}/>'
            '</style:style>')


def odf_p(style, *runs):
    return f'<text:p text:style-name="{style}">{"".join(runs)}</text:p>'


def odf_h(style, level, text):
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{x(text)}</text:h>'


def odf_span(style, text):
    return f'<text:span text:style-name="{style}">{x(text)}</text:span>'


def odf_list(items, pstyle='Bullet'):
    if not items:
        return ''
    return ('<text:list text:style-name="LBullet">'
            + ''.join(f'<text:list-item>{odf_p(pstyle, x(i))}</text:list-item>' for i in items) + '</text:list>')


def odf_cell(style, content, span=1):
    attr = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{attr}>{content or odf_p("Standard")}'
            f'</table:table-cell>' + '<table:covered-table-cell/>' * (span - 1))


def odf_table(name, ncols, rows):
    cols = ''.join(f'<table:table-column table:style-name="{name}.{chr(65 + i)}"/>' for i in range(ncols))
    return (f'<table:table table:name="{name}{next(ODF_TABLE_IDS)}" table:style-name="{name}">{cols}'
            + ''.join(f'<table:table-row>{"".join(r)}</table:table-row>' for r in rows) + '</table:table>')


class TableIds:
    """Numbers the tables of a document (ODF table names must be unique); reset() at the start of each document."""

    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        return self.n

    def reset(self):
        self.n = 0


ODF_TABLE_IDS = TableIds()

BULLET_LIST_STYLE = ('<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" '
                     'text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode='
                     '"label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
                     'text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>'
                     '</style:list-level-properties></text:list-level-style-bullet></text:list-style>')


def odf_document(cv, font, styles, automatic, body, margins='1.5cm'):
    country = 'FR' if cv.fr else 'GB'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>\n'
            '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0.06cm"/><style:text-properties '
            f'style:font-name="{font}" fo:font-size="10pt" fo:language="{cv.lang}" fo:country="{country}"/>'
            '</style:default-style>'
            + odf_style('Standard', parent=None, cls='text')
            + odf_style('Bullet', para='fo:margin-bottom="0.03cm"', display='List Bullet')
            + BULLET_LIST_STYLE + styles + '</office:styles>\n'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            f'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{margins}" fo:margin-bottom="{margins}" '
            f'fo:margin-left="{margins}" fo:margin-right="{margins}"/></style:page-layout>' + automatic
            + '</office:automatic-styles>\n<office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles>\n'
            f'<office:body><office:text>\n{body}\n</office:text></office:body>\n</office:document>\n')


EU_BLUE = '#0e4194'
EU_LABEL_W, EU_CONTENT_W = 5.2, 12.8
EU_GRID_W = [2.4, 2.4, 3.2, 2.8, 2.0]  # Listening, Reading, Interaction, Production, Writing


def render_europass(cv):
    """Europass (2013) CV: labels in a left column, content on the right, CEFR self-assessment grid."""
    ODF_TABLE_IDS.reset()
    styles = (odf_style('EuLabel', para='fo:text-align="end" fo:margin-right="0.3cm"',
                        text=f'fo:font-size="8pt" fo:color="{EU_BLUE}"')
              + odf_style('EuSection', para='fo:text-align="end" fo:margin-right="0.3cm"',
                          text=f'fo:font-size="10pt" fo:color="{EU_BLUE}"')
              + odf_style('EuName', text='fo:font-size="16pt"')
              + odf_style('EuTitle', text=f'fo:font-size="11pt" fo:color="{EU_BLUE}"')
              + odf_style('EuGridHead', para='fo:text-align="center"',
                          text=f'fo:font-size="8pt" fo:color="{EU_BLUE}"')
              + odf_style('EuGrid', para='fo:text-align="center"', text='fo:font-size="9pt"')
              + odf_style('EuSmall', text=f'fo:font-size="7.5pt" fo:color="{EU_BLUE}"')
              + odf_style('Bold', family='text', text='fo:font-weight="bold"'))
    automatic = (odf_table_styles('Eu', EU_LABEL_W + EU_CONTENT_W, [EU_LABEL_W, EU_CONTENT_W])
                 + odf_table_styles('Grid', EU_CONTENT_W, EU_GRID_W)
                 + odf_cell_style('EuL', 'fo:padding-top="0.08cm" fo:padding-bottom="0.08cm" fo:border="none"')
                 + odf_cell_style('EuC', 'fo:padding-top="0.08cm" fo:padding-bottom="0.08cm" fo:border="none"')
                 + odf_cell_style('EuRule', f'fo:padding="0.05cm" fo:border="none" '
                                            f'fo:border-bottom="1.2pt solid {EU_BLUE}"')
                 + odf_cell_style('GridHead', 'fo:padding="0.05cm" fo:border="0.5pt solid #c0c0c0" '
                                              'fo:background-color="#ffffff"')
                 + odf_cell_style('GridCell', 'fo:padding="0.05cm" fo:border="0.5pt solid #c0c0c0" '
                                              'fo:background-color="#ecf0f8"'))

    def label(text, style='EuLabel'):
        return odf_cell('EuL', odf_p(style, x(text)))

    def content(*paras):
        return odf_cell('EuC', ''.join(paras))

    def heading(key):  # the labels are typed in capitals, as in the Europass templates
        return odf_cell('EuL', odf_p('EuSection', x(cv.t(key).upper())))

    def section(key):
        return [heading(key), odf_cell('EuRule', odf_p('Standard'))]

    rows = [[heading('eu_personal'), content(odf_p('EuName', x(cv.name)))]]
    contact = [v for v in (cv.city, cv.phone, cv.email) if v] + cv.profiles
    rows.append([label(''), content(*(odf_p('Standard', x(v)) for v in contact))])
    if cv.label:
        rows.append([heading('eu_job'), content(odf_p('EuTitle', x(cv.label)))])
    if cv.summary:
        rows.append([heading('eu_statement'), content(odf_p('Standard', x(cv.summary)))])
    rows.append(section('eu_work'))
    for i, w in enumerate(cv.work):
        rows.append([label(cv.work_dates(i, 'num', 'present', '–')),
                     content(odf_p('EuTitle', x(w.get('position'))), odf_p('Standard', x(cv.company_city(w))),
                             odf_p('Standard', x(w['summary'])) if w.get('summary') else '',
                             odf_list(w.get('highlights', [])))])
    rows.append(section('eu_education'))
    for i, ed in enumerate(cv.education):
        rows.append([label(cv.education_dates(i, 'num', '–')),
                     content(odf_p('EuTitle', x(cv.degree(ed))), odf_p('Standard', x(ed.get('institution'))))])
    rows.append(section('eu_skills'))
    levels = cv.language_levels()
    natives = [name for name, _, lvl in levels if lvl == 'native']
    others = [(name, fluency, lvl) for name, fluency, lvl in levels if lvl != 'native']
    if natives:
        rows.append([label(cv.t('eu_mother')), content(odf_p('Standard', x(', '.join(natives))))])
    if others:
        head = odf_table('Grid', 5, [
            [odf_cell('GridHead', odf_p('EuGridHead', x(cv.t('eu_understanding').upper())), 2),
             odf_cell('GridHead', odf_p('EuGridHead', x(cv.t('eu_speaking').upper())), 2),
             odf_cell('GridHead', odf_p('EuGridHead', x(cv.t('eu_writing').upper())))],
            [odf_cell('GridHead', odf_p('EuGridHead', x(cv.t(k))))
             for k in ('eu_listening', 'eu_reading', 'eu_interaction', 'eu_production')]
            + [odf_cell('GridHead', odf_p('EuGridHead'))]])
        rows.append([label(cv.t('eu_other')), content(head)])
        for name, fluency, lvl in others:
            grid = odf_table('Grid', 5, [[odf_cell('GridCell', odf_p('EuGrid', lvl)) for _ in range(5)]])
            rows.append([label(name, 'EuTitle'), content(grid)])
            if is_test_score(fluency):
                rows.append([label(''), content(odf_p('EuGrid', x(fluency)))])
        rows.append([label(''), content(odf_p('EuSmall', x(cv.t('eu_levels'))), odf_p('EuSmall', x(cv.t('eu_cefr'))))])
    if cv.skills:
        rows.append([label(cv.t('eu_job_skills')),
                     content(*(odf_p('Standard', x(cv.skill_line(s))) for s in cv.skills))])
    if cv.certificates or cv.interests:
        rows.append(section('eu_additional'))
        if cv.certificates:
            rows.append([label(cv.t('certificates')),
                         content(*(odf_p('Standard', x(cv.certificate_line(c))) for c in cv.certificates))])
        if cv.interests:
            rows.append([label(cv.t('interests')), content(odf_p('Standard', x(', '.join(cv.interests))))])
    body = odf_table('Eu', 2, rows)
    return odf_document(cv, 'Liberation Sans', styles, automatic, body, margins='1.4cm')


def render_word_table(cv):
    """Word-style template: a header table with name and contact, then per section a heading and a 2-column table."""
    ODF_TABLE_IDS.reset()
    accent = '#2e5597'
    styles = (odf_style('Heading_20_2', display='Heading 2', outline=2,
                        para=f'fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always" '
                             f'fo:border-bottom="0.8pt solid {accent}" fo:padding-bottom="0.04cm"',
                        text=f'fo:font-size="12.5pt" fo:font-weight="bold" fo:color="{accent}"')
              + odf_style('Name', text='fo:font-size="22pt" fo:font-weight="bold"')
              + odf_style('Role', text=f'fo:font-size="13pt" fo:color="{accent}"')
              + odf_style('Right', para='fo:text-align="end"', text='fo:font-size="9.5pt"')
              + odf_style('Dates', text='fo:font-size="9.5pt" fo:color="#404040"')
              + odf_style('EntryTitle', text='fo:font-weight="bold"')
              + odf_style('EntrySub', text='fo:font-style="italic" fo:color="#404040"'))
    automatic = (odf_table_styles('Head', 18, [11, 7]) + odf_table_styles('Sec', 18, [3.8, 14.2])
                 + odf_cell_style('HeadCell', f'fo:padding="0.1cm" fo:border="none" '
                                              f'fo:background-color="#e9eef7"')
                 + odf_cell_style('Cell', 'fo:padding-top="0.05cm" fo:padding-bottom="0.12cm" '
                                          'fo:padding-left="0.05cm" fo:border="none"'))
    head = odf_table('Head', 2, [[
        odf_cell('HeadCell', odf_p('Name', x(cv.name)) + (odf_p('Role', x(cv.label)) if cv.label else '')),
        odf_cell('HeadCell', ''.join(odf_p('Right', x(v)) for v in cv.contact() + cv.profiles))]])
    parts = [head]

    def section(key, rows):
        if rows:
            parts.append(odf_h('Heading_20_2', 2, cv.t(key)))
            parts.append(odf_table('Sec', 2, [[odf_cell('Cell', odf_p('Dates', x(left))), odf_cell('Cell', right)]
                                              for left, right in rows]))
    if cv.summary:
        parts.append(odf_h('Heading_20_2', 2, cv.t('profile')))
        parts.append(odf_p('Standard', x(cv.summary)))
    section('work', [(cv.work_dates(i, 'abbr', 'present'),
                      odf_p('EntryTitle', x(w.get('position'))) + odf_p('EntrySub', x(cv.company_city(w)))
                      + (odf_p('Standard', x(w['summary'])) if w.get('summary') else '')
                      + odf_list(w.get('highlights', []))) for i, w in enumerate(cv.work)])
    section('education', [(cv.education_dates(i, 'abbr'),
                           odf_p('EntryTitle', x(cv.degree(ed))) + odf_p('EntrySub', x(ed.get('institution'))))
                          for i, ed in enumerate(cv.education)])
    section('skills', [(s.get('name') or '', odf_p('Standard', x(', '.join(s.get('keywords', [])))))
                       for s in cv.skills])
    section('languages', [(lang['language'], odf_p('Standard', x(lang.get('fluency'))))
                          for lang in cv.languages])
    section('certificates', [(fmt_date(c['date'], cv.fr, 'abbr') if c.get('date') else '',
                              odf_p('EntryTitle', x(c.get('name'))) + odf_p('EntrySub', x(c.get('issuer'))))
                             for c in cv.certificates])
    if cv.interests:
        parts.append(odf_h('Heading_20_2', 2, cv.t('interests')))
        parts.append(odf_p('Standard', x(', '.join(cv.interests))))
    return odf_document(cv, 'Carlito', styles, automatic, '\n'.join(parts), margins='1.5cm')


def render_plain_doc(cv):
    """Plain word-processor CV: Title, Heading 1 sections and normal paragraphs."""
    styles = (odf_style('Title', display='Title', cls='chapter',
                        text='fo:font-size="20pt" fo:font-weight="bold"', para='fo:margin-bottom="0.1cm"')
              + odf_style('Heading_20_1', display='Heading 1', outline=1,
                          para='fo:margin-top="0.4cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"',
                          text='fo:font-size="13pt" fo:font-weight="bold"')
              + odf_style('Entry', para='fo:margin-top="0.2cm"')
              + odf_style('Bold', family='text', text='fo:font-weight="bold"')
              + odf_style('Italic', family='text', text='fo:font-style="italic"'))
    parts = [odf_p('Title', x(cv.name))]
    if cv.label:
        parts.append(odf_p('Standard', x(cv.label)))
    parts.append(odf_p('Standard', x(' | '.join(cv.contact() + cv.profiles))))

    def section(key, paras):
        if paras:
            parts.append(odf_h('Heading_20_1', 1, cv.t(key)))
            parts.extend(paras)
    section('profile', [odf_p('Standard', x(cv.summary))] if cv.summary else [])
    work = []
    for i, w in enumerate(cv.work):
        work.append(odf_p('Entry', odf_span('Bold', w.get('position')), x(' — ' + cv.company_city(w))))
        work.append(odf_p('Standard', odf_span('Italic', cv.work_dates(i, 'full', 'now'))))
        if w.get('summary'):
            work.append(odf_p('Standard', x(w['summary'])))
        work.append(odf_list(w.get('highlights', [])))
    section('work', work)
    section('education', [odf_p('Standard', odf_span('Bold', cv.degree(ed)),
                                x(f' — {ed.get("institution")} ({cv.education_dates(i, "full")})'))
                          for i, ed in enumerate(cv.education)])
    section('skills', [odf_p('Standard', x(cv.skill_line(s))) for s in cv.skills])
    section('languages', [odf_p('Standard', x(cv.language_line(lang))) for lang in cv.languages])
    section('certificates', [odf_p('Standard', x(cv.certificate_line(c, 'full'))) for c in cv.certificates])
    section('interests', [odf_p('Standard', x(', '.join(cv.interests)))] if cv.interests else [])
    return odf_document(cv, 'Liberation Serif', styles, '', '\n'.join(parts), margins='2cm')


# ---------------------------------------------------------------------------------------------------------------
# LaTeX layouts (pdflatex -> PDF)
# ---------------------------------------------------------------------------------------------------------------

TEX_SPECIAL = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_',
               '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}',
               '<': r'\textless{}', '>': r'\textgreater{}', '|': r'\textbar{}'}


def tex(text):
    return ''.join(TEX_SPECIAL.get(ch, ch) for ch in (text or ''))


def tex_itemize(items, env='itemize'):
    return (f'\\begin{{{env}}}' + ''.join(f'\n  \\item {tex(i)}' for i in items) + f'\n\\end{{{env}}}'
            if items else '')


TEX_PREAMBLE = '\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n'


def split_name(name):
    first, _, last = name.partition(' ')
    return first, last


def render_moderncv(cv, style='classic'):
    first, last = split_name(cv.name)
    dates = 'gold' if style == 'classic' else 'abbr'
    lines = [f'\\documentclass[11pt,a4paper,sans]{{moderncv}}',
             # nosymbols: the icon font (fontawesome5, texlive-fonts-extra) is not required then
             f'\\moderncvstyle[nosymbols]{{{style}}}', '\\moderncvcolor{blue}', TEX_PREAMBLE + '\\usepackage{lmodern}',
             '\\usepackage[scale=0.8]{geometry}', '\\setlength{\\hintscolumnwidth}{3.3cm}',
             f'\\name{{{tex(first)}}}{{{tex(last)}}}']
    if cv.label:
        lines.append(f'\\title{{{tex(cv.label)}}}')
    if cv.city:
        lines.append(f'\\address{{{tex(cv.city)}}}{{}}{{}}')
    if cv.phone:
        lines.append(f'\\phone[mobile]{{{tex(cv.phone)}}}')
    if cv.email:
        lines.append(f'\\email{{{tex(cv.email)}}}')
    if cv.profiles:
        urls = ' \\textbar{} '.join(tex(url) for url in cv.profiles)
        lines.append(f'\\extrainfo{{{urls}}}')
    lines += ['\\begin{document}', '\\makecvtitle']
    if cv.summary:
        lines += [f'\\section{{{tex(cv.t("profile"))}}}', f'\\cvitem{{}}{{{tex(cv.summary)}}}']
    lines.append(f'\\section{{{tex(cv.t("work"))}}}')
    for i, w in enumerate(cv.work):
        desc = (tex(w['summary']) + ('\\newline' if w.get('highlights') else '') if w.get('summary') else '') + \
            tex_itemize(w.get('highlights', []))
        lines.append(f'\\cventry{{{tex(cv.work_dates(i, dates, "present", " -- "))}}}{{{tex(w.get("position"))}}}'
                     f'{{{tex(w.get("name"))}}}{{{tex(w.get("location"))}}}{{}}{{{desc}}}')
    lines.append(f'\\section{{{tex(cv.t("education"))}}}')
    for i, ed in enumerate(cv.education):
        lines.append(f'\\cventry{{{tex(cv.education_dates(i, dates, " -- "))}}}{{{tex(ed.get("studyType"))}}}'
                     f'{{{tex(ed.get("institution"))}}}{{}}{{}}{{{tex(ed.get("area"))}}}')
    if cv.skills:
        lines.append(f'\\section{{{tex(cv.t("skills"))}}}')
        lines += [f'\\cvitem{{{tex(s.get("name"))}}}{{{tex(", ".join(s.get("keywords", [])))}}}' for s in cv.skills]
    if cv.languages:
        lines.append(f'\\section{{{tex(cv.t("languages"))}}}')
        lines += [f'\\cvitemwithcomment{{{tex(lang["language"])}}}{{{tex(lang.get("fluency"))}}}{{}}'
                  for lang in cv.languages]
    if cv.certificates:
        lines.append(f'\\section{{{tex(cv.t("certificates"))}}}')
        lines += [f'\\cvitem{{{tex(fmt_date(c["date"], cv.fr, "num") if c.get("date") else "")}}}'
                  f'{{{tex(", ".join(v for v in (c.get("name"), c.get("issuer")) if v))}}}' for c in cv.certificates]
    if cv.interests:
        lines += [f'\\section{{{tex(cv.t("interests"))}}}', f'\\cvitem{{}}{{{tex(", ".join(cv.interests))}}}']
    lines.append('\\end{document}')
    return '\n'.join(line for line in lines if line) + '\n'


def render_europasscv(cv):
    levels = cv.language_levels()
    natives = [name for name, _, lvl in levels if lvl == 'native']
    others = [(name, fluency, lvl) for name, fluency, lvl in levels if lvl != 'native']
    lines = [f'\\documentclass[{"french" if cv.fr else "english"},a4paper]{{europasscv}}', TEX_PREAMBLE,
             f'\\ecvname{{{tex(cv.name)}}}']
    if cv.city:
        lines.append(f'\\ecvaddress{{{tex(cv.city)}}}')
    if cv.phone:
        lines.append(f'\\ecvmobile{{{tex(cv.phone)}}}')
    if cv.email:
        lines.append(f'\\ecvemail{{{tex(cv.email)}}}')
    for url in cv.profiles:
        if 'linkedin' in url:
            lines.append(f'\\ecvlinkedinpage{{{tex(url)}}}')
        elif 'github' in url:
            lines.append(f'\\ecvgithubpage{{{tex(url)}}}')
        else:
            lines.append(f'\\ecvhomepage{{{tex(url)}}}')
    lines += ['\\begin{document}', '\\begin{europasscv}', '\\ecvpersonalinfo']
    if cv.label:
        lines.append(f'\\ecvbigitem{{{tex(cv.t("eu_job"))}}}{{{tex(cv.label)}}}')
    if cv.summary:
        lines.append(f'\\ecvitem{{\\ecvhighlight{{{tex(cv.t("eu_statement"))}}}}}{{{tex(cv.summary)}}}')
    lines.append(f'\\ecvsection{{{tex(cv.t("eu_work"))}}}')
    for i, w in enumerate(cv.work):
        lines += [f'\\ecvtitle{{{tex(cv.work_dates(i, "num", "present", "--"))}}}{{{tex(w.get("position"))}}}',
                  f'\\ecvitem{{}}{{{tex(cv.company_city(w))}}}']
        if w.get('summary'):
            lines.append(f'\\ecvitem{{}}{{{tex(w["summary"])}}}')
        if w.get('highlights'):
            lines.append(f'\\ecvitem{{}}{{{tex_itemize(w["highlights"], "ecvitemize")}}}')
    lines.append(f'\\ecvsection{{{tex(cv.t("eu_education"))}}}')
    for i, ed in enumerate(cv.education):
        lines += [f'\\ecvtitle{{{tex(cv.education_dates(i, "num", "--"))}}}{{{tex(cv.degree(ed))}}}',
                  f'\\ecvitem{{}}{{{tex(ed.get("institution"))}}}']
    lines.append(f'\\ecvsection{{{tex(cv.t("eu_skills"))}}}')
    if natives:
        lines.append(f'\\ecvmothertongue{{{tex(", ".join(natives))}}}')
    if others:
        lines.append('\\ecvlanguageheader')
        for k, (name, fluency, lvl) in enumerate(others):
            cmd = '\\ecvlastlanguage' if k == len(others) - 1 else '\\ecvlanguage'
            lines.append(f'{cmd}{{{tex(name)}}}' + f'{{{lvl}}}' * 5)
            if is_test_score(fluency):
                lines.append(f'\\ecvlanguagecertificate{{{tex(fluency)}}}')
        lines.append('\\ecvlanguagefooter')
    if cv.skills:
        skills = ' \\newline '.join(tex(cv.skill_line(s)) for s in cv.skills)
        lines.append(f'\\ecvitem{{\\ecvhighlight{{{tex(cv.t("eu_job_skills"))}}}}}{{{skills}}}')
    if cv.certificates or cv.interests:
        lines.append(f'\\ecvsection{{{tex(cv.t("eu_additional"))}}}')
        if cv.certificates:
            lines.append(f'\\ecvitem{{\\ecvhighlight{{{tex(cv.t("certificates"))}}}}}'
                         f'{{{tex_itemize([cv.certificate_line(c) for c in cv.certificates], "ecvitemize")}}}')
        if cv.interests:
            lines.append(f'\\ecvitem{{\\ecvhighlight{{{tex(cv.t("interests"))}}}}}{{{tex(", ".join(cv.interests))}}}')
    lines += ['\\end{europasscv}', '\\end{document}']
    return '\n'.join(lines) + '\n'


def render_tex_article(cv):
    def entry(left, right, dates, extra=''):
        return f'\\textbf{{{tex(left)}}}{", " + tex(right) if right else ""} \\hfill {tex(dates)}\\par\n{extra}\n'
    lines = ['\\documentclass[10pt,a4paper]{article}', TEX_PREAMBLE + '\\usepackage{lmodern}',
             '\\usepackage[margin=1.8cm]{geometry}', '\\usepackage{enumitem}',
             '\\setlist[itemize]{noitemsep,topsep=1pt,leftmargin=1.2em}', '\\pagestyle{empty}',
             '\\setlength{\\parindent}{0pt}', '\\setlength{\\parskip}{2pt}', '\\begin{document}',
             f'{{\\LARGE\\bfseries {tex(cv.name)}}}\\par']
    if cv.label:
        lines.append(f'{{\\large {tex(cv.label)}}}\\par')
    lines.append(' \\textbar{} '.join(tex(v) for v in cv.contact() + cv.profiles) + '\\par')
    if cv.summary:
        lines += [f'\\section*{{{tex(cv.t("profile"))}}}', tex(cv.summary) + '\\par']
    lines.append(f'\\section*{{{tex(cv.t("work"))}}}')
    for i, w in enumerate(cv.work):
        extra = (tex(w['summary']) + '\\par\n' if w.get('summary') else '') + tex_itemize(w.get('highlights', []))
        lines.append(entry(w.get('position'), cv.company_city(w), cv.work_dates(i, 'abbr', 'present', ' -- '),
                           extra) + '\\medskip')
    lines.append(f'\\section*{{{tex(cv.t("education"))}}}')
    for i, ed in enumerate(cv.education):
        lines.append(entry(cv.degree(ed), ed.get('institution'), cv.education_dates(i, 'abbr', ' -- ')))
    if cv.skills:
        lines.append(f'\\section*{{{tex(cv.t("skills"))}}}')
        lines += [tex(cv.skill_line(s)) + '\\par' for s in cv.skills]
    if cv.languages:
        lines += [f'\\section*{{{tex(cv.t("languages"))}}}',
                  tex(', '.join(cv.language_line(lang) for lang in cv.languages)) + '\\par']
    if cv.certificates:
        lines.append(f'\\section*{{{tex(cv.t("certificates"))}}}')
        lines += [entry(c.get('name'), c.get('issuer'), fmt_date(c['date'], cv.fr, 'abbr') if c.get('date') else '')
                  for c in cv.certificates]
    if cv.interests:
        lines += [f'\\section*{{{tex(cv.t("interests"))}}}', tex(', '.join(cv.interests)) + '\\par']
    lines.append('\\end{document}')
    return '\n'.join(lines) + '\n'


def render_tex_jakes(cv):
    """"Jake's Resume" (the widely copied LaTeX résumé template): centred name and contact line, small-caps section
    headings with a rule, each entry a two-row tabular: **Employer** at left and the city at right, then *Title* at
    left and the dates at right (education: institution / city, then degree / dates); skills as "**Group**: a, b"."""
    def subheading(a, b, c, d):
        return ('  \\item\n    \\begin{tabular*}{0.97\\textwidth}[t]{l@{\\extracolsep{\\fill}}r}\n'
                f'      \\textbf{{{tex(a)}}} & {tex(b)} \\\\\n'
                f'      \\textit{{\\small {tex(c)}}} & \\textit{{\\small {tex(d)}}} \\\\\n'
                '    \\end{tabular*}\\vspace{-7pt}\n')
    def items(entries):
        return ('\\begin{itemize}[leftmargin=0.15in, label={}]\n' + ''.join(entries) + '\\end{itemize}\n')
    def bullets(w):
        points = ([w['summary']] if w.get('summary') else []) + list(w.get('highlights', []))
        if not points:
            return ''
        return ('    \\begin{itemize}[leftmargin=0.3in]\n' + ''.join(f'      \\item \\small{{{tex(p)}}}\n'
                                                               for p in points)
                + '    \\end{itemize}\\vspace{-5pt}\n')
    lines = ['\\documentclass[letterpaper,11pt]{article}', TEX_PREAMBLE + '\\usepackage{lmodern}',
             '\\usepackage{latexsym}', '\\usepackage[empty]{fullpage}', '\\usepackage{titlesec}',
             '\\usepackage[usenames,dvipsnames]{color}', '\\usepackage{enumitem}', '\\usepackage[hidelinks]{hyperref}',
             '\\usepackage{tabularx}', '\\input{glyphtounicode}', '\\pdfgentounicode=1', '\\pagestyle{empty}',
             '\\addtolength{\\oddsidemargin}{-0.5in}', '\\addtolength{\\evensidemargin}{-0.5in}',
             '\\addtolength{\\textwidth}{1in}', '\\addtolength{\\topmargin}{-.5in}',
             '\\addtolength{\\textheight}{1.0in}', '\\urlstyle{same}', '\\raggedbottom', '\\raggedright',
             '\\setlength{\\tabcolsep}{0in}',
             '\\titleformat{\\section}{\\vspace{-4pt}\\scshape\\raggedright\\large}{}{0em}{}[\\color{black}'
             '\\titlerule \\vspace{-5pt}]',
             '\\begin{document}', '\\begin{center}',
             f'  \\textbf{{\\Huge \\scshape {tex(cv.name)}}} \\\\ \\vspace{{1pt}}']
    if cv.label:
        lines.append(f'  {tex(cv.label)} \\\\ \\vspace{{1pt}}')
    lines.append('  \\small ' + ' $|$ '.join(tex(v) for v in cv.contact() + cv.profiles))
    lines.append('\\end{center}')
    if cv.summary:
        lines += [f'\\section{{{tex(cv.t("profile"))}}}', '\\small ' + tex(cv.summary) + '\\par']
    lines += [f'\\section{{{tex(cv.t("work"))}}}',
              items(subheading(w.get('name'), w.get('location') or '', w.get('position'),
                               cv.work_dates(i, 'abbr', 'present', ' -- ')) + bullets(w)
                    for i, w in enumerate(cv.work))]
    lines += [f'\\section{{{tex(cv.t("education"))}}}',
              items(subheading(ed.get('institution'), '', cv.degree(ed), cv.education_dates(i, 'abbr', ' -- '))
                    for i, ed in enumerate(cv.education))]
    if cv.skills:
        lines += [f'\\section{{{tex(cv.t("jake_skills"))}}}',
                  '\\begin{itemize}[leftmargin=0.15in, label={}]\n  \\small{\\item{\n'
                  + ' \\\\\n'.join(f'    \\textbf{{{tex(s["name"])}}}{{: {tex(", ".join(s.get("keywords", [])))}}}'
                                   if s.get('name') and s.get('keywords') else f'    {tex(cv.skill_line(s))}'
                                   for s in cv.skills)
                  + '\n  }}\n\\end{itemize}']
    if cv.languages:
        lines += [f'\\section{{{tex(cv.t("languages"))}}}',
                  '\\small ' + tex(', '.join(cv.language_line(lang) for lang in cv.languages)) + '\\par']
    if cv.certificates:
        lines += [f'\\section{{{tex(cv.t("certificates"))}}}',
                  items(subheading(c.get('name'), c.get('issuer') or '', '',
                                   fmt_date(c['date'], cv.fr, 'abbr') if c.get('date') else '')
                        for c in cv.certificates)]
    if cv.interests:
        lines += [f'\\section{{{tex(cv.t("interests"))}}}', '\\small ' + tex(', '.join(cv.interests)) + '\\par']
    lines.append('\\end{document}')
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------------------------

CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                  '--disable-background-networking', '--disable-component-update', '--disable-sync',
                  '--no-pdf-header-footer']
LO_PROFILE = 'file:///tmp/zoo-lo-profile'
PARALLEL = 2  # the reference machine has 2 cores
SOURCE_DATE_EPOCH = '1748736000'  # 2025-06-01, the corpus reference month: fixed dates in LaTeX output


def run(cmd, cwd=None, env=None, timeout=180):
    return subprocess.run(cmd, cwd=cwd, env=env, timeout=timeout, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors='replace')


def chromium_pdf(jobs):
    """jobs: [(html_path, pdf_path)]"""
    def one(job):
        src, out = job
        with tempfile.TemporaryDirectory(prefix='zoo-chromium-') as profile:
            run(['chromium', *CHROMIUM_FLAGS, f'--user-data-dir={profile}', f'--print-to-pdf={out}',
                 'file://' + os.path.abspath(src)])
    with ThreadPoolExecutor(PARALLEL) as pool:
        list(pool.map(one, jobs))


def soffice_convert(jobs, target):
    """jobs: [(fodt_path, out_path)], all sources in one directory; one soffice call converts them all."""
    if not jobs:
        return
    with tempfile.TemporaryDirectory(prefix='zoo-lo-') as outdir:
        cmd = ['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', target,
               '--outdir', outdir] + [src for src, _ in jobs]
        result = run(cmd, timeout=60 + 20 * len(jobs))
        for src, out in jobs:
            made = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + os.path.splitext(out)[1])
            if os.path.exists(made):
                shutil.move(made, out)
            else:
                print(f'  soffice made no {os.path.basename(out)}: {result.stdout[-300:]}', file=sys.stderr)


def pdflatex(jobs):
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, FORCE_SOURCE_DATE='1')

    def one(job):
        src, out = job
        with tempfile.TemporaryDirectory(prefix='zoo-tex-') as work:
            shutil.copy(src, os.path.join(work, 'cv.tex'))
            for _ in range(2):  # second pass for page references (europasscv footer "page x / y")
                result = run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', 'cv.tex'], cwd=work,
                             env=env)
                if result.returncode:
                    break
            if result.returncode == 0 and os.path.exists(os.path.join(work, 'cv.pdf')):
                shutil.move(os.path.join(work, 'cv.pdf'), out)
            else:
                errors = [line for line in result.stdout.splitlines() if line.startswith('!')]
                print(f'  pdflatex failed on {os.path.basename(src)}: {errors[:3]}', file=sys.stderr)
    with ThreadPoolExecutor(PARALLEL) as pool:
        list(pool.map(one, jobs))


def has_tex_file(name):
    return shutil.which('kpsewhich') is not None and run(['kpsewhich', name]).stdout.strip() != ''


@dataclass(frozen=True)
class Tool:
    name: str
    source_ext: str
    output_ext: str
    convert: Callable[[list], None]
    available: Callable[[], str | None]  # None when usable, else why not


def need(program, *tex_files):
    """A check that the program is on PATH and kpsewhich finds the given LaTeX files."""
    def check():
        if shutil.which(program) is None:
            return f'{program} not found on PATH'
        missing = [f for f in tex_files if not has_tex_file(f)]
        return f'{", ".join(missing)} not found by kpsewhich' if missing else None
    return check


CHROMIUM = Tool('chromium', 'html', 'pdf', chromium_pdf, need('chromium'))
WRITER_PDF = Tool('soffice', 'fodt', 'pdf', lambda jobs: soffice_convert(jobs, 'pdf:writer_pdf_Export'),
                  need('soffice'))
WRITER_DOCX = Tool('soffice', 'fodt', 'docx', lambda jobs: soffice_convert(jobs, 'docx:MS Word 2007 XML'),
                   need('soffice'))

WRITER_ODT = Tool('soffice', 'fodt', 'odt', lambda jobs: soffice_convert(jobs, 'odt:writer8'), need('soffice'))


def latex(*tex_files):
    return Tool('pdflatex', 'tex', 'pdf', pdflatex, need('pdflatex', *tex_files))


@dataclass(frozen=True)
class Layout:
    name: str
    tool: Tool
    render: Callable[[Cv], str]
    held_out: bool
    description: str


LAYOUTS = [
    Layout('html-smallcaps', CHROMIUM, render_html_smallcaps, False,
           'single column, light grey small-caps headings, icons before the contact items'),
    Layout('html-right-sidebar', CHROMIUM, render_html_right_sidebar, False,
           'experience/education at left (68%), coloured sidebar at right with contact, skills, languages'),
    Layout('html-left-sidebar', CHROMIUM, render_html_left_sidebar, False,
           'dark sidebar at left with contact, skills, languages; name on top of the main column'),
    Layout('html-timeline', CHROMIUM, render_html_timeline, True,
           'dates in a narrow left column with a vertical line and dots, entries at right'),
    Layout('html-compact', CHROMIUM, render_html_compact, False,
           '"Title .... Jan 2023 – Current" on one line, "Company · City" under it, ruled uppercase headings'),
    Layout('html-header-band', CHROMIUM, render_html_header_band, False,
           'coloured header band (name left, contact right), section titles in a left gutter'),
    Layout('lo-europass', WRITER_PDF, render_europass, False,
           'Europass 2013 look made in LibreOffice Writer: label column, CEFR grid (PDF)'),
    Layout('lo-word-table', WRITER_PDF, render_word_table, True,
           'Word-style template: header table, section headings each followed by a dates | details table (PDF)'),
    Layout('docx-plain', WRITER_DOCX, render_plain_doc, False,
           'plain word-processor CV, Heading 1 sections, normal paragraphs (DOCX)'),
    Layout('docx-europass', WRITER_DOCX, render_europass, True,
           'the lo-europass document saved as DOCX'),
    Layout('odt-plain', WRITER_ODT, render_plain_doc, False,
           'the docx-plain document saved as ODT'),
    Layout('tex-moderncv', latex('moderncv.cls', 'lmodern.sty'), render_moderncv, False,
           'moderncv, classic style, dates in the left hint column as worded in the original CV'),
    Layout('tex-moderncv-banking', latex('moderncv.cls', 'lmodern.sty'), lambda cv: render_moderncv(cv, 'banking'), False,
           'moderncv, banking style: centred header, dates at the right of the title line'),
    Layout('tex-europasscv', latex('europasscv.cls', 'soul.sty'), render_europasscv, True,
           'europasscv class (Europass 2013), CEFR grid'),
    Layout('tex-article', latex('lmodern.sty', 'enumitem.sty'), render_tex_article, True,
           'article class, \\section* headings, "Title, Company, City \\hfill dates"'),
    Layout('html-europass-2020', CHROMIUM, render_html_europass_2020, False,
           'Europass online editor (2020-): "dates – City" then "TITLE – EMPLOYER" in capitals, language lines'),
    Layout('html-cards', CHROMIUM, render_html_cards, False,
           'résumé builder: header band, left column (contact, skill chips, language dots), "📅 dates 📍 City" lines'),
    Layout('tex-jakes', latex('titlesec.sty', 'enumitem.sty', 'fullpage.sty', 'glyphtounicode.tex'),
           render_tex_jakes, True,
           "Jake's Resume: **Employer** / city, then *Title* / dates in a two-row tabular; small-caps headings"),
]


# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------

def build(layout, cvs, out_dir):
    root = os.path.join(out_dir, layout.name)
    shutil.rmtree(root, ignore_errors=True)
    src_dir, cvs_dir = os.path.join(root, 'src'), os.path.join(root, 'cvs')
    os.makedirs(src_dir)
    os.makedirs(cvs_dir)
    jobs = []
    for gold_path, cv in cvs:
        src = os.path.join(src_dir, f'{cv.id}.{layout.tool.source_ext}')
        with open(src, 'w', encoding='utf-8') as fh:
            fh.write(layout.render(cv))
        jobs.append((src, os.path.join(cvs_dir, f'{cv.id}.{layout.tool.output_ext}')))
        shutil.copy(gold_path, os.path.join(cvs_dir, f'{cv.id}.json'))
    layout.tool.convert(jobs)
    made = sum(os.path.exists(out) for _, out in jobs)
    return made, len(jobs)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold_dir')
    ap.add_argument('out_dir')
    ap.add_argument('--layouts', help='comma-separated layout names (default: all)')
    args = ap.parse_args(argv)
    by_name = {layout.name: layout for layout in LAYOUTS}
    wanted = args.layouts.split(',') if args.layouts else list(by_name)
    unknown = [n for n in wanted if n not in by_name]
    if unknown:
        ap.error(f'unknown layouts {unknown}; known: {", ".join(by_name)}')
    cvs = load_gold(args.gold_dir)
    if not cvs:
        ap.error(f'no <id>.json in {args.gold_dir}')
    os.makedirs(args.out_dir, exist_ok=True)
    start, skipped = time.monotonic(), []
    for name in wanted:
        layout = by_name[name]
        why = layout.tool.available()
        if why:
            print(f'{name:<22} SKIPPED: {why}', flush=True)
            skipped.append(name)
            continue
        t0 = time.monotonic()
        made, total = build(layout, cvs, args.out_dir)
        flag = ' (held out)' if layout.held_out else ''
        print(f'{name:<22} {made}/{total} {layout.tool.output_ext} with {layout.tool.name} in '
              f'{time.monotonic() - t0:.1f}s{flag}', flush=True)
    print(f'total {time.monotonic() - start:.1f}s' + (f'; skipped: {", ".join(skipped)}' if skipped else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
