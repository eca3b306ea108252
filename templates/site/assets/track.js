// Marketing Factory first-party tracking: consent banner, visitor id, page views, landing UTM and
// click ids, form events. Events leave only with consent and only to this site's /api/events.
// Without consent the landing's campaign data still reaches the forms (sessionStorage of the tab).
(() => {
  const d = document;
  const w = window;
  const CONSENT = 'mf_consent';
  const COOKIE = 'mf_vid';
  const LANDING = 'mf_landing';
  const SENT = 'mf_landing_sent';
  const UTM = ['source', 'medium', 'campaign', 'term', 'content'];
  const CLICK_IDS = ['gclid', 'fbclid', 'msclkid', 'ttclid'];
  const queue = [];
  let timer = 0;

  const store = (kind) => {
    try {
      return w[kind];
    } catch {
      return null;
    }
  };
  const local = store('localStorage');
  const session = store('sessionStorage');
  const get = (s, k) => {
    try {
      return s ? s.getItem(k) : null;
    } catch {
      return null;
    }
  };
  const put = (s, k, v) => {
    try {
      if (s) s.setItem(k, v);
    } catch {}
  };

  const uuid = () => {
    const c = w.crypto;
    if (c?.randomUUID) return c.randomUUID();
    const b = c.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    const h = [...b].map((x) => (x + 256).toString(16).slice(1)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const cut = (v, n) => (v == null || v === '' ? null : String(v).slice(0, n));
  const here = () => (location.href.length <= 2000 ? location.href : location.origin + location.pathname);

  // The landing: what the address carried when the visitor arrived in this tab.
  const readLanding = () => {
    try {
      return JSON.parse(get(session, LANDING) || 'null');
    } catch {
      return null;
    }
  };
  const params = new URLSearchParams(location.search);
  const utm = {};
  const clickIds = {};
  let tagged = false;
  for (const k of UTM) {
    utm[k] = cut(params.get(`utm_${k}`), 200);
    if (utm[k]) tagged = true;
  }
  for (const k of CLICK_IDS) {
    const v = cut(params.get(k), 500);
    if (v) {
      clickIds[k] = v;
      tagged = true;
    }
  }
  let landing = readLanding();
  if (tagged || !landing) {
    landing = { url: here(), referrer: cut(d.referrer, 2000), utm, click_ids: clickIds };
    put(session, LANDING, JSON.stringify(landing));
    try {
      if (session) session.removeItem(SENT);
    } catch {}
  }

  const consent = () => get(local, CONSENT);
  const visitor = () => {
    const m = d.cookie.match(/(?:^|;\s*)mf_vid=([A-Za-z0-9_-]{8,64})/);
    return m ? m[1] : null;
  };
  const ensureVisitor = () => {
    let id = visitor();
    if (!id) {
      id = uuid();
      const secure = location.protocol === 'https:' ? '; Secure' : '';
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the site serves
      d.cookie = `${COOKIE}=${id}; Max-Age=31536000; Path=/; SameSite=Lax${secure}`;
    }
    return id;
  };

  const flush = () => {
    clearTimeout(timer);
    if (!queue.length) return;
    const body = JSON.stringify({ events: queue.splice(0, 100) });
    const n = w.navigator;
    if (!n.sendBeacon?.('/api/events', body)) {
      fetch('/api/events', {
        method: 'POST',
        body,
        keepalive: true,
        headers: { 'content-type': 'application/json' },
      }).catch(() => {});
    }
    if (queue.length) flush();
  };
  const track = (type, extra) => {
    if (consent() !== 'yes') return;
    const e = {
      id: uuid(),
      visitor_id: ensureVisitor(),
      type,
      at: new Date().toISOString(),
      url: here(),
      referrer: cut(d.referrer, 2000),
      utm: null,
      click_ids: null,
      form: null,
    };
    queue.push(Object.assign(e, extra));
    clearTimeout(timer);
    timer = setTimeout(flush, 2000);
  };

  const fillForms = () => {
    const vid = consent() === 'yes' ? visitor() : null;
    for (const f of d.querySelectorAll('form[data-mf-form]')) {
      const set = (name, value) => {
        const el = f.elements.namedItem(name);
        if (el && value != null) el.value = value;
      };
      if (!f.dataset.mfReady) {
        f.dataset.mfReady = '1';
        set('_submission', uuid());
        f.addEventListener('focusin', () => {
          if (!f.dataset.mfStarted) {
            f.dataset.mfStarted = '1';
            track('form_start', { form: f.dataset.mfForm });
          }
        });
        f.addEventListener('submit', (ev) => {
          if (ev.defaultPrevented) return;
          track('form_submit', { form: f.dataset.mfForm });
          flush();
        });
      }
      set('_visitor', vid || '');
      if (landing) {
        set('_landing_url', landing.url);
        for (const k of UTM) set(`_utm_${k}`, landing.utm[k] || '');
        for (const k of CLICK_IDS) set(`_${k}`, landing.click_ids[k] || '');
      }
    }
  };

  const start = () => {
    ensureVisitor();
    if (landing && !get(session, SENT)) {
      put(session, SENT, '1');
      track('landing', {
        url: landing.url,
        referrer: landing.referrer,
        utm: landing.utm,
        click_ids: landing.click_ids,
      });
    }
    track('page_view');
    fillForms();
  };

  const banner = d.getElementById('mf-consent');
  const choose = (answer) => {
    put(local, CONSENT, answer);
    if (banner) banner.hidden = true;
    if (answer === 'yes') start();
    else {
      queue.length = 0;
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the site serves
      d.cookie = `${COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
      fillForms();
    }
  };
  const init = () => {
    fillForms();
    if (banner) {
      for (const b of banner.querySelectorAll('[data-consent]')) {
        b.addEventListener('click', () => choose(b.dataset.consent));
      }
    }
    for (const b of d.querySelectorAll('[data-consent-settings]')) {
      b.addEventListener('click', () => {
        if (banner) banner.hidden = false;
      });
    }
    for (const a of d.querySelectorAll('a[href^="tel:"]')) {
      a.addEventListener('click', () => track('click_to_call'));
    }
    // Checkout is on the brand's store: the buy link carries the landing's campaign there (no
    // visitor id, so no consent needed), so the store's order, and its webhook, name the campaign.
    for (const a of d.querySelectorAll('a[data-mf-buy]')) {
      a.addEventListener('click', () => {
        track('buy_click');
        const landingUtm = readLanding()?.utm || {};
        try {
          const target = new URL(a.href);
          if (![...target.searchParams.keys()].some((k) => k.startsWith('utm_'))) {
            for (const k of UTM) if (landingUtm[k]) target.searchParams.set(`utm_${k}`, landingUtm[k]);
            a.href = target.href;
          }
        } catch {}
      });
    }
    const c = consent();
    if (c === 'yes') start();
    else if (c !== 'no' && banner) banner.hidden = false;
  };
  w.addEventListener('pagehide', flush);
  d.addEventListener('visibilitychange', () => {
    if (d.visibilityState === 'hidden') flush();
  });
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', init);
  else init();
})();
