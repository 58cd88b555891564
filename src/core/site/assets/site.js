/*
 * model-registry catalogue script. Every page is complete without it; this
 * only enhances: instant search, filters and sorting on the catalogue, version
 * pickers on compare pages, copy buttons. No dependencies, nothing inline
 * (the pages' Content-Security-Policy forbids it), no request to another site.
 * Card text is only ever put into the page as text (textContent), never as markup.
 */
(function () {
  'use strict';

  var body = document.body;
  var page = body.getAttribute('data-page');
  var root = body.getAttribute('data-root') || '';
  var canFetch = location.protocol === 'http:' || location.protocol === 'https:';

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function getJson(path) {
    if (!canFetch) return Promise.reject(new Error('opened from a file: no requests'));
    return fetch(root + path, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.json();
    });
  }

  // Numbers as the server writes them (src/core/output/number-format.ts; test/unit/core/site/site-js-numbers.test.ts compares them).
  function formatNumber(value) {
    if (value === undefined || value === null || Number.isNaN(value)) return '\u2013';
    if (!Number.isFinite(value)) return value > 0 ? '\u221e' : '-\u221e';
    if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(6)));
  }

  // Decimal places as written, and deltas to the precision two values carry: as
  // src/core/output/number-format.ts (decimalsOf, deltaDecimals, metricDelta) writes them.
  function decimalsOf(value) {
    if (!Number.isFinite(value)) return 0;
    var text = String(Math.abs(value));
    var e = text.indexOf('e');
    var mantissa = e < 0 ? text : text.slice(0, e);
    var point = mantissa.indexOf('.');
    var places = point < 0 ? 0 : mantissa.length - point - 1;
    return Math.min(20, Math.max(0, places - (e < 0 ? 0 : Number(text.slice(e + 1)))));
  }

  function metricDelta(current, previous) {
    var da = decimalsOf(current), db = decimalsOf(previous);
    var decimals = Math.min(Math.max(da, db), Math.min(da, db) + 1);
    var places = Math.max(da, db);
    var a = Math.round(current * Math.pow(10, places));
    var b = Math.round(previous * Math.pow(10, places));
    var delta, digits;
    if (places <= 15 && Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a - b)) {
      var units = Math.round(Math.abs(a - b) / Math.pow(10, places - decimals));
      delta = (a - b < 0 ? -units : units) / Math.pow(10, decimals);
      var whole = String(units).padStart(decimals + 1, '0');
      digits = decimals ? whole.slice(0, whole.length - decimals) + '.' + whole.slice(whole.length - decimals) : whole;
    } else delta = Number((current - previous).toFixed(decimals));
    if (!Number.isFinite(delta)) return { delta: delta, text: formatNumber(delta) };
    if (delta === 0) return { delta: 0, text: '\u00b10' };
    var abs = Math.abs(delta);
    var body = abs >= 1e6 || abs < 1e-4 ? formatNumber(abs) : digits === undefined ? abs.toFixed(decimals) : digits;
    return { delta: delta, text: (delta > 0 ? '+' : '-') + body };
  }

  function judge(delta, direction) {
    if (delta === 0) return 'same';
    if (direction !== 'higher' && direction !== 'lower') return 'unknown';
    return (delta > 0) === (direction === 'higher') ? 'better' : 'worse';
  }

  // As src/core/report/metric-comparison.ts compareValues: overlapping intervals, or less than min_delta, is within noise.
  function compareValues(current, previous, definition, ciCurrent, ciPrevious) {
    var d = metricDelta(current, previous);
    var verdict = judge(d.delta, definition ? definition.direction : undefined);
    var minDelta = definition && typeof definition.min_delta === 'number' ? definition.min_delta : undefined;
    var overlap = ciCurrent && ciPrevious && ciCurrent[0] <= ciPrevious[1] && ciPrevious[0] <= ciCurrent[1];
    if (verdict !== 'same' && ((minDelta !== undefined && Math.abs(d.delta) < minDelta) || overlap)) verdict = 'noise';
    return { delta: d.delta, text: d.text, verdict: verdict };
  }

  function metricTitle(name, definition) {
    return definition && definition.title ? definition.title : name;
  }

  var VERDICT_WORDS = { better: 'better', worse: 'worse', noise: 'within noise', same: 'same', unknown: 'no direction' };

  // ---------------------------------------------------------------- copy buttons
  function copyButtons() {
    // The versions page leaves its buttons to the script (one per card; hidden without it anyway).
    Array.prototype.forEach.call(document.querySelectorAll('.copy-block'), function (block) {
      var code = block.querySelector('pre > code[id]');
      if (!code || block.querySelector('button.copy')) return;
      var button = el('button', 'copy', 'Copy command');
      button.type = 'button';
      button.setAttribute('data-copy', code.id);
      block.appendChild(button);
    });
    var buttons = document.querySelectorAll('button.copy[data-copy]');
    Array.prototype.forEach.call(buttons, function (button) {
      var target = $(button.getAttribute('data-copy'));
      if (!target) return;
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = target.textContent;
        var done = function () {
          button.textContent = 'Copied';
          setTimeout(function () {
            button.textContent = label;
          }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () {
            selectText(target);
          });
        } else {
          selectText(target);
          try {
            if (document.execCommand('copy')) done();
          } catch (e) {
            /* the text stays selected for the user to copy */
          }
        }
      });
    });
  }

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // ---------------------------------------------------------------- versions
  // Each card is drawn from the model's JSON API file (api/models/<m>.json,
  // published anyway) and what the API does not carry, given in the page's
  // versions-data block: the cards' values are then on the site once.
  // Only text nodes and checked links, as everywhere in this script.
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function httpUrl(value) {
    if (typeof value !== 'string' || value.length > 4096 || !/^https?:\/\//i.test(value) || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return null;
    try {
      var url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, text, external) {
    var a = el('a', null, text);
    a.setAttribute('href', href);
    if (external) a.rel = 'nofollow noopener noreferrer';
    return a;
  }

  // A URI as a link when it is http(s), else as code (s3://, hf://, or something hostile).
  function uriNode(uri) {
    var safe = httpUrl(uri);
    return safe ? link(safe, uri, true) : el('code', 'uri', uri);
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function muted(text) {
    return el('p', 'muted', text);
  }

  function chips(stages) {
    var frag = document.createDocumentFragment();
    stages.forEach(function (s) {
      append(frag, el('span', 'chip stage stage-' + s, s), ' ');
    });
    return frag;
  }

  function timeNode(iso) {
    var time = Date.parse(iso);
    if (!iso || Number.isNaN(time)) return document.createTextNode(iso || '\u2013');
    var d = new Date(time);
    var node = el('time', null, d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear());
    node.setAttribute('datetime', d.toISOString());
    return node;
  }

  // As src/core/output/number-format.ts and src/core/text/shell-quote.ts write them.
  function decimalSize(size) {
    if (typeof size !== 'number') return '\u2013';
    if (size < 1000) return size + ' B';
    var units = ['kB', 'MB', 'GB', 'TB', 'PB'];
    var value = size / 1000;
    var unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return (value >= 100 ? value.toFixed(0) : value.toFixed(1)) + ' ' + units[unit];
  }

  function formatCount(n) {
    return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
  }

  function shellQuote(text) {
    return /^[A-Za-z0-9._+:@%/=-]+$/.test(text) ? text : "'" + text.replace(/'/g, "'\\''") + "'";
  }

  function repoUrl(server, repo) {
    return server && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) ? server.replace(/\/+$/, '') + '/' + repo : null;
  }

  function versions() {
    var dataNode = $('versions-data');
    if (!dataNode) return Promise.resolve();
    var data = JSON.parse(dataNode.textContent);
    var note = $('cards-note');
    return getJson(data.api)
      .then(function (model) {
        var all = (model.versions || []).slice().reverse(); // oldest first
        var byVersion = new Map(all.map(function (v, i) { return [v.version, i]; }));
        var prodName = model.stages ? model.stages[data.production] : undefined;
        var prod = prodName !== undefined && byVersion.has(prodName) ? all[byVersion.get(prodName)] : undefined;
        Object.keys(data.versions).forEach(function (version) {
          var article = $(version);
          var i = byVersion.get(version);
          if (!article || i === undefined) return;
          card(article, data, data.versions[version], all, i, prod);
        });
        if (note) note.hidden = true;
        // The browser went to #version before the cards had their height.
        var target = location.hash && $(decodeURIComponent(location.hash.slice(1)));
        if (target) target.scrollIntoView();
      })
      .catch(function () {
        if (note) note.textContent = 'The cards could not be drawn: serve the site over http(s) (a page opened from a file cannot load ' + data.api + ').';
      });
  }

  function card(article, data, extra, all, i, prodSite) {
    var v = all[i];
    var previous = i > 0 ? all[i - 1] : undefined;
    var prodVersion = prodSite !== v ? prodSite : undefined;
    var partner = prodVersion || previous || all[i + 1];
    var prod = prodVersion && prodVersion !== previous ? prodVersion : undefined;
    var catalogue = data.catalogue;
    var def = function (name) {
      return Object.prototype.hasOwnProperty.call(catalogue, name) ? catalogue[name] : undefined;
    };
    var links = data.links || {};
    var hrefOf = function (model, version) {
      var key = model + '@' + version;
      return Object.prototype.hasOwnProperty.call(links, key) ? links[key] : null;
    };
    var heading = article.querySelector('h2');
    var after = heading.nextSibling;
    var head = document.createDocumentFragment();
    var sub = append(el('p', 'page-sub'), 'created ', timeNode(v.created));
    if (v.stages && v.stages.length) append(sub, ' \u00b7 ', chips(v.stages));
    append(head, sub, el('p', 'summary', v.summary));
    if (v.deprecated) {
      var dep = append(el('p', 'notice danger'), el('strong', null, 'Deprecated.'), ' ' + (v.deprecation_reason || ''));
      dep.setAttribute('role', 'note');
      head.appendChild(dep);
    }
    var actions = el('p', 'page-actions');
    var release = httpUrl(v.release_url);
    if (release) {
      var button = link(release, 'Release ' + v.tag);
      button.className = 'button';
      append(actions, button, ' ');
    } else append(actions, append(el('span', 'muted'), 'Release tag ', el('code', null, v.tag)), ' ');
    if (partner) append(actions, link('compare.html?a=' + encodeURIComponent(partner.version) + '&b=' + encodeURIComponent(v.version), 'Compare with ' + partner.version));
    head.appendChild(actions);
    article.insertBefore(head, after);

    // Metrics.
    var details = extra.metrics || {};
    var names = data.metricOrder.filter(function (n) {
      return typeof v.metrics[n] === 'number';
    });
    var has = function (key) {
      return names.some(function (n) {
        return details[n] && details[n][key] !== undefined;
      });
    };
    var hasCi = has('ci');
    // Another version's interval, when its card is on this page.
    var ciOf = function (other, name) {
      var card = Object.prototype.hasOwnProperty.call(data.versions, other.version) ? data.versions[other.version] : undefined;
      return card && card.metrics && card.metrics[name] ? card.metrics[name].ci : undefined;
    };
    var hasWhere = has('where');
    var hasN = has('n');
    append(article, el('h3', null, 'Metrics'));
    if (!names.length) article.appendChild(muted('No metrics recorded.'));
    else {
      var table = el('table', 'metrics-table');
      var headRow = el('tr');
      var heads = ['Metric', 'Value'];
      if (hasCi) heads.push('Confidence interval');
      if (hasWhere) heads.push('Measured on');
      if (hasN) heads.push('n');
      if (previous) heads.push('vs previous (' + previous.version + (prodVersion === previous ? ', ' + data.production : '') + ')');
      if (prod) heads.push('vs ' + data.production + ' (' + prod.version + ')');
      heads.forEach(function (h) {
        headRow.appendChild(el('th', null, h));
      });
      append(table, append(el('thead'), headRow));
      var tbody = el('tbody');
      names.forEach(function (name) {
        var d = def(name);
        var x = details[name] || {};
        var value = v.metrics[name];
        var row = append(el('tr'), metricHead(name, d), el('td', 'num', formatNumber(value) + (d && d.unit ? ' ' + d.unit : '')));
        if (hasCi) row.appendChild(el('td', 'num', x.ci ? formatNumber(x.ci[0]) + ' \u2013 ' + formatNumber(x.ci[1]) : '\u2013'));
        if (hasWhere) row.appendChild(el('td', null, x.where ? x.where.join(' \u00b7 ') : '\u2013'));
        if (hasN) row.appendChild(el('td', 'num', x.n !== undefined ? formatCount(x.n) : '\u2013'));
        if (previous) row.appendChild(deltaCell(value, previous.metrics[name], d, x.ci, ciOf(previous, name)));
        if (prod) row.appendChild(deltaCell(value, prod.metrics[name], d, x.ci, ciOf(prod, name)));
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      var scroll = el('div', 'table-scroll');
      scroll.setAttribute('role', 'region');
      scroll.setAttribute('aria-label', 'Metrics of ' + v.version);
      scroll.tabIndex = 0;
      append(article, append(scroll, table));
    }

    // Lineage: made from -> this version -> built on it.
    var inputs = el('ul', 'flow-list');
    (v.parents || []).forEach(function (p) {
      if (p.uri !== undefined) {
        append(inputs, append(el('li', 'ext'), uriNode(p.uri), p.revision ? ' ' : null, p.revision ? el('code', null, '@' + p.revision) : null, el('span', 'rel', p.relation + ' \u00b7 outside this registry')));
        return;
      }
      var href = hrefOf(p.model, p.version);
      var label = p.model + ' ' + p.version;
      append(inputs, append(el('li'), href ? link(href, label) : label, el('span', 'rel', p.relation + (href ? '' : ' \u00b7 not in this registry'))));
    });
    (v.datasets || []).forEach(function (d) {
      append(inputs, append(el('li', 'data'), d.name + (d.version ? ' ' + d.version : ''), el('span', 'rel', d.role ? d.role + ' data' : 'data')));
    });
    if (v.code) append(inputs, append(el('li', 'code'), el('code', null, v.code.repo), ' ', el('code', null, v.code.commit.slice(0, 7)), el('span', 'rel', 'code')));
    var builtOn = el('ul', 'flow-list');
    (extra.children || []).forEach(function (c) {
      var href = hrefOf(c[0], c[1]);
      append(builtOn, append(el('li'), href ? link(href, c[0] + ' ' + c[1]) : c[0] + ' ' + c[1], el('span', 'rel', c[2])));
    });
    var flow = el('div', 'flow');
    append(flow, append(el('div'), el('h4', null, 'Made from'), inputs.firstChild ? inputs : muted('Nothing recorded.')));
    append(flow, el('p', 'flow-focus', data.model + ' ' + v.version));
    append(flow, append(el('div'), el('h4', null, 'Built on it'), builtOn.firstChild ? builtOn : muted('Nothing yet.')));
    append(article, el('h3', null, 'Lineage'), flow);

    // Training.
    append(article, el('h3', null, 'Training'));
    var kv = function (title, rows) {
      if (!rows || !rows.length) return null;
      var dl = el('dl', 'kv');
      rows.forEach(function (r) {
        append(dl, el('dt', null, r[0]), el('dd', null, r[1] === null ? 'null' : String(r[1])));
      });
      return append(el('div'), el('h4', null, title), dl);
    };
    if ((extra.params && extra.params.length) || (extra.environment && extra.environment.length) || extra.run) {
      append(article, append(el('div', 'two-col'), kv('Parameters', extra.params), kv('Environment', extra.environment)));
      if (extra.run) append(article, append(el('p'), 'Training run: ', uriNode(extra.run)));
    } else article.appendChild(muted('No training details recorded.'));

    // Reproducibility.
    append(article, el('h3', null, 'Reproducibility'));
    var code = v.code;
    if (code) {
      var repo = repoUrl(data.server, code.repo);
      var hex = /^[0-9a-f]{7,40}$/.test(code.commit);
      var p = append(el('p'), 'Code: repository ', repo ? link(repo, code.repo) : el('code', null, code.repo), ', commit ');
      append(p, repo && hex ? append(link(repo + '/commit/' + code.commit, ''), el('code', null, code.commit)) : el('code', null, code.commit));
      if (code.path) {
        var clean = code.path.replace(/^\/+/, '').split('/').filter(function (x) {
          return x && x !== '.' && x !== '..';
        }).map(encodeURIComponent).join('/');
        append(p, ', entry point ', repo && hex ? append(link(repo + '/blob/' + code.commit + '/' + clean, ''), el('code', null, code.path)) : el('code', null, code.path));
      }
      article.appendChild(p);
    } else article.appendChild(muted('No training code recorded.'));
    append(article, el('h4', null, 'Data'));
    if (v.datasets && v.datasets.length) {
      var dl = el('ul', 'plain');
      v.datasets.forEach(function (d) {
        var li = append(el('li'), el('strong', null, d.name), d.version ? ' version ' + d.version : null, d.role ? ' \u00b7 role ' + d.role : null);
        if (d.uri) append(li, ' \u00b7 location ', uriNode(d.uri));
        if (d.sha256) append(li, ' \u00b7 SHA-256 ', el('code', 'sha', d.sha256));
        dl.appendChild(li);
      });
      article.appendChild(dl);
    } else article.appendChild(muted('No datasets recorded.'));

    // Artifacts, with a line to verify downloads.
    append(article, el('h3', null, 'Artifacts'));
    var artifacts = v.artifacts || [];
    if (!artifacts.length) {
      article.appendChild(muted('No artifacts listed.'));
      return;
    }
    var list = el('ul', 'plain');
    var stored = extra.stored || [];
    artifacts.forEach(function (a, k) {
      var safe = httpUrl(a.url);
      var where = stored[k];
      var li = append(el('li'), safe ? link(safe, a.name) : el('strong', null, a.name), ' \u00b7 ' + decimalSize(a.size) + ' \u00b7 SHA-256 ', el('code', 'sha', a.sha256 || '\u2013'), ' \u00b7 stored ');
      if (where === 1) append(li, 'attached to the release');
      else if (typeof where === 'string') append(li, 'committed (', el('code', null, where), ')');
      else if (a.url) append(li, uriNode(a.url));
      else append(li, '\u2013');
      list.appendChild(li);
    });
    article.appendChild(list);
    var check = artifacts
      .filter(function (a) {
        return a.sha256 && /^[0-9a-f]{64}$/.test(a.sha256);
      })
      .map(function (a) {
        return 'echo ' + shellQuote(a.sha256 + '  ' + a.name) + ' | sha256sum -c';
      })
      .join('\n');
    if (check) {
      var pre = el('pre');
      pre.tabIndex = 0;
      var codeNode = el('code', null, check);
      codeNode.id = v.version + '-sha256';
      append(article, el('p', null, 'Verify a download (run in the folder you downloaded the files to):'), append(el('div', 'copy-block'), append(pre, codeNode)));
    }
  }

  // A signed delta coloured by direction, with a word so colour is not the only cue; the arrow comes from CSS.
  function deltaCell(current, previous, definition, ciCurrent, ciPrevious) {
    if (typeof current !== 'number' || typeof previous !== 'number') return el('td', 'delta none', '\u2013');
    var c = compareValues(current, previous, definition, ciCurrent, ciPrevious);
    var cell = el('td', 'delta ' + c.verdict + (c.delta > 0 ? ' up' : c.delta < 0 ? ' down' : ''), c.text + ' ');
    cell.appendChild(el('small', null, VERDICT_WORDS[c.verdict]));
    return cell;
  }

  // A metric's row head: its title for people, its id on hover when they differ.
  function metricHead(name, definition) {
    var th = el('th', null, metricTitle(name, definition));
    if (definition && definition.title && definition.title !== name) th.title = name;
    return th;
  }

  // ---------------------------------------------------------------- model page
  // A chart per metric, every metric of every version, releases and artifacts,
  // drawn from the model's API file and the page's model-data block
  // (src/core/site/pages/model-drawn.ts says why).
  var SVG = 'http://www.w3.org/2000/svg';

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, String(attrs[k]));
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Round tick values covering [min, max]: steps of 1, 2, 2.5 or 5 times a power of ten.
  function niceTicks(min, max) {
    if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
    if (min === max) {
      var pad = Math.abs(min) * 0.05 || 1;
      min -= pad;
      max += pad;
    }
    var rough = (max - min) / 4;
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    var step = [1, 2, 2.5, 5, 10].map(function (f) { return f * power; }).filter(function (x) { return x >= rough; })[0] || 10 * power;
    var ticks = [];
    for (var t = Math.floor(min / step) * step; t <= max + step * 1e-9 && ticks.length < 20; t += step) ticks.push(Number(t.toPrecision(12)));
    if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
    return ticks;
  }

  // The y-axis of a chart, chosen so a change shows at its real size (docs/format.md, "Charts"):
  // it spans at least a tenth of the catalogue's range (min to max), or without both bounds
  // a tenth of the largest value, or the values' spread when that is wider; it stays
  // inside the catalogue's bounds, and says which rule set it.
  var MIN_AXIS_SHARE = 0.1;
  function chartAxis(values, def) {
    var low = Math.min.apply(null, values), high = Math.max.apply(null, values);
    var bounded = function (k) { return def && typeof def[k] === 'number' && Number.isFinite(def[k]); };
    var hasRange = bounded('min') && bounded('max') && def.max > def.min;
    var floor = hasRange ? (def.max - def.min) * MIN_AXIS_SHARE : Math.max(Math.abs(low), Math.abs(high)) * MIN_AXIS_SHARE || 1;
    var spread = high - low;
    var span = Math.max(spread, floor);
    var lo = (low + high) / 2 - span / 2, hi = lo + span;
    var min = bounded('min') ? def.min : low >= 0 ? 0 : -Infinity;
    var max = bounded('max') ? def.max : Infinity;
    if (lo < min) { hi += min - lo; lo = min; }
    if (hi > max) { lo = Math.max(min, lo - (hi - max)); hi = max; }
    var ticks = niceTicks(lo, hi).filter(function (t) { return t >= min - 1e-12 && t <= max + 1e-12; });
    var rule = spread >= floor ? 'the spread of the values' : hasRange ? 'a tenth of the range ' + formatNumber(def.min) + ' to ' + formatNumber(def.max) : 'a tenth of the largest value';
    return { ticks: ticks, lo: ticks[0], hi: ticks[ticks.length - 1], rule: rule };
  }

  // One metric across versions: versions along x, values on y, CI whiskers, the production version ringed and labelled;
  // a step within noise is drawn dashed and says so.
  function chart(spec, id) {
    var W = 560, H = 244, L = 58, R = 16, T = 18, B = 60;
    var PW = W - L - R, PH = H - T - B;
    var points = spec.points;
    var def = spec.definition;
    var values = [];
    points.forEach(function (p) {
      values.push(p.value);
      if (p.ci) values.push(p.ci[0], p.ci[1]);
    });
    var axis = chartAxis(values, def);
    var ticks = axis.ticks;
    var lo = axis.lo, hi = axis.hi;
    var x = function (i) { return L + (points.length === 1 ? PW / 2 : (i * PW) / (points.length - 1)); };
    var y = function (v) { return T + PH - ((v - lo) / (hi - lo || 1)) * PH; };
    var r = function (n) { return Math.round(n * 10) / 10; };
    var unit = spec.unit ? ' ' + spec.unit : '';
    var valueText = function (p) { return formatNumber(p.value) + unit; };
    var direction = spec.direction === 'higher' ? 'higher is better' : spec.direction === 'lower' ? 'lower is better' : 'direction unknown';
    var production = points.filter(function (p) { return p.production; })[0];
    var every = Math.max(1, Math.ceil(points.length / 10));
    var steps = points.map(function (p, i) {
      return i ? compareValues(p.value, points[i - 1].value, def, p.ci, points[i - 1].ci) : null;
    });
    var svg = svgEl('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc', 'data-metric': spec.metric, 'data-points': points.length, 'data-axis-min': lo, 'data-axis-max': hi });
    var first = points[0], last = points[points.length - 1];
    var lastStep = steps[steps.length - 1];
    var scale = 'y-axis ' + formatNumber(lo) + ' to ' + formatNumber(hi) + unit + ', spanning ' + axis.rule;
    var summary = points.length + ' versions, from ' + first.label + ' (' + valueText(first) + ') to ' + last.label + ' (' + valueText(last) + ')' +
      (lastStep ? ', last change ' + lastStep.text + ' (' + VERDICT_WORDS[lastStep.verdict] + ')' : '') +
      (production ? '; production ' + production.label + ': ' + valueText(production) : '') + '. ' + scale + '. Every value is in the table of every metric.';
    svg.appendChild(svgEl('title', { id: id + '-title' }, spec.title + unit + ' across versions (' + direction + ')'));
    svg.appendChild(svgEl('desc', { id: id + '-desc' }, summary));
    svg.appendChild(svgEl('path', { class: 'grid', d: ticks.map(function (t) { return 'M' + L + ' ' + r(y(t)) + 'H' + (W - R); }).join('') }));
    var yAxis = svgEl('g', { class: 'axis', 'text-anchor': 'end' });
    ticks.forEach(function (t) {
      yAxis.appendChild(svgEl('text', { x: L - 6, y: r(y(t)) + 4 }, formatNumber(t)));
    });
    svg.appendChild(yAxis);
    svg.appendChild(svgEl('line', { class: 'axis-line', x1: L, x2: W - R, y1: T + PH, y2: T + PH }));
    var xAxis = svgEl('g', { class: 'axis', 'text-anchor': 'middle', transform: 'translate(0 ' + (T + PH + 16) + ')' });
    points.forEach(function (p, i) {
      if (i % every === 0 || i === points.length - 1 || p.production) xAxis.appendChild(svgEl('text', { x: r(x(i)) }, p.label.length > 12 ? p.label.slice(0, 11) + '\u2026' : p.label));
    });
    svg.appendChild(xAxis);
    svg.appendChild(svgEl('text', { class: 'axis-title', x: L + PW / 2, y: T + PH + 32, 'text-anchor': 'middle' }, 'version'));
    svg.appendChild(svgEl('text', { class: 'scale-note', x: 4, y: H - 6 }, scale));
    points.forEach(function (p, i) {
      if (p.ci) svg.appendChild(svgEl('line', { class: 'ci', x1: r(x(i)), x2: r(x(i)), y1: r(y(p.ci[0])), y2: r(y(p.ci[1])) }));
    });
    steps.forEach(function (step, i) {
      if (!step) return;
      var segment = svgEl('line', { class: 'series' + (step.verdict === 'noise' ? ' noise' : ''), x1: r(x(i - 1)), y1: r(y(points[i - 1].value)), x2: r(x(i)), y2: r(y(points[i].value)) });
      segment.appendChild(svgEl('title', {}, points[i - 1].label + ' to ' + points[i].label + ': ' + step.text + unit + ', ' + VERDICT_WORDS[step.verdict]));
      svg.appendChild(segment);
    });
    points.forEach(function (p, i) {
      var ci = p.ci ? ' (CI ' + formatNumber(p.ci[0]) + ' to ' + formatNumber(p.ci[1]) + ')' : '';
      var change = steps[i] ? '; ' + steps[i].text + ' vs ' + points[i - 1].label + ', ' + VERDICT_WORDS[steps[i].verdict] : '';
      var dot = svgEl('circle', { class: 'point' + (p.production ? ' production' : '') + (p.deprecated ? ' deprecated' : ''), cx: r(x(i)), cy: r(y(p.value)) });
      dot.appendChild(svgEl('title', {}, p.label + ': ' + valueText(p) + ci + (p.production ? ', production' : '') + (p.deprecated ? ', deprecated' : '') + change));
      svg.appendChild(dot);
    });
    if (production) {
      var px = r(Math.min(Math.max(x(points.indexOf(production)), L + 30), W - R - 30));
      svg.appendChild(svgEl('text', { class: 'production-label', x: px, y: r(Math.max(y(production.value) - 12, T + 2)), 'text-anchor': 'middle' }, 'production'));
    }
    return svg;
  }

  function scrollRegion(label, table) {
    var scroll = el('div', 'table-scroll');
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', label);
    scroll.tabIndex = 0;
    scroll.appendChild(table);
    return scroll;
  }

  function headRow(names) {
    var row = el('tr');
    names.forEach(function (n) {
      var th = typeof n === 'string' ? el('th', null, n) : n;
      th.scope = 'col';
      row.appendChild(th);
    });
    return append(el('thead'), row);
  }

  function replaceBox(id, content) {
    var box = $(id);
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(content);
  }

  function modelPage() {
    var dataNode = $('model-data');
    if (!dataNode) return Promise.resolve();
    var data = JSON.parse(dataNode.textContent);
    return getJson(data.api)
      .then(function (model) {
        var all = (model.versions || []).slice().reverse(); // oldest first
        var newest = (model.versions || []).slice();
        var prodName = model.stages ? model.stages[data.production] : undefined;
        var versionHref = function (v) {
          var i = all.indexOf(v);
          return data.versions + (data.perPage ? '-' + (Math.floor(i / data.perPage) + 1) : '') + '.html#' + encodeURIComponent(v.version);
        };
        var def = function (name) {
          return Object.prototype.hasOwnProperty.call(data.catalogue, name) ? data.catalogue[name] : undefined;
        };
        var ciOf = function (v, name) {
          var own = Object.prototype.hasOwnProperty.call(data.ci, v.version) ? data.ci[v.version] : undefined;
          return own && Object.prototype.hasOwnProperty.call(own, name) ? own[name] : undefined;
        };
        // Charts.
        var charts = el('div', 'charts');
        data.metricOrder.forEach(function (name, i) {
          var d = def(name);
          var points = [];
          all.forEach(function (v) {
            if (typeof v.metrics[name] !== 'number') return;
            points.push({ label: v.version, value: v.metrics[name], ci: ciOf(v, name), production: v.version === prodName, deprecated: !!v.deprecated });
          });
          if (!points.length) return;
          var caption = append(el('figcaption', null, metricTitle(name, d) + (d && d.unit ? ' (' + d.unit + ')' : '') + ' '), el('span', 'muted', d ? (d.direction === 'higher' ? 'higher is better' : 'lower is better') : 'not in the catalogue'));
          var spec = { metric: name, title: metricTitle(name, d), unit: d && d.unit, direction: d && d.direction, definition: d, points: points };
          charts.appendChild(append(el('figure', 'chart-figure'), caption, chart(spec, 'chart-' + i)));
        });
        replaceBox('charts-box', charts);
        // Every metric of every version.
        var matrix = el('table', 'metrics-matrix');
        matrix.appendChild(el('caption', null, 'Every metric of every version'));
        matrix.appendChild(headRow(['Version'].concat(data.metricOrder.map(function (n) {
          var d = def(n);
          var th = metricHead(n, d);
          if (d && d.unit) append(th, ' ', el('span', 'muted unit', '(' + d.unit + ')'));
          return th;
        }))));
        var body = el('tbody');
        newest.forEach(function (v) {
          var th = append(el('th'), link(versionHref(v), v.version));
          th.scope = 'row';
          var row = append(el('tr'), th);
          data.metricOrder.forEach(function (n) {
            row.appendChild(el('td', 'num', typeof v.metrics[n] === 'number' ? formatNumber(v.metrics[n]) : '\u2013'));
          });
          body.appendChild(row);
        });
        matrix.appendChild(body);
        replaceBox('metrics-matrix', scrollRegion('Metrics by version', matrix));
        // Releases and artifacts.
        var table = el('table', 'artifacts-table');
        table.appendChild(headRow(['Version', 'Artifact', 'Size', 'SHA-256']));
        var rows = el('tbody');
        newest.forEach(function (v) {
          var committed = Object.prototype.hasOwnProperty.call(data.committed, v.version) ? data.committed[v.version] : [];
          (v.artifacts || []).forEach(function (a, k) {
            var row = el('tr');
            if (k === 0) {
              var th = append(el('th'), link(versionHref(v), v.version));
              th.scope = 'rowgroup';
              th.rowSpan = v.artifacts.length;
              var release = httpUrl(v.release_url);
              if (release) {
                var small = link(release, 'release ' + v.tag);
                small.className = 'small';
                append(th, el('br'), small);
              }
              row.appendChild(th);
            }
            var safe = httpUrl(a.url);
            var name = append(el('td'), safe ? link(safe, a.name) : a.name);
            // An artifact stored elsewhere: its URI as written (the API's url), a committed one's url is its release download.
            if (a.url && committed.indexOf(k) < 0) append(name, el('br'), el('code', 'uri small', a.url));
            var sha = el('code', 'sha', a.sha256 ? a.sha256.slice(0, 12) : '\u2013');
            sha.title = a.sha256 || '';
            append(row, name, el('td', 'num', decimalSize(a.size)), append(el('td'), sha));
            rows.appendChild(row);
          });
        });
        table.appendChild(rows);
        replaceBox('artifacts-box', scrollRegion('Releases and artifacts', table));
      })
      .catch(function () {
        Array.prototype.forEach.call(document.querySelectorAll('.drawn-note'), function (note) {
          note.textContent = 'Not drawn: serve the site over http(s) (a page opened from a file cannot load ' + data.api + ').';
        });
      });
  }

  // ---------------------------------------------------------------- monitoring
  // A chart per monitored metric over time, from api/models/<m>/monitoring.json
  // (src/core/site/monitoring-series.ts says how it is aggregated): each series'
  // mean a period with its min-max band, the monitor's bounds, the value each
  // version was registered with (less max_drop, dashed), and a line where a new
  // version was first observed. The y-axis follows the charts' rule (chartAxis).
  var PERIOD_MS = { day: 86400000, week: 7 * 86400000, month: 31 * 86400000 };

  function monitorChart(mon, metric, id) {
    var W = 560, H = 244, L = 58, R = 16, T = 18, B = 60;
    var PW = W - L - R, PH = H - T - B;
    var cols = mon.columns;
    var at = function (name) { return cols.indexOf(name); };
    var iStart = at('start'), iMean = at('mean'), iMin = at('min'), iMax = at('max');
    var unit = metric.unit ? ' ' + metric.unit : '';
    var monitor = metric.monitor || {};
    var registered = metric.registered || {};
    var higher = metric.direction !== 'lower';
    var times = [];
    var values = [];
    metric.series.forEach(function (s) {
      s.points.forEach(function (p) {
        times.push(Date.parse(p[iStart]));
        values.push(p[iMin], p[iMax]);
      });
    });
    var spans = {};
    mon.versions.forEach(function (v) { spans[v.version] = [Date.parse(v.first), Date.parse(v.last)]; });
    var drops = {};
    Object.keys(registered).forEach(function (version) {
      if (!Object.prototype.hasOwnProperty.call(spans, version)) return;
      values.push(registered[version]);
      if (typeof monitor.max_drop === 'number' && metric.direction) {
        drops[version] = higher ? registered[version] - monitor.max_drop : registered[version] + monitor.max_drop;
        values.push(drops[version]);
      }
    });
    if (typeof monitor.min === 'number') values.push(monitor.min);
    if (typeof monitor.max === 'number') values.push(monitor.max);
    var t0 = Math.min.apply(null, times), t1 = Math.max.apply(null, times);
    if (!(t1 > t0)) { t0 -= PERIOD_MS[mon.period] || 86400000; t1 += PERIOD_MS[mon.period] || 86400000; }
    var axis = chartAxis(values, metric.range);
    var lo = axis.lo, hi = axis.hi;
    var x = function (t) { return L + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0)) * PW; };
    var y = function (v) { return T + PH - ((v - lo) / (hi - lo || 1)) * PH; };
    var r = function (n) { return Math.round(n * 10) / 10; };
    var scale = 'y-axis ' + formatNumber(lo) + ' to ' + formatNumber(hi) + unit + ', spanning ' + axis.rule;
    var title = metricTitle(metric.name, metric.title ? { title: metric.title } : undefined);
    var attrs = { class: 'chart monitor-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc', 'data-metric': metric.name, 'data-axis-min': lo, 'data-axis-max': hi, 'data-series': metric.series.length };
    if (typeof monitor.min === 'number') attrs['data-threshold-min'] = monitor.min;
    if (typeof monitor.max === 'number') attrs['data-threshold-max'] = monitor.max;
    var svg = svgEl('svg', attrs);
    var newest = metric.series.slice().sort(function (a, b) { return Date.parse(b.last.time) - Date.parse(a.last.time); })[0];
    var bounds = [typeof monitor.min === 'number' ? 'min ' + formatNumber(monitor.min) : '', typeof monitor.max === 'number' ? 'max ' + formatNumber(monitor.max) : '', typeof monitor.max_drop === 'number' ? 'max_drop ' + formatNumber(monitor.max_drop) : ''].filter(Boolean).join(', ');
    var summary = metric.series.length + ' series, a point a ' + mon.period +
      (newest ? '; newest: ' + formatNumber(newest.last.value) + unit + ' (' + newest.version + ') at ' + newest.last.time : '') +
      (bounds ? '; monitor ' + bounds : '; no monitor') + '. ' + scale + '.';
    svg.appendChild(svgEl('title', { id: id + '-title' }, title + unit + ' over time'));
    svg.appendChild(svgEl('desc', { id: id + '-desc' }, summary));
    svg.appendChild(svgEl('path', { class: 'grid', d: axis.ticks.map(function (t) { return 'M' + L + ' ' + r(y(t)) + 'H' + (W - R); }).join('') }));
    var yAxis = svgEl('g', { class: 'axis', 'text-anchor': 'end' });
    axis.ticks.forEach(function (t) { yAxis.appendChild(svgEl('text', { x: L - 6, y: r(y(t)) + 4 }, formatNumber(t))); });
    svg.appendChild(yAxis);
    svg.appendChild(svgEl('line', { class: 'axis-line', x1: L, x2: W - R, y1: T + PH, y2: T + PH }));
    var xAxis = svgEl('g', { class: 'axis', 'text-anchor': 'middle', transform: 'translate(0 ' + (T + PH + 16) + ')' });
    for (var k = 0; k <= 3; k++) {
      var tk = t0 + ((t1 - t0) * k) / 3;
      xAxis.appendChild(svgEl('text', { x: r(x(tk)), 'text-anchor': k === 0 ? 'start' : k === 3 ? 'end' : 'middle' }, new Date(tk).toISOString().slice(0, 10)));
    }
    svg.appendChild(xAxis);
    svg.appendChild(svgEl('text', { class: 'axis-title', x: L + PW / 2, y: T + PH + 32, 'text-anchor': 'middle' }, 'time (UTC)'));
    svg.appendChild(svgEl('text', { class: 'scale-note', x: 4, y: H - 6 }, scale));
    // Where a new version was first observed.
    mon.versions.forEach(function (v, i) {
      var t = Date.parse(v.first);
      if (i === 0 || t <= t0 || t > t1) return;
      var line = svgEl('line', { class: 'version-change', 'data-version': v.version, x1: r(x(t)), x2: r(x(t)), y1: T, y2: T + PH });
      line.appendChild(svgEl('title', {}, v.version + ' first observed ' + v.first));
      svg.appendChild(line);
      svg.appendChild(svgEl('text', { class: 'version-label', x: r(x(t)) + 3, y: T + 9 }, v.version));
    });
    // Series: the band from min to max, the mean a period.
    metric.series.forEach(function (s, n) {
      var pts = s.points.map(function (p) { return [x(Date.parse(p[iStart])), p]; });
      var band = pts.map(function (q) { return r(q[0]) + ' ' + r(y(q[1][iMax])); }).concat(pts.slice().reverse().map(function (q) { return r(q[0]) + ' ' + r(y(q[1][iMin])); }));
      if (pts.length > 1) svg.appendChild(svgEl('path', { class: 'band s' + (n % 4), d: 'M' + band.join('L') + 'Z' }));
      var where = [s.segment ? 'segment ' + s.segment : '', s.environment ? 'environment ' + s.environment : ''].filter(Boolean).join(', ');
      var line = svgEl('path', { class: 'series monitor-series s' + (n % 4), 'data-version': s.version, d: 'M' + pts.map(function (q) { return r(q[0]) + ' ' + r(y(q[1][iMean])); }).join('L') });
      line.appendChild(svgEl('title', {}, s.version + (where ? ' (' + where + ')' : '') + ': ' + s.count + ' observations, newest ' + formatNumber(s.last.value) + unit + ' at ' + s.last.time));
      svg.appendChild(line);
      var dot = svgEl('circle', { class: 'point s' + (n % 4), cx: r(x(Date.parse(s.points[s.points.length - 1][iStart]))), cy: r(y(s.last.value)) });
      dot.appendChild(svgEl('title', {}, 'newest ' + s.version + (where ? ' (' + where + ')' : '') + ': ' + formatNumber(s.last.value) + unit + ' at ' + s.last.time));
      svg.appendChild(dot);
    });
    // The registered value of each version over the time it was observed, and that less max_drop.
    Object.keys(registered).forEach(function (version) {
      if (!Object.prototype.hasOwnProperty.call(spans, version)) return;
      var a = r(x(spans[version][0])), b = r(x(spans[version][1]));
      if (b - a < 4) b = a + 4;
      var reg = svgEl('line', { class: 'registered', 'data-version': version, x1: a, x2: b, y1: r(y(registered[version])), y2: r(y(registered[version])) });
      reg.appendChild(svgEl('title', {}, version + ' registered with ' + formatNumber(registered[version]) + unit));
      svg.appendChild(reg);
      if (Object.prototype.hasOwnProperty.call(drops, version)) {
        var drop = svgEl('line', { class: 'threshold drop', 'data-version': version, x1: a, x2: b, y1: r(y(drops[version])), y2: r(y(drops[version])) });
        drop.appendChild(svgEl('title', {}, version + ': registered ' + (higher ? 'less ' : 'plus ') + 'max_drop ' + formatNumber(monitor.max_drop) + ' = ' + formatNumber(drops[version]) + unit));
        svg.appendChild(drop);
      }
    });
    ['min', 'max'].forEach(function (k) {
      if (typeof monitor[k] !== 'number') return;
      var ty = r(y(monitor[k]));
      var line = svgEl('line', { class: 'threshold ' + k, x1: L, x2: W - R, y1: ty, y2: ty });
      line.appendChild(svgEl('title', {}, 'monitor ' + k + ' ' + formatNumber(monitor[k]) + unit));
      svg.appendChild(line);
      svg.appendChild(svgEl('text', { class: 'threshold-label', x: W - R - 2, y: k === 'min' ? ty + 11 : ty - 4, 'text-anchor': 'end' }, k + ' ' + formatNumber(monitor[k])));
    });
    return svg;
  }

  function monitoring() {
    var box = $('monitoring-box');
    if (!box) return Promise.resolve();
    var api = box.getAttribute('data-api');
    return getJson(api)
      .then(function (mon) {
        var charts = el('div', 'charts');
        (mon.metrics || []).forEach(function (metric, i) {
          var caption = append(el('figcaption', null, metricTitle(metric.name, metric.title ? { title: metric.title } : undefined) + (metric.unit ? ' (' + metric.unit + ')' : '') + ' '), el('span', 'muted', metric.monitor ? 'monitored' : 'observed, not monitored'));
          var figure = append(el('figure', 'chart-figure'), caption);
          if (metric.series.length) figure.appendChild(monitorChart(mon, metric, 'monitor-' + i));
          else figure.appendChild(el('p', 'muted', 'No observation yet.'));
          charts.appendChild(figure);
        });
        replaceBox('monitoring-box', charts);
      })
      .catch(function () {
        var note = box.querySelector('.drawn-note');
        if (note) note.textContent = 'Not drawn: serve the site over http(s) (a page opened from a file cannot load ' + api + ').';
      });
  }

  // ---------------------------------------------------------------- catalogue
  function catalogue() {
    var list = $('model-list');
    var controls = $('controls');
    if (!list || !controls) return;
    var query = $('q');
    var sort = $('sort');
    var count = $('result-count');
    var empty = $('no-results');
    var filters = {
      task: $('f-task'),
      tag: $('f-tag'),
      owner: $('f-owner'),
      stage: $('f-stage'),
    };
    // Only where some model declares monitoring (pages/catalogue.ts).
    if ($('f-health')) filters.health = $('f-health');
    var texts = function (li, selector) {
      return Array.prototype.map.call(li.querySelectorAll(selector), function (x) {
        return x.textContent;
      });
    };
    var entries = Array.prototype.map.call(list.children, function (li, i) {
      var metric = li.getAttribute('data-metric');
      return {
        li: li,
        i: i,
        name: li.getAttribute('data-name'),
        task: li.getAttribute('data-task') || '',
        tags: texts(li, '.tags li'),
        owners: texts(li, '.owners li'),
        stages: (li.getAttribute('data-stages') || '').split(' ').filter(Boolean),
        health: (li.getAttribute('data-health') || '').split(' ').filter(Boolean),
        updated: Number(li.getAttribute('data-updated')) || 0,
        metric: metric === null ? null : Number(metric),
        metricName: li.getAttribute('data-metric-name') || '',
        direction: li.getAttribute('data-direction') || '',
        page: li.textContent.replace(/\s+/g, ' ').toLowerCase(),
        index: '',
        shown: true,
      };
    });
    var byName = new Map();
    entries.forEach(function (e) {
      byName.set(e.name, e);
    });
    var total = entries.length;
    var noun = function (n) {
      return n.toLocaleString('en-US') + (n === 1 ? ' model' : ' models');
    };

    // State from the URL, so a search can be shared as a link.
    var params = new URLSearchParams(location.search);
    if (params.has('q')) query.value = params.get('q');
    Object.keys(filters).forEach(function (key) {
      var value = params.get(key);
      if (value && Array.prototype.some.call(filters[key].options, function (o) { return o.value === value; })) filters[key].value = value;
    });
    if (params.has('sort') && ['name', 'recent', 'metric'].indexOf(params.get('sort')) >= 0) sort.value = params.get('sort');

    function tokens() {
      return query.value.toLowerCase().split(/\s+/).filter(Boolean);
    }

    function apply() {
      var words = tokens();
      var task = filters.task.value;
      var tag = filters.tag.value;
      var owner = filters.owner.value;
      var stage = filters.stage.value;
      var health = filters.health ? filters.health.value : '';
      var shown = 0;
      for (var k = 0; k < entries.length; k++) {
        var e = entries[k];
        var ok = true;
        for (var w = 0; ok && w < words.length; w++) ok = e.index.indexOf(words[w]) >= 0 || e.page.indexOf(words[w]) >= 0;
        if (ok && task) ok = e.task === task;
        if (ok && tag) ok = e.tags.indexOf(tag) >= 0;
        if (ok && owner) ok = e.owners.indexOf(owner) >= 0;
        if (ok && stage) ok = stage === '-' ? e.stages.length === 0 : e.stages.indexOf(stage) >= 0;
        if (ok && health) ok = health === '-' ? e.health.length === 0 : e.health.indexOf(health) >= 0;
        if (ok !== e.shown) {
          e.li.hidden = !ok;
          e.shown = ok;
        }
        if (ok) shown++;
      }
      count.textContent = shown === total ? noun(total) : shown.toLocaleString('en-US') + ' of ' + noun(total);
      empty.hidden = shown !== 0;
      saveState();
      document.dispatchEvent(new CustomEvent('catalogue:updated', { detail: { shown: shown } }));
    }

    var COMPARE = {
      name: function (a, b) {
        return a.i - b.i;
      },
      recent: function (a, b) {
        return b.updated - a.updated || a.i - b.i;
      },
      metric: function (a, b) {
        if ((a.metric === null) !== (b.metric === null)) return a.metric === null ? 1 : -1;
        if (a.metric === null) return a.i - b.i;
        if (a.metricName !== b.metricName) return a.metricName < b.metricName ? -1 : 1;
        var d = a.direction === 'lower' ? a.metric - b.metric : b.metric - a.metric;
        return d || a.i - b.i;
      },
    };

    function applySort() {
      var sorted = entries.slice().sort(COMPARE[sort.value] || COMPARE.name);
      var fragment = document.createDocumentFragment();
      sorted.forEach(function (e) {
        fragment.appendChild(e.li);
      });
      list.appendChild(fragment);
      saveState();
    }

    // The URL follows the search, but not on every keystroke.
    var saveTimer = 0;
    function saveState() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(writeState, 250);
    }

    function writeState() {
      var next = new URLSearchParams();
      if (query.value.trim()) next.set('q', query.value.trim());
      Object.keys(filters).forEach(function (key) {
        if (filters[key].value) next.set(key, filters[key].value);
      });
      if (sort.value !== 'name') next.set('sort', sort.value);
      var search = next.toString();
      try {
        history.replaceState(null, '', search ? '?' + search : location.pathname);
      } catch (e) {
        /* file: URLs may refuse; the state is only a convenience */
      }
    }

    query.addEventListener('input', apply);
    Object.keys(filters).forEach(function (key) {
      filters[key].addEventListener('change', apply);
    });
    sort.addEventListener('change', applySort);
    $('reset').addEventListener('click', function () {
      query.value = '';
      Object.keys(filters).forEach(function (key) {
        filters[key].value = '';
      });
      sort.value = 'name';
      applySort();
      apply();
      query.focus();
    });

    controls.hidden = false;
    if (sort.value !== 'name') applySort();
    apply();

    // The full search index (descriptions, dataset names) comes separately, so the page stays small.
    getJson('search-index.json')
      .then(function (index) {
        if (!index || !Array.isArray(index.models)) return;
        index.models.forEach(function (row) {
          var e = Array.isArray(row) ? byName.get(row[0]) : undefined;
          if (e && typeof row[1] === 'string') e.index = row[1];
        });
        body.setAttribute('data-search-index', 'loaded');
        if (tokens().length) apply();
      })
      .catch(function () {
        body.setAttribute('data-search-index', 'page-only');
      });
  }

  // ---------------------------------------------------------------- compare
  function compare() {
    var dataNode = $('compare-data');
    var pickers = $('compare-pickers');
    if (!dataNode || !pickers) return;
    var data = JSON.parse(dataNode.textContent);
    var home = data.model;
    var models = new Map([[home, data.versions]]);
    var catalogue = data.catalogue || {};
    var aSelect = $('a-version');
    var bModel = $('b-model');
    var bSelect = $('b-version');
    var swap = $('swap');
    var status = $('compare-status');
    var result = $('compare-result');
    var indexLoaded = null;

    function versionsOf(model) {
      return models.get(model) || [];
    }

    function find(model, version) {
      return versionsOf(model).filter(function (v) {
        return v.version === version;
      })[0];
    }

    function fillVersions(select, model, selected) {
      while (select.firstChild) select.removeChild(select.firstChild);
      versionsOf(model).forEach(function (v) {
        var label = v.version + (v.stages && v.stages.length ? ' (' + v.stages.join(', ') + ')' : '') + (v.deprecated ? ' (deprecated)' : '');
        var option = el('option', null, label);
        option.value = v.version;
        if (v.version === selected) option.selected = true;
        select.appendChild(option);
      });
    }

    function loadIndex() {
      if (!indexLoaded) {
        indexLoaded = getJson('api/index.json')
          .then(function (index) {
            if (index && index.registry && index.registry.metrics) catalogue = index.registry.metrics;
            (index.models || []).forEach(function (m) {
              if (m.name === home || !m.latest) return;
              var option = el('option', null, m.title ? m.name + ' \u2013 ' + m.title : m.name);
              option.value = m.name;
              bModel.appendChild(option);
            });
          })
          .catch(function () {
            status.textContent = 'Other models cannot be listed when the site is opened from a file; serve it over http(s) to compare across models.';
          });
      }
      return indexLoaded;
    }

    function loadModel(model) {
      if (models.has(model)) return Promise.resolve();
      if (!/^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/.test(model)) return Promise.reject(new Error('not a model name'));
      status.textContent = 'Loading ' + model + '\u2026';
      return getJson('api/models/' + model + '.json').then(function (m) {
        models.set(
          model,
          (m.versions || []).map(function (v) {
            return { version: v.version, stages: v.stages || [], deprecated: !!v.deprecated, metrics: v.metrics || {} };
          }),
        );
        status.textContent = '';
      });
    }

    function metricOrder(names) {
      var order = Object.keys(catalogue);
      var rank = function (n) {
        var i = order.indexOf(n);
        return i < 0 ? order.length : i;
      };
      return names.sort(function (x, y) {
        return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0);
      });
    }

    function render() {
      var aModel = home;
      var bName = bModel.value;
      var a = find(aModel, aSelect.value);
      var b = find(bName, bSelect.value);
      while (result.firstChild) result.removeChild(result.firstChild);
      if (!a || !b) {
        result.appendChild(el('p', null, 'Choose two versions to compare.'));
        return;
      }
      var names = [];
      [a, b].forEach(function (v) {
        Object.keys(v.metrics).forEach(function (n) {
          if (names.indexOf(n) < 0) names.push(n);
        });
      });
      metricOrder(names);
      var better = 0;
      var worse = 0;
      var noise = 0;
      var shared = 0;
      var label = function (model, v) {
        return model + ' ' + v.version;
      };
      var tbody = el('tbody');
      names.forEach(function (name) {
        // Only the catalogue's own entries: a metric named toString is not in it.
        var def = Object.prototype.hasOwnProperty.call(catalogue, name) ? catalogue[name] : undefined;
        var direction = def ? def.direction : undefined;
        var unit = def && def.unit ? ' ' + def.unit : '';
        var va = typeof a.metrics[name] === 'number' ? a.metrics[name] : undefined;
        var vb = typeof b.metrics[name] === 'number' ? b.metrics[name] : undefined;
        var tr = el('tr');
        tr.setAttribute('data-metric', name);
        var th = metricHead(name, def);
        th.scope = 'row';
        th.appendChild(el('span', 'direction', !def ? 'not in the metric catalogue' : direction === 'higher' ? 'higher is better' : 'lower is better'));
        tr.appendChild(th);
        tr.appendChild(el('td', 'num', va === undefined ? '\u2013' : formatNumber(va) + unit));
        tr.appendChild(el('td', 'num', vb === undefined ? '\u2013' : formatNumber(vb) + unit));
        var cell;
        if (va === undefined || vb === undefined) {
          cell = el('td', 'delta none', '\u2013');
        } else {
          var c = compareValues(vb, va, def, b.ci && b.ci[name], a.ci && a.ci[name]);
          var delta = c.delta;
          var verdict = c.verdict;
          shared++;
          if (verdict === 'better') better++;
          if (verdict === 'worse') worse++;
          if (verdict === 'noise') noise++;
          cell = el('td', 'delta ' + verdict);
          var arrow = el('span', null, delta === 0 ? '=' : delta > 0 ? '\u25b2' : '\u25bc');
          arrow.setAttribute('aria-hidden', 'true');
          cell.appendChild(arrow);
          cell.appendChild(document.createTextNode(' ' + c.text + ' '));
          cell.appendChild(el('small', null, VERDICT_WORDS[verdict]));
        }
        tr.appendChild(cell);
        tbody.appendChild(tr);
      });
      var summary = el('p', 'compare-summary', shared ? 'B is better on ' + better + (noise ? ', worse on ' + worse + ' and within noise on ' + noise : ' and worse on ' + worse) + ' of ' + shared + ' shared metrics.' : 'These versions share no metric.');
      summary.id = 'compare-summary';
      result.appendChild(summary);
      var scroll = el('div', 'table-scroll');
      scroll.setAttribute('role', 'region');
      scroll.setAttribute('aria-label', 'Comparison');
      scroll.tabIndex = 0;
      var table = el('table', 'compare-table');
      table.id = 'compare-table';
      table.appendChild(el('caption', null, label(aModel, a) + ' (A) compared with ' + label(bName, b) + ' (B)'));
      var thead = el('thead');
      var headRow = el('tr');
      var short = function (model, v) {
        return aModel === bName ? v.version : label(model, v);
      };
      ['Metric', 'A: ' + short(aModel, a), 'B: ' + short(bName, b), 'Change (B \u2212 A)'].forEach(function (text) {
        var cell = el('th', null, text);
        cell.scope = 'col';
        headRow.appendChild(cell);
      });
      thead.appendChild(headRow);
      table.appendChild(thead);
      table.appendChild(tbody);
      scroll.appendChild(table);
      result.appendChild(scroll);
      swap.disabled = bName !== home;
      var next = new URLSearchParams();
      next.set('a', a.version);
      next.set('b', bName === home ? b.version : bName + '@' + b.version);
      try {
        history.replaceState(null, '', '?' + next.toString());
      } catch (e) {
        /* file: URLs may refuse */
      }
      document.dispatchEvent(new CustomEvent('compare:updated'));
    }

    aSelect.addEventListener('change', render);
    bSelect.addEventListener('change', render);
    bModel.addEventListener('focus', loadIndex);
    bModel.addEventListener('pointerdown', loadIndex);
    bModel.addEventListener('change', function () {
      var model = bModel.value;
      loadModel(model)
        .then(function () {
          var versions = versionsOf(model);
          fillVersions(bSelect, model, versions.length ? versions[0].version : undefined);
          render();
        })
        .catch(function () {
          status.textContent = 'Could not load ' + model + '. Serve the site over http(s) to compare across models.';
        });
    });
    swap.addEventListener('click', function () {
      if (bModel.value !== home) return;
      var a = aSelect.value;
      aSelect.value = bSelect.value;
      bSelect.value = a;
      render();
    });

    pickers.hidden = false;
    var params = new URLSearchParams(location.search);
    var wantA = params.get('a');
    var wantB = params.get('b') || '';
    if (wantA && find(home, wantA)) aSelect.value = wantA;
    var at = wantB.lastIndexOf('@');
    var otherModel = at > 0 ? wantB.slice(0, at) : home;
    var otherVersion = at > 0 ? wantB.slice(at + 1) : wantB;
    if (otherModel !== home) {
      loadIndex()
        .then(function () {
          return loadModel(otherModel);
        })
        .then(function () {
          if (!Array.prototype.some.call(bModel.options, function (o) { return o.value === otherModel; })) {
            var option = el('option', null, otherModel);
            option.value = otherModel;
            bModel.appendChild(option);
          }
          bModel.value = otherModel;
          var versions = versionsOf(otherModel);
          fillVersions(bSelect, otherModel, find(otherModel, otherVersion) ? otherVersion : versions.length ? versions[0].version : undefined);
          render();
        })
        .catch(function () {
          status.textContent = 'Could not load ' + otherModel + ' to compare with.';
          render();
        });
    } else {
      if (otherVersion && find(home, otherVersion)) bSelect.value = otherVersion;
      if (wantA || wantB) render();
      else swap.disabled = false;
    }
  }

  if (page === 'catalogue') catalogue();
  if (page === 'compare') compare();
  // The versions page is done once its cards are drawn (they are fetched).
  (page === 'versions' ? versions() : page === 'model' ? Promise.all([modelPage(), monitoring()]) : Promise.resolve()).then(function () {
    copyButtons();
    body.setAttribute('data-enhanced', 'true');
  });
})();
