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

  // Numbers as the server writes them (src/core/output/number-format.ts).
  function formatNumber(value) {
    if (value === undefined || value === null || Number.isNaN(value)) return '\u2013';
    if (!Number.isFinite(value)) return value > 0 ? '\u221e' : '-\u221e';
    if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(6)));
  }

  function formatDelta(delta) {
    if (delta === 0) return '\u00b10';
    return (delta > 0 ? '+' : '-') + formatNumber(Math.abs(delta));
  }

  function judge(delta, direction) {
    if (delta === 0) return 'same';
    if (direction !== 'higher' && direction !== 'lower') return 'unknown';
    return (delta > 0) === (direction === 'higher') ? 'better' : 'worse';
  }

  var VERDICT_WORDS = { better: 'better', worse: 'worse', same: 'same', unknown: 'no direction' };

  // ---------------------------------------------------------------- copy buttons
  function copyButtons() {
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
      var shown = 0;
      for (var k = 0; k < entries.length; k++) {
        var e = entries[k];
        var ok = true;
        for (var w = 0; ok && w < words.length; w++) ok = e.index.indexOf(words[w]) >= 0 || e.page.indexOf(words[w]) >= 0;
        if (ok && task) ok = e.task === task;
        if (ok && tag) ok = e.tags.indexOf(tag) >= 0;
        if (ok && owner) ok = e.owners.indexOf(owner) >= 0;
        if (ok && stage) ok = stage === '-' ? e.stages.length === 0 : e.stages.indexOf(stage) >= 0;
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
        var th = el('th', null, name);
        th.scope = 'row';
        th.appendChild(el('span', 'direction', !def ? 'not in the metric catalogue' : direction === 'higher' ? 'higher is better' : 'lower is better'));
        tr.appendChild(th);
        tr.appendChild(el('td', 'num', va === undefined ? '\u2013' : formatNumber(va) + unit));
        tr.appendChild(el('td', 'num', vb === undefined ? '\u2013' : formatNumber(vb) + unit));
        var cell;
        if (va === undefined || vb === undefined) {
          cell = el('td', 'delta none', '\u2013');
        } else {
          var raw = vb - va;
          var delta = Math.abs(raw) < 1e-12 ? 0 : Number(raw.toPrecision(12));
          var verdict = judge(delta, direction);
          shared++;
          if (verdict === 'better') better++;
          if (verdict === 'worse') worse++;
          cell = el('td', 'delta ' + verdict);
          var arrow = el('span', null, delta === 0 ? '=' : delta > 0 ? '\u25b2' : '\u25bc');
          arrow.setAttribute('aria-hidden', 'true');
          cell.appendChild(arrow);
          cell.appendChild(document.createTextNode(' ' + formatDelta(delta) + ' '));
          cell.appendChild(el('small', null, VERDICT_WORDS[verdict]));
        }
        tr.appendChild(cell);
        tbody.appendChild(tr);
      });
      var summary = el('p', 'compare-summary', shared ? 'B is better on ' + better + ' and worse on ' + worse + ' of ' + shared + ' shared metrics.' : 'These versions share no metric.');
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

  copyButtons();
  if (page === 'catalogue') catalogue();
  if (page === 'compare') compare();
  body.setAttribute('data-enhanced', 'true');
})();
