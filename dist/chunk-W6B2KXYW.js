import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VERDICT_WORDS,
  compareValues,
  metricTitle
} from "./chunk-CZWVBXSR.js";
import {
  audit,
  buildHistory,
  buildTime,
  compareFindings,
  driftFindings,
  environmentRows,
  isDrift,
  readEnvironments,
  readRegistryHistory,
  releaseTagsFor,
  stageStatus
} from "./chunk-2DIM6KZ2.js";
import {
  mdText
} from "./chunk-F7WATFOY.js";
import {
  plural,
  validateVisiting
} from "./chunk-BSQHPLGM.js";
import {
  runGit
} from "./chunk-BTEJVRJL.js";
import {
  parseRepository
} from "./chunk-MKY3DIJG.js";
import {
  parseFlags,
  registryRoot
} from "./chunk-J6ITZTMG.js";
import {
  PLAIN,
  formatProblemText
} from "./chunk-DT5QTXS7.js";
import {
  terminalText
} from "./chunk-5ANT45EB.js";
import {
  SHAPE_LABELS,
  detach,
  formatNumber,
  modelMonitoring
} from "./chunk-HEELOUZM.js";
import {
  hashFile,
  readDocumentBytes
} from "./chunk-4X3IGKZ4.js";
import {
  outsideMessage,
  prepareFolder,
  writeOne
} from "./chunk-SPVUGOZM.js";
import {
  compareProblems,
  countBySeverity,
  deploymentEnvironment,
  formatDuration,
  isRecord,
  isValidModelName,
  isValidStageName,
  isValidVersion,
  metricNumber,
  own,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  RegisterInputError,
  SiteWriteError,
  UsageError
} from "./chunk-IRJELCYE.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-LQK3ML4U.js";

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// src/cli/commands/site.ts
import { resolve as resolve3 } from "node:path";
import { pathToFileURL } from "node:url";

// src/core/site/format.ts
function formatNumberFast(value) {
  if (value === void 0 || !Number.isFinite(value) || value === 0) return formatNumber(value);
  const abs = value < 0 ? -value : value;
  if (abs >= 1e-4 && abs < 1e6) {
    const m = millionths(value);
    const text3 = m !== void 0 ? fromMillionths(m) : String(value);
    if (!text3.includes("e") && significantDigits(text3) <= 6) return text3;
  }
  return formatNumber(value);
}
function millionths(value) {
  const scaled = value * 1e6;
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-6 ? whole : void 0;
}
function fromMillionths(m) {
  const abs = m < 0 ? -m : m;
  const whole = Math.floor(abs / 1e6);
  let fraction = abs - whole * 1e6;
  let text3 = String(whole);
  if (fraction) {
    let digits = 6;
    while (fraction % 10 === 0) {
      fraction /= 10;
      digits--;
    }
    const written = String(fraction);
    text3 += `.${"000000".slice(0, digits - written.length)}${written}`;
  }
  return m < 0 ? `-${text3}` : text3;
}
function significantDigits(text3) {
  let count = 0;
  let leading = true;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (leading && c === 48) continue;
    leading = false;
    count++;
  }
  return count;
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var parsedDates = /* @__PURE__ */ new Map();
function parseDate(value) {
  let parsed = parsedDates.get(value);
  if (!parsed) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) parsed = { time: 0, text: value, iso: void 0 };
    else {
      const d = new Date(time);
      parsed = { time, text: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, iso: d.toISOString() };
    }
    if (parsedDates.size >= 1e4) parsedDates.clear();
    parsedDates.set(value, parsed);
  }
  return parsed;
}
function formatDate(iso) {
  return iso ? parseDate(iso).text : "\u2013";
}
function isoDate(iso) {
  return iso ? parseDate(iso).iso : void 0;
}
function timeOf(iso) {
  return iso ? parseDate(iso).time : 0;
}
function formatCount(n) {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = `${end > 3 ? "," : ""}${digits.slice(Math.max(0, end - 3), end)}${out}`;
  return n < 0 ? `-${out}` : out;
}

// src/core/site/urls.ts
var paths = {
  catalogue: "index.html",
  lineage: "lineage.html",
  feed: "feed.xml",
  searchIndex: "search-index.json",
  css: "assets/site.css",
  js: "assets/site.js",
  icon: "assets/icon.svg",
  apiIndex: "api/index.json",
  model: (model) => `models/${segment(model)}/index.html`,
  compare: (model) => `models/${segment(model)}/compare.html`,
  /** Every version of a model; with more than VERSIONS_PER_PAGE of them, their index, the cards being on numbered pages. */
  versions: (model, page = 0) => `models/${segment(model)}/versions${page ? `-${page}` : ""}.html`,
  /** A version is an article of its model's versions page (`page` is SiteVersion.page: 0 when the model has one page). */
  version: (model, version, page = 0) => `models/${segment(model)}/versions${page ? `-${page}` : ""}.html#${segment(version)}`,
  apiModel: (model) => `api/models/${segment(model)}.json`,
  apiStage: (model, stage) => `api/models/${segment(model)}/${segment(stage)}.json`,
  /** Beside the stage files (a stage named `history` keeps its file, and the history is then left out of the API). */
  apiHistory: (model) => `api/models/${segment(model)}/history.json`,
  /** The stage history's section of the model page. */
  modelHistory: (model) => `models/${segment(model)}/index.html#stage-history`,
  /** Next to the model page: a folder per model for badges alone would cost a build as much as a thousand files. */
  badge: (model, stage) => `models/${segment(model)}/${segment(stage)}.svg`
};
var VERSIONS_PER_PAGE = 50;
var SEGMENT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
function segment(name) {
  if (!SEGMENT_RE.test(name) || name.includes("..")) throw new Error(`not a safe path segment: ${JSON.stringify(name)}`);
  return name;
}
function relativeUrl(from, to) {
  const n = Math.min(from.length, to.length);
  let i = 0;
  let shared2 = -1;
  while (i < n && from.charCodeAt(i) === to.charCodeAt(i)) {
    if (from.charCodeAt(i) === 47) shared2 = i;
    i++;
  }
  let up = "";
  for (let j = shared2 + 1; j < from.length; j++) if (from.charCodeAt(j) === 47) up += "../";
  return up + to.slice(shared2 + 1);
}
function absoluteUrl(baseUrl, path) {
  if (!baseUrl) return void 0;
  return `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${path}`;
}
function safeHttpUrl(value) {
  if (typeof value !== "string" || value.length > 4096) return void 0;
  if (!/^https?:\/\//i.test(value) || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return void 0;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : void 0;
  } catch {
    return void 0;
  }
}
function repositoryUrl(gh, repository = gh.repository) {
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return void 0;
  return `${gh.serverUrl.replace(/\/+$/, "")}/${repository}`;
}
function releaseUrl(gh, tag) {
  const repo = repositoryUrl(gh);
  return repo && `${repo}/releases/tag/${encodeURIComponent(tag)}`;
}
function releaseAssetUrl(gh, tag, name) {
  const repo = repositoryUrl(gh);
  return repo && `${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}
function pullRequestUrl(gh, number) {
  const repo = repositoryUrl(gh);
  return repo && Number.isSafeInteger(number) && number > 0 ? `${repo}/pull/${number}` : void 0;
}
function userUrl(gh, login) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login) ? `${gh.serverUrl.replace(/\/+$/, "")}/${login}` : void 0;
}
function commitUrl(gh, repository, commit) {
  const repo = repositoryUrl(gh, repository);
  return repo && /^[0-9a-f]{7,40}$/.test(commit) ? `${repo}/commit/${commit}` : void 0;
}

// src/core/site/site-model.ts
var versionKey = (model, version) => `${model}@${version}`;
var str = (value) => typeof value === "string" && value.length > 0 ? detach(value) : void 0;
var text = (value) => typeof value === "string" && value.length > 0 ? detach(value) : typeof value === "number" && Number.isFinite(value) ? String(value) : void 0;
var interned = /* @__PURE__ */ new Map();
function intern(value) {
  if (value === void 0 || value.length > 64) return value;
  let kept = interned.get(value);
  if (kept === void 0) {
    kept = detach(value);
    if (interned.size < 1e5) interned.set(kept, kept);
  }
  return kept;
}
var shared = (value) => intern(text(value));
var exact = (items) => items.length === 0 ? [] : items.slice();
var list = (value) => Array.isArray(value) ? value : [];
var strings = (value) => list(value).filter((v) => typeof v === "string" && v.length > 0).map(detach);
function siteModelOf(settings, github, entry) {
  if (!isValidModelName(entry.name)) return void 0;
  const card = isRecord(entry.card?.value) ? entry.card.value : {};
  const deprecatedVersions = isRecord(card.deprecated_versions) ? Object.entries(card.deprecated_versions).map(([v, reason]) => [v, typeof reason === "string" ? detach(reason) : "Deprecated."]) : [];
  const deprecatedMap = new Map(deprecatedVersions);
  const stageMap = isRecord(entry.stages?.value) ? entry.stages.value : {};
  const stages = Object.entries(stageMap).filter((e) => typeof e[1] === "string" && isValidStageName(e[0]));
  const order = (s) => settings.stages.includes(s) ? settings.stages.length - settings.stages.indexOf(s) : settings.stages.length + 1;
  stages.sort((a, b) => order(a[0]) - order(b[0]) || (a[0] < b[0] ? -1 : 1));
  const modelVersions = [];
  for (const v of entry.versions.values()) {
    if (!isValidVersion(v.version) || !isRecord(v.card?.value)) continue;
    const site = versionOf(settings, github, entry.name, v.version, v.card.value, v.metrics?.value, v.card.valid === false || v.metrics?.valid === false);
    site.deprecated = deprecatedMap.get(v.version);
    site.stages = stages.filter(([, version]) => version === v.version).map(([stage]) => stage);
    modelVersions.push(site);
  }
  const versions = exact(modelVersions);
  const paged = versions.length > VERSIONS_PER_PAGE;
  for (let i = 0; i < versions.length; i++) versions[i].page = paged ? Math.floor(i / VERSIONS_PER_PAGE) + 1 : 0;
  return {
    name: entry.name,
    title: str(card.title),
    description: str(card.description),
    owners: strings(card.owners),
    task: str(card.task),
    license: str(card.license),
    tags: strings(card.tags),
    primaryMetric: str(card.primary_metric),
    intendedUse: str(card.intended_use),
    limitations: str(card.limitations),
    ethicalConsiderations: str(card.ethical_considerations),
    deprecatedVersions,
    stages,
    versions,
    latest: versions[versions.length - 1],
    deprecated: versions.length > 0 && versions.every((v) => v.deprecated !== void 0),
    history: [],
    events: [],
    invalid: !entry.card || entry.card.valid === false || entry.stages?.valid === false
  };
}
function withHistory(m, options) {
  m.history = stageHistoryOf(options, m.name);
  m.events = options.events?.get(m.name) ?? [];
  return m;
}
function stageHistoryOf(options, model) {
  const history = own(options.stageHistory, model);
  return (Array.isArray(history) ? history : []).filter((e) => isRecord(e) && typeof e.stage === "string" && typeof e.version === "string");
}
var lookups = /* @__PURE__ */ new WeakMap();
function versionIn(m, version) {
  let map = lookups.get(m);
  if (!map) {
    map = new Map(m.versions.map((v) => [v.version, v]));
    lookups.set(m, map);
  }
  return map.get(version);
}
function versionOf(settings, github, model, version, card, metricsValue, invalid) {
  const lineage = isRecord(card.lineage) ? card.lineage : {};
  const parents = [];
  for (const p of list(lineage.parents)) {
    if (!isRecord(p)) continue;
    const relation = shared(p.relation) ?? "other";
    if (typeof p.uri === "string") parents.push({ kind: "external", uri: shared(p.uri), revision: shared(p.revision), relation });
    else if (typeof p.model === "string" && typeof p.version === "string")
      parents.push({ kind: "registry", model: shared(p.model), version: detach(p.version), relation, key: versionKey(p.model, p.version) });
  }
  const datasets = [];
  for (const d of list(lineage.datasets)) {
    if (!isRecord(d) || !text(d.name)) continue;
    datasets.push({ name: shared(d.name), version: shared(d.version), uri: shared(d.uri), sha256: str(d.sha256), role: shared(d.role) });
  }
  const code2 = isRecord(lineage.code) && str(lineage.code.repo) && str(lineage.code.commit) ? { repo: shared(lineage.code.repo), commit: str(lineage.code.commit), path: shared(lineage.code.path) } : void 0;
  const training = isRecord(card.training) ? card.training : {};
  const params = isRecord(training.params) ? Object.entries(training.params).filter((e) => e[1] === null || ["string", "number", "boolean"].includes(typeof e[1])).map(([k, v]) => [intern(k), typeof v === "number" && !Number.isFinite(v) ? String(v) : typeof v === "string" ? intern(v) : v]) : [];
  const environment = isRecord(training.environment) ? exact(Object.entries(training.environment).flatMap(([k, v]) => text(v) ? [[intern(k), shared(v)]] : [])) : [];
  const tag = tagName(settings, model, version);
  const artifacts = [];
  for (const a of list(card.artifacts)) {
    if (!isRecord(a) || !str(a.name)) continue;
    const name = str(a.name);
    const path = str(a.path);
    const uri = str(a.uri);
    artifacts.push({
      name,
      sha256: str(a.sha256),
      size: typeof a.size === "number" && Number.isFinite(a.size) ? a.size : void 0,
      mediaType: shared(a.media_type),
      path,
      uri,
      url: path ? releaseAssetUrl(github, tag, name) : uri
    });
  }
  return {
    model,
    version,
    key: versionKey(model, version),
    created: str(card.created),
    summary: str(card.summary) ?? "",
    description: str(card.description),
    parents: exact(parents),
    datasets: exact(datasets),
    code: code2,
    params,
    environment,
    runUrl: str(training.run_url),
    artifacts: exact(artifacts),
    metrics: metricsOf(metricsValue),
    stages: [],
    tag,
    releaseUrl: releaseUrl(github, tag),
    page: 0,
    invalid
  };
}
function metricsOf(value) {
  if (!isRecord(value)) return [];
  const out = [];
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === "number") {
      if (Number.isFinite(entry)) out.push({ name: intern(name), value: entry, text: formatNumberFast(entry) });
      continue;
    }
    if (!isRecord(entry) || typeof entry.value !== "number" || !Number.isFinite(entry.value)) continue;
    const ci = Array.isArray(entry.ci) && entry.ci.length === 2 && entry.ci.every((x) => typeof x === "number" && Number.isFinite(x)) ? entry.ci : void 0;
    out.push({
      name: intern(name),
      value: entry.value,
      text: formatNumberFast(entry.value),
      ci,
      dataset: shared(entry.dataset),
      split: shared(entry.split),
      slice: shared(entry.slice),
      n: typeof entry.n === "number" && Number.isFinite(entry.n) ? entry.n : void 0
    });
  }
  return exact(out);
}
function sortMetricNames(names, catalogue) {
  const order = Object.keys(catalogue);
  const rank = (n) => order.includes(n) ? order.indexOf(n) : order.length;
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
function metricOf(version, name) {
  if (!version || !name) return void 0;
  return version.metrics.find((m) => m.name === name);
}
function headlineVersion(settings, model) {
  const production = productionStage(settings);
  const prodVersion = model.stages.find(([s]) => s === production)?.[1];
  return prodVersion && versionIn(model, prodVersion) || model.latest;
}
function productionStage(settings) {
  return settings.stages.includes("production") ? "production" : settings.stages[settings.stages.length - 1];
}
function stageSince(model, stage, version) {
  const event = model.events.find((e) => e.stage === stage && e.version === version && (e.kind === "promotion" || e.kind === "rollback"));
  if (event) return { stage, version, since: event.date, commit: event.commit };
  return model.history.find((e) => e.stage === stage && e.version === version);
}

// src/core/site/api.ts
var link = (data, path) => absoluteUrl(data.options.baseUrl, path) ?? path;
function apiHistory(data, m) {
  const repository = data.options.repository;
  return {
    model: m.name,
    complete: data.options.historyComplete ?? false,
    events: m.events.map((e) => ({
      kind: e.kind,
      date: e.date,
      version: e.version,
      stage: e.stage ?? null,
      from: e.from ?? null,
      commit: e.commit,
      commit_url: (repository && commitUrl(data.github, repository, e.commit)) ?? null,
      pull_request: e.pullRequest ?? null,
      pull_request_url: e.pullRequest !== void 0 && pullRequestUrl(data.github, e.pullRequest) || null,
      approvers: e.approvers ?? [],
      tag: e.tag ?? null,
      reason: e.reason ?? null
    })),
    html_url: link(data, paths.modelHistory(m.name)),
    api_url: link(data, paths.apiHistory(m.name))
  };
}
function apiIndex(data) {
  const s = data.settings;
  return {
    registry: {
      name: s.name,
      description: s.description ?? null,
      url: s.url ?? null,
      repository: data.options.repository ?? null,
      tag_format: s.tag_format,
      stages: [...s.stages],
      metrics: Object.fromEntries(Object.entries(s.metrics).map(([name, d]) => [name, metricDefinition(d)])),
      generated_at: data.options.generatedAt
    },
    models: data.models.map((m) => indexModel(data, m))
  };
}
function metricDefinition(d) {
  const out = { direction: d.direction };
  if (typeof d.min === "number") out.min = d.min;
  if (typeof d.max === "number") out.max = d.max;
  if (typeof d.unit === "string") out.unit = d.unit;
  if (typeof d.title === "string") out.title = d.title;
  if (typeof d.min_delta === "number") out.min_delta = d.min_delta;
  if (typeof d.description === "string") out.description = d.description;
  return out;
}
function primaryMetric(data, m) {
  if (!m.primaryMetric) return null;
  const version = m.headline;
  const metric = metricOf(version, m.primaryMetric);
  return {
    name: m.primaryMetric,
    value: metric?.value ?? null,
    version: metric ? version.version : null,
    direction: data.settings.metrics[m.primaryMetric]?.direction ?? null
  };
}
function indexModel(data, m) {
  return {
    name: m.name,
    title: m.title ?? null,
    task: m.task ?? null,
    owners: m.owners,
    tags: m.tags,
    stages: Object.fromEntries(m.stages),
    latest: m.latest?.version ?? null,
    latest_created: m.latest?.created ?? null,
    primary_metric: primaryMetric(data, m),
    deprecated: m.deprecated,
    html_url: link(data, paths.model(m.name)),
    api_url: link(data, paths.apiModel(m.name))
  };
}
function apiVersion(data, v) {
  return {
    version: v.version,
    created: v.created ?? null,
    summary: v.summary,
    metrics: Object.fromEntries(v.metrics.map((m) => [m.name, m.value])),
    parents: v.parents.map(
      (p) => p.kind === "registry" ? { model: p.model, version: p.version, relation: p.relation } : { uri: p.uri, revision: p.revision ?? null, relation: p.relation }
    ),
    datasets: v.datasets.map((d) => ({ name: d.name, version: d.version ?? null, uri: d.uri ?? null, sha256: d.sha256 ?? null, role: d.role ?? null })),
    code: v.code ? { repo: v.code.repo, commit: v.code.commit, path: v.code.path ?? null } : null,
    artifacts: v.artifacts.map((a) => ({ name: a.name, size: a.size ?? null, sha256: a.sha256 ?? null, media_type: a.mediaType ?? null, url: a.url ?? null })),
    tag: v.tag,
    release_url: v.releaseUrl ?? null,
    stages: v.stages,
    deprecated: v.deprecated !== void 0,
    deprecation_reason: v.deprecated ?? null,
    html_url: link(data, paths.version(v.model, v.version, v.page))
  };
}
function apiModel(data, m) {
  return {
    name: m.name,
    title: m.title ?? null,
    description: m.description ?? null,
    owners: m.owners,
    task: m.task ?? null,
    license: m.license ?? null,
    tags: m.tags,
    primary_metric: m.primaryMetric ?? null,
    intended_use: m.intendedUse ?? null,
    limitations: m.limitations ?? null,
    ethical_considerations: m.ethicalConsiderations ?? null,
    deprecated_versions: Object.fromEntries(m.deprecatedVersions),
    stages: Object.fromEntries(m.stages),
    latest: m.latest?.version ?? null,
    versions: [...m.versions].reverse().map((v) => apiVersion(data, v)),
    html_url: link(data, paths.model(m.name)),
    api_url: link(data, paths.apiModel(m.name))
  };
}
function apiStages(data, m, model) {
  const out = /* @__PURE__ */ new Map();
  for (const [stage, version] of m.stages) {
    const v = model.versions.find((x) => x.version === version);
    if (!v) continue;
    out.set(stage, { model: m.name, stage, ...v, api_url: link(data, paths.apiStage(m.name, stage)) });
  }
  return out;
}

// src/core/site/environments.ts
var apiEnvironmentsPath = (model) => `api/models/${segment(model)}/environments.json`;
var environmentsFileTaken = (data, m) => data.settings.stages.includes("environments") || m.stages.some(([s]) => s === "environments");
var modelEnvironmentsPath = (model) => `${paths.model(model)}#environments`;
function modelEnvironmentRows(data, m) {
  const environments = data.options.environments;
  if (!environments || environments.declared.length === 0) return void 0;
  const stages = new Map(
    m.stages.map(([stage, version]) => {
      const since = stageSince(m, stage, version)?.since;
      return [stage, { version, ...since ? { since } : {} }];
    })
  );
  return environmentRows({
    models: [{ name: m.name, stages }],
    environments: environments.declared,
    running: environments.running,
    now: data.options.generatedAt,
    maxDriftMs: environments.maxDriftMs,
    all: true
  });
}
function apiEnvironments(data, m) {
  const rows = modelEnvironmentRows(data, m);
  const environments = data.options.environments;
  if (!rows || !environments) return void 0;
  const link4 = (path) => absoluteUrl(data.options.baseUrl, path) ?? path;
  return {
    model: m.name,
    read: environments.read,
    note: environments.note ?? null,
    max_drift: environments.maxDrift,
    generated_at: data.options.generatedAt,
    environments: rows.map((row) => {
      const drift = isDrift(row) ? row : void 0;
      return {
        environment: row.environment,
        github_environment: deploymentEnvironment(m.name, row.environment),
        stage: row.stage,
        declared: row.declared ?? null,
        declared_since: row.declaredSince ?? null,
        running: drift?.running ?? null,
        running_since: drift?.runningSince ?? null,
        url: safeHttpUrl(drift?.environmentUrl) ?? null,
        matches: drift ? drift.matches : null,
        drift_since: drift?.driftSince ?? null,
        drift_seconds: drift?.driftMs === void 0 ? null : Math.floor(drift.driftMs / 1e3),
        over_max_drift: drift && !drift.matches ? drift.exceeded : drift ? false : null
      };
    }),
    html_url: link4(modelEnvironmentsPath(m.name)),
    api_url: link4(apiEnvironmentsPath(m.name))
  };
}

// src/core/site/monitoring-series.ts
var POINT_COLUMNS = ["start", "count", "mean", "min", "max", "last"];
var DAY_MS = 864e5;
var DAILY_UP_TO_MS = 92 * DAY_MS;
var WEEKLY_UP_TO_MS = 730 * DAY_MS;
function periodFor(spanMs) {
  return spanMs <= DAILY_UP_TO_MS ? "day" : spanMs <= WEEKLY_UP_TO_MS ? "week" : "month";
}
function periodStart(timeMs, period) {
  const days = Math.floor(timeMs / DAY_MS);
  const day = days * DAY_MS;
  if (period === "day") return day;
  if (period === "week") return day - ((days + 3) % 7 + 7) % 7 * DAY_MS;
  const date = new Date(day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}
function aggregateObservations(observations) {
  let low = Infinity;
  let high = -Infinity;
  const times = new Array(observations.length);
  let lastText = "";
  let lastTime = NaN;
  for (let i = 0; i < observations.length; i++) {
    const text4 = observations[i].time;
    if (text4 !== lastText) {
      lastText = text4;
      lastTime = Date.parse(text4);
    }
    const t = lastTime;
    times[i] = t;
    if (t < low) low = t;
    if (t > high) high = t;
  }
  const period = periodFor(observations.length ? high - low : 0);
  const building = /* @__PURE__ */ new Map();
  const versions = /* @__PURE__ */ new Map();
  let startOf = NaN;
  let start = NaN;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    const t = times[i];
    if (!Number.isFinite(t) || !Number.isFinite(o.value)) continue;
    const key = `${o.metric}\0${o.version}\0${o.segment ?? ""}\0${o.environment ?? ""}`;
    let b = building.get(key);
    if (!b) {
      b = {
        series: {
          metric: o.metric,
          version: o.version,
          ...o.segment !== void 0 ? { segment: o.segment } : {},
          ...o.environment !== void 0 ? { environment: o.environment } : {},
          count: 0,
          first: o.time,
          last: { time: o.time, value: o.value },
          points: []
        },
        firstMs: t,
        lastMs: -Infinity,
        buckets: /* @__PURE__ */ new Map()
      };
      building.set(key, b);
    }
    const s = b.series;
    s.count++;
    if (t < b.firstMs) {
      b.firstMs = t;
      s.first = o.time;
    }
    if (t >= b.lastMs) {
      b.lastMs = t;
      s.last = { time: o.time, value: o.value, ...o.n !== void 0 ? { n: o.n } : {} };
    }
    if (t !== startOf) {
      startOf = t;
      start = periodStart(t, period);
    }
    const bucket = b.buckets.get(start);
    if (!bucket) b.buckets.set(start, { count: 1, sum: o.value, min: o.value, max: o.value, last: o.value, lastMs: t });
    else {
      bucket.count++;
      bucket.sum += o.value;
      if (o.value < bucket.min) bucket.min = o.value;
      if (o.value > bucket.max) bucket.max = o.value;
      if (t >= bucket.lastMs) {
        bucket.last = o.value;
        bucket.lastMs = t;
      }
    }
    const v = versions.get(o.version);
    if (!v) versions.set(o.version, { firstMs: t, lastMs: t, first: o.time, last: o.time });
    else {
      if (t < v.firstMs) Object.assign(v, { firstMs: t, first: o.time });
      if (t > v.lastMs) Object.assign(v, { lastMs: t, last: o.time });
    }
  }
  const built = [...building.values()];
  for (const b of built) {
    const starts = [...b.buckets.keys()].sort((x, y) => x - y);
    b.series.points = starts.map((start2) => {
      const k = b.buckets.get(start2);
      return [isoDay(start2), k.count, Number((k.sum / k.count).toPrecision(6)), k.min, k.max, k.last];
    });
  }
  const text3 = (x, y) => (x ?? "") < (y ?? "") ? -1 : (x ?? "") > (y ?? "") ? 1 : 0;
  built.sort(
    (a, b) => text3(a.series.metric, b.series.metric) || text3(a.series.segment, b.series.segment) || text3(a.series.environment, b.series.environment) || a.firstMs - b.firstMs || text3(a.series.version, b.series.version)
  );
  return {
    period,
    series: built.map((b) => b.series),
    versions: [...versions.entries()].sort(([x, a], [y, b]) => a.firstMs - b.firstMs || text3(x, y)).map(([version, v]) => ({ version, first: v.first, last: v.last })),
    observations: built.reduce((n, b) => n + b.series.count, 0)
  };
}
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// src/core/site/monitoring.ts
var HEALTH_ORDER = ["breached", "silent", "retrain-overdue", "ok"];
var HEALTH_LABELS = { breached: "breached", silent: "silent", "retrain-overdue": "retraining overdue", ok: "ok" };
var HEALTH_OF_RULE = {
  "monitor-breached": "breached",
  "monitor-silent": "silent",
  "retrain-overdue": "retrain-overdue"
};
function declaresMonitoring(monitoring) {
  return monitoring.metrics.size > 0 || monitoring.maxSilence !== void 0 || monitoring.retrainAfter !== void 0;
}
function modelMonitoringOf(registry, entry, context) {
  const one = { ...registry, models: /* @__PURE__ */ new Map([[entry.name, entry]]) };
  const observations = entry.monitoring.flatMap((file) => file.observations);
  const status = stageStatus(one, context.events ?? /* @__PURE__ */ new Map())[0];
  const since = new Map((status?.stages ?? []).flatMap((s) => s.since ? [[s.stage, s.since]] : []));
  const report = audit({
    registry: one,
    observations: /* @__PURE__ */ new Map([[entry.name, observations]]),
    now: context.now,
    stageSince: /* @__PURE__ */ new Map([[entry.name, since]]),
    ...context.releaseTags ? { releaseTags: context.releaseTags } : {}
  });
  const monitoring = modelMonitoring(registry.settingsFile?.value, entry.card?.value);
  const states = new Set(report.findings.flatMap((f) => HEALTH_OF_RULE[f.rule] ?? []));
  const health = declaresMonitoring(monitoring) ? HEALTH_ORDER.filter((h) => states.has(h) || h === "ok" && states.size === 0) : [];
  const aggregated = aggregateObservations(observations);
  const registered = /* @__PURE__ */ new Map();
  for (const s of aggregated.series) {
    const value = metricNumber(own(entry.versions.get(s.version)?.metrics?.value, s.metric));
    if (value === void 0 || !Number.isFinite(value)) continue;
    let byVersion = registered.get(s.metric);
    if (!byVersion) registered.set(s.metric, byVersion = /* @__PURE__ */ new Map());
    byVersion.set(s.version, value);
  }
  return {
    audit: { health, findings: report.findings.map(detachFinding) },
    data: { monitoring, aggregated, registered, consumers: consumersOf(entry.card?.value) }
  };
}
function consumersOf(card) {
  const raw2 = isRecord(card) ? own(card, "consumers") : void 0;
  const out = [];
  for (const c of Array.isArray(raw2) ? raw2 : []) {
    if (!isRecord(c) || typeof c.name !== "string" || c.name === "") continue;
    const text3 = (key) => {
      const value = own(c, key);
      return typeof value === "string" && value !== "" ? { [key]: detach(value) } : {};
    };
    out.push({ name: detach(c.name), ...text3("owner"), ...text3("contact"), ...text3("kind") });
  }
  return out;
}
function detachFinding(f) {
  return { ...f, message: detach(f.message), file: detach(f.file) };
}
function withMonitoring(model, registry, entry, options) {
  const { audit: judged, data } = modelMonitoringOf(registry, entry, { now: options.generatedAt, events: options.events, releaseTags: options.releaseTags });
  model.audit = judged;
  if (declaresMonitoring(data.monitoring) || data.aggregated.observations > 0 || data.consumers.length > 0) model.monitoring = data;
  return model;
}

// src/core/site/api-monitoring.ts
var apiMonitoringPath = (model) => `api/models/${segment(model)}/monitoring.json`;
var API_AUDIT_PATH = "api/audit.json";
var modelMonitoringPath = (model) => `${paths.model(model)}#monitoring`;
var link2 = (data, path) => absoluteUrl(data.options.baseUrl, path) ?? path;
function environmentDriftFindings(data, m) {
  const environments = data.options.environments;
  const rows = environments?.read ? modelEnvironmentRows(data, { name: m.name, stages: m.stages, events: m.events, history: stageHistoryOf(data.options, m.name) }) : void 0;
  if (!rows) return [];
  return driftFindings(rows.filter(isDrift), () => `models/${m.name}/stages.yaml`, environments.maxDrift);
}
function hasMonitoringFile(settings, m) {
  const some = m.monitoring !== void 0 && ((m.audit?.health.length ?? 0) > 0 || m.monitoring.aggregated.observations > 0);
  return some && !settings.stages.includes("monitoring") && !m.stages.some(([s]) => s === "monitoring");
}
function monitoredMetricNames(data, monitoring) {
  return sortMetricNames([...monitoring.monitoring.metrics.keys(), ...monitoring.aggregated.series.map((s) => s.metric)], data.settings.metrics);
}
function apiMonitoring(data, m, monitoring) {
  const { aggregated } = monitoring;
  const metrics = monitoredMetricNames(data, monitoring).map((name) => {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : void 0;
    const bounds = monitoring.monitoring.metrics.get(name);
    return {
      name,
      title: def?.title ?? null,
      unit: def?.unit ?? null,
      direction: def?.direction ?? null,
      range: { min: def?.min ?? null, max: def?.max ?? null },
      monitor: bounds ? { min: bounds.min ?? null, max: bounds.max ?? null, max_drop: bounds.max_drop ?? null } : null,
      registered: Object.fromEntries(monitoring.registered.get(name) ?? []),
      series: aggregated.series.filter((s) => s.metric === name).map((s) => ({
        version: s.version,
        segment: s.segment ?? null,
        environment: s.environment ?? null,
        count: s.count,
        first: s.first,
        last: { time: s.last.time, value: s.last.value, n: s.last.n ?? null },
        points: s.points
      }))
    };
  });
  return {
    model: m.name,
    generated_at: data.options.generatedAt,
    period: aggregated.period,
    columns: POINT_COLUMNS,
    max_silence: monitoring.monitoring.maxSilence?.text ?? null,
    retrain_after: monitoring.monitoring.retrainAfter?.text ?? null,
    observations: aggregated.observations,
    versions: aggregated.versions,
    metrics,
    html_url: link2(data, modelMonitoringPath(m.name)),
    api_url: link2(data, apiMonitoringPath(m.name))
  };
}
function apiAudit(data) {
  const drifted = new Map(data.models.map((m) => [m.name, environmentDriftFindings(data, m)]));
  const findings = data.models.flatMap((m) => [...m.audit?.findings ?? [], ...drifted.get(m.name)]).sort(compareFindings);
  const counts = { breached: 0, silent: 0, "retrain-overdue": 0, ok: 0, unmonitored: 0 };
  const models = data.models.map((m) => {
    const states = m.audit?.health ?? [];
    counts[states[0] ?? "unmonitored"]++;
    return {
      name: m.name,
      health: states[0] ?? null,
      states: HEALTH_ORDER.filter((h) => states.includes(h)),
      findings: (m.audit?.findings.length ?? 0) + drifted.get(m.name).length,
      html_url: link2(data, paths.model(m.name)),
      monitoring_url: m.monitoringFile ? link2(data, apiMonitoringPath(m.name)) : null
    };
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    registry: data.settings.name,
    generated_at: data.options.generatedAt,
    counts: { errors, warnings: findings.length - errors, models: counts },
    models,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      model: f.model,
      file: f.file,
      line: f.line ?? null,
      message: f.message,
      version: f.version ?? null,
      stage: f.stage ?? null,
      metric: f.metric ?? null
    })),
    html_url: link2(data, paths.catalogue),
    api_url: link2(data, API_AUDIT_PATH)
  };
}

