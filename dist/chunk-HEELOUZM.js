import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  closest,
  describePath,
  didYouMean
} from "./chunk-RVFGOR2F.js";
import {
  asArray,
  atFileStart,
  atKey,
  atValue,
  buildRegistry,
  entryKindProblem,
  environmentSettings,
  hasControlCharacter,
  isRecord,
  isValidModelName,
  isValidStageName,
  isValidVersion,
  metricNumber,
  own,
  parseDuration,
  require_formats,
  require_semver,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  CARD_FILE,
  MAX_DOCUMENT_BYTES,
  METRICS_FILES,
  MONITORING_DIR,
  NAME_RULE_TEXT,
  REGISTRY_FILE,
  TAG_FORMAT_RE,
  classifyPath,
  documentKind,
  modelFile,
  versionDir
} from "./chunk-42CJQNK5.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-LQK3ML4U.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal2(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal2(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal2(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal2 = require_fast_deep_equal();
    equal2.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS2 = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS2;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS2:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS2;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName2, tags) {
      if (tagName2) {
        const match = tags.filter((t) => t.tag === tagName2);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName2} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName2, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName2?.startsWith("!!"))
        tagName2 = defaultTagPrefix + tagName2.slice(2);
      let tagObj = findTagObject(value, tagName2, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName2)
        node.tag = tagName2;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey2 = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey2, toJS.toJS(value, jsKey2, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey2);
        } else {
          const stringKey = stringifyKey(key, jsKey2, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey2, ctx) {
      if (jsKey2 === null)
        return "";
      if (typeof jsKey2 !== "object")
        return String(jsKey2);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey2);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName2 = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName2}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName2, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName2 === "!" || tagName2 === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName2)
        coll.tag = tagName2;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName2 = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName2 || tagName2 === "!" || tagName2 === YAMLMap.YAMLMap.tagName && expType === "map" || tagName2 === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName2);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName2 && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName2];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName2);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName2, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName2;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName2 = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName2)
        tag = findScalarTagByName(ctx.schema, value, tagName2, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName2)
        scalar.tag = tagName2;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName2, tagToken, onError) {
      if (tagName2 === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName2) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName2];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, tagName2 !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey: atKey2, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey2 && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey2 = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey2 && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/core/output/number-format.ts
