// cvmatch demo UI: plain JavaScript, no build step. Text is always inserted with textContent (never innerHTML).
'use strict';
(function () {
  const I18N = {
    en: {},
    fr: {
      'title': 'Analyse de CV', 'nav.analyze': 'Analyser', 'nav.bulk': 'En lot', 'nav.history': 'Historique',
      'nav.dashboard': 'Tableau de bord', 'blind': 'Recrutement à l\'aveugle', 'language': 'Langue',
      'logout': 'Se déconnecter', 'auth.title': 'Se connecter ou créer un compte', 'email': 'E-mail',
      'password': 'Mot de passe',
      'password.hint': 'Au moins 10 caractères, dont trois types parmi : minuscules, majuscules, chiffres, symboles.',
      'login': 'Se connecter', 'register': 'Créer un compte', 'analyze.title': 'Analyser un CV',
      'cv.file': 'CV (PDF, DOCX, ODT, TXT ou scan)', 'job.text': 'Offre d\'emploi', 'job.file': '…ou la téléverser',
      'analyze': 'Analyser', 'bulk.title': 'Analyser jusqu\'à 10 CV', 'cv.files': 'CV (10 au plus)',
      'bulk.submit': 'Tout analyser', 'min.score': 'Score minimum', 'col.file': 'Fichier', 'col.status': 'Statut',
      'col.score': 'Score', 'col.job': 'Poste', 'col.date': 'Date', 'col.actions': 'Actions',
      'history.title': 'Historique', 'search': 'Rechercher', 'search.placeholder': 'Nom de fichier ou poste',
      'prev': 'Précédent', 'next': 'Suivant', 'dashboard.title': 'Tableau de bord',
      'dashboard.distribution': 'Répartition des scores', 'dashboard.missing': 'Compétences manquantes les plus fréquentes',
      'dashboard.weeks': 'Analyses par semaine', 'registered': 'Compte créé : vous pouvez vous connecter.',
      'working': 'Analyse en cours…', 'open': 'Ouvrir', 'delete': 'Supprimer', 'download': 'JSON Resume',
      'matched': 'Compétences trouvées', 'missing': 'Compétences manquantes', 'suggestions': 'Suggestions',
      'breakdown': 'Détail du score', 'extracted': 'CV extrait', 'experience': 'Expérience', 'education': 'Formation',
      'languages': 'Langues', 'certifications': 'Certifications', 'skills': 'Compétences', 'contact': 'Contact',
      'months': 'mois', 'total': 'Analyses', 'completed': 'Terminées', 'failed': 'En échec', 'average': 'Score moyen',
      'confirm.delete': 'Supprimer cette analyse ?', 'status.queued': 'en attente', 'status.processing': 'en cours',
      'status.completed': 'terminée', 'status.failed': 'échec', 'none': 'aucune', 'page': 'Page'
    }
  };
  const EN = {
    'registered': 'Account created: you can log in.', 'working': 'Analysing…', 'open': 'Open', 'delete': 'Delete',
    'download': 'JSON Resume', 'matched': 'Matched skills', 'missing': 'Missing skills', 'suggestions': 'Suggestions',
    'breakdown': 'Score breakdown', 'extracted': 'Extracted CV', 'experience': 'Experience', 'education': 'Education',
    'languages': 'Languages', 'certifications': 'Certifications', 'skills': 'Skills', 'contact': 'Contact',
    'months': 'months', 'total': 'Analyses', 'completed': 'Completed', 'failed': 'Failed', 'average': 'Average score',
    'confirm.delete': 'Delete this analysis?', 'status.queued': 'queued', 'status.processing': 'processing',
    'status.completed': 'completed', 'status.failed': 'failed', 'none': 'none', 'page': 'Page'
  };
  const $ = (id) => document.getElementById(id);
  let lang = localStorage.getItem('cvmatch.lang') || (navigator.language || 'en').slice(0, 2);
  if (!I18N[lang]) lang = 'en';
  const t = (key) => (I18N[lang][key] || EN[key] || key);
  const token = () => sessionStorage.getItem('cvmatch.token');
  const blind = () => $('blind').checked;
  let historyPage = 0;
  let bulkIds = [];
  let bulkTimer = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    });
    children.flat().forEach((c) => { if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c)); });
    return e;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((e) => {
      const key = e.getAttribute('data-i18n');
      if (!e.dataset.en) e.dataset.en = e.textContent;
      e.textContent = lang === 'en' ? e.dataset.en : (I18N.fr[key] || e.dataset.en);
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((e) => {
      if (!e.dataset.enPlaceholder) e.dataset.enPlaceholder = e.placeholder;
      e.placeholder = lang === 'en' ? e.dataset.enPlaceholder : (I18N.fr[e.dataset.i18nPlaceholder] || e.placeholder);
    });
  }

  function say(text, info) {
    const m = $('message');
    m.textContent = text; m.hidden = !text; m.className = info ? 'message info' : 'message';
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    if (token()) opts.headers.Authorization = 'Bearer ' + token();
    const response = await fetch(path, opts);
    if (response.status === 401 && token()) { sessionStorage.removeItem('cvmatch.token'); route(); }
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { const p = await response.json(); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
      const error = new Error(detail); error.status = response.status; throw error;
    }
    return response.status === 204 ? null : response.json();
  }

  function show(view) {
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + view; });
    document.querySelectorAll('nav a').forEach((a) => {
      if (a.getAttribute('href') === '#' + view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
  }

  function route() {
    const logged = !!token();
    $('nav').hidden = !logged; $('logout').hidden = !logged;
    let view = (location.hash || '#analyze').slice(1);
    if (!logged) view = 'auth';
    else if (!['analyze', 'bulk', 'history', 'dashboard'].includes(view)) view = 'analyze';
    show(view);
    if (view === 'history') loadHistory();
    if (view === 'dashboard') loadDashboard();
  }

  function credentials() {
    return JSON.stringify({ email: $('email').value, password: $('password').value });
  }

  async function login(event) {
    event.preventDefault(); say('');
    try {
      const r = await api('/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: credentials() });
      sessionStorage.setItem('cvmatch.token', r.access_token);
      $('password').value = ''; location.hash = '#analyze'; route();
    } catch (e) { say(e.message); }
  }

  async function register() {
    say('');
    try {
      await api('/auth/register', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: credentials() });
      say(t('registered'), true);
    } catch (e) { say(e.message); }
  }

  const pct = (x) => Math.round(x);
  function list(title, items, cls) {
    return el('div', {}, el('h4', {}, title), items.length ? el('ul', { class: 'chips ' + (cls || '') }, items.map((i) => el('li', {}, i))) : el('p', {}, t('none')));
  }

  function renderDetail(target, d) {
    target.replaceChildren();
    const s = d.summary;
    const card = el('div', { class: 'card', id: 'analysis-' + s.id });
    card.append(el('h3', {}, s.candidate || s.fileName), el('p', {}, s.jobTitle || ''));
    if (s.status !== 'completed') {
      card.append(el('p', { class: 'status-' + s.status }, t('status.' + s.status), s.error ? ': ' + s.error : ''));
      target.append(card); return;
    }
    const r = d.result;
    card.append(el('p', { class: 'score', 'data-testid': 'score' }, pct(r.score), el('small', {}, ' / 100')));
    card.append(el('h4', {}, t('breakdown')), el('table', { class: 'table' }, el('tbody', {},
      r.breakdown.filter((c) => c.applicable).map((c) => el('tr', {}, el('td', {}, c.name), el('td', {}, pct(c.score * 100) + '%'),
        el('td', {}, c.explanation))))));
    card.append(list(t('matched'), r.matchedSkills.map((m) => m.name + (m.monthsOfUse ? ' (' + m.monthsOfUse + ' ' + t('months') + ')' : ''))));
    card.append(list(t('missing'), r.missingSkills.map((m) => m.name + (m.required ? ' *' : '')), 'missing'));
    if (r.suggestions.length) card.append(el('h4', {}, t('suggestions')), el('ul', {}, r.suggestions.map((x) => el('li', {}, x))));
    const cv = d.cv;
    if (cv) {
      const box = el('div', { class: 'card', 'data-testid': 'extracted' }, el('h3', {}, t('extracted')));
      const c = cv.contact || {};
      const contact = [c.name || c.fullName, c.headline, c.email, c.phone, [c.city, c.country].filter(Boolean).join(', ')].filter(Boolean);
      if (contact.length) box.append(el('h4', {}, t('contact')), el('p', {}, contact.join(' · ')));
      const date = (x) => (x ? (x.month ? x.year + '-' + String(x.month).padStart(2, '0') : x.year) : '');
      const dateOf = (x) => (typeof x === 'string' ? x : date(x));
      box.append(el('h4', {}, t('experience')), el('ul', {}, (cv.experience || []).map((e) =>
        el('li', {}, [e.title, e.employer].filter(Boolean).join(' — '), ' ', el('small', {}, dateOf(e.start), ' – ', e.current ? '…' : dateOf(e.end))))));
      box.append(el('h4', {}, t('education')), el('ul', {}, (cv.education || []).map((e) =>
        el('li', {}, [e.degree, e.fieldOfStudy, e.institution].filter(Boolean).join(', ')))));
      box.append(list(t('languages'), (cv.languages || []).map((l) => l.language + (l.nativeSpeaker ? ' (native)' : l.level ? ' ' + l.level : ''))));
      box.append(list(t('certifications'), (cv.certifications || []).map((x) => x.name)));
      box.append(list(t('skills'), (cv.skills || []).map((k) => k.name + (k.monthsOfUse ? ' (' + k.monthsOfUse + ' ' + t('months') + ')' : ''))));
      card.append(box);
    }
    target.append(card);
  }

  function formData(form) {
    const data = new FormData(form);
    if (!data.get('job_file') || !data.get('job_file').size) data.delete('job_file');
    return data;
  }

  async function analyze(event) {
    event.preventDefault(); say(t('working'), true); $('result').replaceChildren();
    $('analyze').disabled = true;
    try {
      const d = await api('/cv/upload?blind=' + blind(), { method: 'POST', body: formData($('analyze-form')) });
      say(''); renderDetail($('result'), d);
    } catch (e) { say(e.message); } finally { $('analyze').disabled = false; }
  }

  async function bulk(event) {
    event.preventDefault(); say('');
    const files = $('cv-files').files;
    if (files.length > 10) { say('10 max'); return; }
    try {
      const r = await api('/cv/bulk-upload', { method: 'POST', body: formData($('bulk-form')) });
      bulkIds = r.analyses.map((a) => a.id);
      if (r.rejected.length) say(r.rejected.map((x) => x.file + ': ' + x.reason).join(' | '));
      pollBulk();
    } catch (e) { say(e.message); }
  }

  // the filter compares the score as shown (rounded): a row showing 55 stays when the minimum is 55
  async function pollBulk() {
    clearTimeout(bulkTimer);
    if (!bulkIds.length) return;
    const params = new URLSearchParams({ sort: 'score', size: '100', blind: blind() });
    bulkIds.forEach((id) => params.append('ids', id));
    const page = await api('/analyses?' + params);
    const min = Number($('min-score').value);
    const body = $('bulk-table').tBodies[0];
    body.replaceChildren(...page.items.filter((a) => a.status !== 'completed' || pct(a.score) >= min).map((a) =>
      el('tr', { 'data-status': a.status }, el('td', {}, a.candidate || a.fileName),
        el('td', { class: 'status-' + a.status }, t('status.' + a.status), a.error ? ': ' + a.error : ''),
        el('td', {}, a.score === null ? '' : pct(a.score)))));
    if (page.items.some((a) => a.status === 'queued' || a.status === 'processing')) bulkTimer = setTimeout(pollBulk, 700);
  }

  async function loadHistory() {
    const params = new URLSearchParams({ page: historyPage, size: 10, blind: blind() });
    if ($('history-q').value) params.set('q', $('history-q').value);
    try {
      const page = await api('/analyses?' + params);
      const body = $('history-table').tBodies[0];
      body.replaceChildren(...page.items.map((a) => el('tr', {},
        el('td', {}, a.candidate ? a.candidate + ' (' + a.fileName + ')' : a.fileName), el('td', {}, a.jobTitle),
        el('td', { class: 'status-' + a.status }, t('status.' + a.status)), el('td', {}, a.score === null ? '' : pct(a.score)),
        el('td', {}, new Date(a.createdAt).toLocaleString(lang)),
        el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => openAnalysis(a.id) }, t('open')), ' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => download(a.id) }, t('download')), ' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => remove(a.id) }, t('delete'))))));
      const pages = Math.max(1, Math.ceil(page.total / page.size));
      $('page-info').textContent = t('page') + ' ' + (page.page + 1) + ' / ' + pages + ' (' + page.total + ')';
      $('prev').disabled = page.page === 0; $('next').disabled = page.page + 1 >= pages;
    } catch (e) { say(e.message); }
  }

  async function openAnalysis(id) {
    try { renderDetail($('detail'), await api('/analyses/' + encodeURIComponent(id) + '?blind=' + blind())); } catch (e) { say(e.message); }
  }

  async function download(id) {
    try {
      const response = await fetch('/analyses/' + encodeURIComponent(id) + '/json-resume?blind=' + blind(), { headers: { Authorization: 'Bearer ' + token() } });
      if (!response.ok) throw new Error((await response.json()).detail);
      const url = URL.createObjectURL(await response.blob());
      const a = el('a', { href: url, download: id + '.resume.json' }); document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) { say(e.message); }
  }

  async function remove(id) {
    if (!confirm(t('confirm.delete'))) return;
    try { await api('/analyses/' + encodeURIComponent(id), { method: 'DELETE' }); $('detail').replaceChildren(); loadHistory(); } catch (e) { say(e.message); }
  }

  function bars(target, values, labels) {
    const max = Math.max(1, ...values);
    target.replaceChildren(...values.map((v, i) => el('div', { class: 'bar', title: labels[i] + ': ' + v, style: '' }, el('span', {}, labels[i]))));
    // heights through the CSSOM (allowed by the CSP, unlike inline style attributes)
    Array.from(target.children).forEach((bar, i) => { bar.style.height = (100 * values[i] / max) + '%'; });
  }

  async function loadDashboard() {
    try {
      const d = await api('/dashboard');
      $('stats').replaceChildren(...[[t('total'), d.total], [t('completed'), d.completed], [t('failed'), d.failed],
        [t('average'), d.averageScore === null ? '–' : d.averageScore]].map(([k, v]) => el('div', { class: 'stat' }, el('b', {}, v), k)));
      bars($('chart'), d.scoreDistribution, d.scoreDistribution.map((_, i) => i * 10 + '–' + (i === 9 ? 100 : i * 10 + 9)));
      $('missing').replaceChildren(...d.topMissingSkills.map((s) => el('li', {}, s.skill + ' (' + s.count + ')')));
      bars($('weeks'), d.perWeek.map((w) => w.count), d.perWeek.map((w) => w.week.slice(5)));
    } catch (e) { say(e.message); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('lang').value = lang;
    $('blind').checked = localStorage.getItem('cvmatch.blind') === 'true';
    translate();
    $('auth-form').addEventListener('submit', login);
    $('register').addEventListener('click', register);
    $('analyze-form').addEventListener('submit', analyze);
    $('bulk-form').addEventListener('submit', bulk);
    $('history-form').addEventListener('submit', (e) => { e.preventDefault(); historyPage = 0; loadHistory(); });
    $('prev').addEventListener('click', () => { historyPage = Math.max(0, historyPage - 1); loadHistory(); });
    $('next').addEventListener('click', () => { historyPage++; loadHistory(); });
    $('min-score').addEventListener('input', () => { $('min-score-value').textContent = $('min-score').value; pollBulk(); });
    $('lang').addEventListener('change', () => { lang = $('lang').value; localStorage.setItem('cvmatch.lang', lang); translate(); route(); });
    $('blind').addEventListener('change', () => { localStorage.setItem('cvmatch.blind', blind()); route(); });
    $('logout').addEventListener('click', () => { sessionStorage.removeItem('cvmatch.token'); location.hash = ''; route(); });
    window.addEventListener('hashchange', route);
    route();
  });
})();