// raw-text:src/core/site/assets/site.js
var site_default = `/*
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
    if (value === undefined || value === null || Number.isNaN(value)) return '\\u2013';
    if (!Number.isFinite(value)) return value > 0 ? '\\u221e' : '-\\u221e';
    if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\\.?0+e/, 'e');
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
    if (delta === 0) return { delta: 0, text: '\\u00b10' };
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
    if (typeof value !== 'string' || value.length > 4096 || !/^https?:\\/\\//i.test(value) || /[\\u0000-\\u0020\\u007f-\\u009f]/.test(value)) return null;
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
    if (!iso || Number.isNaN(time)) return document.createTextNode(iso || '\\u2013');
    var d = new Date(time);
    var node = el('time', null, d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear());
    node.setAttribute('datetime', d.toISOString());
    return node;
  }

  // As src/core/output/number-format.ts and src/core/text/shell-quote.ts write them.
  function decimalSize(size) {
    if (typeof size !== 'number') return '\\u2013';
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
    return Number.isInteger(n) ? String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',') : String(n);
  }

  function shellQuote(text) {
    return /^[A-Za-z0-9._+:@%/=-]+$/.test(text) ? text : "'" + text.replace(/'/g, "'\\\\''") + "'";
  }

  function repoUrl(server, repo) {
    return server && /^[A-Za-z0-9_.-]+\\/[A-Za-z0-9_.-]+$/.test(repo) ? server.replace(/\\/+$/, '') + '/' + repo : null;
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
    if (v.stages && v.stages.length) append(sub, ' \\u00b7 ', chips(v.stages));
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
        if (hasCi) row.appendChild(el('td', 'num', x.ci ? formatNumber(x.ci[0]) + ' \\u2013 ' + formatNumber(x.ci[1]) : '\\u2013'));
        if (hasWhere) row.appendChild(el('td', null, x.where ? x.where.join(' \\u00b7 ') : '\\u2013'));
        if (hasN) row.appendChild(el('td', 'num', x.n !== undefined ? formatCount(x.n) : '\\u2013'));
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
        append(inputs, append(el('li', 'ext'), uriNode(p.uri), p.revision ? ' ' : null, p.revision ? el('code', null, '@' + p.revision) : null, el('span', 'rel', p.relation + ' \\u00b7 outside this registry')));
        return;
      }
      var href = hrefOf(p.model, p.version);
      var label = p.model + ' ' + p.version;
      append(inputs, append(el('li'), href ? link(href, label) : label, el('span', 'rel', p.relation + (href ? '' : ' \\u00b7 not in this registry'))));
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
        var clean = code.path.replace(/^\\/+/, '').split('/').filter(function (x) {
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
        var li = append(el('li'), el('strong', null, d.name), d.version ? ' version ' + d.version : null, d.role ? ' \\u00b7 role ' + d.role : null);
        if (d.uri) append(li, ' \\u00b7 location ', uriNode(d.uri));
        if (d.sha256) append(li, ' \\u00b7 SHA-256 ', el('code', 'sha', d.sha256));
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
      var li = append(el('li'), safe ? link(safe, a.name) : el('strong', null, a.name), ' \\u00b7 ' + decimalSize(a.size) + ' \\u00b7 SHA-256 ', el('code', 'sha', a.sha256 || '\\u2013'), ' \\u00b7 stored ');
      if (where === 1) append(li, 'attached to the release');
      else if (typeof where === 'string') append(li, 'committed (', el('code', null, where), ')');
      else if (a.url) append(li, uriNode(a.url));
      else append(li, '\\u2013');
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
      .join('\\n');
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
    if (typeof current !== 'number' || typeof previous !== 'number') return el('td', 'delta none', '\\u2013');
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
      if (i % every === 0 || i === points.length - 1 || p.production) xAxis.appendChild(svgEl('text', { x: r(x(i)) }, p.label.length > 12 ? p.label.slice(0, 11) + '\\u2026' : p.label));
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
            row.appendChild(el('td', 'num', typeof v.metrics[n] === 'number' ? formatNumber(v.metrics[n]) : '\\u2013'));
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
            var sha = el('code', 'sha', a.sha256 ? a.sha256.slice(0, 12) : '\\u2013');
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
        page: li.textContent.replace(/\\s+/g, ' ').toLowerCase(),
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
      return query.value.toLowerCase().split(/\\s+/).filter(Boolean);
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
              var option = el('option', null, m.title ? m.name + ' \\u2013 ' + m.title : m.name);
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
      status.textContent = 'Loading ' + model + '\\u2026';
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
        tr.appendChild(el('td', 'num', va === undefined ? '\\u2013' : formatNumber(va) + unit));
        tr.appendChild(el('td', 'num', vb === undefined ? '\\u2013' : formatNumber(vb) + unit));
        var cell;
        if (va === undefined || vb === undefined) {
          cell = el('td', 'delta none', '\\u2013');
        } else {
          var c = compareValues(vb, va, def, b.ci && b.ci[name], a.ci && a.ci[name]);
          var delta = c.delta;
          var verdict = c.verdict;
          shared++;
          if (verdict === 'better') better++;
          if (verdict === 'worse') worse++;
          if (verdict === 'noise') noise++;
          cell = el('td', 'delta ' + verdict);
          var arrow = el('span', null, delta === 0 ? '=' : delta > 0 ? '\\u25b2' : '\\u25bc');
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
      ['Metric', 'A: ' + short(aModel, a), 'B: ' + short(bName, b), 'Change (B \\u2212 A)'].forEach(function (text) {
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
`;

// src/core/site/assets/site-css.ts
var SITE_CSS = `/* model-registry catalogue. No web fonts, no external requests; light and dark follow the system. */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --border: #d0d7de;
  --surface: #f6f8fa;
  --surface-2: #eef1f4;
  --accent: #0a5fc4;
  --accent-fg: #ffffff;
  --good: #1a7f37;
  --good-bg: #dafbe1;
  --bad: #c0202b;
  --bad-bg: #ffebe9;
  --warn: #8a5a00;
  --warn-bg: #fff8c5;
  --chip-prod: #1a7f37;
  --chip-stage: #0a5fc4;
  --chip-dep: #b3261e;
  --dataset: #f3eefc;
  --external: #fff6e8;
  --edge: #6e7781;
  --radius: 8px;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --border: #3d444d;
    --surface: #161b22;
    --surface-2: #1f2630;
    --accent: #58a6ff;
    --accent-fg: #0d1117;
    --good: #4ac26b;
    --good-bg: #12261e;
    --bad: #ff7b72;
    --bad-bg: #2d1315;
    --warn: #e3b341;
    --warn-bg: #2b2111;
    --chip-prod: #1f6f33;
    --chip-stage: #1858a8;
    --chip-dep: #a1261f;
    --dataset: #221a33;
    --external: #2b2111;
    --edge: #8b949e;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
code, pre, .sha { font-family: var(--mono); font-size: 0.875em; }
code { overflow-wrap: anywhere; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0.6rem 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--accent); color: var(--accent-fg); padding: 0.5rem 0.75rem; border-radius: var(--radius); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
main { padding-bottom: 3rem; }
main:focus { outline: none; }
[hidden] { display: none !important; }

/* Header, navigation, footer */
.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.7rem; padding-bottom: 0.7rem; }
.brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; overflow-wrap: anywhere; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { color: var(--fg); text-decoration: none; padding: 0.25rem 0; border-bottom: 2px solid transparent; }
.site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: var(--accent); }
.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; margin: 0.75rem 0 0; padding: 0; font-size: 0.9rem; color: var(--muted); }
.breadcrumbs li + li::before { content: "/"; margin: 0 0.5rem; color: var(--muted); }
.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.875rem; padding: 1rem 0 2rem; }
.site-footer a { color: var(--muted); }

/* Common pieces */
.muted { color: var(--muted); }
.small { font-size: 0.85rem; }
.num { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
.lead { font-size: 1.05rem; max-width: 75ch; }
.stats { color: var(--muted); margin-top: 0; }
.page-head { margin-bottom: 1rem; }
.version-index ul { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
.version-index a { font-family: var(--mono); }
.pager ul { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
.pager a, .pager span { font-family: var(--mono); font-size: 0.9rem; }
.pager [aria-current] { font-weight: 700; }
/* Each version of a versions page; the one a link points at is marked. */
.version-card { border-top: 3px solid var(--border); margin-top: 2.5rem; padding-top: 0.25rem; scroll-margin-top: 1rem; }
.version-card:target { border-top-color: var(--accent); }
.version-card > h2 { border-bottom: none; margin-top: 0.75rem; }
.version-card h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.version-card h4 { font-size: 0.95rem; margin: 1rem 0 0.4rem; }
.page-sub { color: var(--muted); margin: 0.2rem 0 0.6rem; overflow-wrap: anywhere; }
.page-sub code { color: var(--fg); }
.summary { font-size: 1.1rem; max-width: 80ch; overflow-wrap: anywhere; }
.version-label { font-family: var(--mono); font-size: 0.8em; color: var(--muted); font-weight: 600; }
.page-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.button, button {
  display: inline-block; font: inherit; font-size: 0.95rem; padding: 0.4rem 0.9rem; border-radius: var(--radius);
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); text-decoration: none; cursor: pointer;
}
button.copy, #reset, #swap { background: var(--surface); color: var(--fg); border-color: var(--border); }
button:hover, .button:hover { filter: brightness(1.08); }
.chip { display: inline-block; font-size: 0.75rem; font-weight: 600; line-height: 1.4; padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--chip-stage); color: #ffffff; vertical-align: middle; white-space: nowrap; }
.chip.stage-production { background: var(--chip-prod); }
.chip.deprecated { background: var(--chip-dep); }
.notice { border: 1px solid var(--border); border-left-width: 4px; border-radius: var(--radius); padding: 0.6rem 0.9rem; max-width: 80ch; overflow-wrap: anywhere; }
.notice.danger { border-color: var(--bad); background: var(--bad-bg); }
.notice.warning { border-color: var(--warn); background: var(--warn-bg); }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr)); gap: 0.75rem 1.5rem; margin: 1rem 0; }
.meta dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.meta dd { margin: 0.1rem 0 0; overflow-wrap: anywhere; }
ul.tags, ul.owners, ul.plain { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
ul.plain { display: block; }
ul.tags li { font-size: 0.8rem; padding: 0.05rem 0.5rem; border: 1px solid var(--border); border-radius: 999px; background: var(--surface); overflow-wrap: anywhere; }
ul.owners li { font-size: 0.875rem; overflow-wrap: anywhere; }
ul.owners li + li::before { content: "\\b7"; margin-right: 0.3rem; color: var(--muted); }
.prose { max-width: 80ch; overflow-wrap: anywhere; }
.prose pre { background: var(--surface); padding: 0.75rem; border-radius: var(--radius); overflow-x: auto; }
.prose table { margin: 0.5rem 0; }

/* Tables */
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.925rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0 0.5rem; color: var(--fg); }
th, td { padding: 0.4rem 0.7rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border-bottom: 2px solid var(--border); white-space: nowrap; }
tbody th { font-weight: 600; }
tr.is-deprecated > * { background: var(--bad-bg); }
.summary-cell { min-width: 18rem; max-width: 40rem; overflow-wrap: anywhere; }
.links a { white-space: nowrap; }
.direction { display: block; font-size: 0.75rem; font-weight: 400; color: var(--muted); }
.sha { overflow-wrap: anywhere; word-break: break-all; }
table.kv { min-width: 16rem; }
dl.kv { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0.25rem 0 1rem; font-family: var(--mono); font-size: 0.875rem; }
dl.kv dt { font-weight: 600; overflow-wrap: anywhere; }
dl.kv dd { margin: 0; overflow-wrap: anywhere; }
ul.plain li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 1rem 2rem; align-items: start; }
code.uri { overflow-wrap: anywhere; word-break: break-all; }

/* Deltas: colour by verdict, plus an arrow and a word */
.delta { white-space: nowrap; font-variant-numeric: tabular-nums; }
.delta.better { color: var(--good); background: var(--good-bg); }
.delta.worse { color: var(--bad); background: var(--bad-bg); }
.delta.same, .delta.unknown, .delta.none, .delta.noise { color: var(--muted); }
.delta small { font-size: 0.75rem; margin-left: 0.25rem; }
/* The versions page's arrows: the sign is in the text, the arrow is decoration (empty alternative text). */
.delta.up::before { content: "\\25b2\\a0"; content: "\\25b2\\a0" / ""; }
.delta.down::before { content: "\\25bc\\a0"; content: "\\25bc\\a0" / ""; }
.delta.legend { padding: 0 0.35rem; border-radius: 4px; }
.compare-summary { font-weight: 600; }

/* Catalogue */
.finder { margin: 1.25rem 0 0.5rem; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end; padding: 0.9rem; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); }
.field { display: flex; flex-direction: column; gap: 0.2rem; min-width: 9rem; flex: 1 1 9rem; }
.field-search { flex: 3 1 18rem; }
.field-reset { flex: 0 0 auto; min-width: 0; }
.field label { font-size: 0.8rem; font-weight: 600; color: var(--muted); }
input[type="search"], select {
  font: inherit; font-size: 0.95rem; padding: 0.4rem 0.5rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--fg); min-width: 0; width: 100%;
}
.result-count { color: var(--muted); margin: 0.6rem 0; }
.model-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); gap: 0.9rem; }
.model-card { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.9rem 1rem; background: var(--bg); display: flex; flex-direction: column; gap: 0.4rem; min-width: 0; content-visibility: auto; contain-intrinsic-size: auto 230px; }
.model-card.is-deprecated { border-style: dashed; }
.model-title { font-size: 1.1rem; margin: 0; padding: 0; border: 0; overflow-wrap: anywhere; }
.model-sub { margin: 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
.excerpt { margin: 0; font-size: 0.9rem; overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; margin: 0.2rem 0 0; font-size: 0.875rem; }
.facts dt { color: var(--muted); font-size: 0.75rem; }
.facts dd { margin: 0; font-weight: 600; }
.empty { padding: 1rem; border: 1px dashed var(--border); border-radius: var(--radius); }

/* Compare */
.pickers { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
.pickers fieldset { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.6rem 0.9rem 0.9rem; display: grid; gap: 0.25rem; min-width: min(100%, 16rem); flex: 1 1 16rem; }
.pickers legend { font-weight: 600; padding: 0 0.3rem; overflow-wrap: anywhere; }
.pickers label { font-size: 0.8rem; font-weight: 600; color: var(--muted); }

/* Copy blocks */
.copy-block { position: relative; margin: 0.5rem 0 1rem; }
.copy-block pre { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem; overflow-x: auto; margin: 0; white-space: pre; }
.copy-block button { margin-top: 0.4rem; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; color: var(--accent); }
.badge-row img { vertical-align: middle; margin-right: 0.4rem; }

/* Charts */
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 430px), 1fr)); gap: 1rem; }
.chart-figure { margin: 0; border: 1px solid var(--border); border-radius: var(--radius); padding: 0.6rem; min-width: 0; }
.chart-figure figcaption { font-weight: 600; font-size: 0.95rem; overflow-wrap: anywhere; }
.chart-figure figcaption .muted { font-weight: 400; font-size: 0.8rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis-line { stroke: var(--muted); stroke-width: 1; }
svg.chart .axis, svg.chart .axis-title { fill: var(--muted); font-size: 11px; }
svg.chart .series { stroke: var(--accent); stroke-width: 2; fill: none; }
svg.chart .series.noise { stroke: var(--muted); stroke-dasharray: 5 4; }
svg.chart .scale-note { fill: var(--muted); font-size: 10px; }
thead th .unit { text-transform: none; letter-spacing: 0; }
svg.chart .ci { stroke: var(--muted); stroke-width: 2; opacity: 0.6; }
svg.chart .point { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5; r: 3.5px; }
svg.chart .point.deprecated { fill: var(--bad); }
svg.chart .point.production { fill: var(--good); stroke: var(--fg); stroke-width: 2; r: 6px; }
svg.chart .production-label { fill: var(--good); font-size: 11px; font-weight: 700; }
svg.chart .band { fill: var(--accent); opacity: 0.14; stroke: none; }
svg.chart .monitor-series.s1, svg.chart .point.s1 { stroke: var(--warn); }
svg.chart .monitor-series.s2, svg.chart .point.s2 { stroke: var(--good); }
svg.chart .monitor-series.s3, svg.chart .point.s3 { stroke: var(--fg); }
svg.chart .band.s1 { fill: var(--warn); } svg.chart .band.s2 { fill: var(--good); } svg.chart .band.s3 { fill: var(--fg); }
svg.chart .threshold { stroke: var(--bad); stroke-width: 1.5; }
svg.chart .threshold.drop { stroke-dasharray: 6 4; }
svg.chart .threshold-label { fill: var(--bad); font-size: 10px; }
svg.chart .registered { stroke: var(--good); stroke-width: 2; stroke-dasharray: 2 3; }
svg.chart .version-change { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .version-label { fill: var(--muted); font-size: 10px; }
.swatch-series { background: var(--accent); border-radius: 2px; }
.swatch-threshold { background: var(--bad); border-radius: 2px; height: 0.2rem; vertical-align: 0.2rem; }
.swatch-registered { background: var(--good); border-radius: 2px; height: 0.2rem; vertical-align: 0.2rem; }
/* Health marks (issue 17): a word, coloured; the colour is never the only cue. */
.health { display: inline-block; font-size: 0.75rem; font-weight: 600; line-height: 1.4; padding: 0 0.45rem; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.h-ok { color: var(--good); }
.h-breached { color: var(--bad); background: var(--bad-bg); }
.h-silent, .h-retrain-overdue { color: var(--warn); background: var(--warn-bg); }
.severity { font-weight: 600; }
.severity.error { color: var(--bad); }
.severity.warning { color: var(--warn); }

/* Lineage graphs */
.graph-scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); padding: 0.25rem; margin: 0.5rem 0 1rem; }
.graph-large { max-height: 80vh; }
svg.graph { display: block; font-size: 12px; }
@media (min-width: 700px) { svg.graph:not(.graph-wide) { max-width: 100%; height: auto; } }
svg.graph .node rect { fill: var(--bg); stroke: var(--border); stroke-width: 1.5; }
svg.graph .node .label { fill: var(--fg); font-weight: 600; }
svg.graph .node .sub { fill: var(--muted); font-size: 11px; }
svg.graph .kind-focus rect { stroke: var(--accent); stroke-width: 3; }
svg.graph .kind-external rect { fill: var(--external); stroke-dasharray: 5 3; }
svg.graph .kind-dataset rect { fill: var(--dataset); }
svg.graph .kind-code rect { fill: var(--surface-2); }
svg.graph a:hover rect, svg.graph a:focus rect { stroke: var(--accent); stroke-width: 2.5; }
svg.graph a:focus { outline: none; }
svg.graph a:focus-visible rect { stroke: var(--accent); stroke-width: 4; }
svg.graph .edge path { fill: none; stroke: var(--edge); stroke-width: 1.5; }
svg.graph .arrowhead { fill: var(--edge); }
svg.graph .edge-label { fill: var(--muted); font-size: 10px; }
.lineage-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr)); gap: 0 2rem; }
.lineage-lists ul { padding-left: 1.2rem; overflow-wrap: anywhere; }

@media (max-width: 600px) {
  h1 { font-size: 1.5rem; }
  th, td { padding: 0.35rem 0.45rem; }
  .summary-cell { min-width: 12rem; }
}
@media print {
  .site-header, .site-footer, .controls, .pickers, button { display: none !important; }
}
.legend { font-size: 0.875rem; }
.swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 50%; vertical-align: -0.05rem; }
.swatch-production { background: var(--good); border: 2px solid var(--fg); }
.swatch-deprecated { background: var(--bad); }
svg.graph .edge-label { paint-order: stroke; stroke: var(--surface); stroke-width: 3px; stroke-linejoin: round; }

/* A version's lineage as a flow: made from -> this version -> built on it (the arrows are the focus box's ::before and ::after) */
.flow { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr); align-items: center; gap: 0.5rem 2.5rem; margin: 0.5rem 0; }
.flow h4 { margin: 0 0 0.4rem; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.flow-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
.flow-list > li, .flow-focus { display: block; margin: 0; padding: 0.4rem 0.6rem; border: 1.5px solid var(--border); border-radius: 6px; background: var(--bg); overflow-wrap: anywhere; font-size: 0.9rem; }
.flow-list .rel { display: block; font-size: 0.75rem; color: var(--muted); }
.flow-list > .ext { border-style: dashed; background: var(--external); }
.flow-list > .data { border-radius: 14px; background: var(--dataset); }
.flow-list > .code { background: var(--surface-2); }
.flow-focus { position: relative; border: 3px solid var(--accent); font-weight: 600; }
.flow-focus::before, .flow-focus::after { content: ""; position: absolute; top: 50%; margin-top: -0.5rem; width: 0; height: 0; border-top: 0.5rem solid transparent; border-bottom: 0.5rem solid transparent; border-left: 0.7rem solid var(--edge); }
.flow-focus::before { left: -1.9rem; }
.flow-focus::after { right: -1.9rem; }
@media (max-width: 700px) {
  .flow { grid-template-columns: minmax(0, 1fr); gap: 2rem; }
  .flow-focus::before, .flow-focus::after { top: auto; left: 50%; right: auto; margin: 0 0 0 -0.5rem; border-left: 0.5rem solid transparent; border-right: 0.5rem solid transparent; border-top: 0.7rem solid var(--edge); border-bottom: 0; }
  .flow-focus::before { top: -1.6rem; }
  .flow-focus::after { bottom: -1.6rem; }
}
`;