function formatNumber(value) {
  if (value === void 0 || Number.isNaN(value)) return "\u2013";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : "-\u221E";
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\.?0+e/, "e");
  return String(Number(value.toPrecision(6)));
}
function decimalsOf(value) {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const point = mantissa.indexOf(".");
  const places = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.min(20, Math.max(0, places - (e < 0 ? 0 : Number(text.slice(e + 1)))));
}
function deltaDecimals(a, b) {
  const da = decimalsOf(a);
  const db = decimalsOf(b);
  return Math.min(Math.max(da, db), Math.min(da, db) + 1);
}
function metricDelta(current, previous) {
  const decimals = deltaDecimals(current, previous);
  const places = Math.max(decimalsOf(current), decimalsOf(previous));
  const scale = 10 ** places;
  const a = Math.round(current * scale);
  const b = Math.round(previous * scale);
  let delta;
  let digits2;
  if (places <= 15 && Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a - b)) {
    const diff = a - b;
    const units = Math.round(Math.abs(diff) / 10 ** (places - decimals));
    delta = (diff < 0 ? -units : units) / 10 ** decimals;
    const whole = String(units).padStart(decimals + 1, "0");
    digits2 = decimals ? `${whole.slice(0, whole.length - decimals)}.${whole.slice(whole.length - decimals)}` : whole;
  } else {
    delta = Number((current - previous).toFixed(decimals));
  }
  if (!Number.isFinite(delta)) return { delta, decimals, text: formatNumber(delta) };
  if (delta === 0) return { delta: 0, decimals, text: "\xB10" };
  const abs = Math.abs(delta);
  const body = abs >= 1e6 || abs < 1e-4 || digits2 === void 0 ? abs >= 1e6 || abs < 1e-4 ? formatNumber(abs) : abs.toFixed(decimals) : digits2;
  return { delta, decimals, text: `${delta > 0 ? "+" : "-"}${body}` };
}
function formatBinarySize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
function formatDecimalSize(size) {
  if (size === void 0) return "\u2013";
  if (size < 1e3) return `${size} B`;
  const units = ["kB", "MB", "GB", "TB", "PB"];
  let value = size / 1e3;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

// src/core/format/validators.generated.ts
var validators_generated_exports = {};
__export(validators_generated_exports, {
  card: () => card,
  metrics: () => metrics,
  model: () => model,
  observation: () => observation,
  registry: () => registry,
  stages: () => stages
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var formats = __toESM(require_formats(), 1);
var ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var equal = import_equal.default.default ?? import_equal.default;
var registry = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/registry.schema.json", "title": "Model registry settings (registry.yaml)", "description": "Settings of a model registry repository, stored as registry.yaml at the repository root: its name, where the catalogue is served, how release tags are named, the deployment stages and the catalogue of known metrics.", "markdownDescription": "Settings of a model registry repository, stored as `registry.yaml` at the repository root: its name, where the catalogue is served, how release tags are named, the deployment stages and the catalogue of known metrics.\n\n```yaml\nformat: 1\nname: Acme model registry\nstages: [staging, production]\nmetrics:\n  accuracy: { direction: higher, min: 0, max: 1 }\n```", "type": "object", "required": ["format", "name"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "format": { "description": "Version of the registry file format. Must be 1.", "markdownDescription": "Version of the registry file format. Must be `1`:\n\n```yaml\nformat: 1\n```", "const": 1, "examples": [1] }, "name": { "description": "Display name of the registry, shown in the catalogue and in release notes.", "markdownDescription": "Display name of the registry, shown in the catalogue and in release notes, e.g. `Acme model registry`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["Acme model registry"] }, "description": { "description": "Description of the registry (Markdown), shown on the catalogue home page.", "markdownDescription": "Description of the registry in **Markdown**, shown on the catalogue home page.", "type": "string", "examples": ["Production models of the Acme ML platform team. See the [contribution guide](CONTRIBUTING.md)."] }, "maintainers": { "description": "GitHub users or teams who maintain the registry (@user or @org/team). The command model-registry codeowners makes them the code owners of registry.yaml, of new model folders, of the CODEOWNERS file and (when the registry is the whole repository) of .github/, the workflows.", "markdownDescription": "GitHub users or teams who maintain the registry (`@user` or `@org/team`), like a model's `owners`. `model-registry codeowners` makes them the code owners of `registry.yaml`, of `models/` (so adding a model needs their approval), of the `CODEOWNERS` file and, when the registry is the whole repository, of `.github/` (the workflows); each model folder is owned by its model's `owners`.\n\n```yaml\nmaintainers:\n  - '@acme-ml/ml-platform'\n```\n\nQuote the handles in YAML: `@` cannot start a plain scalar.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A GitHub user (@user) or team (@org/team) handle.", "markdownDescription": "A GitHub user (`@user`) or team (`@org/team`) handle, e.g. `'@octocat'` or `'@acme-ml/ml-platform'`.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "patternErrorMessage": "a GitHub user or team handle: @user or @org/team, e.g. @octocat or @acme-ml/ml-platform", "examples": ["@octocat", "@acme-ml/ml-platform"] }, "examples": [["@acme-ml/ml-platform"], ["@acme-ml/ml-platform", "@octocat"]] }, "url": { "description": "The http(s) URL where the static catalogue of this registry is served, used for links in release notes and pull request comments.", "markdownDescription": "The `http(s)` URL where the static catalogue of this registry is served (e.g. GitHub Pages), used for links in release notes and pull request comments.", "type": "string", "pattern": "^https?://", "patternErrorMessage": "an http:// or https:// URL, e.g. https://acme.github.io/models/", "if": { "pattern": "^https?://" }, "then": { "format": "uri" }, "examples": ["https://acme.github.io/models/"] }, "tag_format": { "description": "Template of the Git tag (and GitHub Release) created for each model version. Must contain the placeholders {model} and {version}, and otherwise only letters, digits and . _ + @ / -. Cannot change once a version is released.", "markdownDescription": "Template of the Git tag (and GitHub Release) created for each model version. Must contain the placeholders `{model}` and `{version}`, and otherwise only letters, digits and `. _ + @ / -`; it cannot change once a version is released (the released tags would be renamed). The default `{model}@v{version}` gives tags like `sentiment-classifier@v1.2.0`.", "type": "string", "pattern": "^(?=.*\\{model\\})(?=.*\\{version\\})(?:[A-Za-z0-9._+@/-]|\\{model\\}|\\{version\\})+$", "patternErrorMessage": "a Git tag template containing both {model} and {version}, and otherwise only letters, digits and any of . _ + @ / - (characters that are safe in a git tag and a shell command), e.g. {model}@v{version} or models/{model}/{version}", "default": "{model}@v{version}", "examples": ["{model}@v{version}", "models/{model}/{version}"] }, "stages": { "description": "The deployment stages a model version can be promoted to, in promotion order. Names must be unique.", "markdownDescription": "The deployment stages a model version can be promoted to, in promotion order. Names must be unique.\n\n```yaml\nstages: [staging, production]\n```", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/stageName" }, "default": ["staging", "production"], "examples": [["staging", "production"], ["dev", "canary", "production"]] }, "metrics": { "description": "Catalogue of the metrics used by the models of this registry, keyed by metric name. Declares whether higher or lower values are better and the valid range.", "markdownDescription": "Catalogue of the metrics used by the models of this registry, keyed by metric name. Declares whether higher or lower values are better and the valid range.\n\n```yaml\nmetrics:\n  accuracy:\n    direction: higher\n    min: 0\n    max: 1\n  latency_p95_ms:\n    direction: lower\n    unit: ms\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricDefinition", "description": "Definition of the metric with this name.", "markdownDescription": "Definition of the metric with this name: `direction` (required), and optionally `min`, `max`, `unit`, `title`, `min_delta` and `description`." }, "examples": [{ "accuracy": { "direction": "higher", "min": 0, "max": 1 }, "latency_p95_ms": { "direction": "lower", "min": 0, "unit": "ms" } }] }, "metrics_catalogue": { "description": "Whether the metrics catalogue is the whole list of metrics (strict, the default: a metric or primary_metric the catalogue lacks is an error) or a list of the metrics it knows (open: other metrics are accepted unchecked; a near miss of a catalogue name is still a warning). Without a metrics catalogue, no metric name is checked.", "markdownDescription": "Whether `metrics` is the whole list of metrics the registry's cards may report (`strict`, the default: a metric or `primary_metric` the catalogue lacks is an [`uncatalogued-metric`](https://github.com/model-registry/model-registry/blob/main/docs/rules.md#uncatalogued-metric) error) or only the metrics it knows (`open`: other metrics are accepted, with no direction or range to check them by; a near miss of a catalogue name such as `acuracy` is still an `unknown-metric` warning). Without a `metrics` catalogue, no metric name is checked.\n\n```yaml\nmetrics_catalogue: open\n```", "type": "string", "enum": ["strict", "open"], "default": "strict", "examples": ["strict", "open"] }, "metric_names": { "description": "Renames metrics as training scripts name them to the catalogue's names when register and add convert a metrics file: a name as written (eval_acc) or without its split prefix (acc), mapped to a metric name.", "markdownDescription": "Renames metrics as training scripts name them to the catalogue's names when `register`, `add` and `convert-metrics` convert a metrics file: a name as written (`eval_acc`) or without its split prefix (`acc`), mapped to a metric name. The split prefix still becomes the value's `split`.\n\n```yaml\nmetric_names:\n  eval_acc: accuracy\n  roc-auc: roc_auc\n```", "type": "object", "propertyNames": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "a name as a training script writes it: up to 128 characters without control characters, e.g. eval_acc" }, "additionalProperties": { "$ref": "#/definitions/metricName", "description": "The catalogue's name for this metric.", "markdownDescription": "The catalogue's name for this metric, e.g. `accuracy`." }, "examples": [{ "eval_acc": "accuracy", "roc-auc": "roc_auc" }] }, "promotion": { "description": "What a promotion into each stage requires, keyed by stage (a stage declared in stages): after (an earlier stage first), released, approval: owners, metric gates and no_regression. Checked on pull requests that change a stages.yaml; a model.yaml may tighten it. Without it, any version may be put in any stage (except a deprecated one).", "markdownDescription": "What a promotion into each stage requires, keyed by a stage declared in `stages`. Checked on every pull request that changes a `stages.yaml` (`validate` with a base); a model's `model.yaml` may tighten it, never loosen it. Without it, any version may be put in any stage, except a deprecated one.\n\n```yaml\npromotion:\n  production:\n    after: staging\n    released: true\n    approval: owners\n    gates:\n      accuracy: {min: 0.9}\n      latency_p95_ms: {max: 120}\n    no_regression:\n      metrics: [accuracy, f1_macro]\n      tolerance: 0.005\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/stageName" }, "additionalProperties": { "$ref": "#/definitions/stagePolicy", "description": "What a promotion into this stage requires.", "markdownDescription": "What a promotion into this stage requires: `after`, `released`, `approval`, `gates`, `no_regression`." }, "examples": [{ "production": { "after": "staging", "released": true, "approval": "owners", "gates": { "accuracy": { "min": 0.9 }, "latency_p95_ms": { "max": 120 } }, "no_regression": { "metrics": ["accuracy", "f1_macro"], "tolerance": 5e-3 } } }] }, "environments": { "description": "The environments (clusters, regions, serving deployments) that serve each stage, keyed by environment name, each mapped to a stage declared in stages. A deployment job reports what an environment runs with model-registry deployed; model-registry status compares it with what the stage declares (drift).", "markdownDescription": "The environments (clusters, regions, serving deployments) that serve each stage, keyed by environment name, each mapped to a stage declared in `stages`. A deployment job reports what an environment runs with `model-registry deployed` (a GitHub Deployment in environment `<model>@<environment>`); `model-registry status` and the catalogue compare it with what the stage declares (drift).\n\n```yaml\nenvironments:\n  eu-west-prod: production\n  us-east-prod: production\n  staging-k8s: staging\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/environmentName" }, "additionalProperties": { "$ref": "#/definitions/stageName", "description": "The stage this environment serves.", "markdownDescription": "The stage this environment serves, one of `stages`, e.g. `production`." }, "examples": [{ "eu-west-prod": "production", "us-east-prod": "production", "staging-k8s": "staging" }] }, "max_drift": { "description": "How long an environment may run another version than its stage declares before model-registry status --fail-on drift fails: a whole number of minutes (m), hours (h) or days (d). Default 24h.", "markdownDescription": "How long an environment may run another version than its stage declares before `model-registry status --fail-on drift` fails: a whole number of minutes (`m`), hours (`h`) or days (`d`), e.g. `30m`, `24h`, `7d`. Default `24h`.\n\n```yaml\nmax_drift: 24h\n```", "type": "string", "pattern": "^(?:0|[1-9][0-9]{0,5})[mhd]$", "patternErrorMessage": "a duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 24h or 7d", "default": "24h", "examples": ["30m", "24h", "7d"] }, "monitoring": { "$ref": "#/definitions/monitoring", "description": "Every model's monitoring defaults, checked by model-registry audit against the observations in models/<model>/monitoring/: bounds per metric, max_silence and retrain_after. A model.yaml's monitoring overrides them key by key.", "markdownDescription": "Every model's monitoring defaults, checked by `model-registry audit` against the observations in `models/<model>/monitoring/`: bounds per metric, `max_silence` and `retrain_after`. A `model.yaml`'s `monitoring` overrides them key by key.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n  retrain_after: 90d\n```" }, "aliases": { "description": "MLflow model aliases, each mapped to the stage it stands for, so that models:/<model>@<alias> resolves to the version that runs in that stage. model-registry import mlflow --alias-stage ALIAS=STAGE adds them.", "markdownDescription": "MLflow model aliases, each mapped to the stage it stands for, so that `models:/<model>@<alias>` resolves to the version that runs in that stage (code written against MLflow's registry keeps its URIs). `model-registry import mlflow --alias-stage ALIAS=STAGE` adds them.\n\n```yaml\naliases:\n  champion: production\n  challenger: staging\n```", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,255}$", "patternErrorMessage": "an MLflow alias: 1 to 255 letters, digits, '_' or '-', e.g. champion" }, "additionalProperties": { "$ref": "#/definitions/stageName", "description": "The stage this alias stands for.", "markdownDescription": "The stage this alias stands for, one of `stages`, e.g. `production`." }, "examples": [{ "champion": "production", "challenger": "staging" }] } }, "examples": [{ "format": 1, "name": "Acme model registry", "description": "Production models of the Acme ML platform team.", "url": "https://acme.github.io/models/", "maintainers": ["@acme-ml/ml-platform"], "tag_format": "{model}@v{version}", "stages": ["staging", "production"], "environments": { "eu-west-prod": "production", "us-east-prod": "production", "staging-k8s": "staging" }, "max_drift": "24h", "metrics": { "accuracy": { "direction": "higher", "min": 0, "max": 1, "description": "Share of correctly classified examples." }, "f1_macro": { "direction": "higher", "min": 0, "max": 1 }, "latency_p95_ms": { "direction": "lower", "min": 0, "unit": "ms", "description": "95th percentile of the inference latency on the reference machine." } }, "x-team-channel": "#ml-platform" }], "definitions": { "environmentName": { "title": "EnvironmentName", "description": "An environment name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "An environment name such as `eu-west-prod` or `staging-k8s`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name. Its GitHub Deployment environment is `<model>@<environment>`.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "an environment name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. eu-west-prod", "examples": ["eu-west-prod", "staging-k8s"] }, "stageName": { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] }, "metricName": { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] }, "metricDefinition": { "title": "MetricDefinition", "description": "Definition of a metric in the registry catalogue: whether higher or lower values are better, and optionally its valid range, unit and meaning.", "markdownDescription": "Definition of a metric in the registry catalogue.\n\n```yaml\ndirection: lower\nmin: 0\nunit: ms\ndescription: 95th percentile latency\n```", "type": "object", "required": ["direction"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "direction": { "description": "Whether higher or lower values of the metric are better. Used to compare versions and flag regressions.", "markdownDescription": "Whether `higher` or `lower` values of the metric are better. Used to compare versions and flag regressions.", "enum": ["higher", "lower"], "examples": ["higher", "lower"] }, "min": { "description": "Smallest valid value of the metric, if bounded.", "markdownDescription": "Smallest valid value of the metric, if bounded (e.g. `0` for accuracy).", "type": "number", "examples": [0] }, "max": { "description": "Largest valid value of the metric, if bounded.", "markdownDescription": "Largest valid value of the metric, if bounded (e.g. `1` for accuracy).", "type": "number", "examples": [1, 100] }, "unit": { "description": "Unit of the metric values, shown next to them in the catalogue.", "markdownDescription": "Unit of the metric values, shown next to them in the catalogue, e.g. `ms`, `%`, `MB`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["ms", "%", "MB"] }, "title": { "description": "The metric's name as people read it, used in the review, release notes, catalogue and CLI text; the metric's key stays its id in files and JSON.", "markdownDescription": "The metric's name as people read it (e.g. `ROC AUC`, `p95 latency`), used in the review, release notes, catalogue and CLI text; the metric's key stays its id in files and JSON.", "type": "string", "minLength": 1, "maxLength": 80, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["ROC AUC", "p95 latency"] }, "min_delta": { "description": "The smallest difference between two versions that means something: a smaller change is reported as within noise, neither better nor worse.", "markdownDescription": "The smallest difference between two versions that means something, in the metric's unit: a smaller change is reported as *within noise*, neither better nor worse (e.g. `0.005` for accuracy).", "type": "number", "exclusiveMinimum": 0, "examples": [5e-3, 2] }, "description": { "description": "What the metric measures (Markdown), shown in the catalogue.", "markdownDescription": "What the metric measures, in **Markdown**, shown in the catalogue.", "type": "string", "examples": ["Share of correctly classified examples."] } } }, "stagePolicy": { "title": "StagePolicy", "description": "What a promotion into a stage requires: an earlier stage first, a release, metric gates, no regression against the version the stage runs, and an owner's approval. Checked on every pull request that changes the stage in a stages.yaml.", "markdownDescription": "What a promotion into a stage requires. Checked on every pull request that changes the stage in a `stages.yaml` (existing assignments are never judged again); each failing requirement is an error on that `stages.yaml` line.\n\n```yaml\nafter: staging\nreleased: true\napproval: owners\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "after": { "$ref": "#/definitions/stageName", "description": "The stage the version must have been in on the default branch before (enforced stage order). Must be another declared stage.", "markdownDescription": "The stage the version must have been in on the default branch before it can enter this one (enforced stage order), e.g. `staging` for `production`. Must be another stage declared in `stages`." }, "released": { "description": "Whether the version must have its release (its git tag) before it can enter this stage.", "markdownDescription": "`true`: the version must have its release (its git tag, made by the release workflow when the version is merged) before it can enter this stage.", "type": "boolean", "examples": [true] }, "approval": { "description": "owners: the pull request needs an approving review from one of the model's owners (a listed user, or a member of a listed team).", "markdownDescription": "`owners`: the pull request needs an approving review from one of the model's `owners` (a listed `@user`, or a member of a listed `@org/team`). The author's own review never counts.", "enum": ["owners"], "examples": ["owners"] }, "gates": { "description": "Metric thresholds the version's metrics file must meet, keyed by metric name: min (at least) and/or max (at most).", "markdownDescription": "Metric thresholds the version's metrics file must meet, keyed by metric name: `min` (at least) and/or `max` (at most). A missing metric fails its gate.\n\n```yaml\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricGate", "description": "The bounds this metric must meet.", "markdownDescription": "The bounds this metric must meet: `min` and/or `max`, e.g. `{min: 0.9}`." }, "examples": [{ "accuracy": { "min": 0.9 }, "latency_p95_ms": { "max": 120 } }] }, "no_regression": { "description": "Metrics that must not get worse than in the version the stage runs now (by each metric's direction in the catalogue), beyond an absolute tolerance. Where both values have a confidence interval and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.", "markdownDescription": "Metrics that must not get worse than in the version the stage runs now (by each metric's `direction` in the catalogue), beyond an absolute `tolerance`. Where both values have a confidence interval (`ci`) and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.\n\n```yaml\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "required": ["metrics"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "The metrics compared; each must be in registry.yaml's metrics catalogue (its direction says which way is worse).", "markdownDescription": "The metrics compared; each must be in `metrics` of `registry.yaml`, whose `direction` says which way is worse.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/metricName" }, "examples": [["accuracy", "f1_macro"]] }, "tolerance": { "description": "How much worse a metric may be, in the metric's own units (absolute). Default 0.", "markdownDescription": "How much worse a metric may be, in the metric's own units (absolute, not a percentage), e.g. `0.005`. Default `0`.", "type": "number", "minimum": 0, "default": 0, "examples": [5e-3] } }, "examples": [{ "metrics": ["accuracy", "f1_macro"], "tolerance": 5e-3 }] } }, "examples": [{ "after": "staging", "released": true, "approval": "owners", "gates": { "accuracy": { "min": 0.9 } }, "no_regression": { "metrics": ["accuracy"], "tolerance": 5e-3 } }] }, "metricGate": { "title": "MetricGate", "description": "Bounds a metric must meet: min (the value must be at least this) and/or max (at most this).", "markdownDescription": "Bounds a metric must meet: `min` (the value must be at least this) and/or `max` (at most this), e.g. `{min: 0.9}` or `{max: 120}`.", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "The metric must be at least this.", "markdownDescription": "The metric must be at least this, e.g. `0.9`.", "type": "number", "examples": [0.9] }, "max": { "description": "The metric must be at most this.", "markdownDescription": "The metric must be at most this, e.g. `120`.", "type": "number", "examples": [120] } }, "examples": [{ "min": 0.9 }, { "max": 120 }] }, "monitoring": { "title": "Monitoring", "description": "What model-registry audit checks of the production observations in models/<model>/monitoring/: bounds per metric, the longest a stage may go without an observation (max_silence), and how old the newest version may get before it is overdue for retraining (retrain_after). registry.yaml's are every model's defaults; a model.yaml's override them key by key.", "markdownDescription": "What `model-registry audit` checks of the production observations in `models/<model>/monitoring/`: bounds per metric (`metrics`), the longest a stage may run a version without a new observation (`max_silence`), and how old the newest version (its card's `created`) may get before the model is overdue for retraining (`retrain_after`). `registry.yaml`'s are every model's defaults; a `model.yaml`'s override them key by key (each bound of each metric, `max_silence`, `retrain_after`). Without `max_silence` there is no silence check; without `retrain_after`, no retraining check.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n  retrain_after: 90d\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "Bounds per metric, keyed by metric name (a metric of registry.yaml's catalogue).", "markdownDescription": "Bounds per metric, keyed by a metric name of `registry.yaml`'s catalogue: `min`, `max`, `max_drop`.\n\n```yaml\nmetrics:\n  accuracy: {min: 0.88, max_drop: 0.03}\n  latency_p95_ms: {max: 150}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/monitor", "description": "The bounds this metric's observations must keep.", "markdownDescription": "The bounds this metric's observations must keep: `min`, `max`, `max_drop`." }, "examples": [{ "accuracy": { "min": 0.88, "max_drop": 0.03 }, "latency_p95_ms": { "max": 150 } }] }, "max_silence": { "$ref": "#/definitions/duration", "description": "The longest a stage may run a version without a new observation of it, e.g. 7d. No silence check without it.", "markdownDescription": "The longest a stage may run a version without a new observation of it (any metric), e.g. `7d`. No silence check without it." }, "retrain_after": { "$ref": "#/definitions/duration", "description": "How old the newest version (its card's created) may get before the model is overdue for retraining, e.g. 90d.", "markdownDescription": "How old the newest version (its card's `created`) may get before the model is overdue for retraining, e.g. `90d`." }, "observe": { "description": "How model-registry observe --registry (and command: observe) writes observations to the registry repository: commit (the default: one commit to the default branch, no review) or pull-request (a pull request to review and merge). A model.yaml's setting overrides registry.yaml's for that model.", "markdownDescription": "How `model-registry observe --registry` (and `command: observe`) writes observations to the registry repository: `commit` (the default: one commit to the default branch, no review; observations are data, not decisions) or `pull-request` (a pull request to review and merge, for a branch protection that allows no direct pushes). A `model.yaml`'s setting overrides `registry.yaml`'s for that model. A local `observe` always writes to the working tree.\n\n```yaml\nmonitoring:\n  observe: pull-request\n```", "type": "string", "enum": ["commit", "pull-request"], "default": "commit", "examples": ["pull-request"] } }, "examples": [{ "metrics": { "accuracy": { "min": 0.88, "max_drop": 0.03 } }, "max_silence": "7d", "retrain_after": "90d" }] }, "monitor": { "title": "Monitor", "description": "Bounds a metric's production observations must keep: min (at least), max (at most) and max_drop (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its direction in the catalogue).", "markdownDescription": "Bounds a metric's production observations (`models/<model>/monitoring/`) must keep, judged on the newest observation of each version, segment and environment by `model-registry audit`: `min` (at least), `max` (at most) and `max_drop` (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its `direction` in the catalogue).\n\n```yaml\naccuracy: {min: 0.88, max_drop: 0.03}\n```", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "An observation must be at least this.", "markdownDescription": "An observation must be at least this, e.g. `0.88`.", "type": "number", "examples": [0.88] }, "max": { "description": "An observation must be at most this.", "markdownDescription": "An observation must be at most this, e.g. `150` (milliseconds).", "type": "number", "examples": [150] }, "max_drop": { "description": "How much worse than the version's registered value an observation may be, in the metric's own units (absolute), by the metric's direction in the catalogue.", "markdownDescription": "How much worse than the value the version was registered with (its metrics file) an observation may be, in the metric's own units (absolute, not a percentage), by the metric's `direction` in the catalogue, e.g. `0.03`.", "type": "number", "minimum": 0, "examples": [0.03] } }, "examples": [{ "min": 0.88, "max_drop": 0.03 }, { "max": 150 }] }, "duration": { "title": "Duration", "description": "A duration: a whole number of minutes (m), hours (h) or days (d).", "markdownDescription": "A duration: a whole number of minutes (`m`), hours (`h`) or days (`d`), e.g. `30m`, `24h`, `7d`, `90d`.", "type": "string", "pattern": "^(?:0|[1-9][0-9]{0,5})[mhd]$", "patternErrorMessage": "a duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 24h, 7d or 90d", "examples": ["7d", "24h", "90d"] } } };
var schema12 = { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] };
var schema13 = { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] };
var schema14 = { "title": "MetricDefinition", "description": "Definition of a metric in the registry catalogue: whether higher or lower values are better, and optionally its valid range, unit and meaning.", "markdownDescription": "Definition of a metric in the registry catalogue.\n\n```yaml\ndirection: lower\nmin: 0\nunit: ms\ndescription: 95th percentile latency\n```", "type": "object", "required": ["direction"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "direction": { "description": "Whether higher or lower values of the metric are better. Used to compare versions and flag regressions.", "markdownDescription": "Whether `higher` or `lower` values of the metric are better. Used to compare versions and flag regressions.", "enum": ["higher", "lower"], "examples": ["higher", "lower"] }, "min": { "description": "Smallest valid value of the metric, if bounded.", "markdownDescription": "Smallest valid value of the metric, if bounded (e.g. `0` for accuracy).", "type": "number", "examples": [0] }, "max": { "description": "Largest valid value of the metric, if bounded.", "markdownDescription": "Largest valid value of the metric, if bounded (e.g. `1` for accuracy).", "type": "number", "examples": [1, 100] }, "unit": { "description": "Unit of the metric values, shown next to them in the catalogue.", "markdownDescription": "Unit of the metric values, shown next to them in the catalogue, e.g. `ms`, `%`, `MB`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["ms", "%", "MB"] }, "title": { "description": "The metric's name as people read it, used in the review, release notes, catalogue and CLI text; the metric's key stays its id in files and JSON.", "markdownDescription": "The metric's name as people read it (e.g. `ROC AUC`, `p95 latency`), used in the review, release notes, catalogue and CLI text; the metric's key stays its id in files and JSON.", "type": "string", "minLength": 1, "maxLength": 80, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["ROC AUC", "p95 latency"] }, "min_delta": { "description": "The smallest difference between two versions that means something: a smaller change is reported as within noise, neither better nor worse.", "markdownDescription": "The smallest difference between two versions that means something, in the metric's unit: a smaller change is reported as *within noise*, neither better nor worse (e.g. `0.005` for accuracy).", "type": "number", "exclusiveMinimum": 0, "examples": [5e-3, 2] }, "description": { "description": "What the metric measures (Markdown), shown in the catalogue.", "markdownDescription": "What the metric measures, in **Markdown**, shown in the catalogue.", "type": "string", "examples": ["Share of correctly classified examples."] } } };
var schema22 = { "title": "EnvironmentName", "description": "An environment name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "An environment name such as `eu-west-prod` or `staging-k8s`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name. Its GitHub Deployment environment is `<model>@<environment>`.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "an environment name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. eu-west-prod", "examples": ["eu-west-prod", "staging-k8s"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var func0 = equal;
var pattern0 = new RegExp("^x-", "u");
var pattern1 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "u");
var pattern2 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "u");
var pattern3 = new RegExp("^https?://", "u");
var pattern5 = new RegExp("^(?=.*\\{model\\})(?=.*\\{version\\})(?:[A-Za-z0-9._+@/-]|\\{model\\}|\\{version\\})+$", "u");
var pattern6 = new RegExp("^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "u");
var pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "u");
var pattern22 = new RegExp("^(?:0|[1-9][0-9]{0,5})[mhd]$", "u");
var pattern28 = new RegExp("^[A-Za-z0-9_-]{1,255}$", "u");
var formats0 = formats.fullFormats.uri;
var schema17 = { "title": "StagePolicy", "description": "What a promotion into a stage requires: an earlier stage first, a release, metric gates, no regression against the version the stage runs, and an owner's approval. Checked on every pull request that changes the stage in a stages.yaml.", "markdownDescription": "What a promotion into a stage requires. Checked on every pull request that changes the stage in a `stages.yaml` (existing assignments are never judged again); each failing requirement is an error on that `stages.yaml` line.\n\n```yaml\nafter: staging\nreleased: true\napproval: owners\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "after": { "$ref": "#/definitions/stageName", "description": "The stage the version must have been in on the default branch before (enforced stage order). Must be another declared stage.", "markdownDescription": "The stage the version must have been in on the default branch before it can enter this one (enforced stage order), e.g. `staging` for `production`. Must be another stage declared in `stages`." }, "released": { "description": "Whether the version must have its release (its git tag) before it can enter this stage.", "markdownDescription": "`true`: the version must have its release (its git tag, made by the release workflow when the version is merged) before it can enter this stage.", "type": "boolean", "examples": [true] }, "approval": { "description": "owners: the pull request needs an approving review from one of the model's owners (a listed user, or a member of a listed team).", "markdownDescription": "`owners`: the pull request needs an approving review from one of the model's `owners` (a listed `@user`, or a member of a listed `@org/team`). The author's own review never counts.", "enum": ["owners"], "examples": ["owners"] }, "gates": { "description": "Metric thresholds the version's metrics file must meet, keyed by metric name: min (at least) and/or max (at most).", "markdownDescription": "Metric thresholds the version's metrics file must meet, keyed by metric name: `min` (at least) and/or `max` (at most). A missing metric fails its gate.\n\n```yaml\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricGate", "description": "The bounds this metric must meet.", "markdownDescription": "The bounds this metric must meet: `min` and/or `max`, e.g. `{min: 0.9}`." }, "examples": [{ "accuracy": { "min": 0.9 }, "latency_p95_ms": { "max": 120 } }] }, "no_regression": { "description": "Metrics that must not get worse than in the version the stage runs now (by each metric's direction in the catalogue), beyond an absolute tolerance. Where both values have a confidence interval and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.", "markdownDescription": "Metrics that must not get worse than in the version the stage runs now (by each metric's `direction` in the catalogue), beyond an absolute `tolerance`. Where both values have a confidence interval (`ci`) and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.\n\n```yaml\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "required": ["metrics"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "The metrics compared; each must be in registry.yaml's metrics catalogue (its direction says which way is worse).", "markdownDescription": "The metrics compared; each must be in `metrics` of `registry.yaml`, whose `direction` says which way is worse.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/metricName" }, "examples": [["accuracy", "f1_macro"]] }, "tolerance": { "description": "How much worse a metric may be, in the metric's own units (absolute). Default 0.", "markdownDescription": "How much worse a metric may be, in the metric's own units (absolute, not a percentage), e.g. `0.005`. Default `0`.", "type": "number", "minimum": 0, "default": 0, "examples": [5e-3] } }, "examples": [{ "metrics": ["accuracy", "f1_macro"], "tolerance": 5e-3 }] } }, "examples": [{ "after": "staging", "released": true, "approval": "owners", "gates": { "accuracy": { "min": 0.9 } }, "no_regression": { "metrics": ["accuracy"], "tolerance": 5e-3 } }] };
var schema20 = { "title": "MetricGate", "description": "Bounds a metric must meet: min (the value must be at least this) and/or max (at most this).", "markdownDescription": "Bounds a metric must meet: `min` (the value must be at least this) and/or `max` (at most this), e.g. `{min: 0.9}` or `{max: 120}`.", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "The metric must be at least this.", "markdownDescription": "The metric must be at least this, e.g. `0.9`.", "type": "number", "examples": [0.9] }, "max": { "description": "The metric must be at most this.", "markdownDescription": "The metric must be at most this, e.g. `120`.", "type": "number", "examples": [120] } }, "examples": [{ "min": 0.9 }, { "max": 120 }] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "after" || key0 === "released" || key0 === "approval" || key0 === "gates" || key0 === "no_regression" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.after !== void 0) {
      let data0 = data.after;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err1 = { instancePath: instancePath + "/after", schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/after", schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.released !== void 0) {
      let data1 = data.released;
      if (typeof data1 !== "boolean") {
        const err3 = { instancePath: instancePath + "/released", schemaPath: "#/properties/released/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.released.type, parentSchema: schema17.properties.released, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data2 = data.approval;
      if (!(data2 === "owners")) {
        const err4 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/enum", keyword: "enum", params: { allowedValues: schema17.properties.approval.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.approval.enum, parentSchema: schema17.properties.approval, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data3 = data.gates;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern7.test(key1)) {
              const err5 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema13, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema17.properties.gates.propertyNames, parentSchema: schema17.properties.gates, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length < 1) {
              const err8 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema20, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key3 in data4) {
              if (!(key3 === "min" || key3 === "max" || pattern0.test(key3))) {
                const err9 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.min !== void 0) {
              let data5 = data4.min;
              if (!(typeof data5 == "number" && isFinite(data5))) {
                const err10 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/metricGate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.min.type, parentSchema: schema20.properties.min, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.max !== void 0) {
              let data6 = data4.max;
              if (!(typeof data6 == "number" && isFinite(data6))) {
                const err11 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/metricGate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.max.type, parentSchema: schema20.properties.max, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.gates.type, parentSchema: schema17.properties.gates, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.no_regression !== void 0) {
      let data7 = data.no_regression;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.metrics === void 0) {
          const err14 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema17.properties.no_regression.required, parentSchema: schema17.properties.no_regression, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key4 in data7) {
          if (!(key4 === "metrics" || key4 === "tolerance" || pattern0.test(key4))) {
            const err15 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.no_regression, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data7.metrics !== void 0) {
          let data8 = data7.metrics;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err16 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.properties.no_regression.properties.metrics, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 === "string") {
                if (!pattern7.test(data9)) {
                  const err17 = { instancePath: instancePath + "/no_regression/metrics/" + i0, schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema13, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/no_regression/metrics/" + i0, schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            let i1 = data8.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data8[i1], data8[j0])) {
                    const err19 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema17.properties.no_regression.properties.metrics, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.no_regression.properties.metrics.type, parentSchema: schema17.properties.no_regression.properties.metrics, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.tolerance !== void 0) {
          let data10 = data7.tolerance;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err21 = { instancePath: instancePath + "/no_regression/tolerance", schemaPath: "#/properties/no_regression/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.no_regression.properties.tolerance, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/no_regression/tolerance", schemaPath: "#/properties/no_regression/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.no_regression.properties.tolerance.type, parentSchema: schema17.properties.no_regression.properties.tolerance, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.no_regression.type, parentSchema: schema17.properties.no_regression, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema24 = { "title": "Monitoring", "description": "What model-registry audit checks of the production observations in models/<model>/monitoring/: bounds per metric, the longest a stage may go without an observation (max_silence), and how old the newest version may get before it is overdue for retraining (retrain_after). registry.yaml's are every model's defaults; a model.yaml's override them key by key.", "markdownDescription": "What `model-registry audit` checks of the production observations in `models/<model>/monitoring/`: bounds per metric (`metrics`), the longest a stage may run a version without a new observation (`max_silence`), and how old the newest version (its card's `created`) may get before the model is overdue for retraining (`retrain_after`). `registry.yaml`'s are every model's defaults; a `model.yaml`'s override them key by key (each bound of each metric, `max_silence`, `retrain_after`). Without `max_silence` there is no silence check; without `retrain_after`, no retraining check.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n  retrain_after: 90d\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "Bounds per metric, keyed by metric name (a metric of registry.yaml's catalogue).", "markdownDescription": "Bounds per metric, keyed by a metric name of `registry.yaml`'s catalogue: `min`, `max`, `max_drop`.\n\n```yaml\nmetrics:\n  accuracy: {min: 0.88, max_drop: 0.03}\n  latency_p95_ms: {max: 150}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/monitor", "description": "The bounds this metric's observations must keep.", "markdownDescription": "The bounds this metric's observations must keep: `min`, `max`, `max_drop`." }, "examples": [{ "accuracy": { "min": 0.88, "max_drop": 0.03 }, "latency_p95_ms": { "max": 150 } }] }, "max_silence": { "$ref": "#/definitions/duration", "description": "The longest a stage may run a version without a new observation of it, e.g. 7d. No silence check without it.", "markdownDescription": "The longest a stage may run a version without a new observation of it (any metric), e.g. `7d`. No silence check without it." }, "retrain_after": { "$ref": "#/definitions/duration", "description": "How old the newest version (its card's created) may get before the model is overdue for retraining, e.g. 90d.", "markdownDescription": "How old the newest version (its card's `created`) may get before the model is overdue for retraining, e.g. `90d`." }, "observe": { "description": "How model-registry observe --registry (and command: observe) writes observations to the registry repository: commit (the default: one commit to the default branch, no review) or pull-request (a pull request to review and merge). A model.yaml's setting overrides registry.yaml's for that model.", "markdownDescription": "How `model-registry observe --registry` (and `command: observe`) writes observations to the registry repository: `commit` (the default: one commit to the default branch, no review; observations are data, not decisions) or `pull-request` (a pull request to review and merge, for a branch protection that allows no direct pushes). A `model.yaml`'s setting overrides `registry.yaml`'s for that model. A local `observe` always writes to the working tree.\n\n```yaml\nmonitoring:\n  observe: pull-request\n```", "type": "string", "enum": ["commit", "pull-request"], "default": "commit", "examples": ["pull-request"] } }, "examples": [{ "metrics": { "accuracy": { "min": 0.88, "max_drop": 0.03 } }, "max_silence": "7d", "retrain_after": "90d" }] };
var schema26 = { "title": "Monitor", "description": "Bounds a metric's production observations must keep: min (at least), max (at most) and max_drop (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its direction in the catalogue).", "markdownDescription": "Bounds a metric's production observations (`models/<model>/monitoring/`) must keep, judged on the newest observation of each version, segment and environment by `model-registry audit`: `min` (at least), `max` (at most) and `max_drop` (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its `direction` in the catalogue).\n\n```yaml\naccuracy: {min: 0.88, max_drop: 0.03}\n```", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "An observation must be at least this.", "markdownDescription": "An observation must be at least this, e.g. `0.88`.", "type": "number", "examples": [0.88] }, "max": { "description": "An observation must be at most this.", "markdownDescription": "An observation must be at most this, e.g. `150` (milliseconds).", "type": "number", "examples": [150] }, "max_drop": { "description": "How much worse than the version's registered value an observation may be, in the metric's own units (absolute), by the metric's direction in the catalogue.", "markdownDescription": "How much worse than the value the version was registered with (its metrics file) an observation may be, in the metric's own units (absolute, not a percentage), by the metric's `direction` in the catalogue, e.g. `0.03`.", "type": "number", "minimum": 0, "examples": [0.03] } }, "examples": [{ "min": 0.88, "max_drop": 0.03 }, { "max": 150 }] };
var schema27 = { "title": "Duration", "description": "A duration: a whole number of minutes (m), hours (h) or days (d).", "markdownDescription": "A duration: a whole number of minutes (`m`), hours (`h`) or days (`d`), e.g. `30m`, `24h`, `7d`, `90d`.", "type": "string", "pattern": "^(?:0|[1-9][0-9]{0,5})[mhd]$", "patternErrorMessage": "a duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 24h, 7d or 90d", "examples": ["7d", "24h", "90d"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metrics" || key0 === "max_silence" || key0 === "retrain_after" || key0 === "observe" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data0 = data.metrics;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern7.test(key1)) {
              const err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema13, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema24.properties.metrics.propertyNames, parentSchema: schema24.properties.metrics, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length < 1) {
              const err4 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema26, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(key3 === "min" || key3 === "max" || key3 === "max_drop" || pattern0.test(key3))) {
                const err5 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.min !== void 0) {
              let data2 = data1.min;
              if (!(typeof data2 == "number" && isFinite(data2))) {
                const err6 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/monitor/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.min.type, parentSchema: schema26.properties.min, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.max !== void 0) {
              let data3 = data1.max;
              if (!(typeof data3 == "number" && isFinite(data3))) {
                const err7 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/monitor/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.max.type, parentSchema: schema26.properties.max, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.max_drop !== void 0) {
              let data4 = data1.max_drop;
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err8 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/definitions/monitor/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.max_drop, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/definitions/monitor/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.max_drop.type, parentSchema: schema26.properties.max_drop, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.metrics.type, parentSchema: schema24.properties.metrics, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max_silence !== void 0) {
      let data5 = data.max_silence;
      if (typeof data5 === "string") {
        if (!pattern22.test(data5)) {
          const err12 = { instancePath: instancePath + "/max_silence", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:0|[1-9][0-9]{0,5})[mhd]$" }, message: 'must match pattern "^(?:0|[1-9][0-9]{0,5})[mhd]$"', schema: "^(?:0|[1-9][0-9]{0,5})[mhd]$", parentSchema: schema27, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/max_silence", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.retrain_after !== void 0) {
      let data6 = data.retrain_after;
      if (typeof data6 === "string") {
        if (!pattern22.test(data6)) {
          const err14 = { instancePath: instancePath + "/retrain_after", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:0|[1-9][0-9]{0,5})[mhd]$" }, message: 'must match pattern "^(?:0|[1-9][0-9]{0,5})[mhd]$"', schema: "^(?:0|[1-9][0-9]{0,5})[mhd]$", parentSchema: schema27, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/retrain_after", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.observe !== void 0) {
      let data7 = data.observe;
      if (typeof data7 !== "string") {
        const err16 = { instancePath: instancePath + "/observe", schemaPath: "#/properties/observe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.observe.type, parentSchema: schema24.properties.observe, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data7 === "commit" || data7 === "pull-request")) {
        const err17 = { instancePath: instancePath + "/observe", schemaPath: "#/properties/observe/enum", keyword: "enum", params: { allowedValues: schema24.properties.observe.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.observe.enum, parentSchema: schema24.properties.observe, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema11.properties, key0) || pattern0.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if (1 !== data0) {
        const err3 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.maintainers !== void 0) {
      let data3 = data.maintainers;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = { instancePath: instancePath + "/maintainers", schemaPath: "#/properties/maintainers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.maintainers, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern2.test(data4)) {
              const err9 = { instancePath: instancePath + "/maintainers/" + i0, schemaPath: "#/properties/maintainers/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema11.properties.maintainers.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/maintainers/" + i0, schemaPath: "#/properties/maintainers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.maintainers.items.type, parentSchema: schema11.properties.maintainers.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err11 = { instancePath: instancePath + "/maintainers", schemaPath: "#/properties/maintainers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.maintainers, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/maintainers", schemaPath: "#/properties/maintainers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.maintainers.type, parentSchema: schema11.properties.maintainers, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data5 = data.url;
      const _errs13 = errors;
      let valid4 = true;
      const _errs14 = errors;
      if (typeof data5 === "string") {
        if (!pattern3.test(data5)) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      var _valid0 = _errs14 === errors;
      errors = _errs13;
      if (vErrors !== null) {
        if (_errs13) {
          vErrors.length = _errs13;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs15 = errors;
        if (typeof data5 === "string") {
          if (!formats0(data5)) {
            const err14 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/then/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.url.then, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        var _valid0 = _errs15 === errors;
        valid4 = _valid0;
      }
      if (!valid4) {
        const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.properties.url.if, parentSchema: schema11.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern3.test(data5)) {
          const err16 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.url, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.url.type, parentSchema: schema11.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tag_format !== void 0) {
      let data6 = data.tag_format;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err18 = { instancePath: instancePath + "/tag_format", schemaPath: "#/properties/tag_format/pattern", keyword: "pattern", params: { pattern: "^(?=.*\\{model\\})(?=.*\\{version\\})(?:[A-Za-z0-9._+@/-]|\\{model\\}|\\{version\\})+$" }, message: 'must match pattern "^(?=.*\\{model\\})(?=.*\\{version\\})(?:[A-Za-z0-9._+@/-]|\\{model\\}|\\{version\\})+$"', schema: "^(?=.*\\{model\\})(?=.*\\{version\\})(?:[A-Za-z0-9._+@/-]|\\{model\\}|\\{version\\})+$", parentSchema: schema11.properties.tag_format, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/tag_format", schemaPath: "#/properties/tag_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tag_format.type, parentSchema: schema11.properties.tag_format, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data7 = data.stages;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err20 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.stages, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (!pattern6.test(data8)) {
              const err21 = { instancePath: instancePath + "/stages/" + i2, schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema12, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/stages/" + i2, schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i3 = data7.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data7[i3], data7[j1])) {
                const err23 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.stages, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.stages.type, parentSchema: schema11.properties.stages, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data9 = data.metrics;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          const _errs25 = errors;
          if (typeof key1 === "string") {
            if (!pattern7.test(key1)) {
              const err25 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema13, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var valid9 = _errs25 === errors;
          if (!valid9) {
            const err27 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.metrics.propertyNames, parentSchema: schema11.properties.metrics, data: data9 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.direction === void 0) {
              const err28 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricDefinition/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema14.required, parentSchema: schema14, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key3 in data10) {
              if (!(key3 === "direction" || key3 === "min" || key3 === "max" || key3 === "unit" || key3 === "title" || key3 === "min_delta" || key3 === "description" || pattern0.test(key3))) {
                const err29 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricDefinition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.direction !== void 0) {
              let data11 = data10.direction;
              if (!(data11 === "higher" || data11 === "lower")) {
                const err30 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/definitions/metricDefinition/properties/direction/enum", keyword: "enum", params: { allowedValues: schema14.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.direction.enum, parentSchema: schema14.properties.direction, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data10.min !== void 0) {
              let data12 = data10.min;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err31 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/metricDefinition/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.min.type, parentSchema: schema14.properties.min, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.max !== void 0) {
              let data13 = data10.max;
              if (!(typeof data13 == "number" && isFinite(data13))) {
                const err32 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/metricDefinition/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.max.type, parentSchema: schema14.properties.max, data: data13 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data10.unit !== void 0) {
              let data14 = data10.unit;
              if (typeof data14 === "string") {
                if (func3(data14) < 1) {
                  const err33 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/definitions/metricDefinition/properties/unit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.unit, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (!pattern1.test(data14)) {
                  const err34 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/definitions/metricDefinition/properties/unit/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema14.properties.unit, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/definitions/metricDefinition/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.unit.type, parentSchema: schema14.properties.unit, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data10.title !== void 0) {
              let data15 = data10.title;
              if (typeof data15 === "string") {
                if (func3(data15) > 80) {
                  const err36 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/metricDefinition/properties/title/maxLength", keyword: "maxLength", params: { limit: 80 }, message: "must NOT have more than 80 characters", schema: 80, parentSchema: schema14.properties.title, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func3(data15) < 1) {
                  const err37 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/metricDefinition/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.title, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (!pattern1.test(data15)) {
                  const err38 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/metricDefinition/properties/title/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema14.properties.title, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/metricDefinition/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.title.type, parentSchema: schema14.properties.title, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data10.min_delta !== void 0) {
              let data16 = data10.min_delta;
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 <= 0 || isNaN(data16)) {
                  const err40 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_delta", schemaPath: "#/definitions/metricDefinition/properties/min_delta/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14.properties.min_delta, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_delta", schemaPath: "#/definitions/metricDefinition/properties/min_delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.min_delta.type, parentSchema: schema14.properties.min_delta, data: data16 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data10.description !== void 0) {
              let data17 = data10.description;
              if (typeof data17 !== "string") {
                const err42 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/metricDefinition/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.description.type, parentSchema: schema14.properties.description, data: data17 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricDefinition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data10 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data9 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.metrics_catalogue !== void 0) {
      let data18 = data.metrics_catalogue;
      if (typeof data18 !== "string") {
        const err45 = { instancePath: instancePath + "/metrics_catalogue", schemaPath: "#/properties/metrics_catalogue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics_catalogue.type, parentSchema: schema11.properties.metrics_catalogue, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (!(data18 === "strict" || data18 === "open")) {
        const err46 = { instancePath: instancePath + "/metrics_catalogue", schemaPath: "#/properties/metrics_catalogue/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics_catalogue.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics_catalogue.enum, parentSchema: schema11.properties.metrics_catalogue, data: data18 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.metric_names !== void 0) {
      let data19 = data.metric_names;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key4 in data19) {
          const _errs50 = errors;
          if (typeof key4 === "string") {
            if (func3(key4) > 128) {
              const err47 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema11.properties.metric_names.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (func3(key4) < 1) {
              const err48 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metric_names.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern1.test(key4)) {
              const err49 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema11.properties.metric_names.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metric_names.propertyNames.type, parentSchema: schema11.properties.metric_names.propertyNames, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid14 = _errs50 === errors;
          if (!valid14) {
            const err51 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.metric_names.propertyNames, parentSchema: schema11.properties.metric_names, data: data19 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key5 in data19) {
          let data20 = data19[key5];
          if (typeof data20 === "string") {
            if (!pattern7.test(data20)) {
              const err52 = { instancePath: instancePath + "/metric_names/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema13, data: data20 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/metric_names/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data20 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/metric_names", schemaPath: "#/properties/metric_names/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metric_names.type, parentSchema: schema11.properties.metric_names, data: data19 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.promotion !== void 0) {
      let data21 = data.promotion;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key6 in data21) {
          const _errs58 = errors;
          if (typeof key6 === "string") {
            if (!pattern6.test(key6)) {
              const err55 = { instancePath: instancePath + "/promotion", schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema12, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/promotion", schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key6, propertyName: key6 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var valid17 = _errs58 === errors;
          if (!valid17) {
            const err57 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema11.properties.promotion.propertyNames, parentSchema: schema11.properties.promotion, data: data21 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        for (const key7 in data21) {
          if (!validate11(data21[key7], { instancePath: instancePath + "/promotion/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data21, parentDataProperty: key7, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.promotion.type, parentSchema: schema11.properties.promotion, data: data21 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data23 = data.environments;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key8 in data23) {
          const _errs65 = errors;
          if (typeof key8 === "string") {
            if (!pattern6.test(key8)) {
              const err59 = { instancePath: instancePath + "/environments", schemaPath: "#/definitions/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema22, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/environments", schemaPath: "#/definitions/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data: key8, propertyName: key8 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var valid20 = _errs65 === errors;
          if (!valid20) {
            const err61 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties.environments.propertyNames, parentSchema: schema11.properties.environments, data: data23 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        for (const key9 in data23) {
          let data24 = data23[key9];
          if (typeof data24 === "string") {
            if (!pattern6.test(data24)) {
              const err62 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema12, data: data24 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data24 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data23 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.max_drift !== void 0) {
      let data25 = data.max_drift;
      if (typeof data25 === "string") {
        if (!pattern22.test(data25)) {
          const err65 = { instancePath: instancePath + "/max_drift", schemaPath: "#/properties/max_drift/pattern", keyword: "pattern", params: { pattern: "^(?:0|[1-9][0-9]{0,5})[mhd]$" }, message: 'must match pattern "^(?:0|[1-9][0-9]{0,5})[mhd]$"', schema: "^(?:0|[1-9][0-9]{0,5})[mhd]$", parentSchema: schema11.properties.max_drift, data: data25 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      } else {
        const err66 = { instancePath: instancePath + "/max_drift", schemaPath: "#/properties/max_drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.max_drift.type, parentSchema: schema11.properties.max_drift, data: data25 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      if (!validate13(data.monitoring, { instancePath: instancePath + "/monitoring", parentData: data, parentDataProperty: "monitoring", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.aliases !== void 0) {
      let data27 = data.aliases;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key10 in data27) {
          const _errs77 = errors;
          if (typeof key10 === "string") {
            if (!pattern28.test(key10)) {
              const err67 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,255}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,255}$"', schema: "^[A-Za-z0-9_-]{1,255}$", parentSchema: schema11.properties.aliases.propertyNames, data: key10, propertyName: key10 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.aliases.propertyNames.type, parentSchema: schema11.properties.aliases.propertyNames, data: key10, propertyName: key10 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var valid24 = _errs77 === errors;
          if (!valid24) {
            const err69 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema11.properties.aliases.propertyNames, parentSchema: schema11.properties.aliases, data: data27 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        for (const key11 in data27) {
          let data28 = data27[key11];
          if (typeof data28 === "string") {
            if (!pattern6.test(data28)) {
              const err70 = { instancePath: instancePath + "/aliases/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema12, data: data28 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = { instancePath: instancePath + "/aliases/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data28 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.aliases.type, parentSchema: schema11.properties.aliases, data: data27 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var model = validate15;
var schema30 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/model.schema.json", "title": "Model card (model.yaml)", "description": "Describes a model independently of its versions: its name, owners, task, license and intended use. Stored as models/<name>/model.yaml; each version lives in a sub-folder with its own card.yaml.", "markdownDescription": "Describes a model independently of its versions: its name, owners, task, license and intended use.\n\nStored as `models/<name>/model.yaml`; each version lives in a sub-folder `models/<name>/<version>/` with its own `card.yaml`.\n\n```yaml\nname: sentiment-classifier\ndescription: Classifies English product reviews as positive or negative.\nowners: ['@acme/ml-platform']\n```", "type": "object", "required": ["name", "description", "owners"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "$ref": "#/definitions/modelName", "description": "Name of the model. Must be equal to the name of the folder that contains this model.yaml.", "markdownDescription": "Name of the model: lowercase, 1 to 64 characters. Must be equal to the name of the folder that contains this `model.yaml`, e.g. `sentiment-classifier`." }, "title": { "description": "Human-readable display name of the model, shown in the catalogue instead of the name.", "markdownDescription": "Human-readable display name of the model, shown in the catalogue instead of `name`, e.g. `Sentiment classifier (English reviews)`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["Sentiment classifier (English reviews)"] }, "description": { "description": "What the model does (Markdown). Shown on the model page of the catalogue.", "markdownDescription": "What the model does, in **Markdown**. Shown on the model page of the catalogue.", "type": "string", "minLength": 1, "examples": ["Classifies English product reviews as **positive** or **negative**."] }, "owners": { "description": "GitHub users or teams responsible for the model (@user or @org/team). They are asked to review changes to the model.", "markdownDescription": "GitHub users or teams responsible for the model (`@user` or `@org/team`). They are asked to review changes to the model.\n\n```yaml\nowners:\n  - '@acme/ml-platform'\n  - '@octocat'\n```\n\nQuote the handles in YAML: `@` cannot start a plain scalar.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A GitHub user (@user) or team (@org/team) handle.", "markdownDescription": "A GitHub user (`@user`) or team (`@org/team`) handle, e.g. `'@octocat'` or `'@acme/ml-platform'`.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "patternErrorMessage": "a GitHub user or team handle: @user or @org/team, e.g. @octocat or @acme/ml-platform", "examples": ["@octocat", "@acme/ml-platform"] }, "examples": [["@acme/ml-platform", "@octocat"]] }, "task": { "description": "The task the model performs, preferably a Hugging Face pipeline tag such as text-classification or tabular-classification.", "markdownDescription": "The task the model performs, preferably a [Hugging Face pipeline tag](https://huggingface.co/tasks) such as `text-classification`, `token-classification` or `tabular-classification`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["text-classification", "tabular-classification", "object-detection"] }, "license": { "description": "License of the model: an SPDX license identifier or expression (for example MIT, Apache-2.0, or MIT OR Apache-2.0), or other.", "markdownDescription": "License of the model: an [SPDX license identifier](https://spdx.org/licenses/) or expression (e.g. `MIT`, `Apache-2.0`, `MIT OR Apache-2.0`, `Apache-2.0 WITH LLVM-exception`), or `other`.", "type": "string", "pattern": "^(other|[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*)$", "patternErrorMessage": "an SPDX license identifier or expression such as MIT, Apache-2.0 or 'MIT OR Apache-2.0' (operators AND, OR, WITH separated by single spaces, no parentheses), or other", "examples": ["Apache-2.0", "MIT", "MIT OR Apache-2.0", "other"] }, "tags": { "description": "Free keywords used to filter models in the catalogue. Must be unique.", "markdownDescription": "Free keywords used to filter models in the catalogue. Must be unique.\n\n```yaml\ntags: [nlp, english, reviews]\n```", "type": "array", "uniqueItems": true, "items": { "description": "A keyword of 1 to 64 characters: letters, digits, spaces or any of . _ : / + -, starting with a letter or digit.", "markdownDescription": "A keyword of 1 to 64 characters: letters, digits, spaces or any of `. _ : / + -`, starting with a letter or digit, e.g. `nlp` or `language:en`.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,63}$", "patternErrorMessage": "a tag of 1 to 64 characters: letters, digits, spaces or any of . _ : / + -, starting with a letter or digit, e.g. nlp or language:en", "examples": ["nlp", "language:en", "pii-safe"] }, "examples": [["nlp", "english", "reviews"]] }, "primary_metric": { "$ref": "#/definitions/metricName", "description": "The metric used to compare versions of this model and to rank it in the catalogue. Should be declared in the metrics catalogue of registry.yaml.", "markdownDescription": "The metric used to compare versions of this model and to rank it in the catalogue, e.g. `f1_macro`. Should be declared in `metrics` of `registry.yaml`." }, "intended_use": { "description": "Intended uses and users of the model, and uses that are out of scope (Markdown).", "markdownDescription": "Intended uses and users of the model, and uses that are out of scope, in **Markdown**.", "type": "string", "examples": ["Routing of customer reviews to support queues. **Not** for decisions about individual customers."] }, "limitations": { "description": "Known limitations, biases and failure modes of the model (Markdown).", "markdownDescription": "Known limitations, biases and failure modes of the model, in **Markdown**.", "type": "string", "examples": ["Accuracy drops on reviews shorter than 5 words and on sarcasm."] }, "ethical_considerations": { "description": "Ethical considerations and risks of using the model (Markdown).", "markdownDescription": "Ethical considerations and risks of using the model, in **Markdown**.", "type": "string", "examples": ["Trained on public reviews that may contain personal data; outputs must not be stored with user identifiers."] }, "deprecated_versions": { "description": "Versions of this model that must no longer be used, mapped to the reason (and what to use instead).", "markdownDescription": "Versions of this model that must no longer be used, mapped to the reason (and what to use instead).\n\n```yaml\ndeprecated_versions:\n  1.0.0: Data leak in the test split, use 1.1.0 or later.\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/semver" }, "additionalProperties": { "description": "Why this version is deprecated and what to use instead.", "markdownDescription": "Why this version is deprecated and what to use instead, e.g. `Data leak in the test split, use 1.1.0 or later.`", "type": "string", "minLength": 1, "examples": ["Data leak in the test split, use 1.1.0 or later."] }, "examples": [{ "1.0.0": "Data leak in the test split, use 1.1.0 or later." }] }, "promotion": { "description": "Stage policies for this model only, keyed by stage: the same shape as registry.yaml's promotion. They may only add requirements (a higher min, a lower max, more metrics, a smaller tolerance); asking less than registry.yaml is an error.", "markdownDescription": "Stage policies for this model only, keyed by stage: the same shape as `promotion` in `registry.yaml`. They may only **add** requirements (a higher `min`, a lower `max`, more `no_regression` metrics, a smaller `tolerance`, `released: true`, `approval: owners`); asking less than `registry.yaml` is an error (`promotion-policy-loosened`).\n\n```yaml\npromotion:\n  production:\n    gates:\n      accuracy: {min: 0.95}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/stageName" }, "additionalProperties": { "$ref": "#/definitions/stagePolicy", "description": "What a promotion into this stage requires.", "markdownDescription": "What a promotion into this stage requires: `after`, `released`, `approval`, `gates`, `no_regression`." }, "examples": [{ "production": { "gates": { "accuracy": { "min": 0.95 } } } }] }, "monitoring": { "$ref": "#/definitions/monitoring", "description": "This model's monitoring, overriding registry.yaml's key by key (each bound of each metric, max_silence, retrain_after).", "markdownDescription": "This model's monitoring, overriding `registry.yaml`'s key by key (each bound of each metric, `max_silence`, `retrain_after`); checked by `model-registry audit`.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.9}\n  retrain_after: 30d\n```" }, "consumers": { "description": "The services, jobs and teams that use this model, each with an owner and a contact: shown in the catalogue and listed (their owners mentioned) by the audit when the model has a finding.", "markdownDescription": "The services, jobs and teams that use this model (\"who uses it\"), each with an `owner` and a `contact`: shown in the catalogue, and listed by the audit's issue when the model has a finding (their owners are mentioned once per new finding).\n\n```yaml\nconsumers:\n  - name: support-router\n    owner: '@acme/support-eng'\n    contact: '#support-eng on Slack'\n    kind: service\n```", "type": "array", "items": { "$ref": "#/definitions/consumer" }, "examples": [[{ "name": "support-router", "owner": "@acme/support-eng", "contact": "#support-eng on Slack", "kind": "service" }]] } }, "examples": [{ "name": "sentiment-classifier", "title": "Sentiment classifier (English reviews)", "description": "Classifies English product reviews as **positive** or **negative**.", "owners": ["@acme/ml-platform", "@octocat"], "task": "text-classification", "license": "Apache-2.0", "tags": ["nlp", "english", "reviews"], "primary_metric": "f1_macro", "intended_use": "Routing of customer reviews to support queues.", "limitations": "Accuracy drops on reviews shorter than 5 words and on sarcasm.", "ethical_considerations": "Outputs must not be stored with user identifiers.", "deprecated_versions": { "1.0.0": "Data leak in the test split, use 1.1.0 or later." }, "x-cost-center": "ML-42" }], "definitions": { "modelName": { "title": "ModelName", "description": "A model name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots: the name is part of git tags, URLs and file names, and GTO ignores names with dots).", "markdownDescription": "A model name: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit, e.g. `sentiment-classifier`. No dots: the name is part of git tags, URLs and file names, and [GTO](https://github.com/iterative/gto) ignores names with dots.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a lowercase name of 1 to 64 characters: letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. sentiment-classifier", "examples": ["sentiment-classifier", "churn_xgb", "resnet50_v2"] }, "metricName": { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] }, "semver": { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] }, "stageName": { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] }, "stagePolicy": { "title": "StagePolicy", "description": "What a promotion into a stage requires: an earlier stage first, a release, metric gates, no regression against the version the stage runs, and an owner's approval. Checked on every pull request that changes the stage in a stages.yaml.", "markdownDescription": "What a promotion into a stage requires. Checked on every pull request that changes the stage in a `stages.yaml` (existing assignments are never judged again); each failing requirement is an error on that `stages.yaml` line.\n\n```yaml\nafter: staging\nreleased: true\napproval: owners\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "after": { "$ref": "#/definitions/stageName", "description": "The stage the version must have been in on the default branch before (enforced stage order). Must be another declared stage.", "markdownDescription": "The stage the version must have been in on the default branch before it can enter this one (enforced stage order), e.g. `staging` for `production`. Must be another stage declared in `stages`." }, "released": { "description": "Whether the version must have its release (its git tag) before it can enter this stage.", "markdownDescription": "`true`: the version must have its release (its git tag, made by the release workflow when the version is merged) before it can enter this stage.", "type": "boolean", "examples": [true] }, "approval": { "description": "owners: the pull request needs an approving review from one of the model's owners (a listed user, or a member of a listed team).", "markdownDescription": "`owners`: the pull request needs an approving review from one of the model's `owners` (a listed `@user`, or a member of a listed `@org/team`). The author's own review never counts.", "enum": ["owners"], "examples": ["owners"] }, "gates": { "description": "Metric thresholds the version's metrics file must meet, keyed by metric name: min (at least) and/or max (at most).", "markdownDescription": "Metric thresholds the version's metrics file must meet, keyed by metric name: `min` (at least) and/or `max` (at most). A missing metric fails its gate.\n\n```yaml\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricGate", "description": "The bounds this metric must meet.", "markdownDescription": "The bounds this metric must meet: `min` and/or `max`, e.g. `{min: 0.9}`." }, "examples": [{ "accuracy": { "min": 0.9 }, "latency_p95_ms": { "max": 120 } }] }, "no_regression": { "description": "Metrics that must not get worse than in the version the stage runs now (by each metric's direction in the catalogue), beyond an absolute tolerance. Where both values have a confidence interval and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.", "markdownDescription": "Metrics that must not get worse than in the version the stage runs now (by each metric's `direction` in the catalogue), beyond an absolute `tolerance`. Where both values have a confidence interval (`ci`) and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.\n\n```yaml\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "required": ["metrics"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "The metrics compared; each must be in registry.yaml's metrics catalogue (its direction says which way is worse).", "markdownDescription": "The metrics compared; each must be in `metrics` of `registry.yaml`, whose `direction` says which way is worse.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/metricName" }, "examples": [["accuracy", "f1_macro"]] }, "tolerance": { "description": "How much worse a metric may be, in the metric's own units (absolute). Default 0.", "markdownDescription": "How much worse a metric may be, in the metric's own units (absolute, not a percentage), e.g. `0.005`. Default `0`.", "type": "number", "minimum": 0, "default": 0, "examples": [5e-3] } }, "examples": [{ "metrics": ["accuracy", "f1_macro"], "tolerance": 5e-3 }] } }, "examples": [{ "after": "staging", "released": true, "approval": "owners", "gates": { "accuracy": { "min": 0.9 } }, "no_regression": { "metrics": ["accuracy"], "tolerance": 5e-3 } }] }, "metricGate": { "title": "MetricGate", "description": "Bounds a metric must meet: min (the value must be at least this) and/or max (at most this).", "markdownDescription": "Bounds a metric must meet: `min` (the value must be at least this) and/or `max` (at most this), e.g. `{min: 0.9}` or `{max: 120}`.", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "The metric must be at least this.", "markdownDescription": "The metric must be at least this, e.g. `0.9`.", "type": "number", "examples": [0.9] }, "max": { "description": "The metric must be at most this.", "markdownDescription": "The metric must be at most this, e.g. `120`.", "type": "number", "examples": [120] } }, "examples": [{ "min": 0.9 }, { "max": 120 }] }, "consumer": { "title": "Consumer", "description": "A service, job or team that uses the model: its name, the GitHub user or team that owns it, how to reach them, and what kind of consumer it is.", "markdownDescription": "A service, job or team that uses the model: its `name`, the GitHub user or team that `owner`s it (mentioned by the audit when the model has a new finding), how to reach them (`contact`), and its `kind`.\n\n```yaml\nname: support-router\nowner: '@acme/support-eng'\ncontact: '#support-eng on Slack'\nkind: service\n```", "type": "object", "required": ["name", "owner", "contact"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "The consumer's name: one line, unique among the model's consumers.", "markdownDescription": "The consumer's name, one line, unique among the model's consumers, e.g. `support-router`.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters, up to 128 characters", "examples": ["support-router"] }, "owner": { "description": "The GitHub user (@user) or team (@org/team) that owns the consumer.", "markdownDescription": "The GitHub user (`@user`) or team (`@org/team`) that owns the consumer, e.g. `'@acme/support-eng'`. Quote it in YAML.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "patternErrorMessage": "a GitHub user or team handle: @user or @org/team, e.g. @octocat or @acme/support-eng", "examples": ["@acme/support-eng"] }, "contact": { "description": "How to reach the consumer's owners: an e-mail address, a chat channel, an on-call page (one line).", "markdownDescription": "How to reach the consumer's owners, one line: an e-mail address, a chat channel, an on-call page, e.g. `'#support-eng on Slack'`.", "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters, up to 256 characters", "examples": ["support-eng@acme.example", "#support-eng on Slack"] }, "kind": { "description": "What kind of consumer: service, job, team or other.", "markdownDescription": "What kind of consumer: `service` (an online service), `job` (a batch or scheduled job), `team` (people using its outputs) or `other`.", "enum": ["service", "job", "team", "other"], "examples": ["service"] } }, "examples": [{ "name": "support-router", "owner": "@acme/support-eng", "contact": "#support-eng on Slack", "kind": "service" }] }, "monitoring": { "title": "Monitoring", "description": "What model-registry audit checks of the production observations in models/<model>/monitoring/: bounds per metric, the longest a stage may go without an observation (max_silence), and how old the newest version may get before it is overdue for retraining (retrain_after). registry.yaml's are every model's defaults; a model.yaml's override them key by key.", "markdownDescription": "What `model-registry audit` checks of the production observations in `models/<model>/monitoring/`: bounds per metric (`metrics`), the longest a stage may run a version without a new observation (`max_silence`), and how old the newest version (its card's `created`) may get before the model is overdue for retraining (`retrain_after`). `registry.yaml`'s are every model's defaults; a `model.yaml`'s override them key by key (each bound of each metric, `max_silence`, `retrain_after`). Without `max_silence` there is no silence check; without `retrain_after`, no retraining check.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n  retrain_after: 90d\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "Bounds per metric, keyed by metric name (a metric of registry.yaml's catalogue).", "markdownDescription": "Bounds per metric, keyed by a metric name of `registry.yaml`'s catalogue: `min`, `max`, `max_drop`.\n\n```yaml\nmetrics:\n  accuracy: {min: 0.88, max_drop: 0.03}\n  latency_p95_ms: {max: 150}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/monitor", "description": "The bounds this metric's observations must keep.", "markdownDescription": "The bounds this metric's observations must keep: `min`, `max`, `max_drop`." }, "examples": [{ "accuracy": { "min": 0.88, "max_drop": 0.03 }, "latency_p95_ms": { "max": 150 } }] }, "max_silence": { "$ref": "#/definitions/duration", "description": "The longest a stage may run a version without a new observation of it, e.g. 7d. No silence check without it.", "markdownDescription": "The longest a stage may run a version without a new observation of it (any metric), e.g. `7d`. No silence check without it." }, "retrain_after": { "$ref": "#/definitions/duration", "description": "How old the newest version (its card's created) may get before the model is overdue for retraining, e.g. 90d.", "markdownDescription": "How old the newest version (its card's `created`) may get before the model is overdue for retraining, e.g. `90d`." }, "observe": { "description": "How model-registry observe --registry (and command: observe) writes observations to the registry repository: commit (the default: one commit to the default branch, no review) or pull-request (a pull request to review and merge). A model.yaml's setting overrides registry.yaml's for that model.", "markdownDescription": "How `model-registry observe --registry` (and `command: observe`) writes observations to the registry repository: `commit` (the default: one commit to the default branch, no review; observations are data, not decisions) or `pull-request` (a pull request to review and merge, for a branch protection that allows no direct pushes). A `model.yaml`'s setting overrides `registry.yaml`'s for that model. A local `observe` always writes to the working tree.\n\n```yaml\nmonitoring:\n  observe: pull-request\n```", "type": "string", "enum": ["commit", "pull-request"], "default": "commit", "examples": ["pull-request"] } }, "examples": [{ "metrics": { "accuracy": { "min": 0.88, "max_drop": 0.03 } }, "max_silence": "7d", "retrain_after": "90d" }] }, "monitor": { "title": "Monitor", "description": "Bounds a metric's production observations must keep: min (at least), max (at most) and max_drop (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its direction in the catalogue).", "markdownDescription": "Bounds a metric's production observations (`models/<model>/monitoring/`) must keep, judged on the newest observation of each version, segment and environment by `model-registry audit`: `min` (at least), `max` (at most) and `max_drop` (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its `direction` in the catalogue).\n\n```yaml\naccuracy: {min: 0.88, max_drop: 0.03}\n```", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "An observation must be at least this.", "markdownDescription": "An observation must be at least this, e.g. `0.88`.", "type": "number", "examples": [0.88] }, "max": { "description": "An observation must be at most this.", "markdownDescription": "An observation must be at most this, e.g. `150` (milliseconds).", "type": "number", "examples": [150] }, "max_drop": { "description": "How much worse than the version's registered value an observation may be, in the metric's own units (absolute), by the metric's direction in the catalogue.", "markdownDescription": "How much worse than the value the version was registered with (its metrics file) an observation may be, in the metric's own units (absolute, not a percentage), by the metric's `direction` in the catalogue, e.g. `0.03`.", "type": "number", "minimum": 0, "examples": [0.03] } }, "examples": [{ "min": 0.88, "max_drop": 0.03 }, { "max": 150 }] }, "duration": { "title": "Duration", "description": "A duration: a whole number of minutes (m), hours (h) or days (d).", "markdownDescription": "A duration: a whole number of minutes (`m`), hours (`h`) or days (`d`), e.g. `30m`, `24h`, `7d`, `90d`.", "type": "string", "pattern": "^(?:0|[1-9][0-9]{0,5})[mhd]$", "patternErrorMessage": "a duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 24h, 7d or 90d", "examples": ["7d", "24h", "90d"] } } };
var schema31 = { "title": "ModelName", "description": "A model name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots: the name is part of git tags, URLs and file names, and GTO ignores names with dots).", "markdownDescription": "A model name: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit, e.g. `sentiment-classifier`. No dots: the name is part of git tags, URLs and file names, and [GTO](https://github.com/iterative/gto) ignores names with dots.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a lowercase name of 1 to 64 characters: letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. sentiment-classifier", "examples": ["sentiment-classifier", "churn_xgb", "resnet50_v2"] };
var schema32 = { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] };
var schema33 = { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] };
var schema34 = { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] };
var schema45 = { "title": "Consumer", "description": "A service, job or team that uses the model: its name, the GitHub user or team that owns it, how to reach them, and what kind of consumer it is.", "markdownDescription": "A service, job or team that uses the model: its `name`, the GitHub user or team that `owner`s it (mentioned by the audit when the model has a new finding), how to reach them (`contact`), and its `kind`.\n\n```yaml\nname: support-router\nowner: '@acme/support-eng'\ncontact: '#support-eng on Slack'\nkind: service\n```", "type": "object", "required": ["name", "owner", "contact"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "The consumer's name: one line, unique among the model's consumers.", "markdownDescription": "The consumer's name, one line, unique among the model's consumers, e.g. `support-router`.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters, up to 128 characters", "examples": ["support-router"] }, "owner": { "description": "The GitHub user (@user) or team (@org/team) that owns the consumer.", "markdownDescription": "The GitHub user (`@user`) or team (`@org/team`) that owns the consumer, e.g. `'@acme/support-eng'`. Quote it in YAML.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "patternErrorMessage": "a GitHub user or team handle: @user or @org/team, e.g. @octocat or @acme/support-eng", "examples": ["@acme/support-eng"] }, "contact": { "description": "How to reach the consumer's owners: an e-mail address, a chat channel, an on-call page (one line).", "markdownDescription": "How to reach the consumer's owners, one line: an e-mail address, a chat channel, an on-call page, e.g. `'#support-eng on Slack'`.", "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters, up to 256 characters", "examples": ["support-eng@acme.example", "#support-eng on Slack"] }, "kind": { "description": "What kind of consumer: service, job, team or other.", "markdownDescription": "What kind of consumer: `service` (an online service), `job` (a batch or scheduled job), `team` (people using its outputs) or `other`.", "enum": ["service", "job", "team", "other"], "examples": ["service"] } }, "examples": [{ "name": "support-router", "owner": "@acme/support-eng", "contact": "#support-eng on Slack", "kind": "service" }] };
var pattern35 = new RegExp("^(other|[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*)$", "u");
var pattern36 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,63}$", "u");
var pattern38 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
var schema35 = { "title": "StagePolicy", "description": "What a promotion into a stage requires: an earlier stage first, a release, metric gates, no regression against the version the stage runs, and an owner's approval. Checked on every pull request that changes the stage in a stages.yaml.", "markdownDescription": "What a promotion into a stage requires. Checked on every pull request that changes the stage in a `stages.yaml` (existing assignments are never judged again); each failing requirement is an error on that `stages.yaml` line.\n\n```yaml\nafter: staging\nreleased: true\napproval: owners\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "after": { "$ref": "#/definitions/stageName", "description": "The stage the version must have been in on the default branch before (enforced stage order). Must be another declared stage.", "markdownDescription": "The stage the version must have been in on the default branch before it can enter this one (enforced stage order), e.g. `staging` for `production`. Must be another stage declared in `stages`." }, "released": { "description": "Whether the version must have its release (its git tag) before it can enter this stage.", "markdownDescription": "`true`: the version must have its release (its git tag, made by the release workflow when the version is merged) before it can enter this stage.", "type": "boolean", "examples": [true] }, "approval": { "description": "owners: the pull request needs an approving review from one of the model's owners (a listed user, or a member of a listed team).", "markdownDescription": "`owners`: the pull request needs an approving review from one of the model's `owners` (a listed `@user`, or a member of a listed `@org/team`). The author's own review never counts.", "enum": ["owners"], "examples": ["owners"] }, "gates": { "description": "Metric thresholds the version's metrics file must meet, keyed by metric name: min (at least) and/or max (at most).", "markdownDescription": "Metric thresholds the version's metrics file must meet, keyed by metric name: `min` (at least) and/or `max` (at most). A missing metric fails its gate.\n\n```yaml\ngates:\n  accuracy: {min: 0.9}\n  latency_p95_ms: {max: 120}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricGate", "description": "The bounds this metric must meet.", "markdownDescription": "The bounds this metric must meet: `min` and/or `max`, e.g. `{min: 0.9}`." }, "examples": [{ "accuracy": { "min": 0.9 }, "latency_p95_ms": { "max": 120 } }] }, "no_regression": { "description": "Metrics that must not get worse than in the version the stage runs now (by each metric's direction in the catalogue), beyond an absolute tolerance. Where both values have a confidence interval and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.", "markdownDescription": "Metrics that must not get worse than in the version the stage runs now (by each metric's `direction` in the catalogue), beyond an absolute `tolerance`. Where both values have a confidence interval (`ci`) and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.\n\n```yaml\nno_regression:\n  metrics: [accuracy, f1_macro]\n  tolerance: 0.005\n```", "type": "object", "required": ["metrics"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "The metrics compared; each must be in registry.yaml's metrics catalogue (its direction says which way is worse).", "markdownDescription": "The metrics compared; each must be in `metrics` of `registry.yaml`, whose `direction` says which way is worse.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/metricName" }, "examples": [["accuracy", "f1_macro"]] }, "tolerance": { "description": "How much worse a metric may be, in the metric's own units (absolute). Default 0.", "markdownDescription": "How much worse a metric may be, in the metric's own units (absolute, not a percentage), e.g. `0.005`. Default `0`.", "type": "number", "minimum": 0, "default": 0, "examples": [5e-3] } }, "examples": [{ "metrics": ["accuracy", "f1_macro"], "tolerance": 5e-3 }] } }, "examples": [{ "after": "staging", "released": true, "approval": "owners", "gates": { "accuracy": { "min": 0.9 } }, "no_regression": { "metrics": ["accuracy"], "tolerance": 5e-3 } }] };
var schema38 = { "title": "MetricGate", "description": "Bounds a metric must meet: min (the value must be at least this) and/or max (at most this).", "markdownDescription": "Bounds a metric must meet: `min` (the value must be at least this) and/or `max` (at most this), e.g. `{min: 0.9}` or `{max: 120}`.", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "The metric must be at least this.", "markdownDescription": "The metric must be at least this, e.g. `0.9`.", "type": "number", "examples": [0.9] }, "max": { "description": "The metric must be at most this.", "markdownDescription": "The metric must be at most this, e.g. `120`.", "type": "number", "examples": [120] } }, "examples": [{ "min": 0.9 }, { "max": 120 }] };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "after" || key0 === "released" || key0 === "approval" || key0 === "gates" || key0 === "no_regression" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.after !== void 0) {
      let data0 = data.after;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err1 = { instancePath: instancePath + "/after", schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/after", schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.released !== void 0) {
      let data1 = data.released;
      if (typeof data1 !== "boolean") {
        const err3 = { instancePath: instancePath + "/released", schemaPath: "#/properties/released/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.released.type, parentSchema: schema35.properties.released, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data2 = data.approval;
      if (!(data2 === "owners")) {
        const err4 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/enum", keyword: "enum", params: { allowedValues: schema35.properties.approval.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.approval.enum, parentSchema: schema35.properties.approval, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data3 = data.gates;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern7.test(key1)) {
              const err5 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema35.properties.gates.propertyNames, parentSchema: schema35.properties.gates, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length < 1) {
              const err8 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema38, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key3 in data4) {
              if (!(key3 === "min" || key3 === "max" || pattern0.test(key3))) {
                const err9 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.min !== void 0) {
              let data5 = data4.min;
              if (!(typeof data5 == "number" && isFinite(data5))) {
                const err10 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/metricGate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.min.type, parentSchema: schema38.properties.min, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.max !== void 0) {
              let data6 = data4.max;
              if (!(typeof data6 == "number" && isFinite(data6))) {
                const err11 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/metricGate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema38.properties.max.type, parentSchema: schema38.properties.max, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metricGate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.gates.type, parentSchema: schema35.properties.gates, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.no_regression !== void 0) {
      let data7 = data.no_regression;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.metrics === void 0) {
          const err14 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema35.properties.no_regression.required, parentSchema: schema35.properties.no_regression, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key4 in data7) {
          if (!(key4 === "metrics" || key4 === "tolerance" || pattern0.test(key4))) {
            const err15 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.no_regression, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data7.metrics !== void 0) {
          let data8 = data7.metrics;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err16 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.no_regression.properties.metrics, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 === "string") {
                if (!pattern7.test(data9)) {
                  const err17 = { instancePath: instancePath + "/no_regression/metrics/" + i0, schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema32, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/no_regression/metrics/" + i0, schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            let i1 = data8.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data8[i1], data8[j0])) {
                    const err19 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema35.properties.no_regression.properties.metrics, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/no_regression/metrics", schemaPath: "#/properties/no_regression/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.no_regression.properties.metrics.type, parentSchema: schema35.properties.no_regression.properties.metrics, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.tolerance !== void 0) {
          let data10 = data7.tolerance;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err21 = { instancePath: instancePath + "/no_regression/tolerance", schemaPath: "#/properties/no_regression/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.no_regression.properties.tolerance, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/no_regression/tolerance", schemaPath: "#/properties/no_regression/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.no_regression.properties.tolerance.type, parentSchema: schema35.properties.no_regression.properties.tolerance, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/no_regression", schemaPath: "#/properties/no_regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.no_regression.type, parentSchema: schema35.properties.no_regression, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema40 = { "title": "Monitoring", "description": "What model-registry audit checks of the production observations in models/<model>/monitoring/: bounds per metric, the longest a stage may go without an observation (max_silence), and how old the newest version may get before it is overdue for retraining (retrain_after). registry.yaml's are every model's defaults; a model.yaml's override them key by key.", "markdownDescription": "What `model-registry audit` checks of the production observations in `models/<model>/monitoring/`: bounds per metric (`metrics`), the longest a stage may run a version without a new observation (`max_silence`), and how old the newest version (its card's `created`) may get before the model is overdue for retraining (`retrain_after`). `registry.yaml`'s are every model's defaults; a `model.yaml`'s override them key by key (each bound of each metric, `max_silence`, `retrain_after`). Without `max_silence` there is no silence check; without `retrain_after`, no retraining check.\n\n```yaml\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n  retrain_after: 90d\n```", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "metrics": { "description": "Bounds per metric, keyed by metric name (a metric of registry.yaml's catalogue).", "markdownDescription": "Bounds per metric, keyed by a metric name of `registry.yaml`'s catalogue: `min`, `max`, `max_drop`.\n\n```yaml\nmetrics:\n  accuracy: {min: 0.88, max_drop: 0.03}\n  latency_p95_ms: {max: 150}\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/monitor", "description": "The bounds this metric's observations must keep.", "markdownDescription": "The bounds this metric's observations must keep: `min`, `max`, `max_drop`." }, "examples": [{ "accuracy": { "min": 0.88, "max_drop": 0.03 }, "latency_p95_ms": { "max": 150 } }] }, "max_silence": { "$ref": "#/definitions/duration", "description": "The longest a stage may run a version without a new observation of it, e.g. 7d. No silence check without it.", "markdownDescription": "The longest a stage may run a version without a new observation of it (any metric), e.g. `7d`. No silence check without it." }, "retrain_after": { "$ref": "#/definitions/duration", "description": "How old the newest version (its card's created) may get before the model is overdue for retraining, e.g. 90d.", "markdownDescription": "How old the newest version (its card's `created`) may get before the model is overdue for retraining, e.g. `90d`." }, "observe": { "description": "How model-registry observe --registry (and command: observe) writes observations to the registry repository: commit (the default: one commit to the default branch, no review) or pull-request (a pull request to review and merge). A model.yaml's setting overrides registry.yaml's for that model.", "markdownDescription": "How `model-registry observe --registry` (and `command: observe`) writes observations to the registry repository: `commit` (the default: one commit to the default branch, no review; observations are data, not decisions) or `pull-request` (a pull request to review and merge, for a branch protection that allows no direct pushes). A `model.yaml`'s setting overrides `registry.yaml`'s for that model. A local `observe` always writes to the working tree.\n\n```yaml\nmonitoring:\n  observe: pull-request\n```", "type": "string", "enum": ["commit", "pull-request"], "default": "commit", "examples": ["pull-request"] } }, "examples": [{ "metrics": { "accuracy": { "min": 0.88, "max_drop": 0.03 } }, "max_silence": "7d", "retrain_after": "90d" }] };
var schema42 = { "title": "Monitor", "description": "Bounds a metric's production observations must keep: min (at least), max (at most) and max_drop (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its direction in the catalogue).", "markdownDescription": "Bounds a metric's production observations (`models/<model>/monitoring/`) must keep, judged on the newest observation of each version, segment and environment by `model-registry audit`: `min` (at least), `max` (at most) and `max_drop` (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its `direction` in the catalogue).\n\n```yaml\naccuracy: {min: 0.88, max_drop: 0.03}\n```", "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "min": { "description": "An observation must be at least this.", "markdownDescription": "An observation must be at least this, e.g. `0.88`.", "type": "number", "examples": [0.88] }, "max": { "description": "An observation must be at most this.", "markdownDescription": "An observation must be at most this, e.g. `150` (milliseconds).", "type": "number", "examples": [150] }, "max_drop": { "description": "How much worse than the version's registered value an observation may be, in the metric's own units (absolute), by the metric's direction in the catalogue.", "markdownDescription": "How much worse than the value the version was registered with (its metrics file) an observation may be, in the metric's own units (absolute, not a percentage), by the metric's `direction` in the catalogue, e.g. `0.03`.", "type": "number", "minimum": 0, "examples": [0.03] } }, "examples": [{ "min": 0.88, "max_drop": 0.03 }, { "max": 150 }] };
var schema43 = { "title": "Duration", "description": "A duration: a whole number of minutes (m), hours (h) or days (d).", "markdownDescription": "A duration: a whole number of minutes (`m`), hours (`h`) or days (`d`), e.g. `30m`, `24h`, `7d`, `90d`.", "type": "string", "pattern": "^(?:0|[1-9][0-9]{0,5})[mhd]$", "patternErrorMessage": "a duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 24h, 7d or 90d", "examples": ["7d", "24h", "90d"] };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metrics" || key0 === "max_silence" || key0 === "retrain_after" || key0 === "observe" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data0 = data.metrics;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern7.test(key1)) {
              const err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema40.properties.metrics.propertyNames, parentSchema: schema40.properties.metrics, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length < 1) {
              const err4 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema42, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(key3 === "min" || key3 === "max" || key3 === "max_drop" || pattern0.test(key3))) {
                const err5 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.min !== void 0) {
              let data2 = data1.min;
              if (!(typeof data2 == "number" && isFinite(data2))) {
                const err6 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/monitor/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.min.type, parentSchema: schema42.properties.min, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.max !== void 0) {
              let data3 = data1.max;
              if (!(typeof data3 == "number" && isFinite(data3))) {
                const err7 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/monitor/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.max.type, parentSchema: schema42.properties.max, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.max_drop !== void 0) {
              let data4 = data1.max_drop;
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err8 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/definitions/monitor/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema42.properties.max_drop, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/definitions/monitor/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.max_drop.type, parentSchema: schema42.properties.max_drop, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/monitor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.metrics.type, parentSchema: schema40.properties.metrics, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max_silence !== void 0) {
      let data5 = data.max_silence;
      if (typeof data5 === "string") {
        if (!pattern22.test(data5)) {
          const err12 = { instancePath: instancePath + "/max_silence", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:0|[1-9][0-9]{0,5})[mhd]$" }, message: 'must match pattern "^(?:0|[1-9][0-9]{0,5})[mhd]$"', schema: "^(?:0|[1-9][0-9]{0,5})[mhd]$", parentSchema: schema43, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/max_silence", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.retrain_after !== void 0) {
      let data6 = data.retrain_after;
      if (typeof data6 === "string") {
        if (!pattern22.test(data6)) {
          const err14 = { instancePath: instancePath + "/retrain_after", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:0|[1-9][0-9]{0,5})[mhd]$" }, message: 'must match pattern "^(?:0|[1-9][0-9]{0,5})[mhd]$"', schema: "^(?:0|[1-9][0-9]{0,5})[mhd]$", parentSchema: schema43, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/retrain_after", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.observe !== void 0) {
      let data7 = data.observe;
      if (typeof data7 !== "string") {
        const err16 = { instancePath: instancePath + "/observe", schemaPath: "#/properties/observe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.observe.type, parentSchema: schema40.properties.observe, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data7 === "commit" || data7 === "pull-request")) {
        const err17 = { instancePath: instancePath + "/observe", schemaPath: "#/properties/observe/enum", keyword: "enum", params: { allowedValues: schema40.properties.observe.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.observe.enum, parentSchema: schema40.properties.observe, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.owners === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema30.properties, key0) || pattern0.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/modelName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/modelName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema30.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.title.type, parentSchema: schema30.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.description.type, parentSchema: schema30.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data3 = data.owners;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err11 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema30.properties.owners, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern2.test(data4)) {
              const err12 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema30.properties.owners.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.owners.items.type, parentSchema: schema30.properties.owners.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err14 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema30.properties.owners, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.owners.type, parentSchema: schema30.properties.owners, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data5 = data.task;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err16 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.task, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern1.test(data5)) {
          const err17 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema30.properties.task, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.task.type, parentSchema: schema30.properties.task, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data6 = data.license;
      if (typeof data6 === "string") {
        if (!pattern35.test(data6)) {
          const err19 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/pattern", keyword: "pattern", params: { pattern: "^(other|[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*)$" }, message: 'must match pattern "^(other|[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*)$"', schema: "^(other|[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*)$", parentSchema: schema30.properties.license, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.license.type, parentSchema: schema30.properties.license, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data7 = data.tags;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (!pattern36.test(data8)) {
              const err21 = { instancePath: instancePath + "/tags/" + i2, schemaPath: "#/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,63}$", parentSchema: schema30.properties.tags.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/tags/" + i2, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.tags.items.type, parentSchema: schema30.properties.tags.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i3 = data7.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data7[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err23 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema30.properties.tags, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.tags.type, parentSchema: schema30.properties.tags, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data9 = data.primary_metric;
      if (typeof data9 === "string") {
        if (!pattern7.test(data9)) {
          const err25 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema32, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.intended_use !== void 0) {
      let data10 = data.intended_use;
      if (typeof data10 !== "string") {
        const err27 = { instancePath: instancePath + "/intended_use", schemaPath: "#/properties/intended_use/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.intended_use.type, parentSchema: schema30.properties.intended_use, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.limitations !== void 0) {
      let data11 = data.limitations;
      if (typeof data11 !== "string") {
        const err28 = { instancePath: instancePath + "/limitations", schemaPath: "#/properties/limitations/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.limitations.type, parentSchema: schema30.properties.limitations, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.ethical_considerations !== void 0) {
      let data12 = data.ethical_considerations;
      if (typeof data12 !== "string") {
        const err29 = { instancePath: instancePath + "/ethical_considerations", schemaPath: "#/properties/ethical_considerations/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.ethical_considerations.type, parentSchema: schema30.properties.ethical_considerations, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.deprecated_versions !== void 0) {
      let data13 = data.deprecated_versions;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          const _errs32 = errors;
          if (typeof key1 === "string") {
            if (!pattern38.test(key1)) {
              const err30 = { instancePath: instancePath + "/deprecated_versions", schemaPath: "#/definitions/semver/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema33, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/deprecated_versions", schemaPath: "#/definitions/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var valid9 = _errs32 === errors;
          if (!valid9) {
            const err32 = { instancePath: instancePath + "/deprecated_versions", schemaPath: "#/properties/deprecated_versions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema30.properties.deprecated_versions.propertyNames, parentSchema: schema30.properties.deprecated_versions, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        for (const key2 in data13) {
          let data14 = data13[key2];
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err33 = { instancePath: instancePath + "/deprecated_versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deprecated_versions/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.deprecated_versions.additionalProperties, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/deprecated_versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deprecated_versions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.deprecated_versions.additionalProperties.type, parentSchema: schema30.properties.deprecated_versions.additionalProperties, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/deprecated_versions", schemaPath: "#/properties/deprecated_versions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.deprecated_versions.type, parentSchema: schema30.properties.deprecated_versions, data: data13 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.promotion !== void 0) {
      let data15 = data.promotion;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          const _errs40 = errors;
          if (typeof key3 === "string") {
            if (!pattern6.test(key3)) {
              const err36 = { instancePath: instancePath + "/promotion", schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema34, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/promotion", schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key3, propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var valid12 = _errs40 === errors;
          if (!valid12) {
            const err38 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema30.properties.promotion.propertyNames, parentSchema: schema30.properties.promotion, data: data15 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        for (const key4 in data15) {
          if (!validate16(data15[key4], { instancePath: instancePath + "/promotion/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data15, parentDataProperty: key4, rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.promotion.type, parentSchema: schema30.properties.promotion, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      if (!validate18(data.monitoring, { instancePath: instancePath + "/monitoring", parentData: data, parentDataProperty: "monitoring", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.consumers !== void 0) {
      let data18 = data.consumers;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data19 = data18[i4];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.name === void 0) {
              const err40 = { instancePath: instancePath + "/consumers/" + i4, schemaPath: "#/definitions/consumer/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema45.required, parentSchema: schema45, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.owner === void 0) {
              const err41 = { instancePath: instancePath + "/consumers/" + i4, schemaPath: "#/definitions/consumer/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema45.required, parentSchema: schema45, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.contact === void 0) {
              const err42 = { instancePath: instancePath + "/consumers/" + i4, schemaPath: "#/definitions/consumer/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: schema45.required, parentSchema: schema45, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "name" || key5 === "owner" || key5 === "contact" || key5 === "kind" || pattern0.test(key5))) {
                const err43 = { instancePath: instancePath + "/consumers/" + i4, schemaPath: "#/definitions/consumer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data19 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data19.name !== void 0) {
              let data20 = data19.name;
              if (typeof data20 === "string") {
                if (func3(data20) > 128) {
                  const err44 = { instancePath: instancePath + "/consumers/" + i4 + "/name", schemaPath: "#/definitions/consumer/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema45.properties.name, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (func3(data20) < 1) {
                  const err45 = { instancePath: instancePath + "/consumers/" + i4 + "/name", schemaPath: "#/definitions/consumer/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.name, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (!pattern1.test(data20)) {
                  const err46 = { instancePath: instancePath + "/consumers/" + i4 + "/name", schemaPath: "#/definitions/consumer/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema45.properties.name, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/consumers/" + i4 + "/name", schemaPath: "#/definitions/consumer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.name.type, parentSchema: schema45.properties.name, data: data20 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.owner !== void 0) {
              let data21 = data19.owner;
              if (typeof data21 === "string") {
                if (!pattern2.test(data21)) {
                  const err48 = { instancePath: instancePath + "/consumers/" + i4 + "/owner", schemaPath: "#/definitions/consumer/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema45.properties.owner, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/consumers/" + i4 + "/owner", schemaPath: "#/definitions/consumer/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.owner.type, parentSchema: schema45.properties.owner, data: data21 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data19.contact !== void 0) {
              let data22 = data19.contact;
              if (typeof data22 === "string") {
                if (func3(data22) > 256) {
                  const err50 = { instancePath: instancePath + "/consumers/" + i4 + "/contact", schemaPath: "#/definitions/consumer/properties/contact/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema45.properties.contact, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (func3(data22) < 1) {
                  const err51 = { instancePath: instancePath + "/consumers/" + i4 + "/contact", schemaPath: "#/definitions/consumer/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.contact, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (!pattern1.test(data22)) {
                  const err52 = { instancePath: instancePath + "/consumers/" + i4 + "/contact", schemaPath: "#/definitions/consumer/properties/contact/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema45.properties.contact, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/consumers/" + i4 + "/contact", schemaPath: "#/definitions/consumer/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.contact.type, parentSchema: schema45.properties.contact, data: data22 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data19.kind !== void 0) {
              let data23 = data19.kind;
              if (!(data23 === "service" || data23 === "job" || data23 === "team" || data23 === "other")) {
                const err54 = { instancePath: instancePath + "/consumers/" + i4 + "/kind", schemaPath: "#/definitions/consumer/properties/kind/enum", keyword: "enum", params: { allowedValues: schema45.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.kind.enum, parentSchema: schema45.properties.kind, data: data23 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/consumers/" + i4, schemaPath: "#/definitions/consumer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data19 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/consumers", schemaPath: "#/properties/consumers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.consumers.type, parentSchema: schema30.properties.consumers, data: data18 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var card = validate20;
var schema46 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/card.schema.json", "title": "Version card (card.yaml)", "description": "Describes one version of a model: its version number, creation date, summary, lineage (parent models, datasets, training code), training setup and the artifact files that make up the release. Stored as models/<model>/<version>/card.yaml; the evaluation results go into metrics.yaml next to it.", "markdownDescription": "Describes one version of a model: its version number, creation date, summary, lineage (parent models, datasets, training code), training setup and the artifact files that make up the release.\n\nStored as `models/<model>/<version>/card.yaml`; the evaluation results go into `metrics.yaml` next to it.\n\n```yaml\nversion: 1.2.0\ncreated: 2024-05-02T09:30:00Z\nsummary: Retrained on Q1 reviews.\nartifacts:\n  - name: model.safetensors\n    uri: s3://acme-models/sentiment/1.2.0/model.safetensors\n    sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n    size: 438012345\n```", "type": "object", "required": ["version", "created", "summary"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "version": { "$ref": "#/definitions/semver", "description": "Version of the model described by this card, in Semantic Versioning 2.0.0 without a 'v' prefix. Must be equal to the name of the folder that contains this card.yaml.", "markdownDescription": "Version of the model described by this card, in [SemVer 2.0.0](https://semver.org) **without** a `v` prefix, e.g. `1.2.0` or `2.0.0-rc.1`. Must be equal to the name of the folder that contains this `card.yaml`." }, "created": { "description": "Date and time when this version was created (trained or exported), as an RFC 3339 date-time with a time zone.", "markdownDescription": "Date and time when this version was created (trained or exported), as an RFC 3339 date-time **with a time zone**, e.g. `2024-05-02T09:30:00Z`.", "type": "string", "format": "date-time", "examples": ["2024-05-02T09:30:00Z", "2024-05-02T11:30:00+02:00"] }, "summary": { "description": "One-line summary of what changed in this version (at most 300 characters). Used as the title of the release notes.", "markdownDescription": "One-line summary of what changed in this version (at most 300 characters). Used as the title of the release notes, e.g. `Retrained on Q1 2024 reviews; +1.2 pt F1`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "maxLength": 300, "examples": ["Retrained on Q1 2024 reviews; +1.2 pt F1."] }, "description": { "description": "Longer description of this version (Markdown), included in the release notes.", "markdownDescription": "Longer description of this version, in **Markdown**, included in the release notes.", "type": "string", "examples": ["Same architecture as 1.1.0, trained on **40 %** more data.\n\n- new: reviews from Q1 2024\n- fixed: label noise in the *electronics* category"] }, "lineage": { "$ref": "#/definitions/lineage", "description": "Where this version comes from: parent models, datasets and training code.", "markdownDescription": "Where this version comes from: `parents` (models it was derived from), `datasets` and training `code`." }, "training": { "$ref": "#/definitions/training", "description": "How this version was trained: hyper-parameters, software environment and a link to the training run.", "markdownDescription": "How this version was trained: hyper-parameters (`params`), software `environment` and a link to the training run (`run_url`)." }, "artifacts": { "description": "The files that make up this version (weights, tokenizer, configuration, ...). Each is either committed inside this version folder (path) or stored externally (uri), and is verified by its SHA-256 digest and size.", "markdownDescription": "The files that make up this version (weights, tokenizer, configuration, ...). Each is either committed inside this version folder (`path`) or stored externally (`uri`), and is verified by its `sha256` digest and `size`. Artifact names must be unique.\n\n```yaml\nartifacts:\n  - name: model.safetensors\n    uri: s3://acme-models/sentiment/1.2.0/model.safetensors\n    sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n    size: 438012345\n  - name: config.json\n    path: config.json\n    sha256: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\n    size: 812\n```", "type": "array", "items": { "$ref": "#/definitions/artifact" }, "examples": [[{ "name": "model.safetensors", "uri": "s3://acme-models/sentiment/1.2.0/model.safetensors", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 438012345 }]] } }, "examples": [{ "version": "1.2.0", "created": "2024-05-02T09:30:00Z", "summary": "Retrained on Q1 2024 reviews; +1.2 pt F1.", "description": "Same architecture as 1.1.0, trained on **40 %** more data.", "lineage": { "parents": [{ "model": "sentiment-classifier", "version": "1.1.0", "relation": "retrain" }, { "uri": "hf://distilbert/distilbert-base-uncased", "revision": "043235d6088ecd3dd5fb5ca3592b6913fd516027", "relation": "fine-tune" }], "datasets": [{ "name": "acme/reviews", "version": "2024-q1", "uri": "s3://acme-data/reviews/2024-q1/", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "role": "train" }, { "name": "imdb", "uri": "hf://datasets/stanfordnlp/imdb", "role": "test" }], "code": { "repo": "acme/sentiment-training", "commit": "3f786850e387550fdab836ed7e6dc881de23001b", "path": "train/finetune.py" } }, "training": { "params": { "learning_rate": 3e-5, "epochs": 3, "optimizer": "adamw", "fp16": true, "warmup_steps": null }, "environment": { "python": "3.11.9", "torch": "2.3.0", "transformers": "4.41.1", "cuda": "12.1" }, "run_url": "https://wandb.ai/acme/sentiment/runs/3kx9a2" }, "artifacts": [{ "name": "model.safetensors", "uri": "s3://acme-models/sentiment/1.2.0/model.safetensors", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 438012345, "media_type": "application/octet-stream" }, { "name": "config.json", "path": "config.json", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "size": 812, "media_type": "application/json" }], "x-reviewed-by": "@octocat" }], "definitions": { "semver": { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] }, "modelName": { "title": "ModelName", "description": "A model name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots: the name is part of git tags, URLs and file names, and GTO ignores names with dots).", "markdownDescription": "A model name: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit, e.g. `sentiment-classifier`. No dots: the name is part of git tags, URLs and file names, and [GTO](https://github.com/iterative/gto) ignores names with dots.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a lowercase name of 1 to 64 characters: letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. sentiment-classifier", "examples": ["sentiment-classifier", "churn_xgb", "resnet50_v2"] }, "sha256": { "title": "Sha256", "description": "A SHA-256 digest: exactly 64 lowercase hexadecimal characters, without a 'sha256:' prefix.", "markdownDescription": "A SHA-256 digest: exactly 64 lowercase hexadecimal characters, without a `sha256:` prefix, as printed by `sha256sum FILE` or `shasum -a 256 FILE`.", "type": "string", "pattern": "^[a-f0-9]{64}$", "patternErrorMessage": "a SHA-256 digest: exactly 64 lowercase hexadecimal characters (0-9, a-f) without a 'sha256:' prefix, as printed by sha256sum", "examples": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] }, "relation": { "title": "ParentRelation", "description": "How this version was derived from the parent: fine-tune, retrain, distill, quantize, merge, adapter or other.", "markdownDescription": "How this version was derived from the parent:\n\n- `fine-tune`: further training of the parent's weights on new data\n- `retrain`: trained again from scratch with the parent's recipe\n- `distill`: the parent was the teacher\n- `quantize`: reduced-precision copy of the parent\n- `merge`: weights merged from several parents\n- `adapter`: an adapter (e.g. LoRA) on top of the frozen parent\n- `other`: anything else (explain it in `description`)", "enum": ["fine-tune", "retrain", "distill", "quantize", "merge", "adapter", "other"], "examples": ["fine-tune", "quantize"] }, "registryParent": { "title": "RegistryParent", "description": "A parent model that is a version of a model in this registry.", "markdownDescription": "A parent model that is a version of a model in this registry.\n\n```yaml\nmodel: sentiment-classifier\nversion: 1.1.0\nrelation: retrain\n```", "type": "object", "required": ["model", "version", "relation"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "model": { "$ref": "#/definitions/modelName", "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry (the folder name under `models/`), e.g. `sentiment-classifier`." }, "version": { "$ref": "#/definitions/semver", "description": "Version of the parent model.", "markdownDescription": "Version of the parent model, e.g. `1.1.0`." }, "relation": { "$ref": "#/definitions/relation", "description": "How this version was derived from the parent.", "markdownDescription": "How this version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`." } } }, "externalParent": { "title": "ExternalParent", "description": "A parent model stored outside this registry, identified by a URI (hf://, s3://, gs://, https://, ...).", "markdownDescription": "A parent model stored outside this registry, identified by a URI (`hf://`, `s3://`, `gs://`, `https://`, ...).\n\n```yaml\nuri: hf://distilbert/distilbert-base-uncased\nrevision: 043235d6088ecd3dd5fb5ca3592b6913fd516027\nrelation: fine-tune\n```", "type": "object", "required": ["uri", "relation"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "uri": { "description": "URI of the parent model, with any scheme (hf://, s3://, gs://, https://, ...).", "markdownDescription": "URI of the parent model, with any scheme, e.g. `hf://distilbert/distilbert-base-uncased` or `s3://acme-models/base/2.0.0/`.", "type": "string", "format": "uri", "examples": ["hf://distilbert/distilbert-base-uncased", "s3://acme-models/base/2.0.0/"] }, "revision": { "description": "Revision of the external parent (commit, tag or version), so that the exact weights can be retrieved.", "markdownDescription": "Revision of the external parent (commit SHA, tag or version), so that the exact weights can be retrieved, e.g. a Hugging Face commit SHA.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["043235d6088ecd3dd5fb5ca3592b6913fd516027", "v2.0"] }, "relation": { "$ref": "#/definitions/relation", "description": "How this version was derived from the parent.", "markdownDescription": "How this version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`." } } }, "parent": { "title": "Parent", "description": "A parent model: either a version in this registry (model, version, relation) or an external model (uri, revision, relation). Entries with a uri are external parents.", "markdownDescription": "A parent model: either a version in this registry\n\n```yaml\n- model: sentiment-classifier\n  version: 1.1.0\n  relation: retrain\n```\n\nor an external model (entries with a `uri`)\n\n```yaml\n- uri: hf://distilbert/distilbert-base-uncased\n  relation: fine-tune\n```", "if": { "type": "object", "required": ["uri"], "properties": { "uri": true } }, "then": { "$ref": "#/definitions/externalParent" }, "else": { "$ref": "#/definitions/registryParent" } }, "dataset": { "title": "Dataset", "description": "A dataset used to train, validate or test this version.", "markdownDescription": "A dataset used to train, validate or test this version.\n\n```yaml\nname: acme/reviews\nversion: 2024-q1\nuri: s3://acme-data/reviews/2024-q1/\nrole: train\n```", "type": "object", "required": ["name"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset, e.g. `imdb` or `acme/reviews`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["imdb", "acme/reviews"] }, "version": { "description": "Version, snapshot or revision of the dataset.", "markdownDescription": "Version, snapshot or revision of the dataset, e.g. `2024-q1` or a commit SHA.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["2024-q1", "1.0.0"] }, "uri": { "description": "Where the dataset is stored, with any scheme (s3://, gs://, hf://, https://, ...).", "markdownDescription": "Where the dataset is stored, with any scheme, e.g. `s3://acme-data/reviews/2024-q1/` or `hf://datasets/stanfordnlp/imdb`.", "type": "string", "format": "uri", "examples": ["s3://acme-data/reviews/2024-q1/", "hf://datasets/stanfordnlp/imdb"] }, "sha256": { "$ref": "#/definitions/sha256", "description": "SHA-256 digest of the dataset (file or archive), to detect changes.", "markdownDescription": "SHA-256 digest of the dataset file or archive (64 lowercase hex characters), to detect changes." }, "role": { "description": "What the dataset was used for: train, validation, test or other.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other`.", "enum": ["train", "validation", "test", "other"], "examples": ["train", "test"] } } }, "codeRef": { "title": "CodeRef", "description": "The training code: a GitHub repository, the exact commit and optionally the path of the entry point.", "markdownDescription": "The training code: a GitHub repository, the exact commit and optionally the path of the entry point.\n\n```yaml\nrepo: acme/sentiment-training\ncommit: 3f786850e387550fdab836ed7e6dc881de23001b\npath: train/finetune.py\n```", "type": "object", "required": ["repo", "commit"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "repo": { "description": "GitHub repository of the training code, as owner/name.", "markdownDescription": "GitHub repository of the training code, as `owner/name`, e.g. `acme/sentiment-training` (no `https://github.com/` prefix).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "patternErrorMessage": "a GitHub repository as owner/name, e.g. acme/sentiment-training (without https://github.com/)", "examples": ["acme/sentiment-training"] }, "commit": { "description": "Full 40-character commit SHA (lowercase hexadecimal) of the training code.", "markdownDescription": "Full 40-character commit SHA (lowercase hexadecimal) of the training code, as printed by `git rev-parse HEAD`.", "type": "string", "pattern": "^[0-9a-f]{40}$", "patternErrorMessage": "a full 40-character Git commit SHA in lowercase hexadecimal, as printed by git rev-parse HEAD (abbreviated SHAs are not accepted)", "examples": ["3f786850e387550fdab836ed7e6dc881de23001b"] }, "path": { "description": "Path of the training entry point or folder inside the repository.", "markdownDescription": "Path of the training entry point or folder inside the repository, e.g. `train/finetune.py`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["train/finetune.py", "pipelines/sentiment/"] } } }, "lineage": { "title": "Lineage", "description": "Where this version comes from: parent models, datasets and training code.", "markdownDescription": "Where this version comes from: `parents` (models it was derived from), `datasets` and training `code`.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "parents": { "description": "Models this version was derived from: versions in this registry (model, version, relation) or external models (uri, revision, relation).", "markdownDescription": "Models this version was derived from: versions in this registry or external models (entries with a `uri`).\n\n```yaml\nparents:\n  - model: sentiment-classifier\n    version: 1.1.0\n    relation: retrain\n  - uri: hf://distilbert/distilbert-base-uncased\n    revision: 043235d6088ecd3dd5fb5ca3592b6913fd516027\n    relation: fine-tune\n```", "type": "array", "items": { "$ref": "#/definitions/parent" }, "examples": [[{ "model": "sentiment-classifier", "version": "1.1.0", "relation": "retrain" }]] }, "datasets": { "description": "Datasets used to train, validate or test this version.", "markdownDescription": "Datasets used to train, validate or test this version.\n\n```yaml\ndatasets:\n  - name: acme/reviews\n    version: 2024-q1\n    role: train\n  - name: imdb\n    role: test\n```", "type": "array", "items": { "$ref": "#/definitions/dataset" }, "examples": [[{ "name": "imdb", "role": "test" }]] }, "code": { "$ref": "#/definitions/codeRef", "description": "The training code: GitHub repository, commit and path.", "markdownDescription": "The training code: GitHub `repo` (`owner/name`), full `commit` SHA and optional `path`." } } }, "training": { "title": "Training", "description": "How this version was trained: hyper-parameters, software environment and a link to the training run.", "markdownDescription": "How this version was trained: hyper-parameters (`params`), software `environment` and a link to the training run (`run_url`).", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "params": { "description": "Hyper-parameters of the training, mapped to scalar values (string, number, boolean or null). Nested objects and lists are not allowed: flatten them with dotted names.", "markdownDescription": "Hyper-parameters of the training, mapped to scalar values (string, number, boolean or `null`). Nested objects and lists are not allowed: flatten them with dotted names.\n\n```yaml\nparams:\n  learning_rate: 3.0e-5\n  epochs: 3\n  optimizer.name: adamw\n  fp16: true\n```", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a parameter name: a letter or '_' followed by up to 127 letters, digits or any of _ . : / @ -, e.g. learning_rate or optimizer.lr" }, "additionalProperties": { "description": "Value of the hyper-parameter: a string, number, boolean or null.", "markdownDescription": "Value of the hyper-parameter: a string, number, boolean or `null` (no objects or lists), e.g. `3.0e-5`, `adamw`, `true`.", "type": ["string", "number", "boolean", "null"], "examples": [3e-5, 3, "adamw", true, null] }, "examples": [{ "learning_rate": 3e-5, "epochs": 3, "optimizer.name": "adamw", "fp16": true }] }, "environment": { "description": 'Software environment of the training: package or tool name mapped to its version, as a string. Quote versions in YAML (python: "3.10"), otherwise 3.10 is read as the number 3.1.', "markdownDescription": 'Software environment of the training: package or tool name mapped to its version, **as a string**. Quote versions in YAML, otherwise `python: 3.10` is read as the number `3.1`.\n\n```yaml\nenvironment:\n  python: "3.11.9"\n  torch: "2.3.0"\n  cuda: "12.1"\n```', "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$", "patternErrorMessage": "a package or tool name: up to 128 letters, digits or any of . _ + / @ : -, starting with a letter, digit, '@' or '_', e.g. python, torch or @tensorflow/tfjs" }, "additionalProperties": { "description": "Version of the package or tool, as a string (quote it in YAML).", "markdownDescription": 'Version of the package or tool, **as a string**: write `"3.10"`, not `3.10` (which YAML reads as the number `3.1`).', "type": "string", "minLength": 1, "examples": ["3.11.9", "2.3.0+cu121"] }, "examples": [{ "python": "3.11.9", "torch": "2.3.0", "cuda": "12.1" }] }, "stats": { "description": "Statistics of the training run as the training script reported them (epoch, runtimes, samples per second, total FLOPs), mapped to numbers. add, register and convert-metrics move them here from a metrics file.", "markdownDescription": "Statistics of the training run as the training script reported them (`epoch`, `train_runtime`, `eval_samples_per_second`, `total_flos`\u2026), mapped to numbers: not metrics of the model. `add`, `register` and `convert-metrics` move them here from a metrics file.\n\n```yaml\nstats:\n  epoch: 3\n  train_runtime: 1620.95\n```", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a statistic name: a letter or '_' followed by up to 127 letters, digits or any of _ . : / @ -, e.g. train_runtime" }, "additionalProperties": { "description": "The statistic's value.", "markdownDescription": "The statistic's value, e.g. `1620.95`.", "type": "number", "examples": [1620.95, 3] }, "examples": [{ "epoch": 3, "train_runtime": 1620.95 }] }, "run_url": { "description": "http(s) URL of the training run in the experiment tracker or CI system.", "markdownDescription": "`http(s)` URL of the training run in the experiment tracker or CI system, e.g. a Weights & Biases or MLflow run page.", "type": "string", "pattern": "^https?://", "patternErrorMessage": "an http:// or https:// URL, e.g. https://wandb.ai/acme/sentiment/runs/3kx9a2", "if": { "pattern": "^https?://" }, "then": { "format": "uri" }, "examples": ["https://wandb.ai/acme/sentiment/runs/3kx9a2"] } } }, "artifact": { "title": "Artifact", "description": "A file of this version, verified by its SHA-256 digest and size. Give exactly one of path (a file committed inside this version folder) or uri (a file stored elsewhere).", "markdownDescription": "A file of this version, verified by its `sha256` digest and `size`. Give **exactly one** of `path` (a file committed inside this version folder) or `uri` (a file stored elsewhere).\n\n```yaml\nname: model.safetensors\nuri: s3://acme-models/sentiment/1.2.0/model.safetensors\nsha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nsize: 438012345\n```", "type": "object", "required": ["name", "sha256", "size"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "File name of the artifact (no slashes), as attached to the release. Must be unique within the version.", "markdownDescription": "File name of the artifact (no slashes), as attached to the release, e.g. `model.safetensors`. Must be unique within the version.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$", "patternErrorMessage": "a file name without slashes: up to 255 letters, digits or any of . _ + -, starting with a letter or digit, e.g. model.safetensors", "examples": ["model.safetensors", "tokenizer.json", "model-q4_k_m.gguf"] }, "sha256": { "$ref": "#/definitions/sha256", "description": "SHA-256 digest of the file.", "markdownDescription": "SHA-256 digest of the file (64 lowercase hex characters), as printed by `sha256sum FILE`." }, "size": { "description": "Size of the file in bytes.", "markdownDescription": "Size of the file in bytes (an integer `>= 0`), as printed by `stat -c %s FILE` or `wc -c < FILE`.", "type": "integer", "minimum": 0, "examples": [438012345, 812] }, "media_type": { "description": "Media (MIME) type of the file, used as the content type of the release asset.", "markdownDescription": "Media (MIME) type of the file, used as the content type of the release asset, e.g. `application/octet-stream` or `application/json`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["application/octet-stream", "application/json"] }, "path": { "description": "Relative path of the file committed inside this version folder, with / separators (checked by the artifact-path rule: not absolute, no .., no symlinks). Give either path or uri, not both.", "markdownDescription": "Relative path of the file committed inside this version folder, with `/` separators, e.g. `config.json` or `tokenizer/vocab.txt`. Must not be absolute or contain `..`. Give either `path` or `uri`, not both.", "type": "string", "examples": ["config.json", "tokenizer/vocab.txt"], "minLength": 1 }, "uri": { "description": "URI of the file stored outside the repository, with any scheme (s3://, gs://, hf://, https://, ...). Give either path or uri, not both.", "markdownDescription": "URI of the file stored outside the repository, with any scheme, e.g. `s3://acme-models/sentiment/1.2.0/model.safetensors` or `hf://acme/sentiment/model.safetensors`. Give either `path` or `uri`, not both.", "type": "string", "format": "uri", "examples": ["s3://acme-models/sentiment/1.2.0/model.safetensors", "https://models.example.com/sentiment/1.2.0/model.safetensors"] } }, "if": { "type": "object", "required": ["uri"], "properties": { "uri": true } }, "then": { "description": "An artifact with a uri must not also have a path: give either path (a file committed in this version folder) or uri (an external file), not both.", "not": { "required": ["path"], "properties": { "path": true } }, "errorMessage": "give either `path` (a file committed in this version folder) or `uri` (a file stored elsewhere), not both" }, "else": { "description": "An artifact without a uri must have a path: give either path (a file committed in this version folder) or uri (an external file).", "required": ["path"], "properties": { "path": true }, "errorMessage": "give `path` (a file committed in this version folder) or `uri` (a file stored elsewhere)" } } } };
var schema47 = { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] };
var schema59 = { "title": "Training", "description": "How this version was trained: hyper-parameters, software environment and a link to the training run.", "markdownDescription": "How this version was trained: hyper-parameters (`params`), software `environment` and a link to the training run (`run_url`).", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "params": { "description": "Hyper-parameters of the training, mapped to scalar values (string, number, boolean or null). Nested objects and lists are not allowed: flatten them with dotted names.", "markdownDescription": "Hyper-parameters of the training, mapped to scalar values (string, number, boolean or `null`). Nested objects and lists are not allowed: flatten them with dotted names.\n\n```yaml\nparams:\n  learning_rate: 3.0e-5\n  epochs: 3\n  optimizer.name: adamw\n  fp16: true\n```", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a parameter name: a letter or '_' followed by up to 127 letters, digits or any of _ . : / @ -, e.g. learning_rate or optimizer.lr" }, "additionalProperties": { "description": "Value of the hyper-parameter: a string, number, boolean or null.", "markdownDescription": "Value of the hyper-parameter: a string, number, boolean or `null` (no objects or lists), e.g. `3.0e-5`, `adamw`, `true`.", "type": ["string", "number", "boolean", "null"], "examples": [3e-5, 3, "adamw", true, null] }, "examples": [{ "learning_rate": 3e-5, "epochs": 3, "optimizer.name": "adamw", "fp16": true }] }, "environment": { "description": 'Software environment of the training: package or tool name mapped to its version, as a string. Quote versions in YAML (python: "3.10"), otherwise 3.10 is read as the number 3.1.', "markdownDescription": 'Software environment of the training: package or tool name mapped to its version, **as a string**. Quote versions in YAML, otherwise `python: 3.10` is read as the number `3.1`.\n\n```yaml\nenvironment:\n  python: "3.11.9"\n  torch: "2.3.0"\n  cuda: "12.1"\n```', "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$", "patternErrorMessage": "a package or tool name: up to 128 letters, digits or any of . _ + / @ : -, starting with a letter, digit, '@' or '_', e.g. python, torch or @tensorflow/tfjs" }, "additionalProperties": { "description": "Version of the package or tool, as a string (quote it in YAML).", "markdownDescription": 'Version of the package or tool, **as a string**: write `"3.10"`, not `3.10` (which YAML reads as the number `3.1`).', "type": "string", "minLength": 1, "examples": ["3.11.9", "2.3.0+cu121"] }, "examples": [{ "python": "3.11.9", "torch": "2.3.0", "cuda": "12.1" }] }, "stats": { "description": "Statistics of the training run as the training script reported them (epoch, runtimes, samples per second, total FLOPs), mapped to numbers. add, register and convert-metrics move them here from a metrics file.", "markdownDescription": "Statistics of the training run as the training script reported them (`epoch`, `train_runtime`, `eval_samples_per_second`, `total_flos`\u2026), mapped to numbers: not metrics of the model. `add`, `register` and `convert-metrics` move them here from a metrics file.\n\n```yaml\nstats:\n  epoch: 3\n  train_runtime: 1620.95\n```", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a statistic name: a letter or '_' followed by up to 127 letters, digits or any of _ . : / @ -, e.g. train_runtime" }, "additionalProperties": { "description": "The statistic's value.", "markdownDescription": "The statistic's value, e.g. `1620.95`.", "type": "number", "examples": [1620.95, 3] }, "examples": [{ "epoch": 3, "train_runtime": 1620.95 }] }, "run_url": { "description": "http(s) URL of the training run in the experiment tracker or CI system.", "markdownDescription": "`http(s)` URL of the training run in the experiment tracker or CI system, e.g. a Weights & Biases or MLflow run page.", "type": "string", "pattern": "^https?://", "patternErrorMessage": "an http:// or https:// URL, e.g. https://wandb.ai/acme/sentiment/runs/3kx9a2", "if": { "pattern": "^https?://" }, "then": { "format": "uri" }, "examples": ["https://wandb.ai/acme/sentiment/runs/3kx9a2"] } } };
var pattern73 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", "u");
var pattern74 = new RegExp("^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$", "u");
var formats2 = formats.fullFormats["date-time"];
var schema48 = { "title": "Lineage", "description": "Where this version comes from: parent models, datasets and training code.", "markdownDescription": "Where this version comes from: `parents` (models it was derived from), `datasets` and training `code`.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "parents": { "description": "Models this version was derived from: versions in this registry (model, version, relation) or external models (uri, revision, relation).", "markdownDescription": "Models this version was derived from: versions in this registry or external models (entries with a `uri`).\n\n```yaml\nparents:\n  - model: sentiment-classifier\n    version: 1.1.0\n    relation: retrain\n  - uri: hf://distilbert/distilbert-base-uncased\n    revision: 043235d6088ecd3dd5fb5ca3592b6913fd516027\n    relation: fine-tune\n```", "type": "array", "items": { "$ref": "#/definitions/parent" }, "examples": [[{ "model": "sentiment-classifier", "version": "1.1.0", "relation": "retrain" }]] }, "datasets": { "description": "Datasets used to train, validate or test this version.", "markdownDescription": "Datasets used to train, validate or test this version.\n\n```yaml\ndatasets:\n  - name: acme/reviews\n    version: 2024-q1\n    role: train\n  - name: imdb\n    role: test\n```", "type": "array", "items": { "$ref": "#/definitions/dataset" }, "examples": [[{ "name": "imdb", "role": "test" }]] }, "code": { "$ref": "#/definitions/codeRef", "description": "The training code: GitHub repository, commit and path.", "markdownDescription": "The training code: GitHub `repo` (`owner/name`), full `commit` SHA and optional `path`." } } };
var schema58 = { "title": "CodeRef", "description": "The training code: a GitHub repository, the exact commit and optionally the path of the entry point.", "markdownDescription": "The training code: a GitHub repository, the exact commit and optionally the path of the entry point.\n\n```yaml\nrepo: acme/sentiment-training\ncommit: 3f786850e387550fdab836ed7e6dc881de23001b\npath: train/finetune.py\n```", "type": "object", "required": ["repo", "commit"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "repo": { "description": "GitHub repository of the training code, as owner/name.", "markdownDescription": "GitHub repository of the training code, as `owner/name`, e.g. `acme/sentiment-training` (no `https://github.com/` prefix).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "patternErrorMessage": "a GitHub repository as owner/name, e.g. acme/sentiment-training (without https://github.com/)", "examples": ["acme/sentiment-training"] }, "commit": { "description": "Full 40-character commit SHA (lowercase hexadecimal) of the training code.", "markdownDescription": "Full 40-character commit SHA (lowercase hexadecimal) of the training code, as printed by `git rev-parse HEAD`.", "type": "string", "pattern": "^[0-9a-f]{40}$", "patternErrorMessage": "a full 40-character Git commit SHA in lowercase hexadecimal, as printed by git rev-parse HEAD (abbreviated SHAs are not accepted)", "examples": ["3f786850e387550fdab836ed7e6dc881de23001b"] }, "path": { "description": "Path of the training entry point or folder inside the repository.", "markdownDescription": "Path of the training entry point or folder inside the repository, e.g. `train/finetune.py`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["train/finetune.py", "pipelines/sentiment/"] } } };
var pattern69 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern70 = new RegExp("^[0-9a-f]{40}$", "u");
var schema49 = { "title": "Parent", "description": "A parent model: either a version in this registry (model, version, relation) or an external model (uri, revision, relation). Entries with a uri are external parents.", "markdownDescription": "A parent model: either a version in this registry\n\n```yaml\n- model: sentiment-classifier\n  version: 1.1.0\n  relation: retrain\n```\n\nor an external model (entries with a `uri`)\n\n```yaml\n- uri: hf://distilbert/distilbert-base-uncased\n  relation: fine-tune\n```", "if": { "type": "object", "required": ["uri"], "properties": { "uri": true } }, "then": { "$ref": "#/definitions/externalParent" }, "else": { "$ref": "#/definitions/registryParent" } };
var schema50 = { "title": "ExternalParent", "description": "A parent model stored outside this registry, identified by a URI (hf://, s3://, gs://, https://, ...).", "markdownDescription": "A parent model stored outside this registry, identified by a URI (`hf://`, `s3://`, `gs://`, `https://`, ...).\n\n```yaml\nuri: hf://distilbert/distilbert-base-uncased\nrevision: 043235d6088ecd3dd5fb5ca3592b6913fd516027\nrelation: fine-tune\n```", "type": "object", "required": ["uri", "relation"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "uri": { "description": "URI of the parent model, with any scheme (hf://, s3://, gs://, https://, ...).", "markdownDescription": "URI of the parent model, with any scheme, e.g. `hf://distilbert/distilbert-base-uncased` or `s3://acme-models/base/2.0.0/`.", "type": "string", "format": "uri", "examples": ["hf://distilbert/distilbert-base-uncased", "s3://acme-models/base/2.0.0/"] }, "revision": { "description": "Revision of the external parent (commit, tag or version), so that the exact weights can be retrieved.", "markdownDescription": "Revision of the external parent (commit SHA, tag or version), so that the exact weights can be retrieved, e.g. a Hugging Face commit SHA.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["043235d6088ecd3dd5fb5ca3592b6913fd516027", "v2.0"] }, "relation": { "$ref": "#/definitions/relation", "description": "How this version was derived from the parent.", "markdownDescription": "How this version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`." } } };
var schema51 = { "title": "ParentRelation", "description": "How this version was derived from the parent: fine-tune, retrain, distill, quantize, merge, adapter or other.", "markdownDescription": "How this version was derived from the parent:\n\n- `fine-tune`: further training of the parent's weights on new data\n- `retrain`: trained again from scratch with the parent's recipe\n- `distill`: the parent was the teacher\n- `quantize`: reduced-precision copy of the parent\n- `merge`: weights merged from several parents\n- `adapter`: an adapter (e.g. LoRA) on top of the frozen parent\n- `other`: anything else (explain it in `description`)", "enum": ["fine-tune", "retrain", "distill", "quantize", "merge", "adapter", "other"], "examples": ["fine-tune", "quantize"] };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.uri === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.relation === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relation" }, message: "must have required property 'relation'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "uri" || key0 === "revision" || key0 === "relation" || pattern0.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data0 = data.uri;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err3 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema50.properties.uri, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.uri.type, parentSchema: schema50.properties.uri, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.revision !== void 0) {
      let data1 = data.revision;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.revision, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema50.properties.revision, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.revision.type, parentSchema: schema50.properties.revision, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.relation !== void 0) {
      let data2 = data.relation;
      if (!(data2 === "fine-tune" || data2 === "retrain" || data2 === "distill" || data2 === "quantize" || data2 === "merge" || data2 === "adapter" || data2 === "other")) {
        const err8 = { instancePath: instancePath + "/relation", schemaPath: "#/definitions/relation/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema52 = { "title": "RegistryParent", "description": "A parent model that is a version of a model in this registry.", "markdownDescription": "A parent model that is a version of a model in this registry.\n\n```yaml\nmodel: sentiment-classifier\nversion: 1.1.0\nrelation: retrain\n```", "type": "object", "required": ["model", "version", "relation"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "model": { "$ref": "#/definitions/modelName", "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry (the folder name under `models/`), e.g. `sentiment-classifier`." }, "version": { "$ref": "#/definitions/semver", "description": "Version of the parent model.", "markdownDescription": "Version of the parent model, e.g. `1.1.0`." }, "relation": { "$ref": "#/definitions/relation", "description": "How this version was derived from the parent.", "markdownDescription": "How this version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`." } } };
var schema53 = { "title": "ModelName", "description": "A model name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots: the name is part of git tags, URLs and file names, and GTO ignores names with dots).", "markdownDescription": "A model name: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit, e.g. `sentiment-classifier`. No dots: the name is part of git tags, URLs and file names, and [GTO](https://github.com/iterative/gto) ignores names with dots.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a lowercase name of 1 to 64 characters: letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. sentiment-classifier", "examples": ["sentiment-classifier", "churn_xgb", "resnet50_v2"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.relation === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relation" }, message: "must have required property 'relation'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "model" || key0 === "version" || key0 === "relation" || pattern0.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err4 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/modelName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema53, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/modelName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern38.test(data1)) {
          const err6 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema47, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.relation !== void 0) {
      let data2 = data.relation;
      if (!(data2 === "fine-tune" || data2 === "retrain" || data2 === "distill" || data2 === "quantize" || data2 === "merge" || data2 === "adapter" || data2 === "other")) {
        const err8 = { instancePath: instancePath + "/relation", schemaPath: "#/definitions/relation/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.uri === void 0 && (missing0 = "uri")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema49.if, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema56 = { "title": "Dataset", "description": "A dataset used to train, validate or test this version.", "markdownDescription": "A dataset used to train, validate or test this version.\n\n```yaml\nname: acme/reviews\nversion: 2024-q1\nuri: s3://acme-data/reviews/2024-q1/\nrole: train\n```", "type": "object", "required": ["name"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset, e.g. `imdb` or `acme/reviews`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["imdb", "acme/reviews"] }, "version": { "description": "Version, snapshot or revision of the dataset.", "markdownDescription": "Version, snapshot or revision of the dataset, e.g. `2024-q1` or a commit SHA.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["2024-q1", "1.0.0"] }, "uri": { "description": "Where the dataset is stored, with any scheme (s3://, gs://, hf://, https://, ...).", "markdownDescription": "Where the dataset is stored, with any scheme, e.g. `s3://acme-data/reviews/2024-q1/` or `hf://datasets/stanfordnlp/imdb`.", "type": "string", "format": "uri", "examples": ["s3://acme-data/reviews/2024-q1/", "hf://datasets/stanfordnlp/imdb"] }, "sha256": { "$ref": "#/definitions/sha256", "description": "SHA-256 digest of the dataset (file or archive), to detect changes.", "markdownDescription": "SHA-256 digest of the dataset file or archive (64 lowercase hex characters), to detect changes." }, "role": { "description": "What the dataset was used for: train, validation, test or other.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other`.", "enum": ["train", "validation", "test", "other"], "examples": ["train", "test"] } } };
var schema57 = { "title": "Sha256", "description": "A SHA-256 digest: exactly 64 lowercase hexadecimal characters, without a 'sha256:' prefix.", "markdownDescription": "A SHA-256 digest: exactly 64 lowercase hexadecimal characters, without a `sha256:` prefix, as printed by `sha256sum FILE` or `shasum -a 256 FILE`.", "type": "string", "pattern": "^[a-f0-9]{64}$", "patternErrorMessage": "a SHA-256 digest: exactly 64 lowercase hexadecimal characters (0-9, a-f) without a 'sha256:' prefix, as printed by sha256sum", "examples": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"] };
var pattern67 = new RegExp("^[a-f0-9]{64}$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "version" || key0 === "uri" || key0 === "sha256" || key0 === "role" || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern1.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema56.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.name.type, parentSchema: schema56.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.version, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema56.properties.version, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.version.type, parentSchema: schema56.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data2 = data.uri;
      if (typeof data2 === "string") {
        if (!formats0(data2)) {
          const err8 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema56.properties.uri, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.uri.type, parentSchema: schema56.properties.uri, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data3 = data.sha256;
      if (typeof data3 === "string") {
        if (!pattern67.test(data3)) {
          const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema57, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data4 = data.role;
      if (!(data4 === "train" || data4 === "validation" || data4 === "test" || data4 === "other")) {
        const err12 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema56.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.role.enum, parentSchema: schema56.properties.role, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "parents" || key0 === "datasets" || key0 === "code" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.parents !== void 0) {
      let data0 = data.parents;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data0[i0], { instancePath: instancePath + "/parents/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/parents", schemaPath: "#/properties/parents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.parents.type, parentSchema: schema48.properties.parents, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.datasets !== void 0) {
      let data2 = data.datasets;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate28(data2[i1], { instancePath: instancePath + "/datasets/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.datasets.type, parentSchema: schema48.properties.datasets, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data4 = data.code;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.repo === void 0) {
          const err3 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/codeRef/required", keyword: "required", params: { missingProperty: "repo" }, message: "must have required property 'repo'", schema: schema58.required, parentSchema: schema58, data: data4 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data4.commit === void 0) {
          const err4 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/codeRef/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema58.required, parentSchema: schema58, data: data4 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "repo" || key1 === "commit" || key1 === "path" || pattern0.test(key1))) {
            const err5 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/codeRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.repo !== void 0) {
          let data5 = data4.repo;
          if (typeof data5 === "string") {
            if (!pattern69.test(data5)) {
              const err6 = { instancePath: instancePath + "/code/repo", schemaPath: "#/definitions/codeRef/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema58.properties.repo, data: data5 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/code/repo", schemaPath: "#/definitions/codeRef/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.repo.type, parentSchema: schema58.properties.repo, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.commit !== void 0) {
          let data6 = data4.commit;
          if (typeof data6 === "string") {
            if (!pattern70.test(data6)) {
              const err8 = { instancePath: instancePath + "/code/commit", schemaPath: "#/definitions/codeRef/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema58.properties.commit, data: data6 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/code/commit", schemaPath: "#/definitions/codeRef/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.commit.type, parentSchema: schema58.properties.commit, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.path !== void 0) {
          let data7 = data4.path;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err10 = { instancePath: instancePath + "/code/path", schemaPath: "#/definitions/codeRef/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.path, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern1.test(data7)) {
              const err11 = { instancePath: instancePath + "/code/path", schemaPath: "#/definitions/codeRef/properties/path/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema58.properties.path, data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/code/path", schemaPath: "#/definitions/codeRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.path.type, parentSchema: schema58.properties.path, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/codeRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema60 = { "title": "Artifact", "description": "A file of this version, verified by its SHA-256 digest and size. Give exactly one of path (a file committed inside this version folder) or uri (a file stored elsewhere).", "markdownDescription": "A file of this version, verified by its `sha256` digest and `size`. Give **exactly one** of `path` (a file committed inside this version folder) or `uri` (a file stored elsewhere).\n\n```yaml\nname: model.safetensors\nuri: s3://acme-models/sentiment/1.2.0/model.safetensors\nsha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nsize: 438012345\n```", "type": "object", "required": ["name", "sha256", "size"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "name": { "description": "File name of the artifact (no slashes), as attached to the release. Must be unique within the version.", "markdownDescription": "File name of the artifact (no slashes), as attached to the release, e.g. `model.safetensors`. Must be unique within the version.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$", "patternErrorMessage": "a file name without slashes: up to 255 letters, digits or any of . _ + -, starting with a letter or digit, e.g. model.safetensors", "examples": ["model.safetensors", "tokenizer.json", "model-q4_k_m.gguf"] }, "sha256": { "$ref": "#/definitions/sha256", "description": "SHA-256 digest of the file.", "markdownDescription": "SHA-256 digest of the file (64 lowercase hex characters), as printed by `sha256sum FILE`." }, "size": { "description": "Size of the file in bytes.", "markdownDescription": "Size of the file in bytes (an integer `>= 0`), as printed by `stat -c %s FILE` or `wc -c < FILE`.", "type": "integer", "minimum": 0, "examples": [438012345, 812] }, "media_type": { "description": "Media (MIME) type of the file, used as the content type of the release asset.", "markdownDescription": "Media (MIME) type of the file, used as the content type of the release asset, e.g. `application/octet-stream` or `application/json`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["application/octet-stream", "application/json"] }, "path": { "description": "Relative path of the file committed inside this version folder, with / separators (checked by the artifact-path rule: not absolute, no .., no symlinks). Give either path or uri, not both.", "markdownDescription": "Relative path of the file committed inside this version folder, with `/` separators, e.g. `config.json` or `tokenizer/vocab.txt`. Must not be absolute or contain `..`. Give either `path` or `uri`, not both.", "type": "string", "examples": ["config.json", "tokenizer/vocab.txt"], "minLength": 1 }, "uri": { "description": "URI of the file stored outside the repository, with any scheme (s3://, gs://, hf://, https://, ...). Give either path or uri, not both.", "markdownDescription": "URI of the file stored outside the repository, with any scheme, e.g. `s3://acme-models/sentiment/1.2.0/model.safetensors` or `hf://acme/sentiment/model.safetensors`. Give either `path` or `uri`, not both.", "type": "string", "format": "uri", "examples": ["s3://acme-models/sentiment/1.2.0/model.safetensors", "https://models.example.com/sentiment/1.2.0/model.safetensors"] } }, "if": { "type": "object", "required": ["uri"], "properties": { "uri": true } }, "then": { "description": "An artifact with a uri must not also have a path: give either path (a file committed in this version folder) or uri (an external file), not both.", "not": { "required": ["path"], "properties": { "path": true } }, "errorMessage": "give either `path` (a file committed in this version folder) or `uri` (a file stored elsewhere), not both" }, "else": { "description": "An artifact without a uri must have a path: give either path (a file committed in this version folder) or uri (an external file).", "required": ["path"], "properties": { "path": true }, "errorMessage": "give `path` (a file committed in this version folder) or `uri` (a file stored elsewhere)" } };
var pattern79 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.uri === void 0 && (missing0 = "uri")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    const _errs5 = errors;
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.path === void 0 && (missing1 = "path")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var valid1 = _errs6 === errors;
    if (valid1) {
      const err3 = { instancePath, schemaPath: "#/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema60.then.not, parentSchema: schema60.then, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      errors = _errs5;
      if (vErrors !== null) {
        if (_errs5) {
          vErrors.length = _errs5;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        const err4 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema60.else.required, parentSchema: schema60.else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema60.if, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.size === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "sha256" || key0 === "size" || key0 === "media_type" || key0 === "path" || key0 === "uri" || pattern0.test(key0))) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern79.test(data0)) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$", parentSchema: schema60.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.name.type, parentSchema: schema60.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 === "string") {
        if (!pattern67.test(data1)) {
          const err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data2 = data.size;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err14 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema60.properties.size.type, parentSchema: schema60.properties.size, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err15 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema60.properties.size, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.media_type !== void 0) {
      let data3 = data.media_type;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err16 = { instancePath: instancePath + "/media_type", schemaPath: "#/properties/media_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.media_type, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern1.test(data3)) {
          const err17 = { instancePath: instancePath + "/media_type", schemaPath: "#/properties/media_type/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema60.properties.media_type, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/media_type", schemaPath: "#/properties/media_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.media_type.type, parentSchema: schema60.properties.media_type, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data4 = data.path;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err19 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.properties.path, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.path.type, parentSchema: schema60.properties.path, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data5 = data.uri;
      if (typeof data5 === "string") {
        if (!formats0(data5)) {
          const err21 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema60.properties.uri, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.uri.type, parentSchema: schema60.properties.uri, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "created" || key0 === "summary" || key0 === "description" || key0 === "lineage" || key0 === "training" || key0 === "artifacts" || pattern0.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (!pattern38.test(data0)) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data1 = data.created;
      if (typeof data1 === "string") {
        if (!formats2.validate(data1)) {
          const err6 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema46.properties.created, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.created.type, parentSchema: schema46.properties.created, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data2 = data.summary;
      if (typeof data2 === "string") {
        if (func3(data2) > 300) {
          const err8 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema46.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err9 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern1.test(data2)) {
          const err10 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema46.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.summary.type, parentSchema: schema46.properties.summary, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.description.type, parentSchema: schema46.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.lineage !== void 0) {
      if (!validate21(data.lineage, { instancePath: instancePath + "/lineage", parentData: data, parentDataProperty: "lineage", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.training !== void 0) {
      let data5 = data.training;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "params" || key1 === "environment" || key1 === "stats" || key1 === "run_url" || pattern0.test(key1))) {
            const err13 = { instancePath: instancePath + "/training", schemaPath: "#/definitions/training/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.params !== void 0) {
          let data6 = data5.params;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key2 in data6) {
              const _errs18 = errors;
              if (typeof key2 === "string") {
                if (!pattern73.test(key2)) {
                  const err14 = { instancePath: instancePath + "/training/params", schemaPath: "#/definitions/training/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema59.properties.params.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/training/params", schemaPath: "#/definitions/training/properties/params/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.params.propertyNames.type, parentSchema: schema59.properties.params.propertyNames, data: key2, propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var valid4 = _errs18 === errors;
              if (!valid4) {
                const err16 = { instancePath: instancePath + "/training/params", schemaPath: "#/definitions/training/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema59.properties.params.propertyNames, parentSchema: schema59.properties.params, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            for (const key3 in data6) {
              let data7 = data6[key3];
              if (typeof data7 !== "string" && !(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "boolean" && data7 !== null) {
                const err17 = { instancePath: instancePath + "/training/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/training/properties/params/additionalProperties/type", keyword: "type", params: { type: schema59.properties.params.additionalProperties.type }, message: "must be string,number,boolean,null", schema: schema59.properties.params.additionalProperties.type, parentSchema: schema59.properties.params.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/training/params", schemaPath: "#/definitions/training/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.params.type, parentSchema: schema59.properties.params, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.environment !== void 0) {
          let data8 = data5.environment;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key4 in data8) {
              const _errs25 = errors;
              if (typeof key4 === "string") {
                if (!pattern74.test(key4)) {
                  const err19 = { instancePath: instancePath + "/training/environment", schemaPath: "#/definitions/training/properties/environment/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$"', schema: "^[A-Za-z0-9@_][A-Za-z0-9._+/@:-]{0,127}$", parentSchema: schema59.properties.environment.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/training/environment", schemaPath: "#/definitions/training/properties/environment/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.environment.propertyNames.type, parentSchema: schema59.properties.environment.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var valid6 = _errs25 === errors;
              if (!valid6) {
                const err21 = { instancePath: instancePath + "/training/environment", schemaPath: "#/definitions/training/properties/environment/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema59.properties.environment.propertyNames, parentSchema: schema59.properties.environment, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            for (const key5 in data8) {
              let data9 = data8[key5];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err22 = { instancePath: instancePath + "/training/environment/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/training/properties/environment/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.environment.additionalProperties, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/training/environment/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/training/properties/environment/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.environment.additionalProperties.type, parentSchema: schema59.properties.environment.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/training/environment", schemaPath: "#/definitions/training/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.environment.type, parentSchema: schema59.properties.environment, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data5.stats !== void 0) {
          let data10 = data5.stats;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key6 in data10) {
              const _errs32 = errors;
              if (typeof key6 === "string") {
                if (!pattern73.test(key6)) {
                  const err25 = { instancePath: instancePath + "/training/stats", schemaPath: "#/definitions/training/properties/stats/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema59.properties.stats.propertyNames, data: key6, propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/training/stats", schemaPath: "#/definitions/training/properties/stats/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.stats.propertyNames.type, parentSchema: schema59.properties.stats.propertyNames, data: key6, propertyName: key6 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var valid8 = _errs32 === errors;
              if (!valid8) {
                const err27 = { instancePath: instancePath + "/training/stats", schemaPath: "#/definitions/training/properties/stats/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema59.properties.stats.propertyNames, parentSchema: schema59.properties.stats, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            for (const key7 in data10) {
              let data11 = data10[key7];
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err28 = { instancePath: instancePath + "/training/stats/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/training/properties/stats/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.stats.additionalProperties.type, parentSchema: schema59.properties.stats.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/training/stats", schemaPath: "#/definitions/training/properties/stats/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.properties.stats.type, parentSchema: schema59.properties.stats, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data5.run_url !== void 0) {
          let data12 = data5.run_url;
          const _errs39 = errors;
          let valid10 = true;
          const _errs40 = errors;
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err30 = {};
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          var _valid0 = _errs40 === errors;
          errors = _errs39;
          if (vErrors !== null) {
            if (_errs39) {
              vErrors.length = _errs39;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs41 = errors;
            if (typeof data12 === "string") {
              if (!formats0(data12)) {
                const err31 = { instancePath: instancePath + "/training/run_url", schemaPath: "#/definitions/training/properties/run_url/then/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema59.properties.run_url.then, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            var _valid0 = _errs41 === errors;
            valid10 = _valid0;
          }
          if (!valid10) {
            const err32 = { instancePath: instancePath + "/training/run_url", schemaPath: "#/definitions/training/properties/run_url/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema59.properties.run_url.if, parentSchema: schema59.properties.run_url, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err33 = { instancePath: instancePath + "/training/run_url", schemaPath: "#/definitions/training/properties/run_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema59.properties.run_url, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/training/run_url", schemaPath: "#/definitions/training/properties/run_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.run_url.type, parentSchema: schema59.properties.run_url, data: data12 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/training", schemaPath: "#/definitions/training/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data: data5 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data13 = data.artifacts;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate31(data13[i0], { instancePath: instancePath + "/artifacts/" + i0, parentData: data13, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.artifacts.type, parentSchema: schema46.properties.artifacts, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var metrics = validate33;
var schema62 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/metrics.schema.json", "title": "Version metrics (metrics.yaml / metrics.json)", "description": "The evaluation metrics of one model version, stored next to its card as metrics.yaml or metrics.json. Maps each metric name to either a plain number or an object with the value and details about how it was measured. Metric names should be declared in the metrics catalogue of registry.yaml so that their direction (higher or lower is better) is known. An empty file (or {}) says the version has no metrics yet: it is accepted with the no-metrics warning.", "markdownDescription": "The evaluation metrics of one model version, stored next to its `card.yaml` as `metrics.yaml` or `metrics.json`.\n\nMaps each metric name to either a plain number or an object with the `value` and details about how it was measured. Metric names should be declared in `metrics` of `registry.yaml` so that their direction is known.\n\n```yaml\naccuracy: 0.931\nf1:\n  value: 0.918\n  dataset: imdb\n  split: test\n  ci: [0.911, 0.925]\n  n: 25000\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/metricName" }, "additionalProperties": { "$ref": "#/definitions/metricValue", "description": "The measured value of this metric: a number, or an object with the value and details about how it was measured.", "markdownDescription": "The measured value of this metric: a number (`accuracy: 0.93`) or an object with `value` and details (`dataset`, `split`, `slice`, `ci`, `n`)." }, "examples": [{ "accuracy": 0.931, "f1": { "value": 0.918, "dataset": "imdb", "split": "test", "ci": [0.911, 0.925], "n": 25e3 }, "latency_p95_ms": 41.5 }], "definitions": { "metricName": { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] }, "metricValue": { "title": "MetricValue", "description": "A metric value: either a plain number, or an object with the value and details about how it was measured.", "markdownDescription": "A metric value: either a plain number\n\n```yaml\naccuracy: 0.93\n```\n\nor an object with the `value` and details about how it was measured\n\n```yaml\naccuracy:\n  value: 0.93\n  split: test\n```", "if": { "type": "object" }, "then": { "$ref": "#/definitions/metricMeasurement" }, "else": { "type": "number" }, "examples": [0.93, { "value": 0.93, "split": "test" }] }, "metricMeasurement": { "title": "MetricMeasurement", "description": "A metric value with details about how it was measured.", "markdownDescription": "A metric value with details about how it was measured.\n\n```yaml\nvalue: 0.918\ndataset: imdb\nsplit: test\nslice: reviews-longer-than-512-tokens\nci: [0.911, 0.925]\nn: 25000\n```", "type": "object", "required": ["value"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "value": { "description": "The measured value.", "markdownDescription": "The measured value, e.g. `0.918`.", "type": "number", "examples": [0.918, 41.5] }, "dataset": { "description": "Name of the dataset the metric was measured on.", "markdownDescription": "Name of the dataset the metric was measured on, e.g. `imdb`. Ideally one of the `lineage.datasets` names of the card.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["imdb", "acme/support-tickets-2024"] }, "split": { "description": "The dataset split the metric was measured on, such as test or validation.", "markdownDescription": "The dataset split the metric was measured on, e.g. `test` or `validation`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["test", "validation"] }, "slice": { "description": "The subset (slice) of the data the metric was restricted to, if any.", "markdownDescription": "The subset (slice) of the data the metric was restricted to, if any, e.g. `language=de` or `reviews-longer-than-512-tokens`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["language=de", "reviews-longer-than-512-tokens"] }, "ci": { "description": "Confidence interval of the value as a list of exactly two numbers: [low, high].", "markdownDescription": "Confidence interval of the value as a list of exactly two numbers `[low, high]`, e.g. `ci: [0.911, 0.925]`.", "type": "array", "minItems": 2, "maxItems": 2, "items": { "description": "A bound of the confidence interval (first the low bound, then the high bound).", "markdownDescription": "A bound of the confidence interval: first the low bound, then the high bound.", "type": "number" }, "examples": [[0.911, 0.925]] }, "n": { "description": "Number of examples the metric was computed on (an integer of at least 1).", "markdownDescription": "Number of examples the metric was computed on, an integer `>= 1`, e.g. `25000`.", "type": "integer", "minimum": 1, "examples": [25e3] } } } } };
var schema63 = { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] };
var schema64 = { "title": "MetricValue", "description": "A metric value: either a plain number, or an object with the value and details about how it was measured.", "markdownDescription": "A metric value: either a plain number\n\n```yaml\naccuracy: 0.93\n```\n\nor an object with the `value` and details about how it was measured\n\n```yaml\naccuracy:\n  value: 0.93\n  split: test\n```", "if": { "type": "object" }, "then": { "$ref": "#/definitions/metricMeasurement" }, "else": { "type": "number" }, "examples": [0.93, { "value": 0.93, "split": "test" }] };
var schema65 = { "title": "MetricMeasurement", "description": "A metric value with details about how it was measured.", "markdownDescription": "A metric value with details about how it was measured.\n\n```yaml\nvalue: 0.918\ndataset: imdb\nsplit: test\nslice: reviews-longer-than-512-tokens\nci: [0.911, 0.925]\nn: 25000\n```", "type": "object", "required": ["value"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "value": { "description": "The measured value.", "markdownDescription": "The measured value, e.g. `0.918`.", "type": "number", "examples": [0.918, 41.5] }, "dataset": { "description": "Name of the dataset the metric was measured on.", "markdownDescription": "Name of the dataset the metric was measured on, e.g. `imdb`. Ideally one of the `lineage.datasets` names of the card.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["imdb", "acme/support-tickets-2024"] }, "split": { "description": "The dataset split the metric was measured on, such as test or validation.", "markdownDescription": "The dataset split the metric was measured on, e.g. `test` or `validation`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["test", "validation"] }, "slice": { "description": "The subset (slice) of the data the metric was restricted to, if any.", "markdownDescription": "The subset (slice) of the data the metric was restricted to, if any, e.g. `language=de` or `reviews-longer-than-512-tokens`.", "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "patternErrorMessage": "one line of text without control characters (no line breaks, tabs or terminal escape sequences)", "examples": ["language=de", "reviews-longer-than-512-tokens"] }, "ci": { "description": "Confidence interval of the value as a list of exactly two numbers: [low, high].", "markdownDescription": "Confidence interval of the value as a list of exactly two numbers `[low, high]`, e.g. `ci: [0.911, 0.925]`.", "type": "array", "minItems": 2, "maxItems": 2, "items": { "description": "A bound of the confidence interval (first the low bound, then the high bound).", "markdownDescription": "A bound of the confidence interval: first the low bound, then the high bound.", "type": "number" }, "examples": [[0.911, 0.925]] }, "n": { "description": "Number of examples the metric was computed on (an integer of at least 1).", "markdownDescription": "Number of examples the metric was computed on, an integer `>= 1`, e.g. `25000`.", "type": "integer", "minimum": 1, "examples": [25e3] } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value === void 0) {
        const err1 = { instancePath, schemaPath: "#/definitions/metricMeasurement/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema65.required, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "value" || key0 === "dataset" || key0 === "split" || key0 === "slice" || key0 === "ci" || key0 === "n" || pattern0.test(key0))) {
          const err2 = { instancePath, schemaPath: "#/definitions/metricMeasurement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.value !== void 0) {
        let data0 = data.value;
        if (!(typeof data0 == "number" && isFinite(data0))) {
          const err3 = { instancePath: instancePath + "/value", schemaPath: "#/definitions/metricMeasurement/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema65.properties.value.type, parentSchema: schema65.properties.value, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.dataset !== void 0) {
        let data1 = data.dataset;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/metricMeasurement/properties/dataset/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema65.properties.dataset, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!pattern1.test(data1)) {
            const err5 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/metricMeasurement/properties/dataset/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema65.properties.dataset, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/metricMeasurement/properties/dataset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.dataset.type, parentSchema: schema65.properties.dataset, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.split !== void 0) {
        let data2 = data.split;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err7 = { instancePath: instancePath + "/split", schemaPath: "#/definitions/metricMeasurement/properties/split/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema65.properties.split, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!pattern1.test(data2)) {
            const err8 = { instancePath: instancePath + "/split", schemaPath: "#/definitions/metricMeasurement/properties/split/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema65.properties.split, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/split", schemaPath: "#/definitions/metricMeasurement/properties/split/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.split.type, parentSchema: schema65.properties.split, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.slice !== void 0) {
        let data3 = data.slice;
        if (typeof data3 === "string") {
          if (func3(data3) < 1) {
            const err10 = { instancePath: instancePath + "/slice", schemaPath: "#/definitions/metricMeasurement/properties/slice/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema65.properties.slice, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!pattern1.test(data3)) {
            const err11 = { instancePath: instancePath + "/slice", schemaPath: "#/definitions/metricMeasurement/properties/slice/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", parentSchema: schema65.properties.slice, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/slice", schemaPath: "#/definitions/metricMeasurement/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.slice.type, parentSchema: schema65.properties.slice, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.ci !== void 0) {
        let data4 = data.ci;
        if (Array.isArray(data4)) {
          if (data4.length > 2) {
            const err13 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/metricMeasurement/properties/ci/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema65.properties.ci, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (data4.length < 2) {
            const err14 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/metricMeasurement/properties/ci/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema65.properties.ci, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (!(typeof data5 == "number" && isFinite(data5))) {
              const err15 = { instancePath: instancePath + "/ci/" + i0, schemaPath: "#/definitions/metricMeasurement/properties/ci/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema65.properties.ci.items.type, parentSchema: schema65.properties.ci.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/ci", schemaPath: "#/definitions/metricMeasurement/properties/ci/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema65.properties.ci.type, parentSchema: schema65.properties.ci, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.n !== void 0) {
        let data6 = data.n;
        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
          const err17 = { instancePath: instancePath + "/n", schemaPath: "#/definitions/metricMeasurement/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.n.type, parentSchema: schema65.properties.n, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (typeof data6 == "number" && isFinite(data6)) {
          if (data6 < 1 || isNaN(data6)) {
            const err18 = { instancePath: instancePath + "/n", schemaPath: "#/definitions/metricMeasurement/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema65.properties.n, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      }
    } else {
      const err19 = { instancePath, schemaPath: "#/definitions/metricMeasurement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs21 = errors;
    if (!(typeof data == "number" && isFinite(data))) {
      const err20 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema64.else.type, parentSchema: schema64.else, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    var _valid0 = _errs21 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err21 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema64.if, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern7.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema63, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.type, parentSchema: schema63, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema62.propertyNames, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate34(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var stages = validate36;
var schema66 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/stages.schema.json", "title": "Stage pointers (stages.yaml)", "description": "Maps each deployment stage of a model to the version currently promoted to it. Stored as models/<model>/stages.yaml and changed by a pull request like any other registry file. Stage names must be declared in the stages list of registry.yaml.", "markdownDescription": "Maps each deployment stage of a model to the version currently promoted to it.\n\nStored as `models/<model>/stages.yaml` and changed by a pull request like any other registry file. Stage names must be declared in `stages` of `registry.yaml`.\n\n```yaml\nstaging: 1.3.0-rc.1\nproduction: 1.2.0\n```", "type": "object", "propertyNames": { "$ref": "#/definitions/stageName" }, "additionalProperties": { "$ref": "#/definitions/semver", "description": "The version of this model that is currently promoted to the stage. It must be an existing version folder of the model.", "markdownDescription": "The version of this model that is currently promoted to the stage. It must be an existing version folder of the model, e.g. `production: 1.2.0`.", "examples": ["1.2.0", "1.3.0-rc.1"] }, "examples": [{ "staging": "1.3.0-rc.1", "production": "1.2.0" }], "definitions": { "stageName": { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] }, "semver": { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] } } };
var schema67 = { "title": "StageName", "description": "A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "A deployment stage name such as `staging` or `production`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "a stage name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. staging or production", "examples": ["staging", "production", "canary"] };
var schema68 = { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern6.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/definitions/stageName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema67, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/definitions/stageName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.type, parentSchema: schema67, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema66.propertyNames, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 === "string") {
        if (!pattern38.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/semver/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema68, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.type, parentSchema: schema68, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var observation = validate37;
var schema69 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/observation.schema.json", "title": "Observation (one line of models/<model>/monitoring/<YYYY>-<MM>.jsonl)", "description": "One production observation of a model: a metric's value for one version at one time, appended by a scheduled evaluation or an export of production metrics (model-registry observe). Each line of a monitoring file is one such JSON object; the file's name is the month (UTC) of its records' times.", "markdownDescription": 'One production observation of a model: a metric\'s value for one version at one time, appended by a scheduled evaluation or an export of production metrics (`model-registry observe`). Each line of `models/<model>/monitoring/<YYYY>-<MM>.jsonl` is one such JSON object; the file\'s name is the month (UTC) of its records\' times.\n\n```json\n{"time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 0.912, "n": 5000, "environment": "eu-west-prod"}\n```', "type": "object", "required": ["time", "version", "metric", "value"], "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "time": { "description": "When the value was observed: an RFC 3339 date-time with a time zone (Z or an offset). It must fall in the file's month (UTC).", "markdownDescription": "When the value was observed: an RFC 3339 date-time with a time zone (`Z` or an offset), e.g. `2025-03-14T06:00:00Z`. It must fall in the file's month (UTC).", "type": "string", "format": "date-time", "examples": ["2025-03-14T06:00:00Z"] }, "version": { "$ref": "#/definitions/semver", "description": "The version of the model the value was observed on: an existing version folder of the model." }, "metric": { "$ref": "#/definitions/metricName", "description": "The metric observed, named as in registry.yaml's metrics catalogue." }, "value": { "description": "The metric's value: a finite number.", "type": "number", "examples": [0.912] }, "n": { "description": "How many examples (requests, labelled samples) the value was computed on.", "type": "integer", "minimum": 0, "examples": [5e3] }, "segment": { "description": "The slice of traffic observed (a country, a customer tier), when the value is not over all of it.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]+$", "patternErrorMessage": "a segment name of 1 to 128 printable characters, e.g. eu or tier=enterprise", "examples": ["eu", "tier=enterprise"] }, "environment": { "$ref": "#/definitions/environmentName", "description": "The environment (registry.yaml's environments) the value was observed in." } }, "examples": [{ "time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 0.912, "n": 5e3, "environment": "eu-west-prod" }], "definitions": { "semver": { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] }, "metricName": { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] }, "environmentName": { "title": "EnvironmentName", "description": "An environment name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "An environment name such as `eu-west-prod` or `staging-k8s`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name. Its GitHub Deployment environment is `<model>@<environment>`.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "an environment name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. eu-west-prod", "examples": ["eu-west-prod", "staging-k8s"] } } };
var schema70 = { "title": "SemVer", "description": "A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.", "markdownDescription": "A [Semantic Versioning 2.0.0](https://semver.org) version **without** a `v` prefix: `MAJOR.MINOR.PATCH`, optionally followed by `-prerelease` and `+build`, e.g. `1.4.0`, `2.0.0-rc.1`.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "patternErrorMessage": "a Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional -prerelease and +build parts, e.g. 1.4.0 or 2.0.0-rc.1", "examples": ["1.0.0", "1.4.2", "2.0.0-rc.1"] };
var schema71 = { "title": "MetricName", "description": "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.", "markdownDescription": "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", "patternErrorMessage": "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10", "examples": ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"] };
var schema72 = { "title": "EnvironmentName", "description": "An environment name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.", "markdownDescription": "An environment name such as `eu-west-prod` or `staging-k8s`: 1 to 64 lowercase letters, digits, `_` or `-`, starting and ending with a letter or digit (no dots), like a model name. Its GitHub Deployment environment is `<model>@<environment>`.", "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", "patternErrorMessage": "an environment name of 1 to 64 characters: lowercase letters, digits, '_' or '-' (no dots), starting and ending with a letter or digit, e.g. eu-west-prod", "examples": ["eu-west-prod", "staging-k8s"] };
var pattern92 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f]+$", "u");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.time === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'", schema: schema69.required, parentSchema: schema69, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema69.required, parentSchema: schema69, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema69.required, parentSchema: schema69, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema69.required, parentSchema: schema69, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "time" || key0 === "version" || key0 === "metric" || key0 === "value" || key0 === "n" || key0 === "segment" || key0 === "environment" || pattern0.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data0 = data.time;
      if (typeof data0 === "string") {
        if (!formats2.validate(data0)) {
          const err5 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema69.properties.time, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.time.type, parentSchema: schema69.properties.time, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern38.test(data1)) {
          const err7 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema70, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metric !== void 0) {
      let data2 = data.metric;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err9 = { instancePath: instancePath + "/metric", schemaPath: "#/definitions/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$"', schema: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$", parentSchema: schema71, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/metric", schemaPath: "#/definitions/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.type, parentSchema: schema71, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data3 = data.value;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err11 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.value.type, parentSchema: schema69.properties.value, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data4 = data.n;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema69.properties.n.type, parentSchema: schema69.properties.n, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema69.properties.n, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.segment !== void 0) {
      let data5 = data.segment;
      if (typeof data5 === "string") {
        if (func3(data5) > 128) {
          const err14 = { instancePath: instancePath + "/segment", schemaPath: "#/properties/segment/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema69.properties.segment, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err15 = { instancePath: instancePath + "/segment", schemaPath: "#/properties/segment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema69.properties.segment, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern92.test(data5)) {
          const err16 = { instancePath: instancePath + "/segment", schemaPath: "#/properties/segment/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$", parentSchema: schema69.properties.segment, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/segment", schemaPath: "#/properties/segment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.segment.type, parentSchema: schema69.properties.segment, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data6 = data.environment;
      if (typeof data6 === "string") {
        if (!pattern6.test(data6)) {
          const err18 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$", parentSchema: schema72, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}

// src/core/format/document-validators.ts
function documentValidators() {
  return validators_generated_exports;
}

// src/core/format/schema-errors.ts
var MISPLACED = {
  "model.yaml": {
    stages: "which version runs in which stage belongs in stages.yaml beside model.yaml (one `stage: version` line each, such as `production: 1.2.0`): move it there",
    versions: "versions are folders (versions/<version>/card.yaml), not a field of model.yaml: remove it",
    metrics: "a version's metrics belong in versions/<version>/metrics.yaml: move them there"
  },
  "card.yaml": {
    metrics: "metrics belong in metrics.yaml (or metrics.json) beside card.yaml: move them there",
    stages: "stages belong in the model's stages.yaml (`production: 1.2.0`), not in a version's card: move it there",
    stage: "stages belong in the model's stages.yaml (`production: 1.2.0`), not in a version's card: move it there"
  }
};
function schemaProblems(file, errors, sourceOf = () => void 0) {
  const metricsFile = /(^|\/)metrics\.(yaml|json)$/.test(file);
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  const misspelt = misspeltRequired(errors);
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (error.keyword === "required" && misspelt.has(`${error.instancePath}|${error.params.missingProperty}`)) continue;
    const path = pointerToPath(error.instancePath);
    if (metricsFile && error.keyword === "type" && isNonFinite(error.data)) continue;
    const translated = translate(error, path, sourceOf, file);
    if (!translated) continue;
    const key = `${describePath(translated.path)}|${translated.target}|${translated.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      file,
      rule: "schema",
      severity: "error",
      message: translated.message,
      at: { path: translated.path, target: translated.target }
    });
  }
  return dropShadowed(problems);
}
function misspeltRequired(errors) {
  const missing = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword !== "required") continue;
    const list = missing.get(error.instancePath) ?? [];
    list.push(error.params.missingProperty);
    missing.set(error.instancePath, list);
  }
  const out = /* @__PURE__ */ new Set();
  if (missing.size === 0) return out;
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const candidates = missing.get(error.instancePath);
    if (!candidates) continue;
    const known = Object.keys((error.parentSchema ?? {}).properties ?? {});
    const meant = closest(error.params.additionalProperty, known);
    if (meant !== void 0 && candidates.includes(meant)) out.add(`${error.instancePath}|${meant}`);
  }
  return out;
}
function isNonFinite(value) {
  if (typeof value === "number") return !Number.isFinite(value);
  return typeof value === "string" && /^[-+]?(NaN|Infinity|\.nan|\.inf)$/i.test(value.trim());
}
function translate(error, path, sourceOf, file) {
  const parent = error.parentSchema ?? {};
  const where = path.length ? `\`${describePath(path)}\`` : "the file";
  const value = error.data;
  if (parent.errorMessage && error.keyword !== "additionalProperties") {
    return { path, target: "value", message: `${where}: ${parent.errorMessage}` };
  }
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const about = parent.properties?.[missing]?.description;
      const hint = about ? ` (${trimSentence(about)})` : "";
      return {
        path,
        target: path.length ? "key" : "value",
        message: `${path.length ? where : "the file"} is missing the required field \`${missing}\`${hint}: add it`
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const known = Object.keys(parent.properties ?? {});
      const misplaced = path.length === 0 ? MISPLACED[file.slice(file.lastIndexOf("/") + 1)]?.[extra] : void 0;
      if (misplaced) return { path: [extra], target: "key", message: `unknown field \`${extra}\`: ${misplaced}` };
      return {
        path: [...path, extra],
        target: "key",
        message: `unknown field \`${extra}\`${path.length ? ` in ${where}` : ""}${didYouMean(extra, known)}: remove it, fix its spelling, or prefix your own fields with \`x-\``
      };
    }
    case "propertyNames": {
      return void 0;
    }
    case "type": {
      const expected = String(error.params.type).split(",");
      return { path, target: "value", message: typeMessage(where, expected, value, path, sourceOf(path), parent) };
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      return {
        path,
        target: "value",
        message: `${where} is ${quote(value)}, but must be one of: ${allowed.join(", ")}${didYouMean(String(value), allowed)}`
      };
    }
    case "const": {
      return {
        path,
        target: "value",
        message: `${where} must be ${JSON.stringify(error.params.allowedValue)}, got ${quote(value)}`
      };
    }
    case "pattern": {
      const nameError = error.propertyName !== void 0;
      const subject = nameError ? `\`${error.propertyName}\` in ${where}` : where;
      const hint = parent.patternErrorMessage ?? `text matching ${error.params.pattern}`;
      return {
        path: nameError ? [...path, error.propertyName] : path,
        target: nameError ? "key" : "value",
        message: nameError ? `the name ${subject} is not allowed: it must be ${lowerFirst(hint)}` : `${subject} is ${quote(value)}, but must be ${lowerFirst(hint)}`
      };
    }
    case "format": {
      const format = error.params.format;
      return { path, target: "value", message: `${where} is ${quote(value)}, but must be ${FORMAT_HINTS[format] ?? `a valid ${format}`}` };
    }
    case "minItems":
    case "maxItems": {
      const limit = error.params.limit;
      const count = Array.isArray(value) ? value.length : 0;
      const items = (n) => n === 1 ? "one item" : `${n} items`;
      const has = count === 0 ? "is an empty list" : `has ${items(count)}`;
      const fix = error.keyword === "minItems" ? `at least ${items(limit)}: add ${count === 0 && limit === 1 ? "one" : "the missing ones"}` : `at most ${items(limit)}: remove the extra ones`;
      return { path, target: "value", message: `${where} ${has}, but needs ${fix}` };
    }
    case "minLength":
    case "maxLength": {
      const limit = error.params.limit;
      const length = typeof value === "string" ? [...value].length : 0;
      if (error.keyword === "minLength" && length === 0) return { path, target: "value", message: `${where} is empty: write something there` };
      const bound = error.keyword === "minLength" ? `at least ${limit}` : `at most ${limit}`;
      return {
        path,
        target: "value",
        message: `${where} is ${length} characters long, but must have ${bound}: ${error.keyword === "minLength" ? "write more" : "shorten it"}`
      };
    }
    case "uniqueItems": {
      const { i, j } = error.params;
      const items = Array.isArray(value) ? value : [];
      return {
        path: [...path, Math.max(i, j)],
        target: "value",
        message: `${where} lists ${quote(items[Math.max(i, j)])} twice (items ${Math.min(i, j) + 1} and ${Math.max(i, j) + 1}): remove the repeat`
      };
    }
    case "minProperties": {
      return { path, target: "value", message: `${where} is empty: give it at least one entry` };
    }
    case "not": {
      return { path, target: "value", message: `${where} ${error.message ?? "is not allowed"}` };
    }
    default: {
      return { path, target: "value", message: `${where} ${error.message ?? "is invalid"}` };
    }
  }
}
var FORMAT_HINTS = {
  "date-time": "an ISO 8601 date-time with a time zone, such as 2026-03-04T10:00:00Z",
  uri: "an absolute URI, such as https://example.com/x or s3://bucket/key",
  date: "a date such as 2026-03-04"
};
function typeMessage(where, expected, value, path, source, schema2) {
  const got = kindOf(value);
  if (!path.length && expected.includes("object")) {
    return `the file must be a mapping of fields (\`key: value\` lines), but it holds ${got === "array" ? "a list" : `${article(got)} ${got}`}`;
  }
  const wanted = expected.map(describeType).join(" or ");
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    const key = typeof path[path.length - 1] === "string" ? `${String(path[path.length - 1])}: ` : "- ";
    const written = source && !/^["']/.test(source) ? source : String(value);
    const shown = written.length > 70 ? `${written.slice(0, 67)}...` : written;
    if (schema2.pattern && schema2.patternErrorMessage && !new RegExp(schema2.pattern, "u").test(written)) {
      const fixed = completion(written, new RegExp(schema2.pattern, "u"));
      const example = fixed ? `, such as \`${key}"${fixed}"\`` : "";
      return `${where} is \`${shown}\`, but must be ${lowerFirst(schema2.patternErrorMessage)}, written in quotes${example}`;
    }
    return `${where} must be text, but YAML read \`${shown}\` as the ${got} ${String(value)}: put it in quotes (\`${key}"${shown}"\`) so it stays exactly as written`;
  }
  if ((expected.includes("number") || expected.includes("integer")) && typeof value === "number" && !Number.isFinite(value)) {
    return `${where} must be a finite number, got ${String(value)}`;
  }
  if (expected.includes("number") && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return `${where} must be ${wanted}, but it is the text ${JSON.stringify(value)}: remove the quotes`;
  }
  return `${where} must be ${wanted}, got ${got === "null" ? "nothing (null)" : `${article(got)} ${got}`}`;
}
function completion(written, pattern) {
  for (const candidate of [`${written}.0`, `${written}.0.0`]) if (pattern.test(candidate)) return candidate;
  return void 0;
}
function describeType(type2) {
  switch (type2) {
    case "object":
      return "a mapping (key: value)";
    case "array":
      return "a list";
    case "string":
      return "text";
    case "integer":
      return "a whole number";
    case "null":
      return "empty (null)";
    default:
      return `a ${type2}`;
  }
}
function kindOf(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "mapping";
  if (typeof value === "string") return "text";
  return typeof value;
}
function article(word) {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
function quote(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === null || value === void 0) return "empty";
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  const scalar = value;
  return String(scalar);
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function trimSentence(text) {
  const first = text.split(/(?<=\.)\s/)[0].replace(/\.$/, "");
  return lowerFirst(first.length > 120 ? `${first.slice(0, 117)}...` : first);
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function dropShadowed(problems) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const at = problem.at;
    const key = `${describePath(at.path)}|${at.target}`;
    const list = byPlace.get(key) ?? [];
    list.push(problem);
    byPlace.set(key, list);
  }
  const out = [];
  for (const list of byPlace.values()) out.push(...list.length > 1 ? list.filter((p) => !/ is not allowed$| is invalid$/.test(p.message)) : list);
  return out;
}

// src/core/parse/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeDocument(bytes, size = bytes.length) {
  if (size > MAX_DOCUMENT_BYTES || bytes.length > MAX_DOCUMENT_BYTES) {
    return fail(
      "file-too-large",
      `file is ${formatBinarySize(Math.max(size, bytes.length))}, over the 1 MiB limit for cards and metrics: keep large data in artifacts and list them in card.yaml`
    );
  }
  if (bytes.indexOf(0) !== -1) {
    return fail("encoding", "file is binary (it contains NUL bytes): cards and metrics must be UTF-8 YAML or JSON text");
  }
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail("encoding", "file is not valid UTF-8: save it with UTF-8 encoding");
  }
  if (onlyCommentsOrBlank(text)) {
    return fail("empty-file", "file is empty: write the fields this file needs (see schemas/ for the format)");
  }
  return { text };
}
function onlyCommentsOrBlank(text) {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 65279) i++;
    else if (c === 35) {
      const newline = text.indexOf("\n", i);
      if (newline === -1) return true;
      i = newline + 1;
    } else return false;
  }
  return true;
}
function fail(rule, message) {
  return { problem: { rule, severity: "error", message, at: atFileStart() } };
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair3;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair3 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair3 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair3 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair3) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName2;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName2 = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName2 = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName2)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName2 && !PATTERN_TAG_URI.test(tagName2)) {
      throwError(state, "tag name cannot contain such characters: " + tagName2);
    }
    try {
      tagName2 = decodeURIComponent(tagName2);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName2);
    }
    if (isVerbatim) {
      state.tag = tagName2;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName2;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName2;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName2;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/core/parse/plain-yaml.ts
var KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
var IMPLICIT = yaml.CORE_SCHEMA.implicit;
var WORDS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
function maybeTyped(plain) {
  const c = plain.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 126 || WORDS.has(plain);
}
var NOT_PLAIN = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
var FAIL = /* @__PURE__ */ Symbol("not the common shape");
var UNPRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;
function plainYaml(text) {
  if (text.includes("	") || text.includes("\r") || text.charCodeAt(0) === 65279 || UNPRINTABLE.test(text)) return void 0;
  const root = {};
  const stack = [];
  let pending;
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf("\n", from);
    if (end === -1) end = text.length;
    const lineStart = from;
    from = end + 1;
    let at = lineStart;
    while (text.charCodeAt(at) === 32) at++;
    if (at === end || text.charCodeAt(at) === 35) continue;
    const indent = at - lineStart;
    if (indent === 0 && (text.startsWith("---", at) || text.startsWith("...", at) || text.charCodeAt(at) === 37)) return void 0;
    const isItem = text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);
    if (pending) {
      if (indent > pending.indent || isItem && indent === pending.indent) {
        const created = isItem ? [] : {};
        pending.parent[pending.key] = created;
        stack.push({ indent, container: created });
      }
      pending = void 0;
    }
    while (stack.length && indent < stack[stack.length - 1].indent) stack.pop();
    if (stack.length > 1 && !isItem && indent === stack[stack.length - 1].indent && Array.isArray(stack[stack.length - 1].container)) stack.pop();
    if (stack.length === 0) {
      if (indent !== 0) return void 0;
      stack.push({ indent: 0, container: root });
    }
    const top = stack[stack.length - 1];
    if (indent !== top.indent) return void 0;
    let container = top.container;
    let column = indent;
    if (Array.isArray(container)) {
      if (!isItem || end - at < 3) return void 0;
      at += 2;
      while (text.charCodeAt(at) === 32) at++;
      column = at - lineStart;
      const c2 = text.charCodeAt(at);
      if (at === end || c2 === 35 || c2 === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32)) return void 0;
      if (keyEnd(text, at, end) === -1) {
        const value2 = scalarValue(text.slice(at, end));
        if (value2 === FAIL) return void 0;
        container.push(value2);
        continue;
      }
      const item = {};
      container.push(item);
      stack.push({ indent: column, container: item });
      container = item;
    } else if (isItem) {
      return void 0;
    }
    const mapping = container;
    const colon = keyEnd(text, at, end);
    if (colon === -1) return void 0;
    const key = text.slice(at, colon);
    if (!KEY.test(key) || WORDS.has(key) || key === "__proto__" || Object.hasOwn(mapping, key)) return void 0;
    let after = colon + 1;
    while (text.charCodeAt(after) === 32) after++;
    const c = text.charCodeAt(after);
    if (after === end || c === 35) {
      mapping[key] = null;
      pending = { parent: mapping, key, indent: column };
      continue;
    }
    if (c === 124 || c === 62) {
      const block = blockScalar(text, from, text.slice(after, end), column);
      if (block === void 0) return void 0;
      mapping[key] = block.value;
      from = block.next;
      continue;
    }
    const value = c === 91 ? flowSequence(text.slice(after, end)) : scalarValue(text.slice(after, end));
    if (value === FAIL) return void 0;
    mapping[key] = value;
  }
  return stack.length ? { value: root } : void 0;
}
function keyEnd(text, from, end) {
  const c = text.charCodeAt(from);
  if (c === 34 || c === 39) return -1;
  for (let i = text.indexOf(":", from); i !== -1 && i < end; i = text.indexOf(":", i + 1)) {
    if (i + 1 === end || text.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}
function scalarValue(text) {
  if (text === "") return FAIL;
  const c = text.charCodeAt(0);
  if (c === 34) {
    const end2 = text.indexOf('"', 1);
    if (end2 === -1 || text.lastIndexOf("\\", end2) !== -1) return FAIL;
    return afterScalar(text, end2 + 1) ? text.slice(1, end2) : FAIL;
  }
  if (c === 39) {
    let value = "";
    let i = 1;
    for (; ; ) {
      const end2 = text.indexOf("'", i);
      if (end2 === -1) return FAIL;
      value += text.slice(i, end2);
      if (text.charCodeAt(end2 + 1) !== 39) return afterScalar(text, end2 + 1) ? value : FAIL;
      value += "'";
      i = end2 + 2;
    }
  }
  if (NOT_PLAIN.test(text)) return FAIL;
  const comment = text.indexOf(" #");
  let end = comment === -1 ? text.length : comment;
  while (text.charCodeAt(end - 1) === 32) end--;
  const plain = end === text.length ? text : text.slice(0, end);
  if (plain.includes(": ") || plain.charCodeAt(end - 1) === 58) return FAIL;
  if (maybeTyped(plain)) {
    for (const type2 of IMPLICIT) if (type2.resolve(plain)) return type2.construct(plain);
  }
  return plain;
}
function blockScalar(text, from, header, column) {
  const m = /^([|>])(-?)(?: +#.*| *)$/.exec(header);
  if (!m) return void 0;
  const [, style, strip] = m;
  const lines = [];
  let indent = -1;
  let next = from;
  while (next < text.length) {
    let to = text.indexOf("\n", next);
    if (to === -1) to = text.length;
    const line = text.slice(next, to);
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    if (spaces === line.length) {
      if (indent !== -1 && spaces > indent) return void 0;
      if (indent === -1 && spaces > column) return void 0;
      lines.push("");
    } else if (spaces <= column) {
      break;
    } else {
      if (indent === -1) {
        if (lines.length) return void 0;
        indent = spaces;
      } else if (spaces < indent) return void 0;
      else if (spaces > indent && style === ">") return void 0;
      lines.push(line.slice(indent));
    }
    next = to + 1;
  }
  if (indent === -1) return void 0;
  while (lines[lines.length - 1] === "") lines.pop();
  let value = "";
  if (style === "|") value = lines.join("\n");
  else {
    for (let i = 0; i < lines.length; i++) {
      if (i === 0) value = lines[0];
      else if (lines[i] === "") value += "\n";
      else value += lines[i - 1] === "" ? lines[i] : ` ${lines[i]}`;
    }
  }
  return { value: strip ? value : `${value}
`, next };
}
function flowSequence(text) {
  const close = text.lastIndexOf("]");
  if (close === -1 || !afterScalar(text, close + 1)) return FAIL;
  const inner = text.slice(1, close);
  if (inner === "") return [];
  const items = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner.charCodeAt(i) === 32) i++;
    const c = inner.charCodeAt(i);
    let raw;
    if (c === 34 || c === 39) {
      const end = inner.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end === -1) return FAIL;
      raw = inner.slice(i + 1, end);
      if (raw.includes("\\") || c === 39 && inner.charCodeAt(end + 1) === 39) return FAIL;
      items.push(raw);
      i = end + 1;
      while (inner.charCodeAt(i) === 32) i++;
    } else {
      let end = inner.indexOf(",", i);
      if (end === -1) end = inner.length;
      raw = inner.slice(i, end);
      if (raw === "" || raw.endsWith(" ") || /[[\]{}#:"']/.test(raw) || NOT_PLAIN.test(raw)) return FAIL;
      const value = scalarValue(raw);
      if (value === FAIL) return FAIL;
      items.push(value);
      i = end;
    }
    if (i === inner.length) break;
    if (inner.charCodeAt(i) !== 44) return FAIL;
    i++;
  }
  return items;
}
function afterScalar(text, from) {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || i > from && text.charCodeAt(i) === 35;
}

// src/core/parse/fast-parse.ts
var ANCHOR = /(?:^|[\s,[{:])&[^\s,[\]{}]/;
var ALIAS = /(?:^|[\s,[{:])\*[^\s,[\]{}]/;
function fastParse(text) {
  if (text.charCodeAt(0) === 123) {
    const json2 = fastJson(text);
    if (json2) return json2;
  }
  const plain = plainYaml(text);
  if (plain) return plain;
  if (text.includes("&") && text.includes("*") && ANCHOR.test(text) && ALIAS.test(text)) return void 0;
  try {
    return { value: yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false }) };
  } catch {
    return void 0;
  }
}
var JSON_STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;
function fastJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  try {
    let written = 0;
    for (const match of text.matchAll(JSON_STRING)) if (match[1] !== void 0) written++;
    return written === countKeys(value) ? { value } : void 0;
  } catch {
    return void 0;
  }
}
function countKeys(value) {
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countKeys(item);
    return n;
  }
  for (const key in value) n += 1 + countKeys(value[key]);
  return n;
}

// src/core/parse/precise-parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/parse/to-value.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_NODES = 1e3;
function keyString(key) {
  return jsKey((0, import_yaml.isScalar)(key) ? key.value : key);
}
function jsKey(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "object") return JSON.stringify(value);
  const scalar = value;
  return String(scalar);
}
function toValue(doc) {
  const duplicates = [];
  const anchors = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  let aliasNodes = 0;
  let firstAlias;
  let exceeded = false;
  function convert(node) {
    if (node === null || node === void 0) return { value: null, size: 1 };
    if ((0, import_yaml.isAlias)(node)) {
      firstAlias ??= node;
      const target = anchors.get(node.source);
      const converted = target ? done.get(target) : void 0;
      if (target && !converted) exceeded = true;
      if (!converted) return { value: null, size: 1 };
      aliasNodes += converted.size;
      if (aliasNodes > MAX_ALIAS_NODES) exceeded = true;
      return converted;
    }
    const anchor = node.anchor;
    if (anchor) anchors.set(anchor, node);
    let result;
    if ((0, import_yaml.isScalar)(node)) result = { value: node.value, size: 1 };
    else if ((0, import_yaml.isMap)(node)) result = convertPairs(node.items);
    else if ((0, import_yaml.isSeq)(node)) {
      const array = [];
      let size = 1;
      for (const item of node.items) {
        const converted = (0, import_yaml.isPair)(item) ? convertPairs([item]) : convert(item);
        array.push(converted.value);
        size += converted.size;
        if (exceeded) break;
      }
      result = { value: array, size };
    } else result = { value: null, size: 1 };
    if (anchor) done.set(node, result);
    return result;
  }
  function convertPairs(pairs2) {
    const object = {};
    const seen = /* @__PURE__ */ new Set();
    let size = 1;
    for (const pair of pairs2) {
      const key = jsKey(pair.key == null ? null : convert(pair.key).value);
      if (seen.has(key)) duplicates.push({ key, offset: pair.key?.range?.[0] ?? 0 });
      seen.add(key);
      const converted = convert(pair.value);
      size += converted.size;
      if (key in object) Object.defineProperty(object, key, { value: converted.value, writable: true, enumerable: true, configurable: true });
      else object[key] = converted.value;
      if (exceeded) break;
    }
    return { value: object, size };
  }
  const { value } = convert(doc.contents);
  return { value, duplicates, aliasLimit: exceeded ? firstAlias : void 0 };
}

// src/core/parse/precise-parse.ts
function parsePrecise(text) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { schema: "core", lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  return { doc, lines };
}
function preciseParse(text) {
  let parsed;
  try {
    parsed = parsePrecise(text);
  } catch (error) {
    return { ok: false, problems: [fromThrown(error)] };
  }
  let converted;
  try {
    converted = toValue(parsed.doc);
  } catch (error) {
    return { ok: false, problems: [fromThrown(error)], parsed };
  }
  const { doc, lines } = parsed;
  const at = (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0 || converted.duplicates.length > 0) {
    const problems = converted.duplicates.map((d) => ({ offset: d.offset, problem: duplicateProblem(d, at(d.offset)) }));
    const first = doc.errors[0];
    if (first) {
      const problem = /call stack/i.test(first.message) ? { ...DEPTH_PROBLEM, at: deepestFlowPoint(text, lines) } : {
        rule: "yaml-syntax",
        severity: "error",
        message: syntaxMessage(first.code, first.message, text, first.pos[0]),
        at: at(first.pos[0])
      };
      problems.push({ offset: first.pos[0], problem });
    }
    problems.sort((a, b) => a.offset - b.offset);
    return { ok: false, problems: problems.map((p) => p.problem), parsed };
  }
  if (converted.aliasLimit) {
    return {
      ok: false,
      parsed,
      problems: [
        {
          rule: "yaml-alias-limit",
          severity: "error",
          message: `aliases expand to more than ${MAX_ALIAS_NODES} values, which looks like a YAML bomb: write the values out instead of repeating anchors`,
          at: at(converted.aliasLimit.range?.[0] ?? 0)
        }
      ]
    };
  }
  return { ok: true, value: converted.value, parsed };
}
var DEPTH_PROBLEM = {
  rule: "yaml-depth-limit",
  severity: "error",
  message: "file is nested too deeply to read safely: no card needs that; flatten it",
  at: { line: 1, column: 1 }
};
function deepestFlowPoint(text, lines) {
  let depth = 0;
  let quote2 = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote2) {
      if (c === "\\" && quote2 === '"') i++;
      else if (c === quote2) quote2 = "";
    } else if (c === '"' || c === "'") quote2 = c;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_FLOW_DEPTH) {
        const { line, col } = lines.linePos(i);
        return { line, column: col };
      }
    } else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return { line: 1, column: 1 };
}
var MAX_FLOW_DEPTH = 32;
function fromThrown(error) {
  if (error instanceof RangeError) return DEPTH_PROBLEM;
  return {
    rule: "yaml-syntax",
    severity: "error",
    message: `file cannot be read as YAML: ${String(error?.message ?? error).split("\n")[0]}`,
    at: { line: 1, column: 1 }
  };
}
function duplicateProblem({ key }, at) {
  const shown = key.length > 80 ? `${key.slice(0, 77)}...` : key;
  return { rule: "duplicate-key", severity: "error", message: `key ${JSON.stringify(shown)} appears twice in this mapping: keep one of them`, at };
}
function syntaxMessage(code, message, text, offset) {
  if (code === "MULTIPLE_DOCS") return "file holds several YAML documents (separated by ---): keep exactly one";
  if (code === "TAB_AS_INDENT") return "tabs cannot indent YAML: indent with spaces";
  const rest = text.slice(offset, text.indexOf("\n", offset) === -1 ? void 0 : text.indexOf("\n", offset)).trimEnd();
  const quoted = rest && !/["\\]/.test(rest) && rest.length <= 60 ? `, such as \`"${rest}"\`` : "";
  if (code === "BAD_SCALAR_START") {
    return `YAML does not let a value start with \`${rest.charAt(0) || "?"}\` unquoted: put the value in quotes${quoted}`;
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY") return "this value holds `: `, which YAML reads as the start of another field: put the whole value in quotes";
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

// src/core/parse/locate.ts
var import_yaml3 = __toESM(require_dist(), 1);
function locate(parsed, anchor) {
  if (!anchor) return { line: 1, column: 1 };
  if ("line" in anchor) return { line: anchor.line, column: anchor.column };
  const offset = findOffset(parsed, anchor.path, anchor.target);
  if (offset === void 0) return { line: 1, column: 1 };
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}
function findOffset(parsed, path, target) {
  const { doc } = parsed;
  let node = doc.contents;
  let best = rangeStart(node) ?? firstContentOffset(doc);
  for (let i = 0; i < path.length; i++) {
    if ((0, import_yaml3.isAlias)(node)) node = resolveAlias(doc, node);
    const segment = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml3.isMap)(node)) {
      const pair = pairAt(node, segment);
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (keyStart !== void 0) best = keyStart;
      if (last && target === "key") return best;
      node = pair.value;
      const valueStart = rangeStart(node);
      if (valueStart !== void 0) best = valueStart;
    } else if ((0, import_yaml3.isSeq)(node) && typeof segment === "number") {
      node = node.items[segment];
      const start = rangeStart(node);
      if (start === void 0) return best;
      best = start;
    } else {
      return best;
    }
  }
  return best;
}
function rangeStart(node) {
  const range2 = node?.range;
  return range2 ? range2[0] : void 0;
}
function firstContentOffset(doc) {
  return rangeStart(doc.contents);
}
function scalarSource(parsed, text, path) {
  let node = parsed.doc.contents;
  for (const segment of path) {
    if ((0, import_yaml3.isAlias)(node)) node = resolveAlias(parsed.doc, node);
    if ((0, import_yaml3.isMap)(node)) node = pairAt(node, segment)?.value;
    else if ((0, import_yaml3.isSeq)(node) && typeof segment === "number") node = node.items[segment];
    else return void 0;
  }
  if (!(0, import_yaml3.isScalar)(node) || !node.range) return void 0;
  return text.slice(node.range[0], node.range[1]);
}
var keyIndexes = /* @__PURE__ */ new WeakMap();
function pairAt(map2, segment) {
  let index = keyIndexes.get(map2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const pair of map2.items) {
      if (!(0, import_yaml3.isScalar)(pair.key)) continue;
      const key = keyString(pair.key);
      if (!index.has(key)) index.set(key, pair);
    }
    keyIndexes.set(map2, index);
  }
  return index.get(String(segment));
}
var aliasTargets = /* @__PURE__ */ new WeakMap();
function resolveAlias(doc, alias) {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    targets = /* @__PURE__ */ new Map();
    const anchors = /* @__PURE__ */ new Map();
    const stack = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if ((0, import_yaml3.isAlias)(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
        continue;
      }
      if (!node || typeof node !== "object") continue;
      const anchor = node.anchor;
      if (anchor) anchors.set(anchor, node);
      if ((0, import_yaml3.isPair)(node)) stack.push(node.value, node.key);
      else if ((0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}

// src/core/check/structure.ts
var MAX_DEPTH = 32;
var UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function structureProblems(file, value) {
  return isPlainShape(value) ? [] : findStructureProblems(file, value);
}
function isPlainShape(value) {
  const nodes = [value];
  const depths = [0];
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop();
    if (node === null || typeof node !== "object") continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const child of node) {
        nodes.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in node) {
      if (UNSAFE_KEYS.has(key)) return false;
      nodes.push(node[key]);
      depths.push(depth + 1);
    }
    if (Object.prototype.hasOwnProperty.call(node, "__proto__")) return false;
  }
  return true;
}
function findStructureProblems(file, value) {
  const problems = [];
  const stack = [{ node: value, path: [] }];
  let tooDeepReported = false;
  while (stack.length) {
    const { node, path } = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (path.length > MAX_DEPTH) {
      if (!tooDeepReported) {
        problems.push({
          file,
          rule: "yaml-depth-limit",
          severity: "error",
          message: `\`${describePath(path.slice(0, 3))}\u2026\` nests more than ${MAX_DEPTH} levels deep: no card needs that; flatten it`,
          at: { path, target: "value" }
        });
        tooDeepReported = true;
      }
      continue;
    }
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (UNSAFE_KEYS.has(key)) {
        problems.push({
          file,
          rule: "unsafe-key",
          severity: "error",
          message: `the key \`${key}\` is not allowed (JavaScript tools treat it specially): rename it`,
          at: { path: [...path, key], target: "key" }
        });
        continue;
      }
      stack.push({ node: node[key], path: [...path, key] });
    }
  }
  return problems;
}

// src/core/metrics/convert.ts
var SPLITS = ["test", "validation", "valid", "val", "eval", "dev"];
var SPLIT_RANK = (split) => {
  if (split === void 0) return SPLITS.length + 1;
  const index = SPLITS.indexOf(split.toLowerCase());
  return index === -1 ? 0 : SPLITS.length - index;
};
var PREFIX = new RegExp(`^(${SPLITS.join("|")})_(.+)$`);
var STAT = /^(?:epoch|step|global_step|total_flos|.*_runtime|.*_samples_per_second|.*_steps_per_second|.*_flos)$/;
var TRAIN = /^train_(.+)$/;
var METRIC_NAME = /^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$/;
var NON_FINITE = /^[+-]?(?:nan|inf|infinity|\.inf|\.nan)$/i;
var AVERAGES = { "macro avg": "macro", "weighted avg": "weighted", "micro avg": "micro", "samples avg": "samples" };
var REPORT_FIELDS = { precision: "precision", recall: "recall", "f1-score": "f1" };
var isSplit = (key) => SPLITS.includes(key.toLowerCase()) || key.toLowerCase() === "train";
var isMeasurement = (value) => isRecord(value) && Object.hasOwn(value, "value");
var isReportEntry = (value) => isRecord(value) && ("f1-score" in value || "precision" in value && "recall" in value && "support" in value);
function isReport(value) {
  return Object.keys(AVERAGES).some((k) => isReportEntry(value[k])) || Object.values(value).filter(isReportEntry).length >= 2;
}
function isHuggingFace(value) {
  const keys = Object.keys(value);
  return keys.some((k) => PREFIX.test(k) || TRAIN.test(k)) && keys.some((k) => STAT.test(k));
}
function isNested(value) {
  return Object.entries(value).some(([k, v]) => isSplit(k) && isRecord(v) && !isMeasurement(v));
}
function metricsShape(value) {
  if (!isRecord(value)) return "registry";
  if (isReport(value)) return "classification-report";
  if (isNested(value)) return "nested-splits";
  if (isHuggingFace(value)) return "hugging-face";
  return "registry";
}
var SHAPE_LABELS = {
  "hugging-face": "a Hugging Face Trainer results file (eval_results.json, all_results.json)",
  "nested-splits": 'a map of splits ({"train": {...}, "eval": {...}})',
  "classification-report": "scikit-learn's classification_report(output_dict=True)"
};
function convertMetrics(value, names = {}) {
  const shape = metricsShape(value);
  const out = { shape, metrics: {}, stats: {}, changes: [] };
  if (!isRecord(value)) return out;
  const pending = [];
  const counts = /* @__PURE__ */ new Map();
  const rename = (full, bare) => own2(names, full) ?? own2(names, bare);
  const flat = (key, entry, from, split) => {
    const full = split === void 0 ? key : `${split}_${key}`;
    if (STAT.test(key) || split === void 0 && STAT.test(full)) {
      stat(full, entry, from);
      return;
    }
    if (split === void 0 && shape !== "registry") {
      if (TRAIN.test(key)) return stat(key, entry, from);
      const prefixed = shape === "hugging-face" ? PREFIX.exec(key) : null;
      if (prefixed) return flat(prefixed[2], entry, from, prefixed[1]);
    }
    if (/^samples$/.test(key) && split !== void 0) {
      if (!isCount(entry)) return drop(from, "not a count of examples");
      counts.set(split, entry);
      out.changes.push({ kind: "moved", from, detail: `to \`n\` of the ${split} metrics (the number of examples)` });
      return;
    }
    if (split !== void 0 && split.toLowerCase() === "train") return stat(full, entry, from);
    const mapped = rename(full, key);
    const name = mapped ?? key;
    pending.push({ name, from, split, value: entry, fallback: full });
  };
  const stat = (name, entry, from) => {
    if (typeof entry === "number" && Number.isFinite(entry)) {
      out.stats[name] = entry;
      out.changes.push({ kind: "moved", from, detail: `to card.yaml training.stats.${name} (a statistic of the run, not a metric)` });
    } else drop(from, "a run statistic that is not a number");
  };
  const drop = (from, why) => void out.changes.push({ kind: "dropped", from, detail: why });
  const report = (entries, split, prefix) => {
    const total = Object.entries(entries).find(([k, v]) => k in AVERAGES && isRecord(v) && isCount(v.support))?.[1];
    for (const [key, entry] of Object.entries(entries)) {
      const from = `${prefix}${key}`;
      if (key === "accuracy") {
        const name = rename(split ? `${split}_accuracy` : "accuracy", "accuracy") ?? "accuracy";
        pending.push({ name, from, split, value: entry, fallback: name, n: total ? Number(total.support) : void 0 });
        continue;
      }
      if (!isRecord(entry)) {
        flat(key, entry, from, split);
        continue;
      }
      const suffix = AVERAGES[key] ?? labelName(key);
      const n = isCount(entry.support) && entry.support > 0 ? entry.support : void 0;
      for (const [field, v] of Object.entries(entry)) {
        const base = REPORT_FIELDS[field];
        if (field === "support") {
          out.changes.push({ kind: "moved", from: `${from}.support`, detail: `to \`n\` of ${key}'s metrics (the number of examples)` });
          continue;
        }
        if (!base) {
          drop(`${from}.${field}`, "not a field of a classification report");
          continue;
        }
        const derived = `${base}_${suffix}`;
        const name = rename(split ? `${split}_${derived}` : derived, derived) ?? derived;
        pending.push({ name, from: `${from}.${field}`, split, value: v, fallback: name, n });
      }
    }
  };
  if (shape === "classification-report") report(value, void 0, "");
  else {
    for (const [key, entry] of Object.entries(value)) {
      if (shape === "nested-splits" && isSplit(key) && isRecord(entry) && !isMeasurement(entry)) {
        const split = key;
        if (isReport(entry)) report(entry, split, `${key}.`);
        else for (const [inner, v] of Object.entries(entry)) flat(inner, v, `${key}.${inner}`, split);
      } else flat(key, entry, key, void 0);
    }
  }
  const order = [...pending].sort((a, b) => SPLIT_RANK(b.split) - SPLIT_RANK(a.split));
  const taken = /* @__PURE__ */ new Set();
  const placed = /* @__PURE__ */ new Map();
  for (const p of order) {
    const name = !taken.has(p.name) ? p.name : !taken.has(p.fallback) ? p.fallback : void 0;
    if (name === void 0) {
      drop(p.from, `\`${p.name}\` is already given by another entry`);
      continue;
    }
    taken.add(name);
    placed.set(p, name);
  }
  for (const p of pending) {
    const name = placed.get(p);
    if (name === void 0) continue;
    const measured = measurement(p, counts.get(p.split));
    if (measured === void 0) {
      drop(p.from, "not a number");
      continue;
    }
    if (!METRIC_NAME.test(name)) {
      drop(p.from, `\`${name}\` is not a metric name (a letter, then letters, digits or _ . : / @ -): map it in registry.yaml's metric_names`);
      continue;
    }
    out.metrics[name] = measured;
    const where = p.split !== void 0 ? ` (split ${p.split})` : "";
    if (name !== p.from) {
      const why = name === p.fallback && name !== p.name ? `, as \`${p.name}\` is given by another split` : "";
      out.changes.push({ kind: name === p.fallback && name !== p.name ? "kept" : "renamed", from: p.from, detail: `to \`${name}\`${where}${why}` });
    }
  }
  return out;
}
function measurement(p, count) {
  const { value, split } = p;
  const n = p.n ?? count;
  if (isMeasurement(value)) {
    const given = value;
    return split !== void 0 && given.split === void 0 ? { ...given, split } : given;
  }
  if (typeof value !== "number" && !(typeof value === "string" && NON_FINITE.test(value))) return void 0;
  if (split === void 0 && n === void 0) return value;
  const out = { value };
  if (split !== void 0) out.split = split;
  if (n !== void 0) out.n = n;
  return out;
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}
function labelName(label) {
  return label.replace(/[^A-Za-z0-9_.:/@-]+/g, "_").replace(/^_+|_+$/g, "") || "label";
}
function own2(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function describeConversion(conversion) {
  return conversion.changes.map((c) => `${c.kind} ${c.from} ${c.detail}`);
}

// src/core/check/metrics-shape.ts
function unconvertedMetrics(path, value) {
  const shape = metricsShape(value);
  if (shape === "registry") return void 0;
  return {
    file: path,
    line: 1,
    column: 1,
    severity: "error",
    rule: "unconverted-metrics",
    message: `this is ${SHAPE_LABELS[shape]}, not the registry's metrics format: convert it with \`model-registry convert-metrics ${path}\` (a split prefix becomes the value's split, run statistics go to card.yaml's training.stats); \`add\` and \`register\` convert such files as they add them`
  };
}

// src/core/monitoring/observation-positions.ts
function observationAt(line, key, target = "value") {
  return { path: [line, key], target };
}
function locateObservationProblems(text, pending) {
  let starts;
  const lineText = (line) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    const from = starts[line - 1] ?? text.length;
    const to = starts[line] === void 0 ? text.length : starts[line] - 1;
    return text.slice(from, to).replace(/\r$/, "");
  };
  return pending.map(({ at, ...rest }) => {
    if (!at) return { ...rest, line: 1, column: 1 };
    if ("line" in at) return { ...rest, line: at.line, column: at.column };
    const [line, ...path] = at.path;
    if (typeof line !== "number") return { ...rest, line: 1, column: 1 };
    let column = 1;
    try {
      column = locate(parsePrecise(lineText(line)), { path, target: at.target }).column;
    } catch {
    }
    return { ...rest, line, column };
  });
}

// src/core/monitoring/observation-shape.ts
function acceptedStrings() {
  return { version: /* @__PURE__ */ new Set(), metric: /* @__PURE__ */ new Set(), segment: /* @__PURE__ */ new Set(), environment: /* @__PURE__ */ new Set() };
}
function rememberAccepted(accepted, record) {
  accepted.version.add(record.version);
  accepted.metric.add(record.metric);
  if (record.segment !== void 0) accepted.segment.add(record.segment);
  if (record.environment !== void 0) accepted.environment.add(record.environment);
}
function commonShapeTime(record, accepted, month) {
  for (const key in record) {
    if (key !== "time" && key !== "version" && key !== "metric" && key !== "value" && key !== "n" && key !== "segment" && key !== "environment") return NaN;
  }
  const { version, metric, value, n, segment, environment } = record;
  if (typeof version !== "string" || !accepted.version.has(version)) return NaN;
  if (typeof metric !== "string" || !accepted.metric.has(metric)) return NaN;
  if (typeof value !== "number" || !Number.isFinite(value)) return NaN;
  if (n !== void 0 && !(Number.isInteger(n) && n >= 0)) return NaN;
  if (segment !== void 0 && !(typeof segment === "string" && accepted.segment.has(segment))) return NaN;
  if (environment !== void 0 && !(typeof environment === "string" && accepted.environment.has(environment))) return NaN;
  return typeof record.time === "string" ? utcSecondTime(record.time, month) : NaN;
}
function utcSecondTime(text, month) {
  if (text.length !== 20 || month.year < 100) return NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return NaN;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 90) return NaN;
  const year = digits(text, 0, 4);
  const mon = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year !== month.year || mon !== month.month || !(day >= 1 && day <= month.days)) return NaN;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  return month.start + ((((day - 1) * 24 + hour) * 60 + minute) * 60 + second) * 1e3;
}
function digits(text, from, length) {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

// src/core/monitoring/observations.ts
function observationKey(record, timeMs) {
  return `${timeMs}\0${record.version}\0${record.metric}\0${record.segment ?? ""}\0${record.environment ?? ""}`;
}
function sameIdentityAs(atInstant, b) {
  for (const a of atInstant) {
    if (a.version === b.version && a.metric === b.metric && a.segment === b.segment && a.environment === b.environment) return a;
  }
  return void 0;
}
function monthOf(timeMs) {
  const date = new Date(timeMs);
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}
function checkObservationFile(path, bytes, size = bytes.length) {
  const info = classifyPath(path);
  if (info.kind !== "observations") throw new Error(`not an observations file: ${path}`);
  const decoded = decodeDocument(bytes, size);
  if ("problem" in decoded) {
    const { rule, severity } = decoded.problem;
    const message = rule === "file-too-large" ? `${decoded.problem.message.replace(/, over the 1 MiB limit.*$/, "")}, over the 1 MiB limit for a month of observations (about 8,000 records): aggregate them (hourly values into daily ones) before appending` : decoded.problem.message;
    return { path, kind: "observations", valid: false, value: [], problems: [{ file: path, rule, severity, message, line: 1, column: 1 }] };
  }
  const text = decoded.text;
  const [year, month] = info.month.split("-").map(Number);
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month, 1);
  const fileMonth = { start, year, month, days: Math.round((end - start) / 864e5) };
  const accepted = acceptedStrings();
  const validate = documentValidators().observation;
  const observations = [];
  const pending = [];
  const seen = /* @__PURE__ */ new Map();
  const take = (record, lineNumber) => {
    if (!isRecord(record)) {
      pending.push({
        file: path,
        rule: "observation-syntax",
        severity: "error",
        message: `each line of a monitoring file is one JSON object, but this one holds ${Array.isArray(record) ? "a list" : "a single value"}: write {"time": \u2026, "version": \u2026, "metric": \u2026, "value": \u2026}`,
        at: { line: lineNumber, column: 1 }
      });
      return;
    }
    let time = commonShapeTime(record, accepted, fileMonth);
    if (Number.isNaN(time)) {
      if (!validate(record)) {
        for (const p of schemaProblems(path, validate.errors ?? [])) pending.push(onLine(p, lineNumber));
        return;
      }
      rememberAccepted(accepted, record);
      time = Date.parse(record.time);
    }
    const observation2 = record;
    if (!(time >= start && time < end)) {
      pending.push({
        file: path,
        rule: "observation-time",
        severity: "error",
        message: Number.isNaN(time) ? `\`time\` ${JSON.stringify(observation2.time)} is not a moment that exists: write a date-time such as ${info.month}-01T00:00:00Z` : `\`time\` ${observation2.time} is in ${monthOf(time)} (UTC), not in this file's month ${info.month}: move the line to monitoring/${monthOf(time)}.jsonl`,
        at: observationAt(lineNumber, "time")
      });
      return;
    }
    const atInstant = seen.get(time);
    const first = atInstant && sameIdentityAs(atInstant, observation2);
    if (first) {
      pending.push({
        file: path,
        rule: "duplicate-observation",
        severity: "error",
        message: `the same observation (time, version, metric, segment and environment) as line ${first.line}: keep one of them`,
        at: { line: lineNumber, column: 1 }
      });
      return;
    }
    if (atInstant) atInstant.push(observation2);
    else seen.set(time, [observation2]);
    observation2.file = path;
    observation2.line = lineNumber;
    observations.push(observation2);
  };
  const values = everyLineParsed(text);
  if (values) {
    for (let i = 0; i < values.length; i++) take(values[i], i + 1);
  } else {
    let lineNumber = 0;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf("\n", from);
      if (to === -1) to = text.length;
      lineNumber++;
      const line = text.charCodeAt(to - 1) === 13 ? text.slice(from, to - 1) : text.slice(from, to);
      from = to + 1;
      if (line.trim() === "") continue;
      let record;
      try {
        record = JSON.parse(line);
      } catch (error) {
        pending.push(syntaxProblem(path, lineNumber, line, error));
        continue;
      }
      take(record, lineNumber);
    }
  }
  const problems = pending.length ? locateObservationProblems(text, pending) : [];
  return { path, kind: "observations", value: observations, valid: problems.length === 0, problems };
}
function everyLineParsed(text) {
  const body = text.charCodeAt(text.length - 1) === 10 ? text.slice(0, -1) : text;
  let lines = 1;
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lines++;
  let values;
  try {
    values = JSON.parse(`[${body.replaceAll("\n", "\n,")}]`);
  } catch {
    return void 0;
  }
  return Array.isArray(values) && values.length === lines ? values : void 0;
}
function onLine(problem, line) {
  const at = problem.at && "path" in problem.at ? { path: [line, ...problem.at.path], target: problem.at.target } : { line, column: 1 };
  return { ...problem, message: problem.message.replace(/^the file\b/, "this record"), at };
}
function syntaxProblem(file, line, text, error) {
  const nonFinite = /(?<![\w"])-?(NaN|Infinity)(?![\w"])/.exec(text);
  if (nonFinite) {
    return {
      file,
      rule: "observation-syntax",
      severity: "error",
      message: `\`${nonFinite[0]}\` is not a JSON number (Python's json.dumps writes it for a failed evaluation): write a finite value, or leave the record out`,
      at: { line, column: nonFinite.index + 1 }
    };
  }
  const message = String(error?.message ?? error);
  const position = /at position (\d+)/.exec(message);
  const column = position ? Number(position[1]) + 1 : /end of JSON/.test(message) ? text.length + 1 : 1;
  const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*$/s, "").replace(/ of JSON input$/, " of the line");
  return {
    file,
    rule: "observation-syntax",
    severity: "error",
    message: `not valid JSON (${reason.charAt(0).toLowerCase()}${reason.slice(1)}): each line is one JSON object such as {"time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 0.91}`,
    at: { line, column }
  };
}

// src/core/check/check-document.ts
function checkDocument(path, bytes, size = bytes.length) {
  const kind = documentKind(path);
  if (!kind) throw new Error(`not a registry document: ${path}`);
  if (kind === "observations") return checkObservationFile(path, bytes, size);
  const decoded = decodeDocument(bytes, size);
  if ("problem" in decoded && decoded.problem.rule === "empty-file" && kind === "metrics") return { path, kind, value: {}, valid: true, problems: [] };
  if ("problem" in decoded) {
    return { path, kind, valid: false, problems: [{ file: path, ...locatedAtStart(decoded.problem) }] };
  }
  const { text } = decoded;
  let parsed;
  let value;
  const fast = fastParse(text);
  if (fast) {
    value = fast.value;
  } else {
    const precise = preciseParse(text);
    parsed = precise.parsed;
    if (!precise.ok) {
      const problems = precise.problems.map((p) => ({ file: path, ...p }));
      return { path, kind, valid: false, problems: parsed ? locateAll(parsed, problems) : problems.map((p) => ({ ...p, ...locatedAtStart(p) })) };
    }
    value = precise.value;
  }
  if ((value === null || value === void 0) && kind === "metrics") return { path, kind, value: {}, valid: true, problems: [] };
  if (value === null || value === void 0) {
    return {
      path,
      kind,
      valid: false,
      problems: [
        {
          file: path,
          rule: "empty-file",
          severity: "error",
          message: "file has no content: write the fields this file needs (see schemas/ for the format)",
          line: 1,
          column: 1
        }
      ]
    };
  }
  const pending = structureProblems(path, value);
  const shape = pending.length === 0 && kind === "metrics" ? unconvertedMetrics(path, value) : void 0;
  if (shape) return { path, kind, valid: false, problems: [shape] };
  if (pending.length === 0) {
    const validate = documentValidators()[kind];
    if (!validate(value)) {
      parsed ??= parsePrecise(text);
      const source = parsed;
      pending.push(...schemaProblems(path, validate.errors ?? [], (at) => scalarSource(source, text, at)));
    }
  }
  if (pending.length === 0) return { path, kind, value, valid: true, problems: [] };
  parsed ??= parsePrecise(text);
  const unsafe = pending.some((p) => p.rule === "yaml-depth-limit" || p.rule === "unsafe-key");
  return { path, kind, value: unsafe ? void 0 : value, valid: false, problems: locateAll(parsed, pending) };
}
function locateAll(parsed, pending) {
  return pending.map(({ at, ...rest }) => ({ ...rest, ...locate(parsed, at) }));
}
function locatedAtStart(p) {
  const at = p.at;
  return { rule: p.rule, severity: p.severity, message: p.message, line: at?.line ?? 1, column: at?.column ?? 1 };
}

// src/core/check/run-rules.ts
function runRules(rules, context, readDocument) {
  const pending = [];
  for (const rule of rules) pending.push(...rule(context));
  return locatePending(pending, readDocument);
}
function locatePending(pending, readDocument) {
  const byFile = /* @__PURE__ */ new Map();
  for (const p of pending) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const out = [];
  for (const [file, list] of byFile) {
    const needsText = list.some((p) => p.at && "path" in p.at);
    const bytes = needsText ? readDocument(file) : void 0;
    if (bytes && documentKind(file) === "observations") {
      out.push(...locateObservationProblems(new TextDecoder().decode(bytes), list));
    } else if (bytes) {
      out.push(...locateAll(parsePrecise(new TextDecoder().decode(bytes)), list));
    } else {
      out.push(...list.map(({ at, ...rest }) => ({ ...rest, line: at && "line" in at ? at.line : 1, column: at && "line" in at ? at.column : 1 })));
    }
  }
  return out;
}

// src/core/rules/layout-rules.ts
var MODEL_FOLDER_FILES = ["model.yaml", "stages.yaml", "README.md"];
var VERSION_FOLDER_FILES = ["card.yaml", "metrics.yaml", "metrics.json", "README.md"];
var IGNORED = /* @__PURE__ */ new Set([".gitkeep", ".gitattributes", ".gitignore", ".DS_Store"]);
function registryLayoutRule({ registry: registry2, entries }) {
  const problems = [];
  const at = atFileStart();
  const rootSlips = [...entries.keys()].filter((path) => !path.includes("/") && misnamedDocument(path, [REGISTRY_FILE]));
  for (const path of rootSlips) problems.push(misnamedProblem(path, REGISTRY_FILE, entries.has(REGISTRY_FILE)));
  if (!entries.has(REGISTRY_FILE) && rootSlips.length === 0) {
    problems.push({
      file: REGISTRY_FILE,
      rule: "missing-file",
      severity: "error",
      message: "registry.yaml is missing: every registry needs one at its root (at least `format: 1` and `name`)",
      at
    });
  }
  for (const path of registry2.strayFiles) {
    if (IGNORED.has(basename(path))) continue;
    problems.push({
      file: path,
      rule: "unexpected-file",
      severity: "warning",
      message: "files under models/ belong in a model folder: models/<model>/model.yaml, models/<model>/versions/<version>/...",
      at
    });
  }
  return problems;
}
function modelLayoutRules({ registry: registry2, entries }) {
  const problems = [];
  const at = atFileStart();
  for (const model2 of registry2.models.values()) {
    const validName = isValidModelName(model2.name);
    if (!validName && !hasControlCharacter(model2.name)) {
      problems.push({
        file: modelFile(model2.name),
        rule: "invalid-name",
        severity: "error",
        message: `model folder \`${model2.name}\` is not a valid model name (it names git tags, URLs and files): use ${NAME_RULE_TEXT}, for example \`${suggestModelName(model2.name)}\``,
        at
      });
    }
    const modelSlips = /* @__PURE__ */ new Map();
    for (const inner of model2.strayFiles) {
      const meant = misnamedDocument(inner, MODEL_DOCUMENTS);
      if (meant) modelSlips.set(inner, meant);
    }
    if (!model2.card && !entries.has(modelFile(model2.name)) && ![...modelSlips.values()].includes(MODEL_DOCUMENTS[0])) {
      problems.push({
        file: modelFile(model2.name),
        rule: "missing-file",
        severity: "error",
        message: `model \`${model2.name}\` has no model.yaml: add one with at least name, description and owners`,
        at
      });
    }
    for (const inner of model2.strayFiles) {
      if (IGNORED.has(basename(inner))) continue;
      const meant = modelSlips.get(inner);
      if (meant) {
        problems.push(misnamedProblem(`${model2.dir}/${inner}`, meant, entries.has(`${model2.dir}/${meant}`)));
        continue;
      }
      if (inner.startsWith(`${MONITORING_DIR}/`)) {
        if (inner !== `${MONITORING_DIR}/README.md`) problems.push(monitoringFileName(`${model2.dir}/${inner}`, inner));
        continue;
      }
      const near = closest(inner, MODEL_FOLDER_FILES);
      problems.push({
        file: `${model2.dir}/${inner}`,
        rule: "unexpected-file",
        severity: "warning",
        message: near ? `unexpected file: did you mean \`${near}\`? The registry only reads model.yaml, stages.yaml and versions/ here` : "unexpected file in a model folder: it holds model.yaml, stages.yaml, README.md and versions/<version>/",
        at
      });
    }
    for (const version of model2.versions.values()) {
      const dir = versionDir(model2.name, version.version);
      const slips = versionSlips(version);
      for (const [inner, meant] of slips) problems.push(misnamedProblem(`${dir}/${inner}`, meant, entries.has(`${dir}/${meant}`)));
      const slipFor = new Set(slips.values());
      if (!isValidVersion(version.version) && !hasControlCharacter(version.version)) {
        problems.push({
          file: version.card?.path ?? version.metricsFiles[0] ?? `${dir}/${version.files[0] ?? CARD_FILE}`,
          rule: "invalid-version",
          severity: "error",
          message: `version folder \`${version.version}\` is not a strict SemVer 2.0.0 version: ${versionHint(version.version)}`,
          at
        });
      }
      if (!entries.has(`${dir}/${CARD_FILE}`) && !slipFor.has(CARD_FILE)) {
        problems.push({
          file: `${dir}/${CARD_FILE}`,
          rule: "missing-file",
          severity: "error",
          message: `version ${version.version} of \`${model2.name}\` has no card.yaml: add one with version, created and summary`,
          at
        });
      }
      if (version.metricsFiles.length === 0 && !METRICS_FILES.some((name) => entries.has(`${dir}/${name}`) || slipFor.has(name))) {
        problems.push({
          file: `${dir}/metrics.yaml`,
          rule: "missing-file",
          severity: "error",
          message: `version ${version.version} of \`${model2.name}\` has no metrics file: add metrics.yaml or metrics.json (a plain {"accuracy": 0.93} will do)`,
          at
        });
      } else if (version.metricsFiles.length > 1) {
        problems.push({
          file: `${dir}/metrics.json`,
          rule: "ambiguous-file",
          severity: "error",
          message: "this version has both metrics.yaml and metrics.json: keep one of them",
          at
        });
      }
    }
  }
  return problems;
}
function monitoringFileName(file, inner) {
  const name = inner.slice(MONITORING_DIR.length + 1);
  const month = /^(\d{4})-(\d{1,2})(?:\.\w+)?$/.exec(name);
  const hint = month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `: rename it to \`${month[1]}-${month[2].padStart(2, "0")}.jsonl\`` : " (the month of its records, in UTC)";
  return {
    file,
    rule: "observation-file-name",
    severity: "error",
    message: `observations are read only from monitoring/<YYYY>-<MM>.jsonl, one file per month, so this file is never read${hint}`,
    at: atFileStart()
  };
}
function strayVersionFiles(listed, files) {
  return files.filter((f) => !listed.has(f) && !IGNORED.has(basename(f)) && !VERSION_FOLDER_FILES.includes(f) && !misnamedDocument(f, VERSION_DOCUMENTS));
}
var MODEL_DOCUMENTS = ["model.yaml", "stages.yaml"];
var VERSION_DOCUMENTS = [CARD_FILE, ...METRICS_FILES];
function misnamedDocument(name, documents) {
  if (documents.includes(name) || name.includes("/")) return void 0;
  const ext = /\.(ya?ml|json)$/i.exec(name);
  if (!ext) return void 0;
  const stem = name.slice(0, -ext[0].length).toLowerCase();
  const json2 = ext[1].toLowerCase() === "json";
  const candidates = documents.filter((d) => d.endsWith(".json") === json2);
  const byStem = (d) => d.slice(0, d.lastIndexOf("."));
  return candidates.find((d) => byStem(d) === stem) ?? candidates.find((d) => byStem(d).length >= 4 && oneEditApart(stem, byStem(d)));
}
function versionSlips(version) {
  if (version.files.length === 0) return /* @__PURE__ */ new Map();
  const card2 = version.card?.value;
  const listed = new Set(
    isRecord(card2) ? asArray(card2.artifacts).flatMap((a) => isRecord(a) && typeof a.path === "string" ? [a.path.replace(/^\.\//, "")] : []) : []
  );
  const slips = /* @__PURE__ */ new Map();
  for (const inner of version.files) {
    const meant = listed.has(inner) ? void 0 : misnamedDocument(inner, VERSION_DOCUMENTS);
    if (meant) slips.set(inner, meant);
  }
  return slips;
}
function misnamedProblem(file, meant, meantExists) {
  const name = basename(file);
  return {
    file,
    rule: "misnamed-file",
    severity: "error",
    message: meantExists ? `\`${name}\` is never read (the registry reads only \`${meant}\`, beside it), so what it says does not apply: move what it holds into ${meant} and delete it` : `\`${name}\` is never read (the registry reads only \`${meant}\`), so what it says does not apply: rename it to ${meant}`,
    at: atFileStart()
  };
}
function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function strayVersionFileMessage(inner) {
  const near = closest(inner, VERSION_FOLDER_FILES);
  return near && near !== inner ? `unexpected file: did you mean \`${near}\`?` : "unexpected file: list it under `artifacts` in card.yaml (with name, path, size and sha256) or remove it";
}
function versionHint(name) {
  const meant = intendedVersion(name);
  if (meant) return `rename the folder to \`${meant}\` (${meant === name.slice(1) ? "no v prefix" : "MAJOR.MINOR.PATCH"})`;
  return "name it MAJOR.MINOR.PATCH, optionally with -prerelease and +build, such as 1.4.0 or 2.0.0-rc.1";
}
function intendedVersion(name) {
  if (/^v\d/i.test(name) && isValidVersion(name.slice(1))) return name.slice(1);
  if (/^\d+$/.test(name)) return `${name}.0.0`;
  if (/^\d+\.\d+$/.test(name)) return `${name}.0`;
  return void 0;
}
function meantVersions(versions) {
  const valid = [];
  const meant = /* @__PURE__ */ new Set();
  for (const version of versions) {
    if (isValidVersion(version)) valid.push(version);
    else {
      const intended = intendedVersion(version);
      if (intended) meant.add(intended);
    }
  }
  return { valid, meant };
}
function suggestModelName(name) {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").slice(0, 64).replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return cleaned || "my-model";
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/core/rules/name-rules.ts
var import_semver = __toESM(require_semver(), 1);
function nameRules({ registry: registry2 }) {
  const problems = [];
  for (const model2 of registry2.models.values()) {
    const card2 = model2.card;
    if (card2 && isRecord(card2.value) && typeof card2.value.name === "string" && card2.value.name !== model2.name && isValidModelName(model2.name)) {
      problems.push({
        file: card2.path,
        rule: "name-mismatch",
        severity: "error",
        message: `name is \`${card2.value.name}\` but the folder is \`${model2.name}\`: they must be equal (rename the folder or change the name)`,
        at: atValue("name")
      });
    }
    for (const version of model2.versions.values()) {
      const value = version.card?.value;
      if (!version.card || !isRecord(value) || typeof value.version !== "string" || !isValidVersion(version.version)) continue;
      if (value.version !== version.version && isValidVersion(value.version)) {
        problems.push({
          file: version.card.path,
          rule: "version-mismatch",
          severity: "error",
          message: `version is ${value.version} but the folder is ${version.version}: they must be equal (rename the folder or fix the version)`,
          at: atValue("version")
        });
      }
    }
  }
  return problems;
}
function duplicateVersionRule({ registry: registry2 }) {
  const problems = [];
  for (const model2 of registry2.models.values()) {
    const byPrecedence = /* @__PURE__ */ new Map();
    for (const version of model2.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const parsed = import_semver.default.parse(version.version);
      const key = `${parsed.major}.${parsed.minor}.${parsed.patch}${parsed.prerelease.length ? `-${parsed.prerelease.join(".")}` : ""}`;
      const first = byPrecedence.get(key);
      if (first === void 0) {
        byPrecedence.set(key, version.version);
        continue;
      }
      problems.push({
        file: version.card?.path ?? `${version.dir}/card.yaml`,
        rule: "duplicate-version",
        severity: "error",
        message: `${version.version} and ${first} are the same version to SemVer (build metadata after + does not count): give this one a new version number`,
        at: version.card ? atValue("version") : { line: 1, column: 1 }
      });
    }
  }
  return problems;
}

// src/core/rules/lineage-rules.ts
var edgeCache = /* @__PURE__ */ new WeakMap();
function internalParentEdges(registry2) {
  const cached = edgeCache.get(registry2);
  if (cached) return cached;
  const edges = [];
  edgeCache.set(registry2, edges);
  for (const model2 of registry2.models.values()) {
    for (const version of model2.versions.values()) {
      const card2 = version.card;
      if (!card2 || !isRecord(card2.value) || !isRecord(card2.value.lineage)) continue;
      asArray(card2.value.lineage.parents).forEach((parent, index) => {
        if (!isRecord(parent) || typeof parent.model !== "string" || typeof parent.version !== "string" || "uri" in parent) return;
        edges.push({ from: `${model2.name}@${version.version}`, to: `${parent.model}@${parent.version}`, file: card2.path, index });
      });
    }
  }
  return edges;
}
function unknownParentRule({ registry: registry2 }) {
  const problems = [];
  const valid = [...registry2.models.keys()].filter(isValidModelName);
  const renamed = new Set([...registry2.models.keys()].filter((name) => !isValidModelName(name)).map(suggestModelName));
  for (const edge of internalParentEdges(registry2)) {
    const at = edge.to.lastIndexOf("@");
    const modelName = edge.to.slice(0, at);
    const versionName = edge.to.slice(at + 1);
    const parentModel = registry2.models.get(modelName);
    if (!parentModel) {
      if (renamed.has(modelName)) continue;
      problems.push({
        file: edge.file,
        rule: "unknown-parent",
        severity: "error",
        message: `parent model \`${modelName}\` is not in this registry${didYouMean(modelName, valid)}: fix the name, or describe an outside model with \`uri\` instead of \`model\``,
        at: atValue("lineage", "parents", edge.index, "model")
      });
    } else if (!parentModel.versions.has(versionName)) {
      const { valid: known, meant } = meantVersions(parentModel.versions.keys());
      if (meant.has(versionName)) continue;
      problems.push({
        file: edge.file,
        rule: "unknown-parent",
        severity: "error",
        message: `\`${modelName}\` has no version ${versionName}${didYouMean(versionName, known)}; it has ${known.length ? known.join(", ") : "no versions"}`,
        at: atValue("lineage", "parents", edge.index, "version")
      });
    }
  }
  return problems;
}
function lineageCycleRule({ registry: registry2 }) {
  const edges = internalParentEdges(registry2).filter((e) => {
    const at = e.to.lastIndexOf("@");
    return registry2.models.get(e.to.slice(0, at))?.versions.has(e.to.slice(at + 1));
  });
  const problems = [];
  const suspects = nodesOnOrBehindCycles(edges);
  if (suspects.length === 0) return problems;
  const out = /* @__PURE__ */ new Map();
  for (const edge of edges) {
    const list = out.get(edge.from) ?? [];
    list.push(edge);
    out.set(edge.from, list);
  }
  for (const component of stronglyConnected(suspects, (n) => (out.get(n) ?? []).map((e) => e.to))) {
    const members = new Set(component);
    const selfLoop = component.length === 1 && (out.get(component[0]) ?? []).some((e) => e.to === component[0]);
    if (component.length === 1 && !selfLoop) continue;
    const start = [...component].sort()[0];
    const cycle = shortestCycle(start, members, out);
    const firstEdge = cycle[0];
    const names = [...cycle.map((e) => e.from), start];
    problems.push({
      file: firstEdge.file,
      rule: "lineage-cycle",
      severity: "error",
      message: `lineage cycle: ${names.join(" \u2192 ")}; a version cannot descend from itself: fix this parent`,
      at: atValue("lineage", "parents", firstEdge.index)
    });
  }
  return problems;
}
function nodesOnOrBehindCycles(edges) {
  const ids = /* @__PURE__ */ new Map();
  const names = [];
  const id = (name) => {
    let n = ids.get(name);
    if (n === void 0) {
      n = names.length;
      ids.set(name, n);
      names.push(name);
    }
    return n;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    from[i] = id(edges[i].from);
    to[i] = id(edges[i].to);
  }
  const pending = new Int32Array(names.length);
  const start = new Int32Array(names.length + 1);
  for (let i = 0; i < edges.length; i++) {
    pending[from[i]]++;
    start[to[i] + 1]++;
  }
  for (let n = 0; n < names.length; n++) start[n + 1] += start[n];
  const children = new Int32Array(edges.length);
  const fill = start.slice(0, names.length);
  for (let i = 0; i < edges.length; i++) children[fill[to[i]]++] = from[i];
  const ready = [];
  for (let n = 0; n < names.length; n++) if (pending[n] === 0) ready.push(n);
  const peeled = new Uint8Array(names.length);
  while (ready.length) {
    const node = ready.pop();
    peeled[node] = 1;
    for (let c = start[node]; c < start[node + 1]; c++) if (--pending[children[c]] === 0) ready.push(children[c]);
  }
  return names.filter((_, n) => !peeled[n]).sort();
}
function stronglyConnected(nodes, next) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work = [];
    const visit = (node) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node), i: 0 });
    };
    visit(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) visit(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node), index.get(child)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
function shortestCycle(start, members, out) {
  const via = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of out.get(queue[i]) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [edge];
        let node = queue[i];
        while (node !== start) {
          const e = via.get(node);
          path.unshift(e);
          node = e.from;
        }
        return path;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return [];
}

// schemas/metrics.schema.json
var metrics_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/metrics.schema.json",
  title: "Version metrics (metrics.yaml / metrics.json)",
  description: "The evaluation metrics of one model version, stored next to its card as metrics.yaml or metrics.json. Maps each metric name to either a plain number or an object with the value and details about how it was measured. Metric names should be declared in the metrics catalogue of registry.yaml so that their direction (higher or lower is better) is known. An empty file (or {}) says the version has no metrics yet: it is accepted with the no-metrics warning.",
  markdownDescription: "The evaluation metrics of one model version, stored next to its `card.yaml` as `metrics.yaml` or `metrics.json`.\n\nMaps each metric name to either a plain number or an object with the `value` and details about how it was measured. Metric names should be declared in `metrics` of `registry.yaml` so that their direction is known.\n\n```yaml\naccuracy: 0.931\nf1:\n  value: 0.918\n  dataset: imdb\n  split: test\n  ci: [0.911, 0.925]\n  n: 25000\n```",
  type: "object",
  propertyNames: {
    $ref: "#/definitions/metricName"
  },
  additionalProperties: {
    $ref: "#/definitions/metricValue",
    description: "The measured value of this metric: a number, or an object with the value and details about how it was measured.",
    markdownDescription: "The measured value of this metric: a number (`accuracy: 0.93`) or an object with `value` and details (`dataset`, `split`, `slice`, `ci`, `n`)."
  },
  examples: [
    {
      accuracy: 0.931,
      f1: {
        value: 0.918,
        dataset: "imdb",
        split: "test",
        ci: [0.911, 0.925],
        n: 25e3
      },
      latency_p95_ms: 41.5
    }
  ],
  definitions: {
    metricName: {
      title: "MetricName",
      description: "A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.",
      markdownDescription: "A metric name: a letter followed by up to 127 letters, digits or any of `_ . : / @ -`, e.g. `accuracy`, `f1_macro`, `recall@10`, `latency/p95_ms`.",
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$",
      patternErrorMessage: "a metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -, e.g. accuracy, f1_macro or recall@10",
      examples: ["accuracy", "f1_macro", "recall@10", "latency/p95_ms"]
    },
    metricValue: {
      title: "MetricValue",
      description: "A metric value: either a plain number, or an object with the value and details about how it was measured.",
      markdownDescription: "A metric value: either a plain number\n\n```yaml\naccuracy: 0.93\n```\n\nor an object with the `value` and details about how it was measured\n\n```yaml\naccuracy:\n  value: 0.93\n  split: test\n```",
      if: {
        type: "object"
      },
      then: {
        $ref: "#/definitions/metricMeasurement"
      },
      else: {
        type: "number"
      },
      examples: [0.93, { value: 0.93, split: "test" }]
    },
    metricMeasurement: {
      title: "MetricMeasurement",
      description: "A metric value with details about how it was measured.",
      markdownDescription: "A metric value with details about how it was measured.\n\n```yaml\nvalue: 0.918\ndataset: imdb\nsplit: test\nslice: reviews-longer-than-512-tokens\nci: [0.911, 0.925]\nn: 25000\n```",
      type: "object",
      required: ["value"],
      additionalProperties: false,
      patternProperties: {
        "^x-": {}
      },
      properties: {
        value: {
          description: "The measured value.",
          markdownDescription: "The measured value, e.g. `0.918`.",
          type: "number",
          examples: [0.918, 41.5]
        },
        dataset: {
          description: "Name of the dataset the metric was measured on.",
          markdownDescription: "Name of the dataset the metric was measured on, e.g. `imdb`. Ideally one of the `lineage.datasets` names of the card.",
          type: "string",
          minLength: 1,
          pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
          patternErrorMessage: "one line of text without control characters (no line breaks, tabs or terminal escape sequences)",
          examples: ["imdb", "acme/support-tickets-2024"]
        },
        split: {
          description: "The dataset split the metric was measured on, such as test or validation.",
          markdownDescription: "The dataset split the metric was measured on, e.g. `test` or `validation`.",
          type: "string",
          minLength: 1,
          pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
          patternErrorMessage: "one line of text without control characters (no line breaks, tabs or terminal escape sequences)",
          examples: ["test", "validation"]
        },
        slice: {
          description: "The subset (slice) of the data the metric was restricted to, if any.",
          markdownDescription: "The subset (slice) of the data the metric was restricted to, if any, e.g. `language=de` or `reviews-longer-than-512-tokens`.",
          type: "string",
          minLength: 1,
          pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
          patternErrorMessage: "one line of text without control characters (no line breaks, tabs or terminal escape sequences)",
          examples: ["language=de", "reviews-longer-than-512-tokens"]
        },
        ci: {
          description: "Confidence interval of the value as a list of exactly two numbers: [low, high].",
          markdownDescription: "Confidence interval of the value as a list of exactly two numbers `[low, high]`, e.g. `ci: [0.911, 0.925]`.",
          type: "array",
          minItems: 2,
          maxItems: 2,
          items: {
            description: "A bound of the confidence interval (first the low bound, then the high bound).",
            markdownDescription: "A bound of the confidence interval: first the low bound, then the high bound.",
            type: "number"
          },
          examples: [[0.911, 0.925]]
        },
        n: {
          description: "Number of examples the metric was computed on (an integer of at least 1).",
          markdownDescription: "Number of examples the metric was computed on, an integer `>= 1`, e.g. `25000`.",
          type: "integer",
          minimum: 1,
          examples: [25e3]
        }
      }
    }
  }
};

// src/core/rules/metric-rules.ts
var METRIC_NAME2 = new RegExp(metrics_schema_default.definitions.metricName.pattern);
function metricRules({ registry: registry2 }) {
  const problems = [];
  const catalogue = registry2.settings.metrics;
  const names = Object.keys(catalogue);
  const policeNames = names.length > 0 && registry2.settings.trusted.metrics;
  const suggest = boundedSuggestions(names);
  const open = registry2.settingsFile?.valid === true && isRecord(registry2.settingsFile.value) && registry2.settingsFile.value.metrics_catalogue === "open";
  const notCatalogued = (file, what, name, at) => {
    const hint = suggest(name);
    if (open) {
      if (!hint) return void 0;
      return {
        file,
        rule: "unknown-metric",
        severity: "warning",
        message: `${what} \`${name}\` is not in registry.yaml's metrics catalogue${hint}: fix its spelling, or add it to the catalogue`,
        at
      };
    }
    return {
      file,
      rule: "uncatalogued-metric",
      severity: "error",
      message: `${what} \`${name}\` is not in registry.yaml's metrics catalogue${hint}: ${hint ? "fix its spelling, or " : ""}add it to \`metrics\` there (with direction higher or lower, so it can be compared), or set \`metrics_catalogue: open\` there to accept metrics the catalogue does not define`,
      at
    };
  };
  for (const model2 of registry2.models.values()) {
    const card2 = model2.card;
    if (policeNames && card2 && isRecord(card2.value) && typeof card2.value.primary_metric === "string" && !(card2.value.primary_metric in catalogue)) {
      const problem = notCatalogued(card2.path, "primary metric", card2.value.primary_metric, atValue("primary_metric"));
      if (problem) problems.push(problem);
    }
    for (const version of model2.versions.values()) {
      const metrics2 = version.metrics;
      if (!metrics2 || !isRecord(metrics2.value)) continue;
      if (metrics2.valid && Object.keys(metrics2.value).length === 0) {
        problems.push({
          file: metrics2.path,
          rule: "no-metrics",
          severity: "warning",
          message: `${model2.name} ${version.version} has no metrics: it cannot be compared with other versions or pass a metric gate; add its evaluation when there is one`,
          at: atFileStart()
        });
        continue;
      }
      for (const [name, entry] of Object.entries(metrics2.value)) {
        const definition = registry2.settings.trusted.metrics ? catalogue[name] : void 0;
        if (policeNames && !definition && METRIC_NAME2.test(name)) {
          const problem = notCatalogued(metrics2.path, "metric", name, atKey(name));
          if (problem) problems.push(problem);
        }
        const found = valueProblems(metrics2.path, name, entry, definition);
        if (found.length) problems.push(...found);
      }
    }
  }
  return problems;
}
var SUGGESTION_BUDGET = 5e5;
function boundedSuggestions(names) {
  let left = SUGGESTION_BUDGET;
  return (name) => {
    if (left < names.length) return "";
    left -= names.length;
    return didYouMean(name, names);
  };
}
var NONE = [];
function valueProblems(file, name, entry, definition) {
  const raw = isRecord(entry) ? entry.value : entry;
  const value = isNonFinite(raw) && typeof raw === "string" ? Number(raw.replace(/^\+/, "").replace(/^(-?)\.inf$/i, "$1Infinity")) : metricNumber(entry);
  if (value === void 0) return [];
  const problem = (message, path = isRecord(entry) ? [name, "value"] : [name]) => ({
    file,
    rule: "metric-range",
    severity: "error",
    message,
    at: atValue(...path)
  });
  if (!Number.isFinite(value)) {
    return [problem(`\`${name}\` is ${value}, which is not a finite number: a failed evaluation should not be registered; fix the value`)];
  }
  const bounded = definition && (definition.min !== void 0 || definition.max !== void 0);
  if (!bounded && !(isRecord(entry) && Array.isArray(entry.ci))) return NONE;
  const out = [];
  const unit = definition?.unit ? ` ${definition.unit}` : "";
  if (definition?.min !== void 0 && value < definition.min) {
    out.push(
      problem(
        `\`${name}\` is ${value}${unit}, below its catalogue minimum of ${definition.min}: check the value (is it a percentage written as a fraction, or the other way round?)`
      )
    );
  } else if (definition?.max !== void 0 && value > definition.max) {
    out.push(
      problem(
        `\`${name}\` is ${value}${unit}, above its catalogue maximum of ${definition.max}: check the value (is it a percentage written as a fraction, or the other way round?)`
      )
    );
  }
  if (isRecord(entry) && Array.isArray(entry.ci) && entry.ci.length === 2) {
    const [low, high] = entry.ci;
    if (typeof low === "number" && typeof high === "number") {
      if (!Number.isFinite(low) || !Number.isFinite(high)) out.push(problem(`the confidence interval of \`${name}\` must hold finite numbers`, [name, "ci"]));
      else if (low > high) out.push(problem(`the confidence interval of \`${name}\` is [${low}, ${high}]: write the lower bound first`, [name, "ci"]));
      else if (value < low || value > high)
        out.push(problem(`\`${name}\` is ${value}, outside its own confidence interval [${low}, ${high}]: check both`, [name, "ci"]));
    }
  }
  return out;
}

// src/core/rules/stage-rules.ts
function stageRules({ registry: registry2 }) {
  const problems = [];
  const stages2 = registry2.settings.stages;
  for (const model2 of registry2.models.values()) {
    const { valid: versions, meant } = meantVersions(model2.versions.keys());
    const deprecated = isRecord(model2.card?.value) && isRecord(model2.card.value.deprecated_versions) ? model2.card.value.deprecated_versions : {};
    if (model2.card) {
      for (const version of Object.keys(deprecated)) {
        if (model2.versions.has(version) || meant.has(version)) continue;
        problems.push({
          file: model2.card.path,
          rule: "stage-version-missing",
          severity: "error",
          message: `deprecated_versions names version ${version}, which \`${model2.name}\` does not have${didYouMean(version, versions)}`,
          at: atKey("deprecated_versions", version)
        });
      }
    }
    const file = model2.stages;
    if (!file || !isRecord(file.value)) continue;
    for (const [stage, version] of Object.entries(file.value)) {
      if (registry2.settings.trusted.stages && !stages2.includes(stage) && isValidStageName(stage)) {
        problems.push({
          file: file.path,
          rule: "unknown-stage",
          severity: "error",
          message: `stage \`${stage}\` is not one of registry.yaml's stages (${stages2.join(", ")})${didYouMean(stage, stages2)}: fix it, or add it to \`stages\` in registry.yaml`,
          at: atKey(stage)
        });
      }
      if (typeof version !== "string") continue;
      if (!model2.versions.has(version) && !meant.has(version)) {
        problems.push({
          file: file.path,
          rule: "stage-version-missing",
          severity: "error",
          message: `${stage} names version ${version}, but \`${model2.name}\` has no such version folder${didYouMean(version, versions)}; it has ${versions.join(", ") || "none yet"}`,
          at: atValue(stage)
        });
      } else if (own(deprecated, version) !== void 0) {
        problems.push({
          file: file.path,
          rule: "deprecated-in-stage",
          severity: "warning",
          message: `${stage} runs ${version}, which model.yaml deprecates (${String(own(deprecated, version))}): promote another version`,
          at: atValue(stage)
        });
      }
    }
  }
  return problems;
}

// src/core/rules/artifact-rules.ts
import { posix } from "node:path";
var RESERVED_ASSET_NAMES = /* @__PURE__ */ new Set(["card.yaml", "metrics.yaml", "metrics.json", "SHA256SUMS"]);
function artifactRules({ registry: registry2, entries }) {
  const problems = [];
  for (const model2 of registry2.models.values()) {
    for (const version of model2.versions.values()) {
      const card2 = version.card;
      const listed = /* @__PURE__ */ new Set();
      const artifacts = card2 && isRecord(card2.value) ? asArray(card2.value.artifacts) : [];
      const names = /* @__PURE__ */ new Set();
      artifacts.forEach((artifact, index) => {
        if (!card2 || !isRecord(artifact)) return;
        const problem = (rule, message, ...field) => ({
          file: card2.path,
          rule,
          severity: "error",
          message,
          at: atValue("artifacts", index, ...field)
        });
        if (typeof artifact.name === "string") {
          if (names.has(artifact.name))
            problems.push(problem("duplicate-artifact", `two artifacts are named \`${artifact.name}\`: release assets need unique names; rename one`, "name"));
          else if (RESERVED_ASSET_NAMES.has(artifact.name))
            problems.push(problem("duplicate-artifact", `\`${artifact.name}\` is the name of an asset every release has: rename this artifact`, "name"));
          names.add(artifact.name);
        }
        if (typeof artifact.path !== "string" || artifact.path === "") return;
        const raw = artifact.path;
        const escape = pathEscape(raw);
        if (escape) {
          problems.push(
            problem("artifact-path", `artifact path \`${raw}\` ${escape}: use a path relative to the version folder, such as \`weights/model.onnx\``, "path")
          );
          return;
        }
        const inner = posix.normalize(raw);
        listed.add(inner);
        if (symlinkOnTheWay(version.dir, inner, entries)) return;
        const entry = entries.get(`${version.dir}/${inner}`);
        if (entry && entry.type !== "file") return;
        if (!entry) {
          problems.push(
            problem("artifact-path", `artifact file \`${raw}\` is not in ${version.dir}/: commit it there, or use \`uri\` for a file stored elsewhere`, "path")
          );
          return;
        }
        if (entry.lfs) {
          const { oid, size } = entry.lfs;
          if (typeof artifact.size === "number" && size !== artifact.size) {
            problems.push(
              problem(
                "artifact-checksum",
                `\`${raw}\` is a Git LFS pointer to a file of ${size} bytes, but the card says ${artifact.size}: update size (and sha256) to the real file's (the pointer's \`size\` and \`oid\`)`,
                "size"
              )
            );
          } else if (isDigest(artifact.sha256) && oid !== artifact.sha256.toLowerCase()) {
            problems.push(
              problem(
                "artifact-checksum",
                `\`${raw}\` is a Git LFS pointer to a file with sha256 ${oid}, but the card says ${artifact.sha256}: the file changed, or the card is wrong (the pointer's \`oid\` is the real file's sha256)`,
                "sha256"
              )
            );
          }
          return;
        }
        if (typeof artifact.size === "number" && entry.size !== artifact.size) {
          problems.push(
            problem(
              "artifact-checksum",
              `\`${raw}\` is ${entry.size} bytes, but the card says ${artifact.size}: update size (and sha256) to the committed file's`,
              "size"
            )
          );
        } else if (isDigest(artifact.sha256) && entry.sha256 !== void 0 && entry.sha256 !== artifact.sha256.toLowerCase()) {
          problems.push(
            problem(
              "artifact-checksum",
              `\`${raw}\` has sha256 ${entry.sha256}, but the card says ${artifact.sha256}: the file changed, or the card is wrong (run sha256sum on it)`,
              "sha256"
            )
          );
        }
      });
      for (const inner of card2 ? strayVersionFiles(listed, version.files) : []) {
        const entry = entries.get(`${version.dir}/${inner}`);
        const size = entry?.lfs?.size ?? entry?.size ?? 0;
        problems.push(
          size > UNLISTED_LIMIT ? {
            file: `${version.dir}/${inner}`,
            rule: "unlisted-artifact",
            severity: "error",
            message: `\`${inner}\` (${megabytes(size)}) is in the version folder, but card.yaml's \`artifacts\` do not list it, so it would be neither released nor checked: list it (name, path, size and sha256), or remove it`,
            at: atFileStart()
          } : { file: `${version.dir}/${inner}`, rule: "unexpected-file", severity: "warning", message: strayVersionFileMessage(inner), at: atFileStart() }
        );
      }
    }
  }
  return problems;
}
var UNLISTED_LIMIT = 1024 * 1024;
function megabytes(bytes) {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
function isDigest(value) {
  return typeof value === "string" && /^[0-9a-fA-F]{64}$/.test(value);
}
function pathEscape(path) {
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute";
  if (path.includes("\\")) return "uses backslashes";
  if (path.split("/").includes("..")) return "uses `..`, which leaves the version folder";
  if (posix.normalize(path).startsWith("../")) return "leaves the version folder";
  return void 0;
}
function symlinkOnTheWay(dir, inner, entries) {
  const parts = inner.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const path = `${dir}/${parts.slice(0, i).join("/")}`;
    if (entries.get(path)?.type === "symlink") return parts.slice(0, i).join("/");
  }
  return void 0;
}

// src/core/rules/immutable-rule.ts
function immutableVersionRule({ base, entries }) {
  if (!base) return [];
  const problems = [];
  const reported = /* @__PURE__ */ new Set();
  const frozen = (model2, version, dir) => {
    const tag = base.tagged?.get(dir);
    return tag ? `version ${version} of \`${model2}\` is released (tag \`${tag}\`), so its files are final` : `version ${version} of \`${model2}\` is merged (the base has it), so its files are final: a merged version is released exactly as merged`;
  };
  const report = (path, what) => {
    const info = classifyPath(path);
    if (info.kind !== "card" && info.kind !== "metrics" && info.kind !== "version-file") return;
    if (reported.has(path)) return;
    const entry = entries.get(path);
    if (entry && entry.type !== "file") return;
    reported.add(path);
    problems.push({
      file: path,
      rule: "immutable-version",
      severity: "error",
      message: `${frozen(info.model, info.version, versionDirOf(path))}. This file was ${what}: revert it, and make the change as a new version, such as ${nextPatch(info.version)}`,
      at: atFileStart()
    });
  };
  const releasedDirs = /* @__PURE__ */ new Set();
  for (const path of base.released.keys()) releasedDirs.add(versionDirOf(path));
  const present = /* @__PURE__ */ new Set();
  for (const path of base.current.keys()) present.add(versionDirOf(path));
  for (const dir of releasedDirs) {
    if (present.has(dir) || entries.has(dir)) continue;
    const [, model2, , version] = dir.split("/");
    problems.push({
      file: `${dir}/card.yaml`,
      rule: "immutable-version",
      severity: "error",
      message: `${frozen(model2, version, dir)}. The folder was deleted: restore it from the base; to retire the version, list it under \`deprecated_versions\` in model.yaml instead`,
      at: atFileStart()
    });
  }
  for (const [path, blob] of base.released) {
    if (!present.has(versionDirOf(path))) continue;
    const now = base.current.get(path);
    if (now === void 0) report(path, "deleted");
    else if (now !== blob) report(path, "modified");
  }
  for (const path of base.current.keys()) {
    if (releasedDirs.has(versionDirOf(path)) && !base.released.has(path)) report(path, "added");
  }
  return problems;
}
function versionDirOf(path) {
  return path.split("/").slice(0, 4).join("/");
}
function nextPatch(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : "the next patch version";
}
function immutableTagFormatRule({ base, registry: registry2 }) {
  if (!base?.settingsBytes) return [];
  const file = registry2.settingsFile;
  if (!file || !isRecord(file.value)) return [];
  const written = file.value.tag_format;
  if (written !== void 0 && (typeof written !== "string" || !TAG_FORMAT_RE.test(written))) return [];
  const before = baseTagFormat(base.settingsBytes);
  const now = registry2.settings.tag_format;
  if (before === void 0 || before === now) return [];
  const released = releasedVersions(base.released.keys());
  if (released.length === 0) return [];
  const [first] = released;
  const example = `\`${tagName({ tag_format: before }, first.model, first.version)}\` would become \`${tagName({ tag_format: now }, first.model, first.version)}\``;
  return [
    {
      file: file.path,
      rule: "immutable-tags",
      severity: "error",
      message: `tag_format changed from \`${before}\` to \`${now}\`, but ${released.length === 1 ? "1 version is" : `${released.length} versions are`} merged, and released (or about to be) under the old tags (${example}): the next release would publish ${released.length === 1 ? "it" : "every one of them"} again under a new tag. Keep tag_format \`${before}\``,
      at: written === void 0 ? atFileStart() : atValue("tag_format")
    }
  ];
}
function baseTagFormat(bytes) {
  const document = checkDocument(REGISTRY_FILE, bytes);
  if (!isRecord(document.value)) return void 0;
  const settings = buildRegistry([document], [{ path: REGISTRY_FILE, type: "file", size: bytes.length, bytes }]).settings;
  return settings.tag_format;
}
function releasedVersions(paths) {
  const seen = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const info = classifyPath(path);
    if (info.kind !== "card" && info.kind !== "metrics" && info.kind !== "version-file") continue;
    const key = `${info.model}/${info.version}`;
    if (!seen.has(key)) seen.set(key, { model: info.model, version: info.version });
  }
  return [...seen.values()];
}

// src/core/rules/version-commit-rule.ts
var import_semver2 = __toESM(require_semver(), 1);
function oneVersionPerCommitRule({ base, registry: registry2 }) {
  if (!base) return [];
  const atBase = /* @__PURE__ */ new Set();
  const modelsAtBase = /* @__PURE__ */ new Set();
  for (const path of base.released.keys()) {
    atBase.add(path.split("/").slice(0, 4).join("/"));
    modelsAtBase.add(path.split("/")[1]);
  }
  const problems = [];
  for (const model2 of registry2.models.values()) {
    if (!modelsAtBase.has(model2.name)) continue;
    const added = [...model2.versions.values()].filter((v) => import_semver2.default.valid(v.version) === v.version && v.card && !atBase.has(v.dir)).sort((a, b) => import_semver2.default.compare(a.version, b.version));
    if (added.length < 2) continue;
    const [first, ...later] = added.map((v) => v.version);
    const names = later.length === 1 ? later[0] : `${later.slice(0, -1).join(", ")} and ${later[later.length - 1]}`;
    problems.push({
      file: added[1].card.path,
      rule: "one-version-per-commit",
      severity: "warning",
      message: `this change adds ${added.length} versions of \`${model2.name}\`, which will share one merge commit, and GTO reads one version per commit: the release tags ${first} there and ${names} at commits of their own, made for them; to keep every version tag on a commit of the default branch, propose one version per pull request`,
      at: atFileStart()
    });
  }
  return problems;
}

// src/core/format/ref-name.ts
var PLAIN_REF = /^(?:[A-Za-z0-9_+@-]+(?:\.[A-Za-z0-9_+@-]+)*)(?:\/[A-Za-z0-9_+@-]+(?:\.[A-Za-z0-9_+@-]+)*)*$/;
function refNameProblem(name) {
  if (PLAIN_REF.test(name) && !name.includes(".lock") && name !== "@") return void 0;
  if (name === "") return "it is empty";
  if (name === "@") return "it is the single character @";
  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control) return `it contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const forbidden = /[ ~^:?*[\\]/.exec(name);
  if (forbidden) return forbidden[0] === " " ? "it contains a space" : `it contains \`${forbidden[0]}\``;
  if (name.includes("..")) return "it contains `..`";
  if (name.includes("@{")) return "it contains `@{`";
  if (name.startsWith("/")) return "it starts with `/`";
  if (name.endsWith("/")) return "it ends with `/`";
  if (name.includes("//")) return "it contains `//`";
  if (name.endsWith(".")) return "it ends with `.`";
  for (const component of name.split("/")) {
    if (component.startsWith(".")) return `its part \`${component}\` starts with \`.\``;
    if (component.endsWith(".lock")) return `its part \`${component}\` ends with \`.lock\``;
  }
  return void 0;
}
function tagNameProblem(tag) {
  if (tag === "") return "it is empty";
  if (tag.startsWith("-")) return "it starts with `-`";
  if (tag.startsWith("/")) return "it starts with `/`";
  return refNameProblem(`refs/tags/${tag}`);
}

// src/core/rules/tag-rules.ts
var SAMPLE = { model: "m", version: "1.0.0" };
function templateProblem(registry2) {
  const tag = tagName(registry2.settings, SAMPLE.model, SAMPLE.version);
  const why = tagNameProblem(tag);
  if (!why) return void 0;
  for (const model2 of registry2.models.values()) {
    if (!isValidModelName(model2.name)) continue;
    for (const version of model2.versions.keys()) {
      if (!isValidVersion(version)) continue;
      const real = tagName(registry2.settings, model2.name, version);
      const realWhy = tagNameProblem(real);
      if (realWhy) return { tag: real, why: realWhy };
    }
  }
  return { tag, why };
}
function tagFormatRule({ registry: registry2 }) {
  const problem = templateProblem(registry2);
  if (!problem) return [];
  return [
    {
      file: registry2.settingsFile?.path ?? REGISTRY_FILE,
      rule: "invalid-tag",
      severity: "error",
      message: `tag_format \`${registry2.settings.tag_format}\` makes release tags that git refuses, such as \`${problem.tag}\` (${problem.why}): change tag_format, for example to the default \`{model}@v{version}\``,
      at: registry2.settingsFile ? atValue("tag_format") : atFileStart()
    }
  ];
}
function versionTagRule({ registry: registry2 }) {
  if (tagNameProblem(tagName(registry2.settings, SAMPLE.model, SAMPLE.version))) return [];
  const problems = [];
  for (const model2 of registry2.models.values()) {
    if (!isValidModelName(model2.name)) continue;
    for (const version of model2.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const tag = tagName(registry2.settings, model2.name, version.version);
      const why = tagNameProblem(tag);
      if (!why) continue;
      problems.push({
        file: version.card?.path ?? `${version.dir}/card.yaml`,
        rule: "invalid-tag",
        severity: "error",
        message: `releasing this version would create the tag \`${tag}\`, which git refuses (${why}): choose another version number`,
        at: version.card ? atValue("version") : atFileStart()
      });
    }
  }
  return problems;
}

// src/core/rules/file-kind-rules.ts
function fileKindRule({ entries }) {
  const problems = [];
  const reported = /* @__PURE__ */ new Set();
  for (const entry of entries.values()) {
    const problem = entryKindProblem(entry);
    if (!problem || reported.has(problem.file)) continue;
    reported.add(problem.file);
    problems.push(problem);
  }
  return problems;
}

// src/core/promotion/policy.ts
function readStagePolicy(promotion, stage) {
  if (!isRecord(promotion)) return void 0;
  const raw = own(promotion, stage);
  if (!isRecord(raw)) return void 0;
  const policy = {};
  if (typeof raw.after === "string") policy.after = raw.after;
  if (typeof raw.released === "boolean") policy.released = raw.released;
  if (raw.approval === "owners") policy.approval = "owners";
  if (isRecord(raw.gates)) {
    const gates = {};
    for (const [metric, gate] of Object.entries(raw.gates)) {
      if (!isRecord(gate)) continue;
      const read = {};
      if (typeof gate.min === "number" && Number.isFinite(gate.min)) read.min = gate.min;
      if (typeof gate.max === "number" && Number.isFinite(gate.max)) read.max = gate.max;
      if (read.min !== void 0 || read.max !== void 0) gates[metric] = read;
    }
    if (Object.keys(gates).length) policy.gates = gates;
  }
  if (isRecord(raw.no_regression) && Array.isArray(raw.no_regression.metrics)) {
    const metrics2 = raw.no_regression.metrics.filter((m) => typeof m === "string");
    const tolerance = raw.no_regression.tolerance;
    if (metrics2.length) {
      policy.no_regression = { metrics: [...new Set(metrics2)] };
      if (typeof tolerance === "number" && Number.isFinite(tolerance) && tolerance >= 0) policy.no_regression.tolerance = tolerance;
    }
  }
  return policy;
}
function registryPromotion(registry2) {
  const value = registry2.settingsFile?.value;
  return isRecord(value) ? value.promotion : void 0;
}
function modelPromotion(registry2, model2) {
  const value = registry2.models.get(model2)?.card?.value;
  return isRecord(value) ? value.promotion : void 0;
}
function mergePolicies(registry2, model2) {
  if (!registry2 || !model2) return registry2 ?? model2;
  const merged = {};
  const after = model2.after ?? registry2.after;
  if (after !== void 0) merged.after = after;
  if (registry2.released || model2.released) merged.released = true;
  else if (registry2.released === false || model2.released === false) merged.released = false;
  if (registry2.approval || model2.approval) merged.approval = "owners";
  const gates = {};
  for (const source of [registry2.gates, model2.gates]) {
    for (const [metric, gate] of Object.entries(source ?? {})) {
      const into = gates[metric] ??= {};
      if (gate.min !== void 0) into.min = into.min === void 0 ? gate.min : Math.max(into.min, gate.min);
      if (gate.max !== void 0) into.max = into.max === void 0 ? gate.max : Math.min(into.max, gate.max);
    }
  }
  if (Object.keys(gates).length) merged.gates = gates;
  const a = registry2.no_regression;
  const b = model2.no_regression;
  if (a || b) {
    merged.no_regression = { metrics: [.../* @__PURE__ */ new Set([...a?.metrics ?? [], ...b?.metrics ?? []])] };
    const tolerances = [a ? a.tolerance ?? 0 : void 0, b?.tolerance].filter((t) => t !== void 0);
    const tolerance = tolerances.length ? Math.min(...tolerances) : 0;
    if (tolerance > 0) merged.no_regression.tolerance = tolerance;
  }
  return merged;
}
function effectivePolicy(head, model2, stage) {
  return mergePolicies(readStagePolicy(registryPromotion(head), stage), readStagePolicy(modelPromotion(head, model2), stage));
}
function judgedPolicy(base, head, model2, stage) {
  const atHead = effectivePolicy(head, model2, stage);
  return base ? mergePolicies(atHead, effectivePolicy(base, model2, stage)) : atHead;
}

// src/core/rules/promotion-rules.ts
function registryPromotionRule({ registry: registry2 }) {
  const file = registry2.settingsFile;
  if (!file) return [];
  return policyNameProblems(registry2, file.path, registryPromotion(registry2));
}
function modelPromotionRule({ registry: registry2 }) {
  const problems = [];
  for (const model2 of registry2.models.values()) {
    const card2 = model2.card;
    const promotion = modelPromotion(registry2, model2.name);
    if (!card2 || !isRecord(promotion)) continue;
    problems.push(...policyNameProblems(registry2, card2.path, promotion));
    for (const stage of Object.keys(promotion)) {
      if (!declared(registry2, stage)) continue;
      const own3 = readStagePolicy(promotion, stage);
      const base = readStagePolicy(registryPromotion(registry2), stage);
      if (own3 && base) problems.push(...loosenedProblems(registry2, card2.path, stage, base, own3));
    }
  }
  return problems;
}
function declared(registry2, stage) {
  return !registry2.settings.trusted.stages || registry2.settings.stages.includes(stage);
}
function policyNameProblems(registry2, file, promotion) {
  if (!isRecord(promotion)) return [];
  const problems = [];
  const { stages: stages2, metrics: metrics2, trusted } = registry2.settings;
  const catalogue = Object.keys(metrics2);
  for (const [stage, raw] of Object.entries(promotion)) {
    if (trusted.stages && !stages2.includes(stage)) {
      problems.push({
        file,
        rule: "unknown-stage",
        severity: "error",
        message: `promotion names stage \`${stage}\`, which is not one of registry.yaml's stages (${stages2.join(", ")})${didYouMean(stage, stages2)}: fix it, or add it to \`stages\``,
        at: atKey("promotion", stage)
      });
      continue;
    }
    if (!isRecord(raw)) continue;
    if (typeof raw.after === "string") {
      if (raw.after === stage) {
        problems.push({
          file,
          rule: "schema",
          severity: "error",
          message: `promotion.${stage}.after names ${stage} itself: name the stage a version must have been in before ${stage}, or remove \`after\``,
          at: atValue("promotion", stage, "after")
        });
      } else if (trusted.stages && !stages2.includes(raw.after)) {
        problems.push({
          file,
          rule: "unknown-stage",
          severity: "error",
          message: `promotion.${stage}.after names stage \`${raw.after}\`, which is not one of registry.yaml's stages (${stages2.join(", ")})${didYouMean(raw.after, stages2)}`,
          at: atValue("promotion", stage, "after")
        });
      }
    }
    if (!trusted.metrics) continue;
    const unknown = (name) => `metric \`${name}\` in promotion.${stage} is not in registry.yaml's metrics catalogue${didYouMean(name, catalogue)}: add it there (with direction higher or lower), or fix the name`;
    if (isRecord(raw.gates)) {
      for (const name of Object.keys(raw.gates)) {
        if (metrics2[name]) continue;
        problems.push({ file, rule: "unknown-metric", severity: "warning", message: unknown(name), at: atKey("promotion", stage, "gates", name) });
      }
    }
    if (isRecord(raw.no_regression) && Array.isArray(raw.no_regression.metrics)) {
      raw.no_regression.metrics.forEach((name, i) => {
        if (typeof name !== "string" || metrics2[name]) return;
        problems.push({
          file,
          rule: "unknown-metric",
          severity: "warning",
          message: unknown(name),
          at: atValue("promotion", stage, "no_regression", "metrics", i)
        });
      });
    }
  }
  return problems;
}
function loosenedProblems(settings, file, stage, registry2, model2) {
  const problems = [];
  const loosened = (what, at) => {
    problems.push({
      file,
      rule: "promotion-policy-loosened",
      severity: "error",
      message: `promotion.${stage}: ${what}; a model may only tighten registry.yaml's policy: make it at least as strict, or remove it`,
      at
    });
  };
  const afterValid = model2.after !== void 0 && model2.after !== stage && declared(settings, model2.after);
  if (afterValid && registry2.after !== void 0 && model2.after !== registry2.after) {
    loosened(`after ${model2.after} replaces registry.yaml's after ${registry2.after}`, atValue("promotion", stage, "after"));
  }
  if (model2.released === false && registry2.released)
    loosened(`released: false, while registry.yaml requires a release`, atValue("promotion", stage, "released"));
  for (const [metric, gate] of Object.entries(model2.gates ?? {})) {
    const base = registry2.gates?.[metric];
    if (!base) continue;
    if (gate.min !== void 0 && base.min !== void 0 && gate.min < base.min) {
      loosened(`${metric} min ${gate.min} is lower than registry.yaml's ${base.min}`, atValue("promotion", stage, "gates", metric, "min"));
    }
    if (gate.max !== void 0 && base.max !== void 0 && gate.max > base.max) {
      loosened(`${metric} max ${gate.max} is higher than registry.yaml's ${base.max}`, atValue("promotion", stage, "gates", metric, "max"));
    }
  }
  const tolerance = model2.no_regression?.tolerance;
  if (registry2.no_regression && tolerance !== void 0 && tolerance > (registry2.no_regression.tolerance ?? 0)) {
    loosened(
      `no_regression tolerance ${tolerance} is larger than registry.yaml's ${registry2.no_regression.tolerance ?? 0}`,
      atValue("promotion", stage, "no_regression", "tolerance")
    );
  }
  return problems;
}

// src/core/rules/environment-rules.ts
function environmentStageRule({ registry: registry2 }) {
  const file = registry2.settingsFile;
  const { stages: stages2, trusted } = registry2.settings;
  if (!file || !trusted.stages || !isRecord(file.value) || !isRecord(file.value.environments)) return [];
  const problems = [];
  for (const [name, stage] of Object.entries(file.value.environments)) {
    if (typeof stage !== "string" || !isValidStageName(stage) || stages2.includes(stage)) continue;
    problems.push({
      file: file.path,
      rule: "unknown-stage",
      severity: "error",
      message: `environment \`${name}\` serves stage \`${stage}\`, which is not one of registry.yaml's stages (${stages2.join(", ")})${didYouMean(stage, stages2)}: fix it, or add it to \`stages\``,
      at: atValue("environments", name)
    });
  }
  return problems;
}

// src/core/rules/alias-rules.ts
function aliasStageRule({ registry: registry2 }) {
  const file = registry2.settingsFile;
  const { stages: stages2, trusted } = registry2.settings;
  if (!file || !trusted.stages || !isRecord(file.value) || !isRecord(file.value.aliases)) return [];
  const problems = [];
  for (const [alias, stage] of Object.entries(file.value.aliases)) {
    if (typeof stage !== "string" || !isValidStageName(stage) || stages2.includes(stage)) continue;
    problems.push({
      file: file.path,
      rule: "unknown-stage",
      severity: "error",
      message: `alias \`${alias}\` stands for stage \`${stage}\`, which is not one of registry.yaml's stages (${stages2.join(", ")})${didYouMean(stage, stages2)}: fix it, or add it to \`stages\``,
      at: atValue("aliases", alias)
    });
  }
  return problems;
}

// src/core/rules/observation-rules.ts
var LISTED_VERSIONS = 5;
function observationRules({ registry: registry2 }) {
  const problems = [];
  if (![...registry2.models.values()].some((m) => m.monitoring.length > 0)) return problems;
  const { metrics: catalogue, trusted } = registry2.settings;
  const policeNames = trusted.metrics && Object.keys(catalogue).length > 0;
  const declared2 = environmentSettings(registry2).environments.map((e) => e.name);
  const environments = new Set(declared2);
  for (const model2 of registry2.models.values()) {
    if (model2.monitoring.length === 0) continue;
    const versions = [...model2.versions.keys()];
    const listed = versions.length > LISTED_VERSIONS ? `\u2026, ${versions.slice(-LISTED_VERSIONS).join(", ")}` : versions.join(", ") || "none yet";
    for (const file of model2.monitoring) {
      const unknownMetrics = /* @__PURE__ */ new Set();
      for (const o of file.observations) {
        if (!model2.versions.has(o.version)) {
          problems.push({
            file: file.path,
            rule: "observation-version",
            severity: "error",
            message: `\`${model2.name}\` has no version ${o.version} (it has ${listed}): observe a version that has a folder in versions/`,
            at: observationAt(o.line, "version")
          });
        }
        const definition = trusted.metrics ? catalogue[o.metric] : void 0;
        if (policeNames && !definition && !unknownMetrics.has(o.metric)) {
          unknownMetrics.add(o.metric);
          problems.push({
            file: file.path,
            rule: "unknown-metric",
            severity: "warning",
            message: `metric \`${o.metric}\` is not in registry.yaml's metrics catalogue${didYouMean(o.metric, Object.keys(catalogue))}: add it there (with direction higher or lower) so monitors can judge it`,
            at: observationAt(o.line, "metric")
          });
        }
        if (definition?.min !== void 0 && o.value < definition.min) {
          problems.push(range(file.path, o.line, `\`${o.metric}\` is ${o.value}, below its catalogue minimum of ${definition.min}`));
        } else if (definition?.max !== void 0 && o.value > definition.max) {
          problems.push(range(file.path, o.line, `\`${o.metric}\` is ${o.value}, above its catalogue maximum of ${definition.max}`));
        }
        if (o.environment !== void 0 && environments.size > 0 && !environments.has(o.environment)) {
          problems.push({
            file: file.path,
            rule: "observation-environment",
            severity: "error",
            message: `environment \`${o.environment}\` is not one of registry.yaml's environments (${declared2.join(", ")})${didYouMean(o.environment, declared2)}: fix it, or declare it there`,
            at: observationAt(o.line, "environment")
          });
        }
      }
    }
  }
  return problems;
}
function range(file, line, what) {
  return {
    file,
    rule: "metric-range",
    severity: "error",
    message: `${what}: check the value (is it a percentage written as a fraction, or the other way round?)`,
    at: observationAt(line, "value")
  };
}

// src/core/monitoring/monitoring-settings.ts
function modelMonitoring(settings, card2) {
  const defaults = isRecord(settings) ? own(settings, "monitoring") : void 0;
  const specific = isRecord(card2) ? own(card2, "monitoring") : void 0;
  const metrics2 = /* @__PURE__ */ new Map();
  for (const source of [defaults, specific]) {
    const written = isRecord(source) ? own(source, "metrics") : void 0;
    if (!isRecord(written)) continue;
    for (const [metric, raw] of Object.entries(written)) {
      if (!isRecord(raw)) continue;
      const bounds = { ...metrics2.get(metric) ?? {} };
      for (const key of ["min", "max", "max_drop"]) {
        const value = own(raw, key);
        if (typeof value === "number" && Number.isFinite(value) && (key !== "max_drop" || value >= 0)) bounds[key] = value;
      }
      if (Object.keys(bounds).length) metrics2.set(metric, bounds);
    }
  }
  const sorted = new Map([...metrics2.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  const duration = (key) => {
    for (const source of [specific, defaults]) {
      const text = isRecord(source) ? own(source, key) : void 0;
      const ms = parseDuration(text);
      if (ms !== void 0) return { text, ms };
    }
    return void 0;
  };
  const maxSilence = duration("max_silence");
  const retrainAfter = duration("retrain_after");
  return { metrics: sorted, ...maxSilence ? { maxSilence } : {}, ...retrainAfter ? { retrainAfter } : {} };
}

// src/core/rules/monitoring-rules.ts
function registryMonitoringRule({ registry: registry2 }) {
  const file = registry2.settingsFile;
  if (!file) return [];
  const monitoring = isRecord(file.value) ? own(file.value, "monitoring") : void 0;
  return monitorProblems(registry2, file.path, monitoring, modelMonitoring(file.value, void 0).metrics);
}
function modelMonitoringRule({ registry: registry2 }) {
  const problems = [];
  for (const model2 of registry2.models.values()) {
    const card2 = model2.card;
    if (!card2 || !isRecord(card2.value)) continue;
    const monitoring = own(card2.value, "monitoring");
    if (monitoring !== void 0)
      problems.push(...monitorProblems(registry2, card2.path, monitoring, modelMonitoring(registry2.settingsFile?.value, card2.value).metrics));
    problems.push(...consumerProblems(card2.path, own(card2.value, "consumers")));
  }
  return problems;
}
function monitorProblems(registry2, file, monitoring, merged) {
  const written = isRecord(monitoring) ? own(monitoring, "metrics") : void 0;
  if (!isRecord(written)) return [];
  const problems = [];
  const { metrics: metrics2, trusted } = registry2.settings;
  const catalogue = Object.keys(metrics2);
  for (const [name, raw] of Object.entries(written)) {
    if (trusted.metrics && !metrics2[name]) {
      problems.push({
        file,
        rule: "unknown-metric",
        severity: "warning",
        message: `metric \`${name}\` in monitoring.metrics is not in registry.yaml's metrics catalogue${didYouMean(name, catalogue)}: add it there (its direction says which way max_drop is a drop), or fix the name`,
        at: atKey("monitoring", "metrics", name)
      });
    }
    const bounds = merged.get(name);
    if (!isRecord(raw) || bounds?.min === void 0 || bounds.max === void 0 || bounds.min <= bounds.max) continue;
    const key = typeof own(raw, "min") === "number" ? "min" : "max";
    problems.push({
      file,
      rule: "monitor-bounds",
      severity: "error",
      message: `monitoring.metrics.${name}: min ${bounds.min} is greater than max ${bounds.max}, so every observation would breach it: fix the bounds${file === registry2.settingsFile?.path ? "" : " (registry.yaml's apply where this file sets none)"}`,
      at: atValue("monitoring", "metrics", name, key)
    });
  }
  return problems;
}
function consumerProblems(file, consumers) {
  if (!Array.isArray(consumers)) return [];
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  consumers.forEach((consumer, i) => {
    const name = isRecord(consumer) ? own(consumer, "name") : void 0;
    if (typeof name !== "string") return;
    const first = seen.get(name);
    if (first === void 0) {
      seen.set(name, i);
      return;
    }
    problems.push({
      file,
      rule: "duplicate-consumer",
      severity: "error",
      message: `consumer \`${name}\` is listed twice (also consumers[${first}]): merge the two entries, or give each its own name`,
      at: atValue("consumers", i, "name")
    });
  });
  return problems;
}

// src/core/rules/index.ts
var ENTRY_RULES = [fileKindRule];
var PER_MODEL_RULES = [
  modelLayoutRules,
  nameRules,
  duplicateVersionRule,
  versionTagRule,
  metricRules,
  stageRules,
  artifactRules,
  modelPromotionRule,
  modelMonitoringRule,
  observationRules
];
var GLOBAL_RULES = [
  registryLayoutRule,
  tagFormatRule,
  unknownParentRule,
  lineageCycleRule,
  immutableVersionRule,
  immutableTagFormatRule,
  oneVersionPerCommitRule,
  registryPromotionRule,
  environmentStageRule,
  aliasStageRule,
  registryMonitoringRule
];
var CROSS_FILE_RULES = [...ENTRY_RULES, ...PER_MODEL_RULES, ...GLOBAL_RULES];

// src/core/text/detach.ts
function detach(value) {
  return value.length < 13 ? value : (" " + value).slice(1);
}
function detachRecord(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return typeof value === "string" ? detach(value) : value;
  const copy = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") return Object.fromEntries(Object.entries(value).map(([k, item2]) => [k, typeof item2 === "string" ? detach(item2) : item2]));
    const item = value[key];
    copy[key] = typeof item === "string" ? detach(item) : item;
  }
  return copy;
}

// src/core/check/check-model.ts
function checkEntries(entries) {
  const documents = [];
  for (const entry of entries) {
    if (entry.type === "file" && entry.bytes && documentKind(entry.path)) {
      documents.push(checkDocument(entry.path, entry.bytes, entry.size));
      entry.bytes = void 0;
    }
  }
  return documents;
}
function registrySettings(topEntries, topDocuments) {
  const entries = topEntries.filter((e) => e.path === REGISTRY_FILE);
  const documents = topDocuments ? topDocuments.filter((d) => d.path === REGISTRY_FILE) : checkEntries(entries.map((e) => ({ ...e })));
  return { entries, documents };
}
function checkModel(settings, name, entries) {
  const texts = new Map(entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes]));
  const documents = checkEntries(entries);
  const registry2 = buildRegistry([...settings.documents, ...documents], [...settings.entries, ...entries]);
  const readDocument = (path) => texts.get(path);
  const problems = documents.flatMap((d) => d.problems);
  problems.push(...runRules([...ENTRY_RULES, ...PER_MODEL_RULES], { registry: registry2, entries: new Map(entries.map((e) => [e.path, e])) }, readDocument));
  const model2 = registry2.models.get(name);
  const versions = [...model2?.versions.values() ?? []].map((v) => {
    const card2 = v.card?.value;
    const parents = isRecord(card2) && isRecord(card2.lineage) ? asArray(card2.lineage.parents).map(detachRecord) : void 0;
    return { version: v.version, card: v.card?.path, parents };
  });
  return { problems, summary: { name, versions }, registry: registry2 };
}
function skeletonModel(summary) {
  const { name } = summary;
  const versions = /* @__PURE__ */ new Map();
  for (const v of summary.versions) {
    versions.set(v.version, {
      model: name,
      version: v.version,
      dir: `models/${name}/versions/${v.version}`,
      card: v.card ? { path: v.card, value: { lineage: { parents: v.parents ?? [] } }, valid: true } : void 0,
      metricsFiles: [],
      files: []
    });
  }
  return { name, dir: `models/${name}`, versions, strayFiles: [], monitoring: [] };
}

export {
  formatNumber,
  metricDelta,
  formatBinarySize,
  formatDecimalSize,
  decodeDocument,
  require_dist,
  parsePrecise,
  preciseParse,
  structureProblems,
  SHAPE_LABELS,
  convertMetrics,
  describeConversion,
  observationKey,
  monthOf,
  checkObservationFile,
  checkDocument,
  locateAll,
  runRules,
  suggestModelName,
  refNameProblem,
  tagNameProblem,
  judgedPolicy,
  modelMonitoring,
  ENTRY_RULES,
  GLOBAL_RULES,
  CROSS_FILE_RULES,
  detach,
  detachRecord,
  checkEntries,
  registrySettings,
  checkModel,
  skeletonModel
};