// src/core/site/assets.ts
var SITE_JS = site_default;
var ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a5fc4"/><path d="M8 22V10l8 7 8-7v12" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/></svg>\n';

// src/core/site/html.ts
var Raw = class {
  constructor(value) {
    this.value = value;
  }
  value;
  toString() {
    return this.value;
  }
};
function raw(markup) {
  return new Raw(markup);
}
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\u2013": "&#8211;",
  "\xB7": "&#183;",
  "\u2026": "&#8230;",
  "\xB1": "&#177;"
};
var ESCAPE_RE = /[&<>"'\u2013\u00b7\u2026\u00b1]/g;
var NEEDS_ESCAPE = /[&<>"'\u2013\u00b7\u2026\u00b1]/;
function escapeHtml(value) {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_RE, (c) => ESCAPES[c]) : value;
}
function render(value) {
  if (value === null || value === void 0 || value === false) return "";
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) {
    let out = "";
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out += item instanceof Raw ? item.value : render(item);
    }
    return out;
  }
  return escapeHtml(String(value));
}
function html(strings2, ...values) {
  let out = strings2[0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === "string") out += NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_RE, (c) => ESCAPES[c]) : value;
    else if (value instanceof Raw) out += value.value;
    else if (typeof value === "number") out += value;
    else out += render(value);
    out += strings2[i + 1];
  }
  return new Raw(out);
}
function jsonForScript(value) {
  return new Raw(
    JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")
  );
}

// src/core/site/badge.ts
var WIDTHS = {
  " ": 3.87,
  "-": 4.55,
  ".": 3.87,
  _: 7,
  "+": 9.09,
  "(": 4.55,
  ")": 4.55,
  ":": 4.55,
  "/": 4.55,
  "@": 11.03,
  "0": 7,
  "1": 7,
  "2": 7,
  "3": 7,
  "4": 7,
  "5": 7,
  "6": 7,
  "7": 7,
  "8": 7,
  "9": 7,
  a: 6.66,
  b: 6.82,
  c: 5.73,
  d: 6.82,
  e: 6.55,
  f: 3.86,
  g: 6.82,
  h: 6.98,
  i: 3.02,
  j: 3.79,
  k: 6.51,
  l: 3.02,
  m: 10.71,
  n: 6.98,
  o: 6.68,
  p: 6.82,
  q: 6.82,
  r: 4.69,
  s: 5.73,
  t: 4.33,
  u: 6.98,
  v: 6.51,
  w: 8.99,
  x: 6.51,
  y: 6.51,
  z: 5.78
};
function textWidth(text3) {
  let w = 0;
  for (const ch of text3) w += WIDTHS[ch] ?? (ch >= "A" && ch <= "Z" ? 7.6 : 7.5);
  return w;
}
var COLORS = {
  green: "#2e7d32",
  blue: "#0b5cad",
  orange: "#a85400",
  grey: "#5f6368",
  red: "#b3261e"
};
var SHADOW = 'fill="#010101" fill-opacity=".3"';
function renderBadge(label, message, color) {
  const lw = Math.round(textWidth(label) + 10);
  const mw = Math.round(textWidth(message) + 10);
  const w = lw + mw;
  const l = escapeHtml(label);
  const m = escapeHtml(message);
  const fill = COLORS[color];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${m}">`,
    `<title>${l}: ${m}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    '<g clip-path="url(#r)">',
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${fill}"/>`,
    `<rect width="${w}" height="20" fill="url(#s)"/>`,
    "</g>",
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `<text x="${lw / 2}" y="15" ${SHADOW}>${l}</text>`,
    `<text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" ${SHADOW}>${m}</text>`,
    `<text x="${lw + mw / 2}" y="14">${m}</text>`,
    "</g></svg>\n"
  ].join("");
}
function stageBadge(stage, version, deprecated, isProduction) {
  if (!version) return renderBadge(stage, "none", "grey");
  if (deprecated) return renderBadge(stage, `${version} (deprecated)`, "red");
  return renderBadge(stage, version, isProduction ? "green" : "blue");
}

// src/core/site/feed.ts
var FEED_ENTRIES = 50;
function xml(text3) {
  return escapeHtml(text3.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}
function newestStageEvents(data, count) {
  const all = data.models.flatMap((m) => m.events.filter((e) => e.kind === "promotion" || e.kind === "rollback" || e.kind === "demotion").slice(0, count));
  all.sort((a, b) => timeOf(b.date) - timeOf(a.date) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return all.slice(0, count);
}
function renderFeed(data) {
  const base = data.options.baseUrl;
  const link4 = (path) => absoluteUrl(base, path) ?? path;
  const versions = data.newest.slice(0, FEED_ENTRIES);
  const events = newestStageEvents(data, FEED_ENTRIES);
  const entries = [...versions, ...events].map((item, i) => ({ item, i, time: "kind" in item ? timeOf(item.date) : timeOf(item.created) })).sort((a, b) => b.time - a.time || a.i - b.i).slice(0, FEED_ENTRIES).map(({ item }) => item);
  const first = entries[0];
  const updated = isoDate(first && ("kind" in first ? first.date : first.created)) ?? isoDate(data.options.generatedAt) ?? (/* @__PURE__ */ new Date(0)).toISOString();
  const feedId = absoluteUrl(base, paths.feed) ?? `urn:model-registry:${encodeURIComponent(data.settings.name)}:feed`;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xml(feedId)}</id>`,
    `<title>${xml(`New model versions in ${data.settings.name}`)}</title>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xml(data.settings.name)}</name></author>`,
    `<generator>model-registry</generator>`,
    `<link rel="alternate" type="text/html" href="${xml(link4(paths.catalogue))}"/>`
  ];
  if (base) out.push(`<link rel="self" type="application/atom+xml" href="${xml(link4(paths.feed))}"/>`);
  for (const entry of entries) {
    if ("kind" in entry) {
      out.push(...stageEventEntry(data, entry, link4, updated));
      continue;
    }
    const v = entry;
    const model = data.byName.get(v.model);
    const page = link4(paths.version(v.model, v.version, v.page));
    const id = absoluteUrl(base, paths.version(v.model, v.version)) ?? `urn:model-registry:${encodeURIComponent(v.model)}:${encodeURIComponent(v.version)}`;
    const when = isoDate(v.created) ?? updated;
    const metrics = v.metrics.slice(0, 8).map((m) => `${m.name} ${formatNumberFast(m.value)}`).join(", ");
    const details = [
      v.summary,
      v.stages.length ? `Stages: ${v.stages.join(", ")}.` : "",
      v.deprecated !== void 0 ? `Deprecated: ${v.deprecated}` : "",
      metrics ? `Metrics: ${metrics}.` : ""
    ].filter(Boolean).join("\n");
    out.push(
      "<entry>",
      `<id>${xml(id)}</id>`,
      `<title>${xml(`${model?.title ?? v.model} ${v.version}`)}</title>`,
      `<updated>${when}</updated>`,
      `<published>${when}</published>`,
      `<link rel="alternate" type="text/html" href="${xml(page)}"/>`,
      `<category term="${xml(v.model)}"/>`,
      `<summary type="text">${xml(v.summary || `${v.model} ${v.version}`)}</summary>`,
      `<content type="text">${xml(details)}</content>`,
      "</entry>"
    );
  }
  out.push("</feed>", "");
  return out.join("\n");
}
var DONE = { promotion: "promoted to", rollback: "rolled back in", demotion: "removed from" };
function stageEventEntry(data, e, link4, fallback) {
  const title = `${data.byName.get(e.model)?.title ?? e.model} ${e.version} ${DONE[e.kind] ?? e.kind} ${e.stage ?? ""}`.trim();
  const id = `urn:model-registry:${[e.model, e.kind, e.stage ?? "", e.version, e.commit].map(encodeURIComponent).join(":")}`;
  const when = isoDate(e.date) ?? fallback;
  const details = [
    e.from !== void 0 ? `It replaces ${e.from}.` : "",
    e.pullRequest !== void 0 ? `Pull request #${e.pullRequest}.` : "",
    e.approvers?.length ? `Approved by ${e.approvers.join(", ")}.` : "",
    `Commit ${e.commit}.`
  ].filter(Boolean).join("\n");
  return [
    "<entry>",
    `<id>${xml(id)}</id>`,
    `<title>${xml(title)}</title>`,
    `<updated>${when}</updated>`,
    `<published>${when}</published>`,
    `<link rel="alternate" type="text/html" href="${xml(link4(paths.modelHistory(e.model)))}"/>`,
    `<category term="${xml(e.model)}"/>`,
    `<summary type="text">${xml(title)}</summary>`,
    `<content type="text">${xml(details)}</content>`,
    "</entry>"
  ];
}

// src/core/site/components.ts
function externalLink(url, label) {
  if (!url) return html`&#8211;`;
  const safe = safeHttpUrl(url);
  if (safe) return html`<a href="${safe}" rel="nofollow noopener noreferrer">${label ?? url}</a>`;
  return label && label !== url ? html`${label} <code class="uri">${url}</code>` : html`<code class="uri">${url}</code>`;
}
function stageChips(stages) {
  return html`${stages.map((s) => html`<span class="chip stage stage-${s}">${s}</span> `)}`;
}
function deprecatedChip(reason) {
  return reason === void 0 ? html`` : html`<span class="chip deprecated" title="${reason}">deprecated</span>`;
}
function tableHead(...columns) {
  return html`<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>`;
}
function timeTag(iso) {
  return html`<time datetime="${isoDate(iso) ?? ""}">${formatDate(iso)}</time>`;
}
function versionLink(from, version) {
  return html`<a href="${relativeUrl(from, paths.version(version.model, version.version, version.page))}">${version.version}</a>`;
}
var ARROWS = { up: raw("&#9650;"), down: raw("&#9660;"), same: raw("=") };
function deltaCell(current, previous, definition) {
  if (current === void 0 || previous === void 0) return html`<td class="delta none">&#8211;</td>`;
  const { delta, text: text3, verdict } = compareValues(current, previous, definition);
  const arrow = delta === 0 ? ARROWS.same : delta > 0 ? ARROWS.up : ARROWS.down;
  return html`<td class="delta ${verdict}"><span aria-hidden="true">${arrow}</span> ${text3} <small>${VERDICT_WORDS[verdict]}</small></td>`;
}
function directionNote(definition) {
  if (!definition) return "not in the metric catalogue";
  return definition.direction === "higher" ? "higher is better" : "lower is better";
}
function copyBlock(text3, label, id) {
  const button = html`<button type="button" class="copy" data-copy="${id}" hidden>Copy ${label}</button>`;
  return html`<div class="copy-block"><pre tabindex="0"><code id="${id}">${text3}</code></pre>${button}</div>`;
}
function section(id, title, body, level = 2) {
  return html`<section id="${id}" aria-labelledby="${id}-h"><h${raw(String(level))} id="${id}-h">${title}</h${raw(String(level))}>${body}</section>`;
}
function scrollTable(label, table2) {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table2}</div>`;
}
function shortSha(sha, length = 12) {
  return sha ? sha.slice(0, length) : "\u2013";
}

// src/core/site/layout.ts
var CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
var NAV = [
  { label: "Models", path: paths.catalogue, kinds: ["catalogue", "model", "versions", "compare"] },
  { label: "Lineage", path: paths.lineage, kinds: ["lineage"] }
];
var shellCache = /* @__PURE__ */ new WeakMap();
function shellParts(data, prefix, kind) {
  let cache = shellCache.get(data);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    shellCache.set(data, cache);
  }
  const key = `${prefix}\0${kind}`;
  let parts = cache.get(key);
  if (!parts) {
    const to = (target) => prefix + target;
    const registryName = data.settings.name;
    const links = html`<link rel="stylesheet" href="${to(paths.css)}">
<link rel="icon" href="${to(paths.icon)}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${`New versions in ${registryName}`}" href="${to(paths.feed)}">
<script src="${to(paths.js)}" defer></script>
</head>
<body data-page="${kind}" data-root="${prefix}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="brand" href="${to(paths.catalogue)}">${registryName}</a>
<nav class="site-nav" aria-label="Site">
<ul>${NAV.map(
      (item) => item.kinds.includes(kind) && (kind === "catalogue" || kind === "lineage") ? html`<li><a href="${to(item.path)}" aria-current="page">${item.label}</a></li>` : html`<li><a href="${to(item.path)}">${item.label}</a></li>`
    )}<li><a href="${to(paths.feed)}">Feed</a></li><li><a href="${to(paths.apiIndex)}">API</a></li></ul>
</nav>
</div>
</header>
`.value;
    const footerLinks = html`<a href="${to(paths.apiIndex)}">JSON API</a> &#183; <a href="${to(paths.feed)}">Atom feed of new versions</a>`;
    const footer = html`
</main>
<footer class="site-footer">
<div class="wrap">
<p>${registryName} &#183; built ${formatDate(data.options.generatedAt)} by model-registry &#183; ${footerLinks}</p>
</div>
</footer>
</body>
</html>
`.value;
    parts = { footer, links };
    cache.set(key, parts);
  }
  return parts;
}
function renderPage(data, page) {
  const prefix = relativeUrl(page.path, "");
  const registryName = data.settings.name;
  const title = page.title === registryName ? registryName : `${page.title} \xB7 ${registryName}`;
  const parts = shellParts(data, prefix, page.kind);
  const crumbs = page.crumbs?.length ? html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${page.crumbs.map(
    (c) => c.path ? html`<li><a href="${relativeUrl(page.path, c.path)}">${c.label}</a></li>` : html`<li><span aria-current="page">${c.label}</span></li>`
  )}</ol></nav>` : "";
  const head = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ""}
${raw(parts.links)}<div class="wrap">${crumbs}</div>
<main id="main" class="wrap" tabindex="-1">
`.value;
  const body = Array.isArray(page.body) ? page.body.map((part) => part.value) : [page.body.value];
  return [head, ...body, parts.footer];
}

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache = decodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache = encodeCache[exclude];
  if (cache) {
    return cache;
  }
  cache = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache.push(ch);
    } else {
      cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/build/index.mjs
var build_exports = {};
__export(build_exports, {
  Any: () => Any,
  Cc: () => Cc,
  Cf: () => Cf,
  P: () => P,
  S: () => S,
  Z: () => Z
});
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table2 = new Uint8Array(127);
  let code2 = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table2[char] = code2++;
    }
  }
  return table2;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code2 = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code2 < 89) {
        previous += code2;
        single[slot++] = previous;
      } else if (code2 === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["AMP"] = 38] = "AMP";
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var CONSUMED_SHIFT = 21;
var CODE_POINT_MASK = 2097151;
var CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> CONSUMED_SHIFT;
  return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
function isNumber(code2) {
  return code2 - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAlpha(code2) || isNumber(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
function readTrieValue(decodeTree, nodeIndex, valueLength) {
  if (valueLength === 1) {
    return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
  }
  if (valueLength === 2) {
    return String.fromCharCode(decodeTree[nodeIndex + 1]);
  }
  return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
function parseNumericEntity(input, numberStart, inputLength) {
  let offset = numberStart + 1;
  let cp = 0;
  let digitStart = offset;
  if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
    offset += 1;
    digitStart = offset;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        cp = cp * 16 + (char - CharCodes.ZERO);
      } else if (isHexadecimalCharacter(char)) {
        cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
      } else {
        break;
      }
      offset += 1;
    }
  } else {
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9)
        break;
      cp = cp * 10 + digit;
      offset += 1;
    }
  }
  if (offset === digitStart)
    return 0;
  if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) {
    offset += 1;
  }
  if (cp > 1114111)
    cp = 1114112;
  let consumed = offset - numberStart;
  if (consumed >= CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = CONSUMED_OVERFLOW;
  }
  return consumed << CONSUMED_SHIFT | cp;
}
function decodeWithTrie(input, isStrict, isAttribute) {
  const decodeTree = htmlDecodeTree;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let chunkStart = 0;
  let result = "";
  const root = decodeTree[0];
  const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
  const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
  do {
    const entityStart = offset + 1;
    const firstChar = input.charCodeAt(entityStart);
    let consumed;
    let value;
    if (firstChar === CharCodes.NUM) {
      const packed = parseNumericEntity(input, entityStart, inputLength);
      consumed = unpackConsumed(packed);
      if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) {
        consumed = 0;
      }
      value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
    } else if (isAlpha(firstChar)) {
      consumed = 0;
      value = "";
      const rootSlotIndex = firstChar - rootJumpOffset;
      let nodeIndex;
      if (rootSlotIndex >>> 0 < rootBranchCount) {
        const stored = decodeTree[1 + rootSlotIndex];
        nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
      } else {
        nodeIndex = -1;
      }
      let bestNodeIndex = 0;
      let bestValueLength = 0;
      let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
      let index = entityStart + 1;
      trie: while (index < inputLength) {
        while (
          // Value-less, non-run node with a nonzero jump offset.
          (current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0
        ) {
          const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
          const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (branchCount === 0) {
            if (input.charCodeAt(index) !== jumpOffset)
              break trie;
            nodeIndex += 1;
          } else {
            const slot = input.charCodeAt(index) - jumpOffset;
            if (slot >>> 0 >= branchCount)
              break trie;
            const stored = decodeTree[nodeIndex + 1 + slot];
            if (stored === 0)
              break trie;
            nodeIndex = nodeIndex + branchCount + stored & 65535;
          }
          current = decodeTree[nodeIndex];
          index += 1;
          if (index >= inputLength)
            break trie;
        }
        if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) {
            break;
          }
          index += 1;
          const remaining = runLength - 1;
          let wordIndex = nodeIndex + 1;
          let charIndexInPacked = 0;
          for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
            const packed = decodeTree[wordIndex];
            if (input.charCodeAt(index) !== (packed & 255))
              break trie;
            index += 1;
            if (input.charCodeAt(index) !== (packed >> 8 & 255))
              break trie;
            index += 1;
            wordIndex += 1;
          }
          if (charIndexInPacked < remaining) {
            if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255))
              break;
            index += 1;
          }
          nodeIndex += 1 + (runLength >> 1);
          current = decodeTree[nodeIndex];
          continue;
        }
        const valueLength = current >>> 14;
        const char = input.charCodeAt(index);
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            consumed = index - entityStart + 1;
            value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
            break;
          }
          if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
            consumed = index - entityStart;
            bestNodeIndex = nodeIndex;
            bestValueLength = valueLength;
          }
          if (valueLength === 1)
            break;
        }
        const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
        if (next < 0)
          break;
        nodeIndex = next;
        current = decodeTree[nodeIndex];
        index += 1;
      }
      if (value === "") {
        const finalVL = current >>> 14;
        if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          consumed = index - entityStart;
          bestNodeIndex = nodeIndex;
          bestValueLength = finalVL;
        }
        if (consumed > 0) {
          value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
        }
      }
    } else {
      consumed = 0;
      value = "";
    }
    if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) {
      offset = entityStart;
    } else {
      if (chunkStart < offset) {
        result += input.slice(chunkStart, offset);
      }
      result += value;
      offset = chunkStart = entityStart + consumed;
    }
    if (input.charCodeAt(offset) !== CharCodes.AMP) {
      offset = input.indexOf("&", offset);
    }
  } while (offset >= 0);
  return result + input.slice(chunkStart);
}
function decodeHTMLStrict(htmlString) {
  return decodeWithTrie(htmlString, true, false);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str2) {
    return str2.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open, close, depth = 4) {
    const openRE = this.escapeRE(open);
    const closeRE = this.escapeRE(close);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${this.src_ZPCc}))(?:(?![$+<=>^\`|\uFF5C])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><\uFF5C]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text3, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text3);
    return m ? m[0].length : 0;
  },
  normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text3, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text3);
      if (m) {
        if (pos >= 3 && text3[pos - 3] === ":") return 0;
        if (pos >= 3 && text3[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match, self) => self.normalize(match)
  },
  "mailto:": {
    validate: function(text3, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text3);
      return m ? m[0].length : 0;
    },
    normalize: (match, self) => self.normalize(match)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item) => {
    const sep3 = item.indexOf(":");
    const prefix = item.slice(0, sep3);
    for (const suffix of item.slice(sep3 + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text3, schema, index, lastIndex) {
    const raw2 = text3.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw2;
    this.text = raw2;
    this.url = raw2;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition = null) {
    if (!definition) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match, self) => self.normalize(match),
        ...definition
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text3) {
    if (!text3.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text3)) !== null) if (this.testSchemaAt(text3, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text3) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text3.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text3)) !== null) {
          const name = text3.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text3, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text3.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text3) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text3.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text3);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name = mailNameRe.exec(text3.slice(Math.max(0, m.index - 65), m.index));
          if (!name) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text3);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text3);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text3, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match = new Match(text3, candidate.schema, candidate.index, candidate.lastIndex);
      if (match.schema) this.__schemas__[match.schema].normalize(match, this);
      else this.normalize(match);
      result.push(match);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text3) {
    if (!text3.length) return null;
    const m = this.re.get_schema_at_start().exec(text3);
    if (!m) return null;
    const len = this.testSchemaAt(text3, m[2], m[0].length);
    if (!len) return null;
    const match = new Match(text3, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match.schema].normalize(match, this);
    return match;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list4, keepOld = false) {
    list4 = Array.isArray(list4) ? list4 : [list4];
    if (!keepOld) this.__opts__.tlds = list4;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list4);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match) {
    if (!match.schema) match.url = `http://${match.url}`;
    if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
  }
};

// node_modules/markdown-it/dist/markdown-it.mjs
var import_punycode = __toESM(require_punycode(), 1);
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};
var utils_exports = /* @__PURE__ */ __exportAll({
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  callable: () => callable,
  escapeHtml: () => escapeHtml2,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});
function callable(cls) {
  const wrapper = function(...args) {
    return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
  };
  Object.defineProperty(wrapper, "name", { value: cls.name });
  Object.setPrototypeOf(wrapper, cls);
  wrapper.prototype = cls.prototype;
  return wrapper;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) return false;
  if (c >= 64976 && c <= 65007) return false;
  if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
  if (c >= 0 && c <= 8) return false;
  if (c === 11) return false;
  if (c >= 14 && c <= 31) return false;
  if (c >= 127 && c <= 159) return false;
  if (c > 1114111) return false;
  return true;
}
function fromCodePoint(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) return fromCodePoint(code2);
    return match;
  }
  const decoded = decodeHTMLStrict(match);
  if (decoded !== match) return decoded;
  return match;
}
function unescapeMd(str2) {
  if (str2.indexOf("\\") < 0) return str2;
  return str2.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str2) {
  if (str2.indexOf("\\") < 0 && str2.indexOf("&") < 0) return str2;
  return str2.replace(UNESCAPE_ALL_RE, function(match, escaped, entity2) {
    if (escaped) return escaped;
    return replaceEntityPattern(match, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml2(str2) {
  if (HTML_ESCAPE_TEST_RE.test(str2)) return str2.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  return str2;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str2) {
  return str2.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) return true;
  switch (code2) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return P.test(ch) || S.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str2) {
  str2 = str2.trim().replace(/\s+/g, " ");
  return str2.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str2) {
  let start = 0;
  for (; start < str2.length; start++) if (!isAsciiTrimmable(str2.charCodeAt(start))) break;
  let end = str2.length - 1;
  for (; end >= start; end--) if (!isAsciiTrimmable(str2.charCodeAt(end))) break;
  return str2.slice(start, end + 1);
}
var lib = {
  mdurl: mdurl_exports,
  ucmicro: build_exports
};
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) labelEnd = state.pos;
  state.pos = oldPos;
  return labelEnd;
}
function parseLinkDestination(str2, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str2.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str2.charCodeAt(pos);
      if (code2 === 10) return result;
      if (code2 === 60) return result;
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str2.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str2.charCodeAt(pos);
    if (code2 === 32) break;
    if (code2 < 32 || code2 === 127) break;
    if (code2 === 92 && pos + 1 < max) {
      if (str2.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) return result;
    }
    if (code2 === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos) return result;
  if (level !== 0) return result;
  result.str = unescapeAll(str2.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}
function parseLinkTitle(str2, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    ok: false,
    can_continue: false,
    pos: 0,
    str: "",
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) return state;
    let marker = str2.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) return state;
    start++;
    pos++;
    if (marker === 40) marker = 41;
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str2.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str2.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) return state;
    else if (code2 === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str2.slice(start, pos));
  return state;
}
var helpers_exports = /* @__PURE__ */ __exportAll({
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r2) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r2 || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r2 ? String : Number)(t);
}
function toPropertyKey(t) {
  var i = toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r2, t) {
  return (r2 = toPropertyKey(r2)) in e ? Object.defineProperty(e, r2, {
    value: t,
    enumerable: true,
    configurable: true,
    writable: true
  }) : e[r2] = t, e;
}
var Token = class {
  constructor(type, tag, nesting) {
    _defineProperty(
      this,
      /**
      * Source map info. Format: `[ line_begin, line_end ]`
      */
      "map",
      null
    );
    _defineProperty(
      this,
      /**
      * nesting level, the same as `state.level`
      */
      "level",
      0
    );
    _defineProperty(
      this,
      /**
      * An array of child nodes (inline and img tokens)
      */
      "children",
      null
    );
    _defineProperty(
      this,
      /**
      * In a case of self-closing tag (code, html, fence, etc.),
      * it has contents of this tag.
      */
      "content",
      ""
    );
    _defineProperty(
      this,
      /**
      * '*' or '_' for emphasis, fence string for fence, etc.
      */
      "markup",
      ""
    );
    _defineProperty(
      this,
      /**
      * Additional information:
      *
      * - Info string for "fence" tokens
      * - The value "auto" for autolink "link_open" and "link_close" tokens
      * - The string value of the item marker for ordered-list "list_item_open" tokens
      */
      "info",
      ""
    );
    _defineProperty(
      this,
      /**
      * True for block-level tokens, false for inline tokens.
      * Used in renderer to calculate line breaks
      */
      "block",
      false
    );
    _defineProperty(
      this,
      /**
      * If it's true, ignore this element when rendering. Used for tight lists
      * to hide paragraphs.
      */
      "hidden",
      false
    );
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  /**
  * Search attribute index by name.
  */
  attrIndex(name) {
    if (!this.attrs) return -1;
    const attrs = this.attrs;
    for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
    return -1;
  }
  /**
  * Add `[ name, value ]` attribute to list. Init attrs if necessary
  */
  attrPush(attrData) {
    if (this.attrs) this.attrs.push(attrData);
    else this.attrs = [attrData];
  }
  /**
  * Set `name` attribute to `value`. Override old value if exists.
  */
  attrSet(name, value) {
    const idx = this.attrIndex(name);
    const attrData = [name, value];
    if (idx < 0) this.attrPush(attrData);
    else this.attrs[idx] = attrData;
  }
  /**
  * Get the value of attribute `name`, or null if it does not exist.
  */
  attrGet(name) {
    const idx = this.attrIndex(name);
    let value = null;
    if (idx >= 0) value = this.attrs[idx][1];
    return value;
  }
  /**
  * Join value to existing attribute via space. Or create new attribute if not
  * exists. Useful to operate with token classes.
  */
  attrJoin(name, value) {
    const idx = this.attrIndex(name);
    if (idx < 0) this.attrPush([name, value]);
    else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
  }
};
var Ruler = class {
  constructor() {
    _defineProperty(
      this,
      /** @internal */
      "__rules__",
      []
    );
    _defineProperty(
      this,
      /** @internal */
      "__cache__",
      null
    );
  }
  /** @internal */
  __find__(name) {
    for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
    return -1;
  }
  /** @internal */
  __compile__() {
    const chains = /* @__PURE__ */ new Set();
    this.__rules__.forEach((rule) => {
      if (!rule.enabled) return;
      rule.alt.forEach((altName) => {
        if (altName) chains.add(altName);
      });
    });
    this.__cache__ = /* @__PURE__ */ Object.create(null);
    this.__cache__[""] = [];
    this.__rules__.forEach((rule) => {
      if (rule.enabled) this.__cache__[""].push(rule.fn);
    });
    chains.forEach((chain) => {
      this.__cache__[chain] = [];
      this.__rules__.forEach((rule) => {
        if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
      });
    });
  }
  /**
  * Replace rule by name with new function & options. Throws error if name not
  * found.
  *
  * @example Replace existing typographer replacement rule with new one
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.at('replacements', function replace(state) {
  *   //...
  * });
  * ```
  */
  at(name, fn, options = {}) {
    const index = this.__find__(name);
    if (index === -1) throw new Error(`Parser rule not found: ${name}`);
    this.__rules__[index].fn = fn;
    this.__rules__[index].alt = options.alt || [];
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain before one with given name. See also
  * {@link Ruler.after}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  before(beforeName, ruleName, fn, options = {}) {
    const index = this.__find__(beforeName);
    if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
    this.__rules__.splice(index, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain after one with given name. See also
  * {@link Ruler.before}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.inline.ruler.after('text', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  after(afterName, ruleName, fn, options = {}) {
    const index = this.__find__(afterName);
    if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
    this.__rules__.splice(index + 1, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Push new rule to the end of chain. See also
  * {@link Ruler.before}, {@link Ruler.after}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.push('my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  push(ruleName, fn, options = {}) {
    this.__rules__.push({
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Enable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  enable(list4, ignoreInvalid = false) {
    if (!Array.isArray(list4)) list4 = [list4];
    const result = [];
    list4.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = true;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Enable rules with given names, and disable everything else. If any rule name
  * not found - throw Error. Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enable}.
  */
  enableOnly(list4, ignoreInvalid = false) {
    if (!Array.isArray(list4)) list4 = [list4];
    this.__rules__.forEach((rule) => {
      rule.enabled = false;
    });
    this.enable(list4, ignoreInvalid);
  }
  /**
  * Disable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  disable(list4, ignoreInvalid = false) {
    if (!Array.isArray(list4)) list4 = [list4];
    const result = [];
    list4.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = false;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Return array of active functions (rules) for given chain name. It analyzes
  * rules configuration, compiles caches if not exists and returns result.
  *
  * Default chain name is `''` (empty string). It can't be skipped. That's
  * done intentionally, to keep signature monomorphic for high speed.
  */
  getRules(chainName) {
    if (!this.__cache__) this.__compile__();
    return this.__cache__[chainName] || [];
  }
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<code${slf.renderAttrs(token)}>${escapeHtml2(token.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<pre${slf.renderAttrs(token)}><code>${escapeHtml2(tokens[idx].content)}</code></pre>
`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml2(token.content);
  else highlighted = escapeHtml2(token.content);
  if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
    else {
      tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
      tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
    }
    const tmpToken = { attrs: tmpAttrs };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml2(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
var Renderer = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * Contains render rules for tokens. Can be updated and extended.
      *
      * See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
      * for more details and examples.
      *
      * @example Custom render rules
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * md.renderer.rules.strong_open  = function () { return '<b>'; };
      * md.renderer.rules.strong_close = function () { return '</b>'; };
      *
      * const result = md.renderInline(...);
      * ```
      *
      * @example Each rule is called as independent static function with fixed signature
      * ```javascript
      * function my_token_render(tokens, idx, options, env, renderer) {
      *   // ...
      *   return renderedHTML;
      * }
      * ```
      */
      "rules",
      Object.assign({}, default_rules)
    );
  }
  /**
  * Render token attributes to string.
  */
  renderAttrs(token) {
    let i, l, result;
    if (!token.attrs) return "";
    result = "";
    for (i = 0, l = token.attrs.length; i < l; i++) result += ` ${escapeHtml2(token.attrs[i][0])}="${escapeHtml2(String(token.attrs[i][1]))}"`;
    return result;
  }
  /**
  * Default token renderer. Can be overriden by custom function
  * in {@link Renderer.rules}.
  */
  renderToken(tokens, idx, options) {
    const token = tokens[idx];
    let result = "";
    if (token.hidden) return "";
    let prev = idx - 1;
    while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
    if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
    result += (token.nesting === -1 ? "</" : "<") + token.tag;
    result += this.renderAttrs(token);
    if (token.nesting === 0 && options.xhtmlOut) result += " /";
    let needLf = false;
    if (token.block) {
      needLf = true;
      if (token.nesting === 1) {
        let next = idx + 1;
        while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
        if (next < tokens.length) {
          const nextToken = tokens[next];
          if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
          else if (nextToken.nesting === -1 && nextToken.tag === token.tag) needLf = false;
        }
      }
    }
    result += needLf ? ">\n" : ">";
    return result;
  }
  /**
  * The same as {@link Renderer.render}, but for single token of `inline` type.
  */
  renderInline(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
  /**
  * Special kludge for image `alt` attributes to conform CommonMark spec.
  * Don't try to use it! Spec requires to show `alt` content with stripped markup,
  * instead of simple escaping.
  */
  renderInlineAsText(tokens, options, env) {
    let result = "";
    for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
      case "text":
      case "code_inline":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
    }
    return result;
  }
  /**
  * Takes token stream and generates HTML. Probably, you will never need to call
  * this method directly.
  */
  render(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
      else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
};
var StateCore = class {
  constructor(src, md, env) {
    _defineProperty(this, "tokens", []);
    _defineProperty(this, "inlineMode", false);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
  }
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str2;
  str2 = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
  str2 = str2.replace(NULL_RE, "\uFFFD");
  state.src = str2;
}
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
  const tokens = state.tokens;
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    if (tokens[curr].type === "reference_definition") continue;
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
  }
}
function isLinkOpen$1(str2) {
  return /^<a[>\s]/i.test(str2);
}
function isLinkClose$1(str2) {
  return /^<\/a\s*>/i.test(str2);
}
function linkify$1(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) return;
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0) continue;
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text3 = currentToken.content;
        let links = state.md.linkify.match(text3);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) continue;
          let urlText = links[ln].text;
          if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
          else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
          else urlText = state.md.normalizeLinkText(urlText);
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text3.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text3.length) {
          const token = new state.Token("text", "", 0);
          token.content = text3.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({
          index: i,
          nodes
        });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
          for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
          replacementIndex++;
        } else newTokens[newTokenIndex++] = tokens[i];
      }
      blockTokens[j].children = newTokens;
    }
  }
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1\u2014").replace(/(^|\s)--(?=\s|$)/gm, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1\u2013");
    }
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) return;
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") continue;
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
    if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
  }
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) heads.single = item.prevSameQuoteIdx;
    else heads.double = item.prevSameQuoteIdx;
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
  replacements[tokenIdx].push({
    pos,
    ch
  });
}
function applyReplacements(str2, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str2.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str2.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = {
    single: -1,
    double: -1
  };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") continue;
    const text3 = token.content;
    let pos = 0;
    const max = text3.length;
    OUTER: while (pos < max) {
      QUOTE_RE.lastIndex = pos;
      const t = QUOTE_RE.exec(text3);
      if (!t) break;
      let canOpen = true;
      let canClose = true;
      pos = t.index + 1;
      const isSingle = t[0] === "'";
      let lastChar = 32;
      if (t.index - 1 >= 0) lastChar = text3.charCodeAt(t.index - 1);
      else for (j = i - 1; j >= 0; j--) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
        break;
      }
      let nextChar = 32;
      if (pos < max) nextChar = text3.charCodeAt(pos);
      else for (j = i + 1; j < tokens.length; j++) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        nextChar = tokens[j].content.charCodeAt(0);
        break;
      }
      const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
      const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
      const isLastWhiteSpace = isWhiteSpace(lastChar);
      const isNextWhiteSpace = isWhiteSpace(nextChar);
      if (isNextWhiteSpace) canOpen = false;
      else if (isNextPunctChar) {
        if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
      }
      if (isLastWhiteSpace) canClose = false;
      else if (isLastPunctChar) {
        if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
      }
      if (nextChar === 34 && t[0] === '"') {
        if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
      }
      if (canOpen && canClose) {
        canOpen = isLastPunctChar;
        canClose = isNextPunctChar;
      }
      if (!canOpen && !canClose) {
        if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
        continue;
      }
      if (canClose) {
        j = isSingle ? heads.single : heads.double;
        if (j >= 0 && stack[j].level === thisLevel) {
          const item = stack[j];
          let openQuote;
          let closeQuote;
          if (isSingle) {
            openQuote = state.md.options.quotes[2];
            closeQuote = state.md.options.quotes[3];
          } else {
            openQuote = state.md.options.quotes[0];
            closeQuote = state.md.options.quotes[1];
          }
          addReplacement(replacements, i, t.index, closeQuote);
          addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
          truncateStack(stack, heads, j);
          continue OUTER;
        }
      }
      if (canOpen) {
        if (stack.length >= MAX_OPENERS) return;
        stack.push({
          tokenIdx: i,
          contentPos: t.index,
          isSingleQuote: isSingle,
          level: thisLevel,
          prevSameQuoteIdx: isSingle ? heads.single : heads.double
        });
        if (isSingle) heads.single = stack.length - 1;
        else heads.double = stack.length - 1;
      } else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
    }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    const idx = Number(tokenIdx);
    tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) return;
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
    process_inlines(state.tokens[blkIdx].children, state);
  }
}
function join_alt(tokens) {
  let curr, last;
  const max = tokens.length;
  for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
  for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
  else {
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (curr !== last) tokens.length = last;
}
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") tokens[curr].type = "text";
      if (tokens[curr].children) join_alt(tokens[curr].children);
    }
    for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
    if (curr !== last) tokens.length = last;
  }
}
var _rules$2 = [
  ["normalize", normalize],
  ["block", block],
  ["strip_references", strip_references],
  ["inline", inline],
  ["linkify", linkify$1],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  ["text_join", text_join]
];
var ParserCore = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of core rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateCore);
    for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
  }
  /**
  * Executes core chain rules.
  */
  process(state) {
    const rules = this.ruler.getRules("");
    for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
  }
};
var StateBlock = class {
  constructor(src, md, env, tokens) {
    _defineProperty(this, "bMarks", []);
    _defineProperty(this, "eMarks", []);
    _defineProperty(this, "tShift", []);
    _defineProperty(this, "sCount", []);
    _defineProperty(this, "bsCount", []);
    _defineProperty(this, "blkIndent", 0);
    _defineProperty(this, "line", 0);
    _defineProperty(this, "lineMax", 0);
    _defineProperty(this, "tight", false);
    _defineProperty(this, "listIndent", -1);
    _defineProperty(this, "parentType", "root");
    _defineProperty(this, "level", 0);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    const s = this.src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indent_found) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - offset % 4;
          else offset++;
          continue;
        } else indent_found = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indent_found = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  push(type, tag, nesting) {
    const token = new Token(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
  isEmpty(line) {
    return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
  }
  skipEmptyLines(from) {
    for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
    return from;
  }
  skipSpaces(pos) {
    for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }
  skipSpacesBack(pos, min) {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }
  skipChars(pos, code2) {
    for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code2) break;
    return pos;
  }
  skipCharsBack(pos, code2, min) {
    if (pos <= min) return pos;
    while (pos > min) if (code2 !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }
  getLines(begin, end, indent, keepLastLF) {
    if (begin >= end) return "";
    const queue = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line];
      let first = lineStart;
      let last;
      if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
      else last = this.eMarks[line];
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]) lineIndent++;
        else break;
        first++;
      }
      if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
      else queue[i] = this.src.slice(first, last);
    }
    return queue.join("");
  }
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str2) {
  const result = [];
  const max = str2.length;
  let pos = 0;
  let ch = str2.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str2.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str2.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str2.charCodeAt(pos);
  }
  result.push(current + str2.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      else return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    else if (t.charCodeAt(0) === 58) aligns.push("left");
    else aligns.push("");
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    lineText = getLine(state, nextLine).trim();
    if (!lineText) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) return false;
  }
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62) return false;
  if (silent) return true;
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
  if (pos < max) {
    if (!isSpace(state.src.charCodeAt(pos))) return -1;
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (; ; ) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 || ch === 46) break;
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) return -1;
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
    state.tokens[i + 2].hidden = true;
    state.tokens[i].hidden = true;
    i += 2;
  }
}
function list2(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) return true;
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) token.attrs = [["start", markerValue]];
  } else token = state.push("bullet_list_open", "ul", 1);
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) indentAfterMarker = 1;
    else indentAfterMarker = offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) token.info = state.src.slice(start, posAfterMarker - 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.md.block.tokenize(state, nextLine, endLine);
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine] < state.blkIndent) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  if (isOrdered) token = state.push("ordered_list_close", "ol", -1);
  else token = state.push("bullet_list_close", "ul", -1);
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokIdx);
  return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str2) {
  let length = str2.length;
  for (let i = 0; i < str2.length - 1; i++) {
    const high = str2.charCodeAt(i);
    if (high < 55296 || high > 56319) continue;
    const low = str2.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
  if (state.sCount[nextLine] < 0) isContinuation = true;
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91) return false;
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  const label = normalizeReference(rawLabel);
  if (!label) return false;
  if (silent) return true;
  if (typeof state.env.references === "undefined") state.env.references = {};
  if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
    title,
    href
  };
  const token = state.push("reference_definition", "", 0);
  token.map = [startLine, nextLine];
  token.hidden = true;
  const meta = /* @__PURE__ */ Object.create(null);
  meta.label = label;
  token.meta = meta;
  state.line = nextLine;
  return true;
}
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
  [
    /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
    /<\/(script|pre|style|textarea)>/i,
    true
  ],
  [
    /^<!--/,
    /-->/,
    true
  ],
  [
    /^<\?/,
    /\?>/,
    true
  ],
  [
    /^<![A-Za-z]/,
    />/,
    true
  ],
  [
    /^<!\[CDATA\[/,
    /\]\]>/,
    true
  ],
  [
    new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
    /^$/,
    true
  ],
  [
    new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
    /^$/,
    false
  ]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60) return false;
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText)) break;
  if (i === HTML_SEQUENCES.length) return false;
  if (silent) return HTML_SEQUENCES[i][2];
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText)) for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
    }
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    lineText = state.src.slice(pos, max);
    if (HTML_SEQUENCES[i][1].test(lineText)) {
      if (lineText.length !== 0) nextLine++;
      break;
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = "########".slice(0, level);
  return true;
}
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}
var _rules$1 = [
  [
    "table",
    table,
    ["paragraph", "reference"]
  ],
  ["code", code],
  [
    "fence",
    fence,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "blockquote",
    blockquote,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "hr",
    hr,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "list",
    list2,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["reference", reference],
  [
    "html_block",
    html_block,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  [
    "heading",
    heading,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
var ParserBlock = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of block rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateBlock);
    for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
  }
  tokenize(state, startLine, endLine) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error("none of the block rules matched");
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  }
  /**
  * Process input string and push block tokens into `outTokens`
  */
  parse(src, md, env, outTokens) {
    if (!src) return;
    const state = new this.State(src, md, env, outTokens);
    this.tokenize(state, state.line, state.lineMax);
  }
};
var StateInline = class {
  constructor(src, md, env, outTokens) {
    _defineProperty(this, "pos", 0);
    _defineProperty(this, "level", 0);
    _defineProperty(this, "pending", "");
    _defineProperty(this, "pendingLevel", 0);
    _defineProperty(this, "cache", {});
    _defineProperty(this, "backticks", {});
    _defineProperty(this, "backticksScanned", false);
    _defineProperty(this, "skipHtmlSpecial", false);
    _defineProperty(this, "linkLevel", 0);
    _defineProperty(this, "delimiters", []);
    _defineProperty(this, "_prev_delimiters", []);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = this.src.length;
  }
  pushPending() {
    const token = new Token("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  }
  push(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token = new Token(type, tag, nesting);
    let token_meta = void 0;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      token_meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(token_meta);
    return token;
  }
  scanDelims(start, canSplitWord) {
    const max = this.posMax;
    const marker = this.src.charCodeAt(start);
    let lastChar;
    if (start === 0) lastChar = 32;
    else if (start === 1) {
      lastChar = this.src.charCodeAt(0);
      if ((lastChar & 63488) === 55296) lastChar = 65533;
    } else {
      lastChar = this.src.charCodeAt(start - 1);
      if ((lastChar & 64512) === 56320) {
        const highSurr = this.src.charCodeAt(start - 2);
        lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
      } else if ((lastChar & 64512) === 55296) lastChar = 65533;
    }
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
    const count = pos - start;
    let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
    if ((nextChar & 64512) === 55296) {
      const lowSurr = this.src.charCodeAt(pos + 1);
      nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
    } else if ((nextChar & 64512) === 56320) nextChar = 65533;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
      can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
      length: count
    };
  }
};
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text2(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link4 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link4) return false;
  let url = link4.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
  if (urlEnd !== url.length) url = url.slice(0, urlEnd);
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) return false;
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else state.push("softbreak", "br", 0);
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) token.content = escapedStr;
    else token.content = origStr;
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}
function buildLastRuns(src) {
  const lastRuns = {};
  let pos = 0;
  while ((pos = src.indexOf("`", pos)) !== -1) {
    const start = pos;
    while (src.charCodeAt(++pos) === 96) ;
    lastRuns[pos - start] = start;
  }
  return lastRuns;
}
function backtick(state, silent) {
  var _state$backticks$open;
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 96) return false;
  const max = state.posMax;
  let pos = start + 1;
  while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (!state.backticksScanned) {
    state.backticks = buildLastRuns(state.src);
    state.backticksScanned = true;
  }
  if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
      if (matchEnd > max) break;
      if (matchEnd - matchStart === openerLength) {
        if (!silent) {
          const token = state.push("code_inline", "code", 0);
          token.markup = marker;
          let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
          if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
          token.content = content;
        }
        state.pos = matchEnd;
        return true;
      }
    }
  }
  if (!silent) state.pending += marker;
  state.pos = pos;
  return true;
}
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 126) return false;
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) return false;
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess$1(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess$1(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess$1(state, delimiters);
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 95 && marker !== 42) return false;
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      marker,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess(state, delimiters);
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};
function link3(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) break;
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token_o.meta = meta;
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) return false;
  if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
    } else title = "";
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(content, state.md, state.env, tokens);
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token.meta = meta;
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) return false;
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(`mailto:${url}`);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}
function isLinkOpen(str2) {
  return /^<a[>\s]/i.test(str2);
}
function isLinkClose(str2) {
  return /^<\/a\s*>/i.test(str2);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) return pos + 5;
    if (src.startsWith("->", pos + 4)) return pos + 6;
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else return -1;
  if (state.skipHtmlSpecial) return -1;
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) return false;
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
  else if (ch === 47 || isLetter(ch)) {
    const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match ? pos + match[0].length : -1;
  } else return false;
  if (end < 0) return false;
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen(token.content)) state.linkLevel++;
    if (isLinkClose(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 35) {
    const match = state.src.slice(pos).match(DIGITAL_RE);
    if (match) {
      if (!silent) {
        const code2 = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint(code2) : fromCodePoint(65533);
        token.markup = match[0];
        token.info = "entity";
      }
      state.pos += match[0].length;
      return true;
    }
  } else {
    const match = state.src.slice(pos).match(NAMED_RE);
    if (match) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded !== match[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match[0];
          token.info = "entity";
        }
        state.pos += match[0].length;
        return true;
      }
    }
  }
  return false;
}
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    ];
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) processDelimiters(delimiters);
  }
}
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
  }
  if (curr !== last) tokens.length = last;
}
var _rules = [
  ["text", text2],
  ["linkify", linkify],
  ["newline", newline],
  ["escape", escape],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link3],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules2 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  ["fragments_join", fragments_join]
];
var ParserInline = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of inline rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Second ruler used for post-processing
      * (e.g. in emphasis-like rules).
      */
      "ruler2",
      new Ruler()
    );
    _defineProperty(this, "State", StateInline);
    for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
    for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
  }
  skipToken(state) {
    const pos = state.pos;
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    const cache = state.cache;
    if (typeof cache[pos] !== "undefined") {
      state.pos = cache[pos];
      return;
    }
    let ok = false;
    if (state.level < maxNesting) for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
    else state.pos = state.posMax;
    if (!ok) state.pos++;
    cache[pos] = state.pos;
  }
  tokenize(state) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const end = state.posMax;
    const maxNesting = state.md.options.maxNesting;
    while (state.pos < end) {
      const prevPos = state.pos;
      let ok = false;
      if (state.level < maxNesting) for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
          break;
        }
      }
      if (ok) {
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  }
  /**
  * Process input string and push inline tokens into `outTokens`
  */
  parse(str2, md, env, outTokens) {
    const state = new this.State(str2, md, env, outTokens);
    this.tokenize(state);
    const rules = this.ruler2.getRules("");
    const len = rules.length;
    for (let i = 0; i < len; i++) rules[i](state);
  }
};
var config = {
  default: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 100
    },
    components: {
      core: {},
      block: {},
      inline: {}
    }
  },
  zero: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: ["paragraph"] },
      inline: {
        rules: ["text"],
        rules2: ["balance_pairs", "fragments_join"]
      }
    }
  },
  commonmark: {
    options: {
      html: true,
      xhtmlOut: true,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ] },
      inline: {
        rules: [
          "autolink",
          "backticks",
          "emphasis",
          "entity",
          "escape",
          "html_inline",
          "image",
          "link",
          "newline",
          "text"
        ],
        rules2: [
          "balance_pairs",
          "emphasis",
          "fragments_join"
        ]
      }
    }
  }
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
  "http:",
  "https:",
  "mailto:"
];
var MarkdownIt = class {
  /**
  * Link validation function. CommonMark allows too much in links. By default
  * we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
  * except some embedded image types.
  *
  * You can change this behaviour:
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * // enable everything
  * md.validateLink = function () { return true; }
  * ```
  */
  validateLink(url) {
    const str2 = url.trim().toLowerCase();
    return BAD_PROTO_RE.test(str2) ? GOOD_DATA_RE.test(str2) : true;
  }
  /**
  * Function used to encode link url to a machine-readable format,
  * which includes url-encoding, punycode, etc.
  */
  normalizeLink(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
    if (parsed.auth) parsed.auth = encode_default(parsed.auth);
    if (parsed.hostname) parsed.hostname = encode_default(parsed.hostname);
    if (parsed.pathname) parsed.pathname = encode_default(parsed.pathname);
    if (parsed.search) parsed.search = encode_default(parsed.search);
    if (parsed.hash) parsed.hash = encode_default(parsed.hash);
    return format(parsed);
  }
  /**
  * Function used to decode link url to a human-readable format`
  */
  normalizeLinkText(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
    return decode_default(format(parsed), decode_default.defaultChars + "%");
  }
  constructor(...args) {
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserInline}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "inline",
      new ParserInline()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserBlock}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "block",
      new ParserBlock()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserCore} chain executor. You may need it to add new
      * rules when writing plugins. For simple rules control use
      * {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
      */
      "core",
      new ParserCore()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
      * rules for new token types, generated by plugins.
      *
      * See {@link Renderer} docs and
      * [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
      *
      * @example
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * function myToken(tokens, idx, options, env, self) {
      *   //...
      *   return result;
      * };
      *
      * md.renderer.rules['my_token'] = myToken
      * ```
      */
      "renderer",
      new Renderer()
    );
    _defineProperty(
      this,
      /**
      * [linkify-it](https://github.com/markdown-it/linkify-it) instance.
      * Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
      * rule.
      */
      "linkify",
      new LinkifyIt()
    );
    _defineProperty(
      this,
      /**
      * Assorted utility functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
      */
      "utils",
      utils_exports
    );
    _defineProperty(
      this,
      /**
      * Link components parser functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
      */
      "helpers",
      Object.assign({}, helpers_exports)
    );
    const [presetNameOrOptions, options] = args;
    if (typeof presetNameOrOptions === "string") {
      this.configure(presetNameOrOptions);
      if (options) this.set(options);
    } else {
      this.configure("default");
      this.set(presetNameOrOptions || {});
    }
  }
  /**
  * Set parser options (in the same format as in constructor). Probably, you
  * will never need it, but you can change options after constructor call.
  *
  * __Note:__ To achieve the best possible performance, don't modify a
  * `markdown-it` instance options on the fly. If you need multiple configurations
  * it's best to create multiple instances and initialize each with separate
  * config.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .set({ html: true, breaks: true })
  *   .set({ typographer: true })
  * ```
  */
  set(options) {
    Object.assign(this.options, options);
    return this;
  }
  /**
  * Batch load of all options and compenent settings. This is internal method,
  * and you probably will not need it. But if you will - see available presets
  * and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
  *
  * We strongly recommend to use presets instead of direct config loads. That
  * will give better compatibility with next versions.
  */
  configure(presets) {
    let p;
    if (typeof presets === "string") {
      const presetName = presets;
      p = config[presetName];
      if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
    } else p = presets;
    if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
    if (p.options) this.options = { ...p.options };
    const components = p.components;
    if (components) {
      var _components$inline;
      [
        "core",
        "block",
        "inline"
      ].forEach((name) => {
        var _components$name;
        const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
        if (rules) this[name].ruler.enableOnly(rules);
      });
      const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
      if (rules2) this.inline.ruler2.enableOnly(rules2);
    }
    return this;
  }
  /**
  * Enable list or rules. It will automatically find appropriate components,
  * containing rules with given names. If rule not found, and `ignoreInvalid`
  * not set - throws exception.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .enable(['sub', 'sup'])
  *   .disable('smartquotes')
  * ```
  */
  enable(list4, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list4)) list4 = [list4];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.enable(list4, true));
    });
    result = result.concat(this.inline.ruler2.enable(list4, true));
    const missed = list4.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * The same as {@link MarkdownIt.enable}, but turn specified rules off.
  */
  disable(list4, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list4)) list4 = [list4];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.disable(list4, true));
    });
    result = result.concat(this.inline.ruler2.disable(list4, true));
    const missed = list4.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * Load specified plugin with given params into current parser instance.
  * It's just a sugar to call `plugin(md, params)` with curring.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * import iterator from 'markdown-it-for-inline'
  *
  * const md = new MarkdownIt()
  *   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
  *     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
  *   })
  * ```
  */
  use(plugin, ...params) {
    plugin.apply(plugin, [this, ...params]);
    return this;
  }
  /**
  * Parse input string and return list of block tokens (special token type
  * "inline" will contain list of inline tokens). You should not call this
  * method directly, until you write custom renderer (for example, to produce
  * AST).
  *
  * `env` is used to pass data between "distributed" rules and return additional
  * metadata like reference info, needed for the renderer. It also can be used to
  * inject data in specific cases. Usually, you will be ok to pass `{}`,
  * and then pass updated object to renderer.
  */
  parse(src, env) {
    if (typeof src !== "string") throw new Error("Input data should be a String");
    const state = new this.core.State(src, this, env);
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Render markdown string into html. It does all magic for you :).
  *
  * `env` can be used to inject additional metadata (`{}` by default).
  * But you will not need it with high probability. See also comment
  * in {@link MarkdownIt.parse}.
  */
  render(src, env = {}) {
    return this.renderer.render(this.parse(src, env), this.options, env);
  }
  /**
  * The same as {@link MarkdownIt.parse} but skip all block rules. It returns
  * the block tokens list with the single `inline` element, containing parsed
  * inline tokens in `children` property. Also updates `env` object.
  */
  parseInline(src, env) {
    const state = new this.core.State(src, this, env);
    state.inlineMode = true;
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Similar to {@link MarkdownIt.render} but for single paragraph content.
  * Result will NOT be wrapped into `<p>` tags.
  */
  renderInline(src, env = {}) {
    return this.renderer.render(this.parseInline(src, env), this.options, env);
  }
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
var MarkdownItCallable = callable(MarkdownIt);

// src/core/site/markdown.ts
function isAllowedLink(url) {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").replace(/%0[9ad]/gi, "");
  if (/^https?:\/\/[^/\\]/i.test(cleaned)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return false;
  if (/^[/\\]/.test(cleaned)) return false;
  if (/^[^/?#]*:/.test(cleaned) || /^[^/?#]*%3a/i.test(cleaned)) return false;
  return cleaned.length > 0;
}
function createRenderer() {
  const md = new MarkdownItCallable({ html: false, linkify: false, typographer: false, breaks: false });
  md.disable(["image"]);
  md.validateLink = isAllowedLink;
  const renderToken = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet("href") ?? "");
    if (/^https?:/i.test(href)) token.attrSet("rel", "nofollow noopener noreferrer");
    return renderToken(tokens, idx, options, env, self);
  };
  const heading3 = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const offset = typeof env?.headingOffset === "number" ? env.headingOffset : 2;
    const level = Math.min(6, Number(token.tag.slice(1)) + offset);
    token.tag = `h${level}`;
    return renderToken(tokens, idx, options, env, self);
  };
  md.renderer.rules.heading_open = heading3;
  md.renderer.rules.heading_close = heading3;
  return md;
}
var renderer;
function renderMarkdown(source, headingOffset = 2) {
  renderer ??= createRenderer();
  return raw(renderer.render(source, { headingOffset }));
}
function markdownToText(source) {
  renderer ??= createRenderer();
  const out = [];
  for (const token of renderer.parse(source, {})) {
    if (token.type !== "inline" || !token.children) continue;
    const parts = [];
    for (const child of token.children) {
      if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    }
    out.push(parts.join(""));
  }
  return out.join(" ").replace(/\s+/g, " ").trim();
}
function excerpt(text3, max) {
  if (text3.length <= max) return text3;
  const cut2 = text3.slice(0, max);
  const space = cut2.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut2.slice(0, space) : cut2).replace(/[\s,.;:]+$/, "")}\u2026`;
}

// src/core/site/pages/model-monitoring.ts
var HEALTH_TITLES = {
  breached: "a monitor is breached: the newest observation of a metric is outside its bounds",
  silent: "silent: a stage runs a version with no observation for longer than max_silence",
  "retrain-overdue": "retraining overdue: the newest version is older than retrain_after",
  ok: "ok: every monitor holds"
};
function healthMark(states) {
  if (!states.length) return "";
  return html`<span class="health h-${states[0]}" title="${states.map((s) => HEALTH_TITLES[s]).join("; ")}">${HEALTH_LABELS[states[0]]}</span>`;
}
var FINDINGS_HEAD = tableHead("Severity", "Finding", "What", "File");
var CONSUMERS_HEAD = tableHead("Consumer", "Kind", "Owner", "Contact");
var LATEST_HEAD = tableHead("Metric", "Version", "Where", "Newest value", "When", "Observations", "Monitor");
var MONITOR_LEGEND = raw(
  '<p class="legend muted"><span class="swatch swatch-series" aria-hidden="true"></span> mean a period, the band from its min to its max &#183; <span class="swatch swatch-threshold" aria-hidden="true"></span> monitor (min, max; dashed: the registered value less max_drop) &#183; <span class="swatch swatch-registered" aria-hidden="true"></span> the value the version was registered with &#183; vertical lines: a new version observed. Each axis says its scale.</p>'
);
function monitoringSection(data, m) {
  const monitoring = m.monitoring;
  const findings = m.audit?.findings ?? [];
  if (!monitoring && !findings.length) return "";
  const page = paths.model(m.name);
  const states = m.audit?.health ?? [];
  const file = data.byName.get(m.name)?.monitoringFile ?? false;
  const apiHref = relativeUrl(page, apiMonitoringPath(m.name));
  const settings = monitoring?.monitoring;
  const facts = [
    states.length ? html`<div><dt>Health</dt><dd>${healthMark(states)}</dd></div>` : html`<div><dt>Health</dt><dd class="muted">not monitored</dd></div>`,
    settings?.maxSilence ? html`<div><dt>max_silence</dt><dd>${settings.maxSilence.text}</dd></div>` : "",
    settings?.retrainAfter ? html`<div><dt>retrain_after</dt><dd>${settings.retrainAfter.text}</dd></div>` : "",
    monitoring ? html`<div><dt>Observations</dt><dd>${monitoring.aggregated.observations}</dd></div>` : ""
  ];
  const findingRows = findings.map(
    (f) => html`<tr class="finding ${f.severity}"><td><span class="severity ${f.severity}">${f.severity}</span></td><td><code>${f.rule}</code></td><td>${f.message}</td><td><code>${f.file}${f.line !== void 0 ? `:${f.line}` : ""}</code></td></tr>`
  );
  const findingsPart = findings.length ? html`<h3>Findings at ${timeTag(data.options.generatedAt)}</h3>${scrollTable("Audit findings", html`<table class="findings-table">${FINDINGS_HEAD}<tbody>${findingRows}</tbody></table>`)}` : states.length ? html`<p class="muted">No finding at ${timeTag(data.options.generatedAt)}.</p>` : "";
  const consumers = monitoring?.consumers ?? [];
  const consumerRows = consumers.map(
    (c) => html`<tr><th scope="row">${c.name}</th><td>${c.kind ?? "\u2013"}</td><td>${c.owner ?? "\u2013"}</td><td>${c.contact ?? "\u2013"}</td></tr>`
  );
  const consumersPart = html`<h3>Consumers</h3>${consumers.length ? scrollTable("Consumers", html`<table class="consumers-table">${CONSUMERS_HEAD}<tbody>${consumerRows}</tbody></table>`) : html`<p class="muted">model.yaml lists no consumers.</p>`}`;
  let charts = "";
  if (monitoring && file) {
    const names = monitoredMetricNames(data, monitoring);
    const latest = newestPerPlace(monitoring.aggregated.series);
    const rows = latest.map((s) => {
      const def = Object.hasOwn(data.settings.metrics, s.metric) ? data.settings.metrics[s.metric] : void 0;
      const bounds = monitoring.monitoring.metrics.get(s.metric);
      const monitor = bounds ? [
        bounds.min !== void 0 ? `min ${formatNumberFast(bounds.min)}` : "",
        bounds.max !== void 0 ? `max ${formatNumberFast(bounds.max)}` : "",
        bounds.max_drop !== void 0 ? `max_drop ${formatNumberFast(bounds.max_drop)}` : ""
      ].filter(Boolean).join(", ") : "\u2013";
      const where = [s.segment !== void 0 ? `segment ${s.segment}` : "", s.environment !== void 0 ? `environment ${s.environment}` : ""].filter(Boolean).join(", ");
      return html`<tr><th scope="row">${metricTitle(s.metric, def)}</th><td>${s.version}</td><td>${where || "\u2013"}</td><td class="num">${formatNumberFast(s.last.value)}${def?.unit ? ` ${def.unit}` : ""}</td><td>${timeTag(s.last.time)}</td><td class="num">${s.count}</td><td>${monitor}</td></tr>`;
    });
    const table2 = latest.length ? scrollTable(
      "Newest observations",
      html`<table class="observations-table"><caption>The newest observation of each metric</caption>${LATEST_HEAD}<tbody>${rows}</tbody></table>`
    ) : html`<p class="muted">No observation yet: jobs append them with <code>model-registry observe</code>.</p>`;
    const box = names.length ? html`<div id="monitoring-box" data-api="${apiMonitoringPath(m.name)}"><p class="muted drawn-note">Drawn by the page's script from <a href="${apiHref}">the monitoring JSON</a>.</p></div>` : "";
    const period = monitoring.aggregated.observations ? `Each point aggregates a ${monitoring.aggregated.period} (UTC) of observations; ` : "";
    charts = html`<h3>Over time</h3>${table2}${names.length ? MONITOR_LEGEND : ""}${box}<p class="muted small">${period}every series in <a href="${apiHref}">the monitoring JSON</a>.</p>`;
  }
  return section("monitoring", "Monitoring", html`<dl class="meta">${facts}</dl>${findingsPart}${charts}${consumersPart}`);
}
function newestPerPlace(series) {
  const newest = /* @__PURE__ */ new Map();
  for (const s of series) {
    const key = `${s.metric}\0${s.segment ?? ""}\0${s.environment ?? ""}`;
    const seen = newest.get(key);
    if (!seen || Date.parse(s.last.time) >= Date.parse(seen.last.time)) newest.set(key, s);
  }
  return [...newest.values()];
}

// src/core/site/pages/catalogue.ts
var PAGE = paths.catalogue;
var SEARCH_HINT = "Name, description, tag, task, owner or dataset";
var SEARCH_INPUT = html`<input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${SEARCH_HINT}" aria-describedby="result-count">`;
var NO_STAGE = html`<option value="-">In no stage</option>`;
var SORT_OPTIONS = [
  html`<option value="name">Name</option>`,
  html`<option value="recent">Most recent version</option>`,
  html`<option value="metric">Primary metric (best first)</option>`
];
var DEPRECATED = html` <span class="chip deprecated">deprecated</span>`;
var NO_VERSIONS = html`<div><dt>versions</dt><dd>none yet</dd></div>`;
var HEALTH_FILTER = html`<div class="field"><label for="f-health">Health</label><select id="f-health" data-filter="health"><option value="">Any health</option>${HEALTH_ORDER.map(
  (h) => html`<option value="${h}">${HEALTH_LABELS[h]}</option>`
)}<option value="-">Not monitored</option></select></div>`;
function renderCatalogue(data) {
  const s = data.settings;
  const tasks = uniqueSorted(data.models.flatMap((m) => m.task ? [m.task] : []));
  const tags = uniqueSorted(data.models.flatMap((m) => m.tags));
  const owners = uniqueSorted(data.models.flatMap((m) => m.owners));
  const versionCount = data.pages.size;
  const production = productionStage(s);
  const inProduction = data.models.filter((m) => m.stages.some(([stage]) => stage === production)).length;
  const options = (values) => values.map((v) => html`<option value="${v}">${v}</option>`);
  const select = (name, values, more = "") => html`<select id="f-${name}" data-filter="${name}"><option value="">Any ${name}</option>${options(values)}${more}</select>`;
  const modelCount = plural(data.models.length, "model", formatCount);
  const body = html`<h1>${s.name}</h1>
${s.description ? html`<div class="lead prose">${renderMarkdown(s.description, 1)}</div>` : ""}
<p class="stats">${modelCount} &#183; ${plural(versionCount, "version", formatCount)} &#183; ${formatCount(inProduction)} in ${production}</p>
<section class="finder" aria-labelledby="finder-h">
<h2 id="finder-h" class="visually-hidden">Find a model</h2>
<div class="controls" id="controls" hidden>
<div class="field field-search"><label for="q">Search</label>${SEARCH_INPUT}</div>
<div class="field"><label for="f-task">Task</label>${select("task", tasks)}</div>
<div class="field"><label for="f-tag">Tag</label>${select("tag", tags)}</div>
<div class="field"><label for="f-owner">Owner</label>${select("owner", owners)}</div>
<div class="field"><label for="f-stage">Stage</label>${select("stage", s.stages, NO_STAGE)}</div>
${data.models.some((m) => m.audit?.health.length) ? HEALTH_FILTER : ""}
<div class="field"><label for="sort">Sort by</label><select id="sort">${SORT_OPTIONS}</select></div>
<div class="field field-reset"><button type="button" id="reset">Clear</button></div>
</div>
<p id="result-count" class="result-count" role="status">${modelCount}</p>
</section>
<ul class="model-list" id="model-list">
${data.models.map((m) => modelItem(data, m))}
</ul>
<p id="no-results" class="empty" hidden>No model matches. Try fewer words or clear the filters.</p>
`;
  return renderPage(data, {
    path: PAGE,
    kind: "catalogue",
    title: s.name,
    description: `${s.name}: ${plural(data.models.length, "model")} and what runs in each stage.`,
    body
  });
}
function modelItem(data, m) {
  const to = (path) => relativeUrl(PAGE, path);
  const metric = metricOf(m.headline, m.primaryMetric);
  const def = m.primaryMetric ? data.settings.metrics[m.primaryMetric] : void 0;
  const latest = m.latest;
  const stageLinks = m.stages.map(([stage, version]) => {
    const v = m.staged.get(version);
    const link4 = v ? html`<a href="${to(paths.version(m.name, version, v.page))}">${version}</a>` : version;
    return html`<div><dt>${stage}</dt><dd>${link4}${v?.deprecated !== void 0 ? html` ${deprecatedChip(v.deprecated)}` : ""}</dd></div>`;
  });
  const text3 = m.description ? excerpt(markdownToText(m.description), 180) : "";
  const stages = m.stages.map(([s]) => s).join(" ");
  const metricData = metric ? html` data-metric="${metric.value}" data-metric-name="${m.primaryMetric}" data-direction="${def?.direction ?? ""}"` : "";
  const health = m.audit?.health ?? [];
  const attributes = html`data-name="${m.name}" data-task="${m.task ?? ""}" data-stages="${stages}"${health.length ? html` data-health="${health.join(" ")}"` : ""} data-updated="${timeOf(latest?.created)}"${metricData}`;
  const metricFact = metric ? html`<div><dt>${metricTitle(m.primaryMetric, def)}</dt><dd class="num">${metric.text}${def?.unit ? ` ${def.unit}` : ""}${trendNote(m, def)}</dd></div>` : "";
  const latestLink = latest ? html`<a href="${to(paths.version(m.name, latest.version, latest.page))}">${latest.version}</a>` : "";
  const latestFact = latest ? html`<div><dt>latest</dt><dd>${latestLink} ${timeTag(latest.created)}</dd></div>` : NO_VERSIONS;
  return html`<li class="model-card${m.deprecated ? " is-deprecated" : ""}" ${attributes}>
<h2 class="model-title"><a href="${to(paths.model(m.name))}">${m.title ?? m.name}</a>${m.deprecated ? DEPRECATED : ""}</h2>
<p class="model-sub"><code>${m.name}</code>${m.task ? html` &#183; <span class="task">${m.task}</span>` : ""}</p>
${text3 ? html`<p class="excerpt">${text3}</p>` : ""}
<dl class="facts">${stageLinks}${metricFact}${latestFact}${health.length ? html`<div><dt>health</dt><dd>${healthMark(health)}</dd></div>` : ""}</dl>
${m.owners.length ? html`<ul class="owners" aria-label="Owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : ""}
${m.tags.length ? html`<ul class="tags" aria-label="Tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul>` : ""}
</li>`;
}
var TREND_ARROWS = { up: html`&#9650;`, down: html`&#9660;`, same: html`=` };
function trendNote(m, def) {
  if (!m.trend) return "";
  const { delta, text: text3, verdict } = compareValues(m.trend.now, m.trend.before, def);
  const arrow = delta > 0 ? TREND_ARROWS.up : delta < 0 ? TREND_ARROWS.down : TREND_ARROWS.same;
  return html` <span class="trend delta ${verdict}"><span aria-hidden="true">${arrow}</span> ${text3} <small>${VERDICT_WORDS[verdict]} vs ${m.trend.previous}</small></span>`;
}
function uniqueSorted(values) {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, "en"));
}

// src/core/site/pages/model-drawn.ts
function drawnBox(id, api) {
  return html`<div id="${id}"><p class="muted drawn-note">Drawn by the page's script from <a href="${api}">the model's JSON</a>.</p></div>`;
}
function scriptDefinition(d) {
  const out = { direction: d.direction };
  if (d.unit !== void 0) out.unit = d.unit;
  if (d.title !== void 0) out.title = d.title;
  if (d.min !== void 0) out.min = d.min;
  if (d.max !== void 0) out.max = d.max;
  if (d.min_delta !== void 0) out.min_delta = d.min_delta;
  return out;
}
function modelDataBlock(data, m, metricNames, production) {
  const page = paths.model(m.name);
  const catalogue = {};
  for (const name of metricNames) {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : void 0;
    if (def) catalogue[name] = scriptDefinition(def);
  }
  const ci = {};
  const committed = {};
  for (const v of m.versions) {
    for (const x of v.metrics) if (x.ci) (ci[v.version] ??= {})[x.name] = x.ci;
    const indexes = v.artifacts.flatMap((a, i) => a.path ? [i] : []);
    if (indexes.length) committed[v.version] = indexes;
  }
  const block2 = {
    api: paths.apiModel(m.name),
    versions: relativeUrl(page, paths.versions(m.name)).replace(/\.html$/, ""),
    perPage: m.versions.length > VERSIONS_PER_PAGE ? VERSIONS_PER_PAGE : 0,
    production,
    catalogue,
    metricOrder: metricNames,
    ci,
    committed
  };
  return raw(`<script type="application/json" id="model-data">${jsonForScript(block2).value}</script>`);
}

// src/core/site/pages/compare.ts
var SELECTED = html` selected`;
var LEGEND = html`<span class="delta better legend">&#9650;&#9660; better</span> <span class="delta worse legend">&#9650;&#9660; worse</span> <span class="delta noise legend">&#9650;&#9660; within noise</span> (confidence intervals overlap, or less than the catalogue's smallest meaningful difference)`;
var CHANGE_HEAD = html`<th scope="col">Change (B &#8722; A)</th>`;
function defaultPair(data, m) {
  const latest = m.latest;
  if (!latest || m.versions.length < 2) return void 0;
  const production = productionStage(data.settings);
  const prod = m.stages.find(([s]) => s === production)?.[1];
  const a = prod && prod !== latest.version ? m.versions.find((v) => v.version === prod) : void 0;
  return [a ?? m.versions[m.versions.length - 2], latest];
}
function compareTable(data, a, b) {
  const names = sortMetricNames(
    [...a.metrics, ...b.metrics].map((x) => x.name),
    data.settings.metrics
  );
  let better = 0;
  let worse = 0;
  let noise = 0;
  let shared2 = 0;
  const rows = names.map((name) => {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : void 0;
    const ma = metricOf(a, name);
    const mb = metricOf(b, name);
    if (ma && mb) {
      shared2++;
      const { verdict } = compareValues(mb, ma, def);
      if (verdict === "better") better++;
      if (verdict === "worse") worse++;
      if (verdict === "noise") noise++;
    }
    const unit = def?.unit ? ` ${def.unit}` : "";
    const head = html`<th scope="row">${metricTitle(name, def)}<span class="direction">${directionNote(def)}</span></th>`;
    const valueA = ma === void 0 ? "\u2013" : `${formatNumberFast(ma.value)}${unit}`;
    const valueB = mb === void 0 ? "\u2013" : `${formatNumberFast(mb.value)}${unit}`;
    return html`<tr data-metric="${name}">${head}<td class="num">${valueA}</td><td class="num">${valueB}</td>${deltaCell(mb, ma, def)}</tr>`;
  });
  const label = (v) => `${v.model} ${v.version}`;
  const short = (v) => a.model === b.model ? v.version : label(v);
  const summary = shared2 ? compareSummary(better, worse, noise, shared2) : "These versions share no metric.";
  const caption = html`<caption>${label(a)} (A) compared with ${label(b)} (B)</caption>`;
  const heads = html`<th scope="col">Metric</th><th scope="col">A: ${short(a)}</th><th scope="col">B: ${short(b)}</th>${CHANGE_HEAD}`;
  const table2 = html`<table class="compare-table" id="compare-table">${caption}<thead><tr>${heads}</tr></thead><tbody>${rows}</tbody></table>`;
  return html`<p class="compare-summary" id="compare-summary">${summary}</p>
<div class="table-scroll" role="region" aria-label="Comparison" tabindex="0">${table2}</div>`;
}
function compareSummary(better, worse, noise, shared2) {
  return `B is better on ${better}${noise ? `, worse on ${worse} and within noise on ${noise}` : ` and worse on ${worse}`} of ${shared2} shared metrics.`;
}
function compareData(data, m) {
  const names = sortMetricNames(
    m.versions.flatMap((v) => v.metrics.map((x) => x.name)),
    data.settings.metrics
  );
  return {
    model: m.name,
    versions: [...m.versions].reverse().map((v) => {
      const ci = v.metrics.filter((x) => x.ci);
      return {
        version: v.version,
        deprecated: v.deprecated !== void 0,
        stages: v.stages,
        metrics: Object.fromEntries(v.metrics.map((x) => [x.name, x.value])),
        // Confidence intervals only where a version has them: they decide "within noise".
        ...ci.length ? { ci: Object.fromEntries(ci.map((x) => [x.name, x.ci])) } : {}
      };
    }),
    catalogue: Object.fromEntries(Object.entries(data.settings.metrics).map(([name, d]) => [name, scriptDefinition(d)])),
    metrics: names
  };
}
function renderComparePage(data, m) {
  const page = paths.compare(m.name);
  const to = (path) => relativeUrl(page, path);
  const pair = defaultPair(data, m);
  const newestFirst = [...m.versions].reverse();
  const versionOptions = (selected) => newestFirst.map((v) => {
    const notes = `${v.stages.length ? ` (${v.stages.join(", ")})` : ""}${v.deprecated !== void 0 ? " (deprecated)" : ""}`;
    return html`<option value="${v.version}"${v.version === selected ? SELECTED : ""}>${v.version}${notes}</option>`;
  });
  const versionA = html`<label for="a-version">Version</label><select id="a-version">${versionOptions(pair?.[0].version)}</select>`;
  const modelB = html`<label for="b-model">Model</label><select id="b-model"><option value="${m.name}" selected>${m.name}</option></select>`;
  const versionB = html`<label for="b-version">Version</label><select id="b-version">${versionOptions(pair?.[1].version)}</select>`;
  const pickers = html`<div class="pickers" id="compare-pickers" hidden>
<fieldset><legend>A (baseline): ${m.name}</legend>${versionA}</fieldset>
<fieldset><legend>B (candidate)</legend>${modelB}${versionB}</fieldset>
<div class="picker-actions"><button type="button" id="swap">Swap A and B</button></div>
</div>
<p id="compare-status" class="muted" role="status"></p>`;
  const result = pair ? compareTable(data, pair[0], pair[1]) : html`<p>${m.name} has ${m.versions.length === 1 ? "one version" : "no versions"}, so there is nothing to compare it with yet.</p>`;
  const back = html`<a href="${to(paths.model(m.name))}">Back to ${m.name}</a>`;
  const body = html`<header class="page-head"><h1>Compare versions of ${m.title ?? m.name}</h1>
<p class="page-sub">Signed changes from A to B, coloured by each metric's direction: ${LEGEND}. ${back}</p></header>
${pickers}
${section("comparison", "Comparison", html`<div id="compare-result">${result}</div>`)}
<script type="application/json" id="compare-data">${jsonForScript(compareData(data, m))}</script>`;
  return renderPage(data, {
    path: page,
    kind: "compare",
    title: `Compare ${m.name}`,
    description: `Compare versions of ${m.name}.`,
    crumbs: [{ label: "Models", path: paths.catalogue }, { label: m.name, path: paths.model(m.name) }, { label: "Compare" }],
    body
  });
}

// src/core/site/lineage-data.ts
var GraphBuilder = class {
  nodes = /* @__PURE__ */ new Map();
  edges = /* @__PURE__ */ new Map();
  node(node) {
    const existing = this.nodes.get(node.id);
    if (!existing || node.kind === "focus" && existing.kind !== "focus") this.nodes.set(node.id, node);
  }
  edge(from, to, label) {
    if (from === to) return;
    const key = `${from}\0${to}`;
    let e = this.edges.get(key);
    if (!e) {
      e = { from, to, labels: /* @__PURE__ */ new Set() };
      this.edges.set(key, e);
    }
    if (label) e.labels.add(label);
  }
  build() {
    const edges = [...this.edges.values()].map((e) => ({
      from: e.from,
      to: e.to,
      label: e.labels.size ? [...e.labels].sort().join(", ") : void 0
    }));
    return { nodes: [...this.nodes.values()], edges };
  }
};
function modelNode(data, name, link4, focus = false) {
  const model = data.byName.get(name);
  return {
    id: `model:${name}`,
    label: name,
    sublabel: model?.title ?? model?.task ?? (model ? void 0 : "not in this registry"),
    kind: focus ? "focus" : "model",
    href: model && !focus ? link4(paths.model(name)) : void 0
  };
}
var externalId = (uri) => `uri:${uri}`;
var datasetId = (name) => `dataset:${name}`;
function externalNode(uri, revision) {
  return {
    id: externalId(uri),
    label: uri,
    sublabel: revision ? `external @ ${revision}` : "external model",
    kind: "external",
    title: revision ? `${uri} @ ${revision}` : uri
  };
}
function datasetNode(name, versions) {
  return { id: datasetId(name), label: name, sublabel: versions ?? "dataset", kind: "dataset" };
}
function modelLineage(data, focus, link4) {
  const g = new GraphBuilder();
  g.node(modelNode(data, focus.name, link4, true));
  const datasetVersions = /* @__PURE__ */ new Map();
  for (const v of focus.versions) {
    for (const d of v.datasets) {
      const set = datasetVersions.get(d.name) ?? /* @__PURE__ */ new Set();
      if (d.version) set.add(d.version);
      datasetVersions.set(d.name, set);
      g.edge(datasetId(d.name), `model:${focus.name}`, d.role);
    }
  }
  for (const [name, versions] of datasetVersions)
    g.node(datasetNode(name, versions.size === 1 ? [...versions][0] : versions.size ? `${versions.size} versions` : void 0));
  const up = [focus.name];
  const seenUp = new Set(up);
  while (up.length) {
    const name = up.shift();
    for (const p of data.byName.get(name)?.lineage ?? []) {
      if (p.kind === "external") {
        g.node(externalNode(p.uri, p.revision));
        g.edge(externalId(p.uri), `model:${name}`, p.relation);
      } else if (p.kind === "registry") {
        g.node(modelNode(data, p.model, link4));
        g.edge(`model:${p.model}`, `model:${name}`, p.relation);
        if (!seenUp.has(p.model)) {
          seenUp.add(p.model);
          up.push(p.model);
        }
      }
    }
  }
  const down = [focus.name];
  const seenDown = new Set(down);
  while (down.length) {
    const name = down.shift();
    for (const key of data.byName.get(name)?.keys ?? []) {
      for (const child of data.children.get(key) ?? []) {
        if (child.model === name) continue;
        g.node(modelNode(data, child.model, link4));
        g.edge(`model:${name}`, `model:${child.model}`, child.modelRelation);
        if (!seenDown.has(child.model)) {
          seenDown.add(child.model);
          down.push(child.model);
        }
      }
    }
  }
  return g.build();
}
function registryLineage(data, link4) {
  const g = new GraphBuilder();
  for (const m of data.models) {
    g.node(modelNode(data, m.name, link4));
    for (const p of m.lineage) {
      if (p.kind === "external") {
        g.node(externalNode(p.uri, p.revision));
        g.edge(externalId(p.uri), `model:${m.name}`, p.relation);
      } else if (p.kind === "registry") {
        g.node(modelNode(data, p.model, link4));
        g.edge(`model:${p.model}`, `model:${m.name}`, p.relation);
      } else {
        g.node(datasetNode(p.name));
        g.edge(datasetId(p.name), `model:${m.name}`, p.role);
      }
    }
  }
  return g.build();
}

// src/core/site/svg/dag-layout.ts
var WAYPOINT = "\0";
var MAX_WAYPOINTS = 2e4;
function edgeKey(from, to) {
  return `${from}\0${to}`;
}
function layeredLayout(input, sweeps = 6) {
  const known = new Set(input.ids);
  const parents = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const id of input.ids) {
    parents.set(id, []);
    children.set(id, []);
  }
  const edges = [];
  const seenEdges = /* @__PURE__ */ new Set();
  for (const e of input.edges) {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to || seenEdges.has(edgeKey(e.from, e.to))) continue;
    seenEdges.add(edgeKey(e.from, e.to));
    edges.push(e);
    parents.get(e.to).push(e.from);
    children.get(e.from).push(e.to);
  }
  const layer = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  for (const start of input.ids) {
    if (state.has(start)) continue;
    const stack = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const ps = parents.get(top.id);
      if (top.next < ps.length) {
        const p = ps[top.next++];
        if (!state.has(p)) {
          state.set(p, 1);
          stack.push({ id: p, next: 0 });
        }
        continue;
      }
      let l = 0;
      for (const p of ps) if (state.get(p) === 2) l = Math.max(l, layer.get(p) + 1);
      layer.set(top.id, l);
      state.set(top.id, 2);
      stack.pop();
    }
  }
  for (const id of input.ids) {
    if (parents.get(id).length) continue;
    let nearest = Infinity;
    for (const c of children.get(id)) nearest = Math.min(nearest, layer.get(c));
    if (Number.isFinite(nearest) && nearest - 1 > layer.get(id)) layer.set(id, nearest - 1);
  }
  const count = Math.max(0, ...layer.values()) + 1;
  const columns = Array.from({ length: input.ids.length ? count : 0 }, () => []);
  for (const id of input.ids) columns[layer.get(id)].push(id);
  const slots = columns.map((c) => [...c]);
  const waypoints = /* @__PURE__ */ new Map();
  const up = /* @__PURE__ */ new Map();
  const down = /* @__PURE__ */ new Map();
  const link4 = (a, b) => {
    (down.get(a) ?? down.set(a, []).get(a)).push(b);
    (up.get(b) ?? up.set(b, []).get(b)).push(a);
  };
  let budget = MAX_WAYPOINTS;
  for (const e of edges) {
    const from = layer.get(e.from);
    const to = layer.get(e.to);
    const span = to - from;
    if (span > 1 && span - 1 <= budget) {
      budget -= span - 1;
      const chain = [];
      for (let l = from + 1; l < to; l++) {
        const id = `${WAYPOINT}${waypoints.size}:${l}`;
        chain.push(id);
        slots[l].push(id);
      }
      waypoints.set(edgeKey(e.from, e.to), chain);
      const path = [e.from, ...chain, e.to];
      for (let i = 1; i < path.length; i++) link4(path[i - 1], path[i]);
    } else link4(e.from, e.to);
  }
  const position = /* @__PURE__ */ new Map();
  const place = (col) => col.forEach((id, i) => position.set(id, i));
  slots.forEach(place);
  const barycenter = (neighbours, fallback) => {
    let sum = 0;
    let n = 0;
    for (const x of neighbours ?? []) {
      const p = position.get(x);
      if (p !== void 0) {
        sum += p;
        n++;
      }
    }
    return n ? sum / n : fallback;
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const rightward = sweep % 2 === 0;
    const order = slots.map((_, i) => i);
    if (!rightward) order.reverse();
    for (const c of order.slice(1)) {
      const col = slots[c];
      const keys = new Map(col.map((id, i) => [id, barycenter(rightward ? up.get(id) : down.get(id), i)]));
      col.sort((a, b) => keys.get(a) - keys.get(b) || position.get(a) - position.get(b));
      place(col);
    }
  }
  const sortedColumns = slots.map((col) => col.filter((id) => !id.startsWith(WAYPOINT)));
  return { layer, columns: sortedColumns, slots, waypoints };
}

// src/core/site/svg/text-width.ts
var NARROW = /* @__PURE__ */ new Set([...`il.,:;|!'\`ijl`]);
var SLIM = /* @__PURE__ */ new Set([...'ftrj()[]{}/\\ -"']);
var WIDE = /* @__PURE__ */ new Set([..."mwMW@%&"]);
function charEm(c) {
  if (NARROW.has(c)) return 0.33;
  if (SLIM.has(c)) return 0.45;
  if (WIDE.has(c)) return 1;
  if (c >= "A" && c <= "Z") return 0.76;
  if (c.charCodeAt(0) > 11903) return 1;
  return 0.64;
}
function textWidth2(text3, fontSize, bold = false) {
  let em = 0;
  for (const c of text3) em += charEm(c);
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}
function wrapText(text3, max, fontSize, bold = false) {
  const lines = [];
  let rest = [...text3];
  while (rest.length > 1 && textWidth2(rest.join(""), fontSize, bold) > max) {
    let fit = 1;
    let width = textWidth2(rest[0], fontSize, bold);
    while (fit < rest.length && width + textWidth2(rest[fit], fontSize, bold) <= max) width += textWidth2(rest[fit++], fontSize, bold);
    let cut2 = fit;
    for (let i = fit; i > fit / 2; i--) {
      if (/[/_\-.@: ]/.test(rest[i - 1])) {
        cut2 = i;
        break;
      }
    }
    lines.push(rest.slice(0, cut2).join(""));
    rest = rest.slice(cut2);
  }
  if (rest.length || !lines.length) lines.push(rest.join(""));
  return lines;
}

// src/core/site/svg/lineage-graph.ts
var FONT = 12;
var SUB_FONT = 11;
var EDGE_FONT = 10;
var MAX_TEXT_W = 260;
var MIN_NODE_W = 140;
var PAD_X = 10;
var LINE_H = 15;
var SUB_LINE_H = 14;
var MIN_NODE_H = 42;
var LANE = 20;
var PORT_TOP = 17;
var WAYPOINT_H = 20;
var ROW_GAP = 14;
var CURVE_GAP = 56;
var PAD = 8;
var TARGET_WIDTH = 1120;
var EDGE_LABELS_UP_TO = 24;
var EDGE_LABEL_CHARS = 40;
function cut(text3, max) {
  const chars = [...text3];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text3;
}
function layout(graph) {
  const { slots: columns, waypoints } = layeredLayout({ ids: graph.nodes.map((n) => n.id), edges: graph.edges });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const showLabels = graph.edges.length <= EDGE_LABELS_UP_TO;
  const slots = /* @__PURE__ */ new Map();
  columns.forEach(
    (col, c) => col.forEach((id) => {
      const node = byId.get(id);
      const lines = node ? wrapText(node.label, MAX_TEXT_W, FONT, true) : [];
      const subLines = node?.sublabel ? wrapText(node.sublabel, MAX_TEXT_W, SUB_FONT) : [];
      const h = node ? Math.max(MIN_NODE_H, 10 + lines.length * LINE_H + subLines.length * SUB_LINE_H + 6) : WAYPOINT_H;
      slots.set(id, { id, column: c, x: 0, y: 0, w: 0, h, lines, subLines, node });
    })
  );
  const hops = [];
  const chains = /* @__PURE__ */ new Map();
  const outs = /* @__PURE__ */ new Map();
  const ins = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  graph.edges.forEach((e, i) => {
    const a = slots.get(e.from);
    const b = slots.get(e.to);
    if (!a || !b || e.from === e.to || seen.has(edgeKey(e.from, e.to))) return;
    seen.add(edgeKey(e.from, e.to));
    const path = [a, ...(waypoints.get(edgeKey(e.from, e.to)) ?? []).map((id) => slots.get(id)), b];
    const chain = [];
    for (let k = 1; k < path.length; k++) {
      const hop = { edge: i, from: path[k - 1], to: path[k], y0: 0, y1: 0 };
      chain.push(hop);
      hops.push(hop);
      (outs.get(hop.from.id) ?? outs.set(hop.from.id, []).get(hop.from.id)).push(hop);
      (ins.get(hop.to.id) ?? ins.set(hop.to.id, []).get(hop.to.id)).push(hop);
    }
    chains.set(i, chain);
  });
  if (showLabels) {
    for (const slot of slots.values()) if (slot.node) slot.h = Math.max(slot.h, PORT_TOP + ((outs.get(slot.id)?.length ?? 1) - 1) * LANE + 8);
  }
  const colW = columns.map(
    (col) => Math.max(
      0,
      ...col.map((id) => {
        const s = slots.get(id);
        if (!s.node) return 0;
        const text3 = Math.max(...s.lines.map((l) => textWidth2(l, FONT, true)), ...s.subLines.map((l) => textWidth2(l, SUB_FONT)));
        return Math.max(MIN_NODE_W, text3 + 2 * PAD_X);
      })
    )
  );
  const strip = columns.map((col) => {
    let widest = 0;
    if (showLabels) {
      for (const id of col)
        for (const hop of outs.get(id) ?? []) if (slots.get(id).node) widest = Math.max(widest, textWidth2(edgeText(graph.edges[hop.edge]), EDGE_FONT));
    }
    return widest ? widest + 16 : 16;
  });
  const natural = PAD * 2 + colW.reduce((a, b) => a + b, 0) + strip.slice(0, -1).reduce((a, b) => a + b, 0) + CURVE_GAP * Math.max(0, columns.length - 1);
  const gap = columns.length > 1 && natural < TARGET_WIDTH ? CURVE_GAP + Math.min(3 * CURVE_GAP, (TARGET_WIDTH - natural) / (columns.length - 1)) : CURVE_GAP;
  const colX = [];
  const stripEnd = [];
  let x = PAD;
  columns.forEach((_, c) => {
    colX.push(x);
    stripEnd.push(x + colW[c] + strip[c]);
    x += colW[c] + strip[c] + gap;
  });
  const width = Math.round(columns.length ? colX[columns.length - 1] + colW[columns.length - 1] + PAD : PAD * 2);
  const colH = columns.map((col) => col.reduce((sum, id) => sum + slots.get(id).h, 0) + Math.max(0, col.length - 1) * ROW_GAP);
  const height = PAD * 2 + Math.max(0, ...colH);
  columns.forEach((col, c) => {
    let y = PAD + (height - PAD * 2 - colH[c]) / 2;
    for (const id of col) {
      const s = slots.get(id);
      Object.assign(s, { x: colX[c], y: Math.round(y), w: colW[c] });
      y += s.h + ROW_GAP;
    }
  });
  const centre = (s) => s.y + s.h / 2;
  for (const [id, list4] of outs) {
    const s = slots.get(id);
    list4.sort((p, q) => centre(p.to) - centre(q.to));
    list4.forEach((hop, k) => hop.y0 = !s.node ? centre(s) : showLabels ? s.y + PORT_TOP + k * LANE : centre(s));
  }
  for (const [id, list4] of ins) {
    const s = slots.get(id);
    list4.sort((p, q) => p.y0 - q.y0);
    list4.forEach((hop, k) => hop.y1 = !s.node ? centre(s) : s.y + (k + 1) * s.h / (list4.length + 1));
  }
  const at = new Map([...slots.values()].filter((s) => s.node).map((s) => [s.id, { x: s.x, y: s.y, w: s.w, h: s.h }]));
  return { width, height, at, slots, hops, chains, stripEnd, showLabels };
}
function edgeText(e) {
  return cut(e.label ?? "", EDGE_LABEL_CHARS);
}
var r = (n) => Math.round(n * 10) / 10;
function renderLineageGraph(graph, options) {
  const { width, height, slots, chains, stripEnd, showLabels } = layout(graph);
  const { id } = options;
  const edges = graph.edges.flatMap((e, i) => {
    const chain = chains.get(i);
    if (!chain?.length) return [];
    const first = chain[0];
    let d;
    if (first.to.column <= first.from.column) {
      const x1 = first.from.x + first.from.w;
      const x2 = first.to.x - 2;
      d = `M${x1},${r(first.y0)} C${x1 + 60},${r(first.y0)} ${x2 - 60},${r(first.y1)} ${x2},${r(first.y1)}`;
    } else {
      d = `M${first.from.x + first.from.w},${r(first.y0)}`;
      for (const hop of chain) {
        const start = stripEnd[hop.from.column];
        const end = hop.to.node ? hop.to.x - 2 : hop.to.x;
        const mid = r((start + end) / 2);
        d += ` H${start} C${mid},${r(hop.y0)} ${mid},${r(hop.y1)} ${end},${r(hop.y1)}`;
        if (!hop.to.node) d += ` H${hop.to.x + hop.to.w}`;
      }
    }
    const text3 = edgeText(e);
    const labelled = showLabels && text3 !== "" && first.to.column > first.from.column;
    const label = labelled ? html`<text class="edge-label" x="${first.from.x + first.from.w + 6}" y="${r(first.y0 - 5)}">${text3}</text>` : "";
    const tooltip = !labelled || text3 !== e.label ? html`<title>${e.label ?? "derived from"}</title>` : "";
    return [html`<g class="edge"><path d="${d}" marker-end="url(#${id}-arrow)">${tooltip}</path>${label}</g>`];
  });
  const nodes = graph.nodes.map((n) => {
    const s = slots.get(n.id);
    const lines = s.lines.map((line, k) => html`<tspan x="${PAD_X}" y="${16 + k * LINE_H}">${line}</tspan>`);
    const top = 16 + s.lines.length * LINE_H - 1;
    const subs = s.subLines.map((line, k) => html`<tspan x="${PAD_X}" y="${top + k * SUB_LINE_H}">${line}</tspan>`);
    const tooltip = n.title ?? (n.sublabel ? `${n.label} (${n.sublabel})` : n.label);
    const main = html`<text class="label">${lines}</text>`;
    const sub = subs.length ? html`<text class="sub">${subs}</text>` : "";
    const rect = html`<rect width="${s.w}" height="${s.h}" rx="${n.kind === "dataset" ? 14 : 6}"></rect>`;
    const box = html`<g class="node kind-${n.kind}" data-id="${n.id}" transform="translate(${s.x},${s.y})"><title>${tooltip}</title>${rect}${main}${sub}</g>`;
    return n.href ? html`<a href="${n.href}">${box}</a>` : box;
  });
  const wide = width > TARGET_WIDTH * 1.25 ? " graph-wide" : "";
  const size = html`viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  const counts = html`data-nodes="${graph.nodes.length}" data-edges="${edges.length}"`;
  const open = html`<svg class="graph${wide}" xmlns="http://www.w3.org/2000/svg" ${size} aria-labelledby="${id}-title ${id}-desc" ${counts}>`;
  const texts = html`<title id="${id}-title">${options.title}</title><desc id="${id}-desc">${options.description}</desc>`;
  const marker = html`<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">`;
  const defs = html`<defs>${marker}<path class="arrowhead" d="M0,0 L10,5 L0,10 z"></path></marker></defs>`;
  return html`${open}${texts}${defs}<g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
}

// src/core/site/pages/lineage.ts
var DASH = html`&#8211;`;
var TABLE_HEAD = html`<thead><tr><th scope="col">Model</th><th scope="col">Built from</th><th scope="col">Data</th></tr></thead>`;
var EACH_ARROW = "Each arrow points from what a model was built from to the model; the table below says the same as text.";
function edgeNote(e) {
  return e.label ? html` <span class="muted">(${e.label})</span>` : "";
}
function renderLineagePage(data) {
  const page = paths.lineage;
  const to = (path) => relativeUrl(page, path);
  const graph = registryLineage(data, to);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = /* @__PURE__ */ new Map();
  for (const e of graph.edges) {
    const list4 = incoming.get(e.to) ?? [];
    list4.push(e);
    incoming.set(e.to, list4);
  }
  const models = graph.nodes.filter((n) => n.kind === "model" && data.byName.has(n.label));
  const datasets = graph.nodes.filter((n) => n.kind === "dataset").length;
  const externals = graph.nodes.filter((n) => n.kind === "external").length;
  const name = (id) => {
    const n = byId.get(id);
    return n.href ? html`<a href="${n.href}">${n.label}</a>` : html`${n.label}`;
  };
  const rows = models.map((n) => {
    const ins = incoming.get(n.id) ?? [];
    const from = ins.filter((e) => !e.from.startsWith("dataset:"));
    const data2 = ins.filter((e) => e.from.startsWith("dataset:"));
    const fromCell = from.length ? html`<ul class="plain">${from.map((e) => html`<li>${name(e.from)}${edgeNote(e)}</li>`)}</ul>` : DASH;
    const dataCell = data2.length ? html`<ul class="plain">${data2.map((e) => html`<li>${byId.get(e.from).label}${edgeNote(e)}</li>`)}</ul>` : DASH;
    return html`<tr><th scope="row">${name(n.id)}</th><td>${fromCell}</td><td>${dataCell}</td></tr>`;
  });
  const count = (n, noun) => plural(n, noun, formatCount);
  const counts = `${count(models.length, "model")}, ${count(externals, "external model")} and ${count(datasets, "dataset")}`;
  const description = `${counts}, with an edge from each parent or dataset to the model built from it.`;
  const svg = graph.nodes.length ? renderLineageGraph(graph, { id: "registry-lineage", title: `Lineage of every model in ${data.settings.name}`, description }) : void 0;
  const graphView = svg ? html`<div class="graph-scroll graph-large" role="region" aria-label="Registry lineage graph" tabindex="0">${svg}</div>` : html`<p class="muted">The registry has no models yet.</p>`;
  const table2 = html`<table class="lineage-table">${TABLE_HEAD}<tbody>${rows}</tbody></table>`;
  const body = html`<header class="page-head"><h1>Lineage</h1>
<p class="page-sub">${counts}. ${EACH_ARROW}</p></header>
${graphView}
${section("lineage-table", "As a table", scrollTable("Lineage table", table2))}`;
  return renderPage(data, {
    path: page,
    kind: "lineage",
    title: "Lineage",
    description: `How the models of ${data.settings.name} derive from each other and from data.`,
    crumbs: [{ label: "Models", path: paths.catalogue }, { label: "Lineage" }],
    body
  });
}

// src/core/site/pages/stage-history.ts
var HEAD = tableHead("Date", "Event", "Version", "Stage", "Pull request", "Approved by", "Commit");
var CAPTION = html`<caption class="visually-hidden">Stage changes and deprecations, newest first</caption>`;
var DASH2 = raw("&#8211;");
var INCOMPLETE = raw(
  '<p class="notice" role="note">This site was built from a shallow clone, so older events are missing (check out with <code>fetch-depth: 0</code>).</p>'
);
var WORDS = {
  registration: "registered",
  promotion: "promoted",
  rollback: "rolled back",
  demotion: "removed",
  deprecation: "deprecated"
};
function stageHistorySection(data, m) {
  const events = m.events.filter((e) => e.kind !== "registration");
  if (events.length === 0) return "";
  const page = paths.model(m.name);
  const repository = data.options.repository;
  const rows = events.map((e) => {
    const v = versionIn(m, e.version);
    const detail = e.from !== void 0 ? html` <span class="muted">from ${e.from}</span>` : e.reason ? html` <span class="muted">${e.reason}</span>` : "";
    const pr = e.pullRequest === void 0 ? DASH2 : linkOr(pullRequestUrl(data.github, e.pullRequest), `#${e.pullRequest}`);
    const approvers = e.approvers?.length ? html`${e.approvers.map((login, i) => html`${i ? ", " : ""}${linkOr(userUrl(data.github, login), `@${login}`)}`)}` : DASH2;
    const sha = html`<code>${shortSha(e.commit, 7)}</code>`;
    const commit = repository ? commitUrl(data.github, repository, e.commit) : void 0;
    const cells = html`<td>${timeTag(e.date)}</td><td class="event event-${e.kind}">${WORDS[e.kind]}${detail}</td><td>${v ? versionLink(page, v) : e.version}</td>`;
    return html`<tr>${cells}<td>${e.stage ?? DASH2}</td><td>${pr}</td><td>${approvers}</td><td>${commit ? html`<a href="${commit}">${sha}</a>` : sha}</td></tr>`;
  });
  const table2 = scrollTable("Stage history", html`<table class="history-table">${CAPTION}${HEAD}<tbody>${rows}</tbody></table>`);
  const json = html`<p><a href="${relativeUrl(page, paths.apiHistory(m.name))}">JSON</a> (with registrations)</p>`;
  return section("stage-history", "Stage history", html`${data.options.historyComplete === false ? INCOMPLETE : ""}${table2}${json}`);
}
function linkOr(url, text3) {
  return url ? html`<a href="${url}">${text3}</a>` : html`${text3}`;
}

// src/core/site/pages/environments.ts
var HEAD2 = tableHead("Environment", "Stage", "Version running", "Since", "Matches the stage");
var CAPTION2 = html`<caption class="visually-hidden">What each environment reports running, against what its stage declares</caption>`;
var DASH3 = raw("&#8211;");
var NOTHING = html`<span class="muted">nothing reported</span>`;
function environmentsSection(data, m) {
  const rows = modelEnvironmentRows(data, m);
  const environments = data.options.environments;
  if (!rows || !environments) return "";
  const page = paths.model(m.name);
  const version = (v) => {
    if (v === void 0) return DASH3;
    const site = versionIn(m, v);
    return site ? versionLink(page, site) : html`${v}`;
  };
  const body = rows.map((row) => {
    const stage = html`${row.stage} <span class="muted">(${row.declared ?? "nothing"})</span>`;
    if (!isDrift(row)) return html`<tr><th scope="row">${row.environment}</th><td>${stage}</td><td>${DASH3}</td><td>${DASH3}</td><td>${DASH3}</td></tr>`;
    const serving = safeHttpUrl(row.environmentUrl);
    const running = row.running === void 0 ? NOTHING : html`${version(row.running)}${serving ? html` ${externalLink(serving, "serving")}` : ""}`;
    const since = row.runningSince ? timeTag(row.runningSince) : DASH3;
    let verdict;
    if (row.matches) verdict = html`<span class="drift-ok">yes</span>`;
    else {
      const length = row.driftMs === void 0 ? "for an unknown time" : `for ${formatDuration(row.driftMs)}`;
      const over = row.exceeded ? `, longer than ${environments.maxDrift}` : "";
      verdict = html`<strong class="drift-bad">no</strong> <span class="muted">(drifted ${length}${over})</span>`;
    }
    return html`<tr><th scope="row">${row.environment}</th><td>${stage}</td><td>${running}</td><td>${since}</td><td>${verdict}</td></tr>`;
  });
  const note2 = environments.read ? "" : html`<p class="notice" role="note">Environments were not read when this site was built (${environments.note ?? "no token and repository"}): what each runs is unknown; the stages' versions are shown.</p>`;
  const table2 = scrollTable("Environments", html`<table class="environments-table">${CAPTION2}${HEAD2}<tbody>${body}</tbody></table>`);
  const json = environmentsFileTaken(data, m) ? "" : html`<p><a href="${relativeUrl(page, apiEnvironmentsPath(m.name))}">JSON</a></p>`;
  return section("environments", "Environments", html`${note2}${table2}${json}`);
}

// src/core/site/pages/model.ts
var DEPRECATED2 = html` <span class="chip deprecated">deprecated</span>`;
var INVALID_NOTE = raw(
  `<p class="notice warning" role="note">Some of this model's files do not pass validation; what could be read is shown. Run <code>model-registry validate</code> for details.</p>`
);
var DASH4 = html`&#8211;`;
var UNKNOWN = html`<span class="muted">unknown</span>`;
var STAGES_CAPTION = html`<caption class="visually-hidden">What runs in each stage</caption>`;
var STAGES_HEAD = tableHead("Stage", "Version", "Since", "Commit");
var NO_BASE_URL = raw(
  '<p class="muted">This site was built without a base URL, so these links are relative; build with <code>--base-url</code> for absolute ones.</p>'
);
var DEPRECATED_ROW = raw(' class="is-deprecated"');
var VERSIONS_HEAD_START = html`<th scope="col">Version</th><th scope="col">Created</th><th scope="col">Stages</th>`;
var VERSIONS_HEAD_END = html`<th scope="col">Summary</th><th scope="col">Links</th>`;
var NO_LINEAGE = html`<p class="muted">No lineage recorded.</p>`;
var CHART_LEGEND = raw(
  '<p class="legend muted"><span class="swatch swatch-production" aria-hidden="true"></span> production &#183; <span class="swatch swatch-deprecated" aria-hidden="true"></span> deprecated &#183; whiskers: confidence intervals &#183; dashed: a change within noise. Each axis says its scale. The table under Versions has every value.</p>'
);
function edgeNote2(e) {
  return e.label ? html` <span class="muted">(${e.label})</span>` : "";
}
function renderModelPage(data, m) {
  const page = paths.model(m.name);
  const to = (path) => relativeUrl(page, path);
  const s = data.settings;
  const newestFirst = [...m.versions].reverse();
  const headline = headlineVersion(s, m);
  const primary = metricOf(headline, m.primaryMetric);
  const primaryDef = m.primaryMetric ? s.metrics[m.primaryMetric] : void 0;
  const production = productionStage(s);
  const primaryUnit = primaryDef?.unit ? ` ${primaryDef.unit}` : "";
  const primaryValue = primary ? html` <strong class="num">${primary.text}${primaryUnit}</strong> <span class="muted">(${headline.version})</span>` : "";
  const primaryFact = m.primaryMetric ? html`<div><dt>Primary metric</dt><dd>${metricTitle(m.primaryMetric, primaryDef)}${primaryValue}</dd></div>` : "";
  const latest = m.latest ? html`${versionLink(page, m.latest)} &#183; ${timeTag(m.latest.created)}` : "no versions yet";
  const compareButton = m.versions.length > 1 ? html`<a class="button" href="${to(paths.compare(m.name))}">Compare versions</a> ` : "";
  const versionsLink = m.versions.length ? html`<a href="${to(paths.versions(m.name))}">Every version in full</a> ` : "";
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name}${m.deprecated ? DEPRECATED2 : ""}</h1>
<p class="page-sub"><code>${m.name}</code>${m.task ? html` &#183; ${m.task}` : ""}${m.license ? html` &#183; license ${m.license}` : ""}</p>
${m.invalid ? INVALID_NOTE : ""}
<dl class="meta">
<div><dt>Owners</dt><dd>${m.owners.length ? html`<ul class="owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : "\u2013"}</dd></div>
${m.tags.length ? html`<div><dt>Tags</dt><dd><ul class="tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul></dd></div>` : ""}
${primaryFact}
${m.audit?.health.length ? html`<div><dt>Health</dt><dd><a href="#monitoring">${healthMark(m.audit.health)}</a></dd></div>` : ""}
<div><dt>Latest</dt><dd>${latest}</dd></div>
<div><dt>Versions</dt><dd>${m.versions.length}</dd></div>
</dl>
<p class="page-actions">${compareButton}${versionsLink}<a href="${to(paths.apiModel(m.name))}">JSON</a></p>
</header>`;
  const stageRows = m.stages.map(([stage, version]) => {
    const v = versionIn(m, version);
    const since = stageSince(m, stage, version);
    const commit = since && data.options.repository ? commitUrl(data.github, data.options.repository, since.commit) : void 0;
    const versionCell = v ? versionLink(page, v) : html`${version} <span class="muted">(missing)</span>`;
    const chip = v?.deprecated !== void 0 ? html` ${deprecatedChip(v.deprecated)}` : "";
    const sha = since ? html`<code>${shortSha(since.commit, 7)}</code>` : DASH4;
    const commitCell = since && commit ? html`<a href="${commit}">${sha}</a>` : sha;
    return html`<tr><th scope="row">${stage}</th><td>${versionCell}${chip}</td><td>${since ? timeTag(since.since) : UNKNOWN}</td><td>${commitCell}</td></tr>`;
  });
  const badgeSnippets = s.stages.map((stage) => {
    const img = absoluteUrl(data.options.baseUrl, paths.badge(m.name, stage)) ?? paths.badge(m.name, stage);
    const target = absoluteUrl(data.options.baseUrl, paths.model(m.name)) ?? paths.model(m.name);
    return `[![${m.name} ${stage}](${img})](${target})`;
  });
  const changes = plural(m.history.length, "change", formatCount);
  const historyItems = m.history.map(
    (e) => html`<li>${timeTag(e.since)}: <strong>${e.stage}</strong> &#8594; ${e.version} <code>${shortSha(e.commit, 7)}</code></li>`
  );
  const history = m.history.length && !m.events.length ? html`<details class="history"><summary>Promotion history (${changes})</summary><ol>${historyItems}</ol></details>` : "";
  const stagesBody = html`${m.stages.length ? html`<table class="stages-table">${STAGES_CAPTION}${STAGES_HEAD}<tbody>${stageRows}</tbody></table>` : html`<p>No version of this model is in a stage.</p>`}
${history}
<details class="badges"><summary>Badges for a README</summary>
<p class="badge-row">${s.stages.map((stage) => html`<img src="${to(paths.badge(m.name, stage))}" alt="${`${stage} badge of ${m.name}`}" height="20"> `)}</p>
${data.options.baseUrl ? "" : NO_BASE_URL}
${copyBlock(badgeSnippets.join("\n"), "Markdown", "badges")}
</details>`;
  const deprecatedVersions = m.deprecatedVersions.map(([v, reason]) => html`<li><strong>${v}</strong>: ${reason}</li>`);
  const about = html`${m.description ? html`<div class="prose">${renderMarkdown(m.description, 2)}</div>` : html`<p class="muted">No description.</p>`}
${m.intendedUse ? html`<h3>Intended use</h3><div class="prose">${renderMarkdown(m.intendedUse, 3)}</div>` : ""}
${m.limitations ? html`<h3>Limitations</h3><div class="prose">${renderMarkdown(m.limitations, 3)}</div>` : ""}
${m.ethicalConsiderations ? html`<h3>Ethical considerations</h3><div class="prose">${renderMarkdown(m.ethicalConsiderations, 3)}</div>` : ""}
${m.deprecatedVersions.length ? html`<h3>Deprecated versions</h3><ul>${deprecatedVersions}</ul>` : ""}`;
  const prodVersion = m.stages.find(([stage]) => stage === production)?.[1];
  const metricNames = sortMetricNames(
    m.versions.flatMap((v) => v.metrics.map((x) => x.name)),
    s.metrics
  );
  const apiHref = to(paths.apiModel(m.name));
  const hasArtifacts = m.versions.some((v) => v.artifacts.length);
  const compareHref = to(paths.compare(m.name));
  const versionRows = newestFirst.map((v) => {
    const p = metricOf(v, m.primaryMetric);
    const compareWith = prodVersion && prodVersion !== v.version ? prodVersion : m.versions[m.versions.indexOf(v) - 1]?.version;
    const nameCell = html`<th scope="row">${versionLink(page, v)} ${deprecatedChip(v.deprecated)}</th>`;
    const metricCell = m.primaryMetric ? html`<td class="num">${p ? p.text : "\u2013"}</td>` : "";
    const cells = html`<td>${timeTag(v.created)}</td><td>${stageChips(v.stages)}</td>${metricCell}<td class="summary-cell">${v.summary}</td>`;
    const release = v.releaseUrl ? html`<a href="${v.releaseUrl}">release</a>` : "";
    let compare = "";
    if (compareWith) {
      const href = `${compareHref}?a=${encodeURIComponent(compareWith)}&b=${encodeURIComponent(v.version)}`;
      compare = html` <a href="${href}" aria-label="${`Compare ${v.version} with ${compareWith}`}">compare</a>`;
    }
    return html`<tr${v.deprecated !== void 0 ? DEPRECATED_ROW : ""}>${nameCell}${cells}<td class="links">${release}${compare}</td></tr>`;
  });
  const primaryHead = m.primaryMetric ? html`<th scope="col">${metricTitle(m.primaryMetric, primaryDef)}</th>` : "";
  const versionsHead = html`<thead><tr>${VERSIONS_HEAD_START}${primaryHead}${VERSIONS_HEAD_END}</tr></thead>`;
  const versionsTable = scrollTable("Versions", html`<table class="versions-table">${versionsHead}<tbody>${versionRows}</tbody></table>`);
  const allMetrics = metricNames.length ? drawnBox("metrics-matrix", apiHref) : "";
  const artifacts = hasArtifacts ? drawnBox("artifacts-box", apiHref) : html`<p class="muted">No artifacts listed.</p>`;
  const graph = modelLineage(data, m, to);
  const upstream = graph.edges.filter((e) => e.to === `model:${m.name}`);
  const downstream = graph.edges.filter((e) => e.from === `model:${m.name}`);
  const nodeLabel = (id) => {
    const n = graph.nodes.find((x) => x.id === id);
    return n.href ? html`<a href="${n.href}">${n.label}</a>` : html`${n.label}`;
  };
  let lineage = NO_LINEAGE;
  if (graph.nodes.length > 1) {
    const description = `${m.name}: ${upstream.length} upstream, ${downstream.length} downstream. The lists below give the same information as text.`;
    const svg = renderLineageGraph(graph, { id: "lineage", title: `Lineage of ${m.name}`, description });
    const builtFrom = upstream.length ? html`<ul>${upstream.map((e) => html`<li>${nodeLabel(e.from)}${edgeNote2(e)}</li>`)}</ul>` : html`<p class="muted">Nothing recorded.</p>`;
    const usedBy = downstream.length ? html`<ul>${downstream.map((e) => html`<li>${nodeLabel(e.to)}${edgeNote2(e)}</li>`)}</ul>` : html`<p class="muted">No model in this registry is built on it.</p>`;
    lineage = html`<div class="graph-scroll" role="region" aria-label="Lineage graph" tabindex="0">${svg}</div>
<div class="lineage-lists">
<div><h3>Built from</h3>${builtFrom}</div>
<div><h3>Used by</h3>${usedBy}</div>
</div>`;
  }
  const body = html`${head}
${section("stages", "Stages", stagesBody)}
${stageHistorySection(data, m)}
${environmentsSection(data, m)}
${monitoringSection(data, m)}
${section("about", "About", about)}
${section("versions", "Versions", html`${versionsTable}${allMetrics}`)}
${metricNames.length ? section("charts", "Metrics across versions", html`${CHART_LEGEND}${drawnBox("charts-box", apiHref)}`) : ""}
${section("artifacts", "Releases and artifacts", artifacts)}
${section("lineage", "Lineage", lineage)}
${metricNames.length || hasArtifacts ? modelDataBlock(data, m, metricNames, production) : ""}`;
  return renderPage(data, {
    path: page,
    kind: "model",
    title: m.title ?? m.name,
    description: `${m.name}: versions, stages, metrics and lineage.`,
    crumbs: [{ label: "Models", path: paths.catalogue }, { label: m.name }],
    body
  });
}

// src/core/site/pages/versions.ts
var DEPRECATED3 = html` <span class="chip deprecated">deprecated</span>`;
var INVALID = html`<p class="notice warning" role="note">This version's files do not pass validation; what could be read is shown.</p>`;
function* renderVersionsPages(data, m) {
  const newestFirst = [...m.versions].reverse();
  if (m.versions.length <= VERSIONS_PER_PAGE) {
    yield [paths.versions(m.name), versionsPage(data, m, 0, newestFirst, m.versions.length)];
    return;
  }
  yield [paths.versions(m.name), versionsPage(data, m, 0, [], m.versions.length)];
  const pages = Math.ceil(m.versions.length / VERSIONS_PER_PAGE);
  for (let page = 1; page <= pages; page++) {
    const cards = m.versions.slice((page - 1) * VERSIONS_PER_PAGE, page * VERSIONS_PER_PAGE).reverse();
    yield [paths.versions(m.name, page), versionsPage(data, m, page, cards, m.versions.length)];
  }
}
function pageRange(m, page) {
  const first = m.versions[(page - 1) * VERSIONS_PER_PAGE];
  const last = m.versions[Math.min(page * VERSIONS_PER_PAGE, m.versions.length) - 1];
  return first === last ? first.version : `${first.version} to ${last.version}`;
}
function versionsPage(data, m, pageNumber, cards, total) {
  const page = paths.versions(m.name, pageNumber);
  const to = (path) => relativeUrl(page, path);
  const paged = total > VERSIONS_PER_PAGE;
  const pageCount = Math.ceil(total / VERSIONS_PER_PAGE);
  const modelHref = to(paths.model(m.name));
  const count = total === 1 ? "1 version" : `${formatCount(total)} versions`;
  const lineageNote = html`the lineage graph of the whole model is on <a href="${modelHref}#lineage">its page</a>`;
  const json = html`<a href="${to(paths.apiModel(m.name))}">every version as JSON</a>`;
  const indexOnly = paged && pageNumber === 0;
  const indexItem = (v) => {
    const chips = v.stages.length ? html` ${stageChips(v.stages)}` : "";
    const deprecated = v.deprecated !== void 0 ? DEPRECATED3 : "";
    if (indexOnly) return html`<li id="${v.version}"><a href="${to(paths.version(m.name, v.version, v.page))}">${v.version}</a>${chips}${deprecated}</li>`;
    return html`<li><a href="${`#${v.version}`}">${v.version}</a>${chips}${deprecated}</li>`;
  };
  const listed = indexOnly ? [...m.versions].reverse() : cards;
  const index = listed.length ? html`<nav class="version-index" aria-label="Versions"><ul>${listed.map(indexItem)}</ul></nav>` : html`<p class="muted">No versions yet.</p>`;
  let pager = "";
  if (paged) {
    const items = [];
    for (let p = pageCount; p >= 1; p--) {
      const label = pageRange(m, p);
      items.push(
        p === pageNumber ? html`<li><span aria-current="page">${label}</span></li>` : html`<li><a href="${to(paths.versions(m.name, p))}">${label}</a></li>`
      );
    }
    const all = pageNumber === 0 ? html`<li><span aria-current="page">All versions</span></li>` : html`<li><a href="${to(paths.versions(m.name))}">All versions</a></li>`;
    pager = html`<nav class="pager" aria-label="Pages of versions"><ul>${all}${items}</ul></nav>`;
  }
  const where = !paged ? `${count}, newest first` : pageNumber === 0 ? `${count}, newest first, on ${pageCount} pages` : `${pageRange(m, pageNumber)}, newest first, of ${count}`;
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name} <span class="version-label">versions</span></h1>
<p class="page-sub"><a href="${modelHref}"><code>${m.name}</code></a> &#183; ${where} &#183; ${lineageNote} &#183; ${json}</p>
${cards.length ? directionLegend(data, cards) : ""}
${pager}
${index}
</header>`;
  const apiHref = to(paths.apiModel(m.name));
  const note2 = cards.length ? html`<p class="notice" id="cards-note" role="status">Each version's card is drawn by the page's script from <a href="${apiHref}">the model's JSON</a>; without JavaScript, <a href="${modelHref}#versions">the model page</a> lists every version with its metrics and artifacts.</p>` : raw("");
  const links = {};
  const extras = {};
  const article = (v) => {
    extras[v.version] = cardExtra(data, v, links, to);
    const invalid = v.invalid ? INVALID : "";
    const description = v.description ? html`<h3>Description</h3><div class="prose">${renderMarkdown(v.description, 3)}</div>` : "";
    return html`
<article class="version-card" id="${v.version}"><h2>${m.name} <span class="version-label">${v.version}</span></h2>${invalid}${description}</article>`;
  };
  const body = [head, note2, ...cards.map(article)];
  if (cards.length) {
    const names = sortMetricNames(
      cards.flatMap((v) => v.metrics.map((x) => x.name)),
      data.settings.metrics
    );
    const catalogue = {};
    for (const name of names) if (Object.hasOwn(data.settings.metrics, name)) catalogue[name] = data.settings.metrics[name];
    const pageData = {
      model: m.name,
      api: paths.apiModel(m.name),
      server: data.github.serverUrl,
      production: productionStage(data.settings),
      catalogue,
      metricOrder: names,
      links,
      versions: extras
    };
    body.push(html`
<script type="application/json" id="versions-data">${jsonForScript(pageData)}</script>`);
  }
  const title = pageNumber ? `${m.name} versions ${pageRange(m, pageNumber)}` : `${m.name} versions`;
  return renderPage(data, {
    path: page,
    kind: "versions",
    title,
    description: `Every version of ${m.name}: metrics, lineage, training and artifacts.`.slice(0, 200),
    crumbs: [
      { label: "Models", path: paths.catalogue },
      { label: m.name, path: paths.model(m.name) },
      ...pageNumber ? [{ label: "Versions", path: paths.versions(m.name) }, { label: pageRange(m, pageNumber) }] : [{ label: "Versions" }]
    ],
    body
  });
}
function directionLegend(data, cards) {
  const names = sortMetricNames(
    cards.flatMap((v) => v.metrics.map((x) => x.name)),
    data.settings.metrics
  );
  if (!names.length) return "";
  const groups = [
    ["higher is better", []],
    ["lower is better", []],
    ["not in the metric catalogue", []]
  ];
  for (const name of names) {
    const definition = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : void 0;
    const label = definition?.title && definition.title !== name ? html`<span title="${name}">${definition.title}</span>` : name;
    groups[definition?.direction === "higher" ? 0 : definition?.direction === "lower" ? 1 : 2][1].push(label);
  }
  const parts = groups.filter(([, list4]) => list4.length).map(([note2, list4]) => html`${list4.map((x, i) => i ? html`, ${x}` : x)}: ${note2}`);
  return html`<p class="legend muted">Metrics: ${parts.map((part, i) => i ? html`; ${part}` : part)}.</p>`;
}
function cardExtra(data, v, links, to) {
  const extra = {};
  if (v.params.length) extra.params = v.params;
  if (v.environment.length) extra.environment = v.environment;
  if (v.runUrl) extra.run = v.runUrl;
  const details = {};
  for (const x of v.metrics) {
    const where = [x.dataset, x.split, x.slice].filter((part) => Boolean(part));
    if (!x.ci && !where.length && x.n === void 0) continue;
    details[x.name] = { ci: x.ci, where: where.length ? where : void 0, n: x.n };
  }
  if (Object.keys(details).length) extra.metrics = details;
  if (v.artifacts.some((a) => a.path)) extra.stored = v.artifacts.map((a) => a.path ? a.url ? 1 : a.path : null);
  const link4 = (key, model, version, page) => links[key] = to(paths.version(model, version, page));
  for (const p of v.parents) {
    const page = p.kind === "registry" ? data.pages.get(p.key) : void 0;
    if (p.kind === "registry" && page !== void 0) link4(p.key, p.model, p.version, page);
  }
  const children = data.children.get(v.key) ?? [];
  if (children.length) {
    extra.children = children.map((c) => {
      link4(c.key, c.model, c.version, c.page);
      return [c.model, c.version, c.relation];
    });
  }
  return extra;
}

// src/core/site/search-index.ts
function buildSearchIndex(data) {
  return {
    version: 1,
    fields: ["name", "text"],
    models: data.models.map((m) => {
      const parts = [m.name, m.title, m.task, ...m.tags, ...m.owners, ...m.datasets, m.description ? excerpt(markdownToText(m.description), 600) : void 0];
      return [m.name, parts.filter(Boolean).join(" | ").toLowerCase()];
    })
  };
}

// src/core/site/site-index.ts
function newerFirst(a, b) {
  return timeOf(b.v.created) - timeOf(a.v.created) || (a.v.model < b.v.model ? -1 : a.v.model > b.v.model ? 1 : 0) || a.seq - b.seq;
}
var SiteIndex = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  models = [];
  pages = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  newest = [];
  /** Once the feed is full, the time of its oldest entry: an older version cannot enter it. */
  cutoff = -Infinity;
  /** Per model with a primary metric and a production version, that metric of each version: its catalogue card's trend needs the one production ran before. */
  primaries = /* @__PURE__ */ new Map();
  seq = 0;
  /** Adds a model (in the registry's order): only its summary and its versions' references are kept. */
  add(m) {
    const keys = new Array(m.versions.length);
    const datasets = /* @__PURE__ */ new Set();
    const lineage = [];
    const seen = /* @__PURE__ */ new Set();
    const step = (id, s) => {
      if (seen.has(id)) return;
      seen.add(id);
      lineage.push(s);
    };
    for (let i = 0; i < m.versions.length; i++) {
      const v = m.versions[i];
      keys[i] = v.key;
      this.pages.set(v.key, v.page);
      const seq = this.seq++;
      if (timeOf(v.created) >= this.cutoff) this.newest.push({ v, seq });
      for (const p of v.parents) {
        if (p.kind === "external") {
          step(`e\0${p.uri}\0${p.relation}`, { kind: "external", uri: p.uri, revision: p.revision, relation: p.relation });
          continue;
        }
        if (p.model !== m.name) step(`r\0${p.model}\0${p.relation}`, { kind: "registry", model: p.model, relation: p.relation });
        const first = (same) => v.parents.find((q) => q.kind === "registry" && same(q))?.relation ?? "";
        const child = {
          model: v.model,
          version: v.version,
          key: v.key,
          page: v.page,
          relation: first((q) => q.model === p.model && q.version === p.version),
          modelRelation: first((q) => q.model === p.model)
        };
        const list4 = this.children.get(p.key);
        if (list4) list4.push(child);
        else this.children.set(p.key, [child]);
      }
      for (const d of v.datasets) {
        datasets.add(d.name);
        step(`d\0${d.name}\0${d.role ?? ""}`, { kind: "dataset", name: d.name, role: d.role });
      }
    }
    if (this.newest.length > 4 * FEED_ENTRIES) this.trimNewest();
    const production = productionStage(this.settings);
    if (m.primaryMetric && m.stages.some(([stage]) => stage === production)) {
      const values = /* @__PURE__ */ new Map();
      for (const v of m.versions) {
        const metric = v.metrics.find((x) => x.name === m.primaryMetric);
        if (metric) values.set(v.version, metric);
      }
      this.primaries.set(m.name, values);
    }
    const slims = /* @__PURE__ */ new Map();
    const slim = (v) => v && (slims.get(v) ?? slims.set(v, slimVersion(v, m.primaryMetric)).get(v));
    const staged = /* @__PURE__ */ new Map();
    for (const [, version] of m.stages) {
      const v = m.versions.find((x) => x.version === version);
      if (v) staged.set(version, slim(v));
    }
    this.models.push({
      name: m.name,
      title: m.title,
      description: m.description,
      task: m.task,
      owners: m.owners,
      tags: m.tags,
      primaryMetric: m.primaryMetric,
      stages: m.stages,
      deprecated: m.deprecated,
      latest: slim(m.latest),
      headline: slim(headlineVersion(this.settings, m)),
      staged,
      versionCount: m.versions.length,
      keys,
      datasets: [...datasets],
      lineage,
      events: [],
      audit: m.audit,
      monitoringFile: hasMonitoringFile(this.settings, m)
    });
  }
  /** The models' names, in the order added. */
  names() {
    return this.models.map((m) => m.name);
  }
  trimNewest() {
    this.newest.sort(newerFirst);
    this.newest.length = Math.min(this.newest.length, FEED_ENTRIES);
    if (this.newest.length === FEED_ENTRIES) this.cutoff = timeOf(this.newest[FEED_ENTRIES - 1].v.created);
  }
  /** The registry's site data, once every model is added. */
  finish(github, options) {
    this.trimNewest();
    for (const m of this.models) {
      m.events = options.events?.get(m.name) ?? [];
      m.trend = productionTrend(m, this.primaries.get(m.name), productionStage(this.settings), options);
    }
    return {
      settings: this.settings,
      models: this.models,
      byName: new Map(this.models.map((m) => [m.name, m])),
      pages: this.pages,
      children: this.children,
      newest: this.newest.map((n) => n.v),
      github,
      options
    };
  }
};
function productionTrend(m, values, production, options) {
  const current = m.stages.find(([stage]) => stage === production)?.[1];
  const history = options.stageHistory && Object.hasOwn(options.stageHistory, m.name) ? options.stageHistory[m.name] : void 0;
  if (!values || current === void 0 || !Array.isArray(history)) return void 0;
  const before = history.find((e) => e.stage === production && e.version !== current)?.version;
  const now = values.get(current);
  const then = before === void 0 ? void 0 : values.get(before);
  return now && then && before !== void 0 ? { previous: before, now, before: then } : void 0;
}
function slimVersion(v, primaryMetric2) {
  return {
    ...v,
    summary: "",
    description: void 0,
    parents: [],
    datasets: [],
    code: void 0,
    params: [],
    environment: [],
    runUrl: void 0,
    artifacts: [],
    metrics: v.metrics.filter((x) => x.name === primaryMetric2)
  };
}

// src/core/site/build-site.ts
function* generateSiteFromData(data, models) {
  yield* registryFiles(data);
  const production = productionStage(data.settings);
  for (const m of models) yield* modelFiles(data, withHistory(m, data.options), production);
}
function* registryFiles(data) {
  yield [paths.css, SITE_CSS];
  yield [paths.js, SITE_JS];
  yield [paths.icon, ICON_SVG];
  yield [paths.catalogue, renderCatalogue(data)];
  yield [paths.lineage, renderLineagePage(data)];
  yield [paths.feed, renderFeed(data)];
  yield [paths.searchIndex, JSON.stringify(buildSearchIndex(data))];
  yield [paths.apiIndex, JSON.stringify(apiIndex(data))];
  yield [API_AUDIT_PATH, JSON.stringify(apiAudit(data))];
}
function* modelFiles(data, m, production) {
  yield [paths.model(m.name), renderModelPage(data, m)];
  if (m.versions.length) yield [paths.compare(m.name), renderComparePage(data, m)];
  if (m.versions.length) yield* renderVersionsPages(data, m);
  const model = apiModel(data, m);
  yield [paths.apiModel(m.name), JSON.stringify(model)];
  const stageFiles = apiStages(data, m, model);
  for (const [stage, version] of stageFiles) yield [paths.apiStage(m.name, stage), JSON.stringify(version)];
  if (!stageFiles.has("history")) yield [paths.apiHistory(m.name), JSON.stringify(apiHistory(data, m))];
  const environments = environmentsFileTaken(data, m) ? void 0 : apiEnvironments(data, m);
  if (environments) yield [apiEnvironmentsPath(m.name), JSON.stringify(environments)];
  if (m.monitoring && data.byName.get(m.name)?.monitoringFile) yield [apiMonitoringPath(m.name), JSON.stringify(apiMonitoring(data, m, m.monitoring))];
  const stages = /* @__PURE__ */ new Set([...data.settings.stages, ...m.stages.map(([s]) => s)]);
  for (const stage of stages) {
    const version = m.stages.find(([s]) => s === stage)?.[1];
    const deprecated = version !== void 0 && versionIn(m, version)?.deprecated !== void 0;
    yield [paths.badge(m.name, stage), stageBadge(stage, version, deprecated, stage === production)];
  }
}

// src/adapters/fs/site-writer.ts
import { existsSync, mkdirSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var THREAD_AFTER = 500;
var Encoder = class {
  buffer = Buffer.allocUnsafe(1 << 20);
  /** The bytes, valid until the next call (a Uint8Array given is returned as is). */
  encode(content) {
    if (content instanceof Uint8Array) return content;
    const bound = maxBytes(content);
    if (bound > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(bound, this.buffer.length * 2));
    return this.buffer.subarray(0, encodeInto(this.buffer, 0, content));
  }
};
function maxBytes(content) {
  if (content instanceof Uint8Array) return content.length;
  if (typeof content === "string") return content.length * 3;
  let units = 0;
  for (const piece of content) units += piece.length;
  return units * 3;
}
function encodeInto(buffer, offset, content) {
  if (content instanceof Uint8Array) {
    buffer.set(content, offset);
    return content.length;
  }
  if (typeof content === "string") return buffer.write(content, offset, "utf8");
  let length = 0;
  for (const piece of content) length += buffer.write(piece, offset + length, "utf8");
  return length;
}
var BATCH_BYTES = 4 << 20;
var BATCH_FILES = 64;
var IN_FLIGHT = 4;
var ThreadWriter = class {
  worker;
  free = [];
  buffer = Buffer.allocUnsafeSlow(BATCH_BYTES);
  used = 0;
  files = [];
  nextId = 0;
  inFlight = 0;
  wake;
  failure;
  constructor(workerFile, base) {
    this.worker = new Worker(workerFile, { workerData: { base } });
    this.worker.on("message", (reply) => {
      this.inFlight--;
      this.free.push(reply.buffer);
      if (reply.error && !this.failure) this.failure = writerError(reply.error);
      this.wake?.();
    });
    this.worker.on("error", (error) => {
      this.failure ??= error;
      this.inFlight = 0;
      this.wake?.();
    });
  }
  /** Encodes the content into the batch; returns its size in bytes. */
  async add(target, folder, content) {
    const bound = maxBytes(content);
    if (this.used + bound > this.buffer.length && this.files.length) await this.flush(IN_FLIGHT);
    if (bound > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(bound);
    const length = encodeInto(this.buffer, this.used, content);
    this.files.push([target, folder, this.used, length]);
    this.used += length;
    if (this.files.length >= BATCH_FILES) await this.flush(IN_FLIGHT);
    return length;
  }
  /** Sends the current batch; waits while more than `limit` batches are unwritten. */
  async flush(limit) {
    if (this.files.length) {
      const buffer = this.buffer.buffer;
      this.worker.postMessage({ id: this.nextId++, files: this.files, buffer }, [buffer]);
      this.inFlight++;
      this.files = [];
      this.used = 0;
      const reused = this.free.pop();
      this.buffer = reused && reused.byteLength >= BATCH_BYTES ? Buffer.from(reused) : Buffer.allocUnsafeSlow(BATCH_BYTES);
    }
    while (this.inFlight > limit && !this.failure) await new Promise((resolve6) => this.wake = resolve6);
    if (this.failure) throw this.failure;
  }
  async finish() {
    try {
      await this.flush(0);
    } finally {
      await this.worker.terminate();
    }
  }
};
function writerError(error) {
  if (error.outside) return new SiteWriteError(error.message);
  if (error.code === "ELOOP") return new SiteWriteError(`refusing to write through a symbolic link: ${error.message}`);
  return new SiteWriteError(`could not write ${error.message}`);
}
async function writeSite(out, files, options = {}) {
  mkdirSync(resolve(out), { recursive: true });
  const base = realpathSync(resolve(out));
  const made = /* @__PURE__ */ new Set([base]);
  const encoder = new Encoder();
  const workerFile = options.workerFile ?? fileURLToPath(new URL("./write-worker.js", import.meta.url));
  const threadWanted = options.thread ?? existsSync(workerFile);
  let thread;
  let bytes = 0;
  let count = 0;
  try {
    for (const [path, content] of files) {
      const target = safeTarget(base, path);
      const folder = dirname(target);
      count++;
      if (!thread && threadWanted && (options.thread || count > THREAD_AFTER)) thread = new ThreadWriter(workerFile, base);
      if (thread) bytes += await thread.add(target, folder, content);
      else {
        const data = encoder.encode(content);
        if (!prepareFolder(base, folder, made)) throw new SiteWriteError(outsideMessage(folder, base));
        writeOne(target, data);
        bytes += data.length;
      }
    }
    await thread?.finish();
  } catch (error) {
    await thread?.finish().catch(() => void 0);
    if (error.code === "ELOOP") throw new SiteWriteError(`refusing to write through a symbolic link: ${error.message}`);
    throw error;
  }
  return { files: count, bytes };
}
function safeTarget(base, path) {
  if (!path || isAbsolute(path) || path.includes("\\") || path.includes("\0") || path.split("/").some((p) => p === ".." || p === "." || p === "")) {
    throw new SiteWriteError(`refusing to write ${JSON.stringify(path)}: not a plain relative path`);
  }
  const target = resolve(join(base, path));
  const rel = relative(base, target);
  if (!rel || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel))
    throw new SiteWriteError(`refusing to write ${JSON.stringify(path)}: outside ${base}`);
  return target;
}

// src/adapters/fs/spill-file.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { deserialize, serialize } from "node:v8";
var SpillFile = class {
  constructor(prefix = "model-registry-") {
    this.prefix = prefix;
  }
  prefix;
  file;
  offsets = [];
  sizes = [];
  end = 0;
  open() {
    if (!this.file) {
      const dir = mkdtempSync(join2(tmpdir(), this.prefix));
      this.file = { dir, fd: openSync(join2(dir, "spill.bin"), "w+", 384) };
    }
    return this.file;
  }
  /** Writes a value; its number reads it back. */
  append(value) {
    const { fd } = this.open();
    const bytes = serialize(value);
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.end + done);
    this.offsets.push(this.end);
    this.sizes.push(bytes.length);
    this.end += bytes.length;
    return this.offsets.length - 1;
  }
  read(record) {
    const size = this.sizes[record];
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const n = readSync(this.open().fd, bytes, done, size - done, this.offsets[record] + done);
      if (n === 0) throw new Error(`spill file ended early (record ${record})`);
      done += n;
    }
    return deserialize(bytes);
  }
  close() {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = void 0;
  }
};

// src/app/build-site.ts
var LARGE_SITE_MODELS = 100;
var KEEP_VERSIONS = 2e4;
async function buildSite(options) {
  const spill = new SpillFile("model-registry-site-");
  try {
    const { report, data, held, history } = await loadSiteData(options, spill);
    const written = await writeSite(
      options.out,
      generateSiteFromData(data, heldModels(held, spill)),
      data.models.length >= LARGE_SITE_MODELS ? { thread: true } : {}
    );
    const read = data.options.environments;
    const environments = { declared: read?.declared.length ?? 0, read: read?.read ?? false, ...read?.note ? { note: read.note } : {} };
    return { report, settings: data.settings, written, baseUrl: data.options.baseUrl, history, environments };
  } finally {
    spill.close();
  }
}
function* heldModels(held, spill) {
  for (let i = 0; i < held.length; i++) {
    const model = held[i];
    held[i] = void 0;
    yield typeof model === "number" ? spill.read(model) : model;
  }
}
async function loadSiteData(options, spill) {
  const held = [];
  let budget = options.keepVersions ?? KEEP_VERSIONS;
  let spilling = false;
  let index;
  const github = { serverUrl: options.serverUrl, repository: options.repository };
  const git2 = readRegistryHistory(options.root);
  let audited;
  const { report, registry } = await validateVisiting(options.root, (one, name) => {
    const entry = one.models.get(name);
    const model = entry && siteModelOf(one.settings, github, entry);
    if (!model) return;
    audited ??= {
      events: buildHistory(git2.facts, one.settings),
      releaseTags: releaseTagsFor(
        { available: git2.available, shallow: git2.shallow, tags: git2.facts.tags.map((t) => t.name) },
        one.settings.tag_format,
        () => true
      ).tags
    };
    withMonitoring(model, one, entry, { generatedAt: options.generatedAt, ...audited });
    (index ??= new SiteIndex(one.settings)).add(model);
    budget -= model.versions.length;
    if (budget < 0 && !spilling) {
      spilling = true;
      for (let i = 0; i < held.length; i++) held[i] = spill.append(held[i]);
    }
    held.push(spilling ? spill.append(model) : model);
  });
  const { stageEvents: history, facts, shallow, available } = git2;
  const historyState = { shallow, available };
  const events = audited?.events ?? buildHistory(facts, registry.settings);
  const baseUrl = options.baseUrl ?? registry.settings.url;
  const readout = await readEnvironments(registry, index?.names() ?? [], {
    repository: options.repository ? parseRepository(options.repository, options.serverUrl) : void 0,
    token: options.token,
    log: options.log,
    onRefusal: "note"
  });
  const data = (index ?? new SiteIndex(registry.settings)).finish(github, {
    ...github,
    baseUrl,
    stageHistory: history,
    events,
    historyComplete: available && !shallow,
    generatedAt: options.generatedAt,
    environments: { ...readout, declared: readout.environments },
    ...audited?.releaseTags ? { releaseTags: audited.releaseTags } : {}
  });
  return { report, data, held, history: historyState };
}

// src/app/output-folder.ts
import { lstatSync, realpathSync as realpathSync2 } from "node:fs";
import { basename, dirname as dirname2, join as join3, resolve as resolve2, sep as sep2 } from "node:path";
function checkOutputFolder(root, out, option) {
  if (isSymbolicLink(out)) throw new UsageError(`${option} ${out} is a symbolic link: give the real folder to write the site to`);
  const r2 = realPath(resolve2(root));
  const o = realPath(resolve2(out));
  const models = join3(r2, "models");
  if (o === r2) throw new UsageError(`${option} ${out} is the registry folder: choose another folder for the site (e.g. _site)`);
  if (o === models || o.startsWith(models + sep2))
    throw new UsageError(`${option} ${out} is inside the registry's models/ folder: choose another folder for the site`);
}
function isSymbolicLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function realPath(absolute) {
  try {
    return realpathSync2(absolute);
  } catch {
    const parent = dirname2(absolute);
    return parent === absolute ? absolute : join3(realPath(parent), basename(absolute));
  }
}

// src/cli/commands/site.ts
var REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function parseSiteSettings(argv) {
  const { values, positionals } = parseFlags(argv, "site");
  if (!values.out) throw new UsageError("--out DIR is required: the folder to write the site to (e.g. --out _site)");
  const baseUrl = values["base-url"];
  if (baseUrl !== void 0 && !isHttpUrl(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const repository = values.repository;
  if (repository !== void 0 && !REPOSITORY_RE.test(repository)) throw new UsageError(`--repository must be owner/name, got ${JSON.stringify(repository)}`);
  const root = registryRoot("site", values.root, positionals);
  checkOutputFolder(root, values.out, "--out");
  return { root, out: values.out, baseUrl, repository };
}
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !/\s/.test(value);
  } catch {
    return false;
  }
}
async function siteCommand(argv, io) {
  const settings = parseSiteSettings(argv);
  const {
    report,
    settings: registry,
    written,
    history,
    environments
  } = await buildSite({
    root: settings.root,
    out: settings.out,
    repository: settings.repository,
    serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
    baseUrl: settings.baseUrl,
    generatedAt: buildTime(),
    // What the declared environments run is read with --repository and a token (deployments: read).
    token: settings.repository ? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN : void 0
  });
  const { errors } = countBySeverity(report.problems);
  if (errors)
    io.err(`warning: the registry has ${plural(errors, "error")}; the catalogue shows what could be read. Run \`model-registry validate\` for details.`);
  if (environments.declared && !environments.read) io.err(terminalText(`note: environments were not read (${environments.note ?? ""}); the pages say so`));
  if (history.shallow) io.err(`warning: this is a shallow git clone, so the stages' "since" dates may be too recent (fetch the full history for exact ones).`);
  const index = resolve3(settings.out, "index.html");
  io.out(
    `Wrote the catalogue of ${terminalText(registry.name)}: ${plural(report.models, "model")}, ${plural(report.versions, "version")}, ${plural(written.files, "file")} (${(written.bytes / 1e6).toFixed(1)} MB) in ${settings.out}`
  );
  io.out(
    `See it whole over HTTP (python3 -m http.server -d ${JSON.stringify(settings.out)}), as GitHub Pages serves it; opened from a file (${pathToFileURL(index).href}), model pages show no charts or metric tables and search covers names only.`
  );
  return 0;
}

// src/adapters/git/code-origin.ts
function codeOrigin(cwd, env = process.env) {
  const warnings = [];
  let codeRepo = env.GITHUB_REPOSITORY || void 0;
  let commit = env.GITHUB_SHA || void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID && codeRepo ? `${server}/${codeRepo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  if (!codeRepo || !commit) {
    const head = git(cwd, ["rev-parse", "HEAD"]);
    const origin = git(cwd, ["remote", "get-url", "origin"]);
    commit ??= head && /^[0-9a-f]{40}$/.test(head) ? head : void 0;
    codeRepo ??= origin ? repositoryFromRemote(origin) : void 0;
    if (!commit || !codeRepo) {
      warnings.push(
        "the training code is unknown (not in a git checkout with a GitHub `origin`, and GITHUB_REPOSITORY/GITHUB_SHA are not set): the card gets no lineage.code"
      );
      return { warnings };
    }
    if (git(cwd, ["status", "--porcelain", "--untracked-files=no"])) {
      warnings.push(`the checkout has uncommitted changes: lineage.code names ${codeRepo}@${commit.slice(0, 7)}, which is not exactly the code that ran`);
    }
  }
  return { codeRepo, commit, runUrl, warnings };
}
function repositoryFromRemote(url) {
  const m = /[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : void 0;
}
function git(cwd, args) {
  const result = runGit(args, { cwd });
  return result.status === 0 ? result.stdout.toString("utf8").trim() : void 0;
}

// src/app/version-files.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, extname, relative as relative2, resolve as resolve5 } from "node:path";

// src/adapters/fs/glob.ts
import { readdirSync, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join4, resolve as resolve4 } from "node:path";
function hasWildcards(pattern) {
  return /[*?]/.test(pattern);
}
function expandGlob(pattern, cwd) {
  const normalized = pattern.replace(/\\/g, "/");
  if (!hasWildcards(normalized)) {
    const path = resolve4(cwd, normalized);
    return isFile(path) ? [path] : [];
  }
  const segments = normalized.split("/");
  let start = isAbsolute2(normalized) ? "/" : cwd;
  let i = 0;
  if (isAbsolute2(normalized)) i = 1;
  while (i < segments.length - 1 && !hasWildcards(segments[i])) {
    if (segments[i] !== "" && segments[i] !== ".") start = join4(start, segments[i]);
    i++;
  }
  const rest = segments.slice(i).filter((s) => s !== "" && s !== ".");
  const found = /* @__PURE__ */ new Set();
  walk(start, rest, found);
  return [...found].sort();
}
function walk(dir, segments, found) {
  if (segments.length === 0) return;
  const [head, ...tail] = segments;
  if (head === "**") {
    walk(dir, tail, found);
    for (const entry of list3(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith(".")) walk(join4(dir, entry.name), segments, found);
    }
    return;
  }
  if (!hasWildcards(head)) {
    const path = join4(dir, head);
    if (tail.length === 0) {
      if (isFile(path)) found.add(path);
    } else {
      walk(path, tail, found);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const entry of list3(dir)) {
    if (!re.test(entry.name)) continue;
    const path = join4(dir, entry.name);
    if (tail.length === 0) {
      if (isFile(path)) found.add(path);
    } else if (entry.isDirectory()) {
      walk(path, tail, found);
    }
  }
}
function segmentRegExp(segment2) {
  let source = "";
  for (const c of segment2) {
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const hidden = segment2.startsWith(".") ? "" : "(?!\\.)";
  return new RegExp(`^${hidden}${source}$`);
}
function list3(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// src/app/version-files.ts
function readVersionFiles(options) {
  const metricsPath = resolve5(options.cwd, options.metrics);
  const metrics = { ...readSmallFile(metricsPath, "metrics", options.cwd), fileName: metricsName(metricsPath) };
  const card = options.card ? readSmallFile(resolve5(options.cwd, options.card), "card", options.cwd) : void 0;
  const modelCard = options.modelCard ? readSmallFile(resolve5(options.cwd, options.modelCard), "model card", options.cwd) : void 0;
  const artifacts = resolveArtifacts(options.artifacts, options.cwd).map((path) => measure(path, options.cwd));
  return { metrics, card, modelCard, artifacts };
}
function metricsName(path) {
  const ext = extname(path).toLowerCase();
  if (ext === ".json") return "metrics.json";
  if (ext === ".yaml" || ext === ".yml") return "metrics.yaml";
  let first;
  try {
    const fd = openSync2(path, "r");
    const buffer = Buffer.alloc(256);
    const n = readSync2(fd, buffer, 0, buffer.length, 0);
    closeSync2(fd);
    first = buffer.subarray(0, n).toString("utf8").trimStart().charAt(0);
  } catch {
    first = "";
  }
  return first === "{" ? "metrics.json" : "metrics.yaml";
}
function readSmallFile(path, what, cwd) {
  const unreadable = (error) => new RegisterInputError(`the ${what} file ${display(path, cwd)} cannot be read: ${error.code ?? error.message}`);
  let isFile2;
  try {
    isFile2 = statSync2(path).isFile();
  } catch (error) {
    throw unreadable(error);
  }
  if (!isFile2) throw new RegisterInputError(`the ${what} file ${display(path, cwd)} is not a file`);
  try {
    return { source: display(path, cwd), bytes: readDocumentBytes(path).bytes };
  } catch (error) {
    throw unreadable(error);
  }
}
function resolveArtifacts(patterns, cwd) {
  const out = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    const matched = expandGlob(pattern, cwd);
    if (!matched.length) throw new RegisterInputError(`the artifact pattern ${JSON.stringify(pattern)} matches no file (relative to ${cwd})`);
    for (const path of matched) if (!out.includes(path)) out.push(path);
  }
  return out;
}
function measure(path, cwd) {
  let fact;
  try {
    fact = hashFile(path);
  } catch (error) {
    throw new RegisterInputError(`the artifact ${display(path, cwd)} cannot be read: ${error.code ?? error.message}`);
  }
  const name = basename2(path);
  return { name, localPath: path, ...fact, mediaType: MEDIA_TYPES[extname(name).toLowerCase()] };
}
var MEDIA_TYPES = {
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".md": "text/markdown",
  ".onnx": "application/onnx",
  ".gz": "application/gzip",
  ".zip": "application/zip",
  ".tar": "application/x-tar"
};
function display(path, cwd) {
  const rel = relative2(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
function conversionLines(conversion, source, rawHint = true) {
  if (!conversion) return [];
  const what = conversion.shape === "renamed" ? "renamed by registry.yaml's metric_names" : `converted from ${SHAPE_LABELS[conversion.shape]}`;
  const hint = rawHint ? " (--metrics-format raw keeps the file as it is)" : "";
  return [`metrics ${source}: ${what}${hint}`, ...conversion.changes.map((c) => `  ${c}`)];
}
function describeBlocked(plan, input, style = PLAIN) {
  const texts = /* @__PURE__ */ new Map();
  for (const file of plan.files) texts.set(file.path, file.content);
  for (const file of [input.card, input.modelCard, input.metrics]) if (file) texts.set(file.source, new TextDecoder().decode(file.bytes));
  const lines = [];
  const problems = [...plan.problems].sort(compareProblems);
  for (const problem of problems) lines.push(formatProblem(problem, texts, plan, style));
  for (const error of plan.errors) lines.push(`error: ${error}`);
  return lines.join("\n");
}
function formatProblem(problem, texts, plan, style) {
  const source = texts.get(problem.file)?.split(/\r?\n/)[problem.line - 1];
  return formatProblemText(problem, source, style, plan.fileLabels[problem.file] ?? problem.file);
}

// src/core/output/promotion-table.ts
var VERDICT = {
  pass: { icon: "\u2705", word: "pass" },
  fail: { icon: "\u274C", word: "fail" },
  pending: { icon: "\u23F3", word: "pending" },
  reported: { icon: "\u2139\uFE0F", word: "reported" }
};
var PENDING_NOTE = "pending: decided outside the files (an owner approves the pull request; the release tag exists when the check runs)";
function heading2(change, escape2, nothing) {
  const side = (version) => version === void 0 ? nothing : escape2(version);
  return `${escape2(change.model)}: ${escape2(change.stage)} ${side(change.from)} \u2192 ${side(change.to)} (${change.kind})`;
}
function note(evaluation) {
  const { change } = evaluation;
  if (change.kind === "rollback") return `A rollback to an older version: no-regression is reported, not enforced.`;
  if (change.kind === "demotion") return `A demotion: ${change.stage} runs no version of ${change.model} after the merge; nothing is required.`;
  return void 0;
}
function promotionMarkdown(evaluation) {
  const lines = [`#### ${heading2(evaluation.change, (t) => mdText(t), "_nothing_")}`];
  const said = note(evaluation);
  if (said) lines.push("", `_${mdText(said)}_`);
  if (evaluation.requirements.length) {
    lines.push("", "| Requirement | Figure | Verdict |", "|---|---|---|");
    for (const r2 of evaluation.requirements) {
      const v = VERDICT[r2.verdict];
      lines.push(`| ${mdText(r2.requirement, 200)} | ${mdText(r2.figure, 400)} | ${v.icon} ${v.word} |`);
    }
  }
  return lines.join("\n");
}
function evaluationsMarkdown(evaluations) {
  if (!evaluations.length) return "No stage changes: no stage policy applies.";
  const pending = evaluations.some((e) => e.requirements.some((r2) => r2.verdict === "pending"));
  return [...evaluations.map(promotionMarkdown), ...pending ? [`_${mdText(PENDING_NOTE)}_`] : []].join("\n\n");
}
function promotionsMarkdown(evaluations) {
  if (!evaluations.length) return "";
  const blocked = evaluations.filter((e) => !e.allowed).length;
  const intro = blocked ? `${blocked} of ${evaluations.length} stage change(s) fail their stage's policy (the problems above say what to do).` : `Every stage change meets its stage's policy${evaluations.some((e) => e.requirements.some((r2) => r2.verdict === "pending")) ? " so far (\u23F3: decided outside the files)" : ""}.`;
  return [`### Promotions`, "", intro, ...evaluations.map((e) => `
${promotionMarkdown(e)}`)].join("\n");
}
function promotionsText(evaluations) {
  if (!evaluations.length) return "No stage changes: no stage policy applies.";
  const blocks = [];
  for (const evaluation of evaluations) {
    const lines = [heading2(evaluation.change, (t) => t, "(nothing)")];
    const said = note(evaluation);
    if (said) lines.push(`  ${said}`);
    const rows = [
      ["requirement", "figure", "verdict"],
      ...evaluation.requirements.map((r2) => [r2.requirement, r2.figure, r2.verdict === "fail" ? "FAIL" : VERDICT[r2.verdict].word])
    ];
    if (rows.length > 1) {
      const widths = [0, 1].map((i) => Math.max(...rows.map((row) => [...row[i]].length)));
      for (const row of rows) lines.push(`  ${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${row[2]}`.trimEnd());
    }
    blocks.push(lines.join("\n"));
  }
  if (evaluations.some((e) => e.requirements.some((r2) => r2.verdict === "pending"))) blocks.push(PENDING_NOTE);
  return blocks.join("\n\n");
}
function pad(text3, width) {
  return text3 + " ".repeat(Math.max(0, width - [...text3].length));
}

// src/core/text/shell-quote.ts
function shellQuote(text3) {
  return /^[A-Za-z0-9._+:@%/=-]+$/.test(text3) ? text3 : `'${text3.replace(/'/g, `'\\''`)}'`;
}

// src/core/serving/model-ref.ts
var EXAMPLES = "e.g. churn-gbm@1.2.0, churn-gbm#production, churn-gbm@latest, models:/churn-gbm@champion or models:/churn-gbm/3";
var ALIAS_RE = /^[A-Za-z0-9_-]{1,255}$/;
function parseModelRef(text3) {
  const mlflow = /^models:\/([^/@#]+)(?:@([^/@#]+)|\/([^/@#]+))$/.exec(text3);
  if (mlflow) {
    const [, model, alias, segment2] = mlflow;
    if (segment2 !== void 0 && /^[1-9]\d*$/.test(segment2)) return checked({ model, kind: "version", version: `${segment2}.0.0` }, text3);
    const stage = (alias ?? segment2).toLowerCase();
    if (stage === "latest") return checked({ model, kind: "latest" }, text3);
    if (alias !== void 0) return checked({ model, kind: "stage", stage, alias }, text3);
    return checked({ model, kind: "stage", stage }, text3);
  }
  const hash = text3.indexOf("#");
  if (hash > 0) return checked({ model: text3.slice(0, hash), kind: "stage", stage: text3.slice(hash + 1) }, text3);
  const at = text3.indexOf("@");
  if (at > 0) {
    const version = text3.slice(at + 1).replace(/^v(?=\d)/, "");
    if (version === "latest") return checked({ model: text3.slice(0, at), kind: "latest" }, text3);
    return checked({ model: text3.slice(0, at), kind: "version", version }, text3);
  }
  return { problem: `${text3}: name a version, a stage or latest (${EXAMPLES})` };
}
function checked(ref, text3) {
  if (!isValidModelName(ref.model)) return { problem: `${text3}: ${ref.model} is not a model name (${EXAMPLES})` };
  if (ref.kind === "stage" && ref.alias !== void 0) {
    if (!ALIAS_RE.test(ref.alias)) return { problem: `${text3}: ${ref.alias} is not a stage or an MLflow alias (${EXAMPLES})` };
  } else if (ref.kind === "stage" && !isValidStageName(ref.stage)) return { problem: `${text3}: ${ref.stage} is not a stage name (${EXAMPLES})` };
  if (ref.kind === "version" && !isValidVersion(ref.version)) return { problem: `${text3}: ${ref.version} is not a SemVer version such as 1.2.0 (${EXAMPLES})` };
  return { ref };
}

export {
  evaluationsMarkdown,
  promotionsMarkdown,
  promotionsText,
  checkOutputFolder,
  isHttpUrl,
  siteCommand,
  shellQuote,
  parseModelRef,
  codeOrigin,
  repositoryFromRemote,
  readVersionFiles,
  conversionLines,
  describeBlocked
};
/*! Bundled license information:

markdown-it/dist/markdown-it.mjs:
  (*! markdown-it 15.0.3 https://github.com/markdown-it/markdown-it @license MIT *)
*/
