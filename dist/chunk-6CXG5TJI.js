import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CatalogueUnreadableError
} from "./chunk-IRJELCYE.js";
import {
  __export
} from "./chunk-LQK3ML4U.js";

// src/core/format/api-validators.generated.ts
var api_validators_generated_exports = {};
__export(api_validators_generated_exports, {
  apiIndex: () => apiIndex,
  apiModel: () => apiModel,
  apiStage: () => apiStage
});
var apiIndex = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/api-index.schema.json", "title": "Catalogue index (api/index.json)", "description": "The entry point of the static catalogue JSON API: the registry settings and every model with what runs in each stage, its latest version and primary metric.", "markdownDescription": "The entry point of the catalogue's static JSON API, `api/index.json`: the registry (name, stages, metric catalogue) and every model with what runs in each stage, its latest version and primary metric.\n\n```sh\ncurl -s https://acme-ml.github.io/model-registry/api/index.json | jq '.models[] | {name, production: .stages.production}'\n```", "type": "object", "additionalProperties": false, "required": ["registry", "models"], "properties": { "registry": { "description": "The registry settings.", "markdownDescription": "The registry: name, description, URL, repository, tag format, stages, metric catalogue and build time.", "type": "object", "additionalProperties": false, "required": ["name", "description", "url", "repository", "tag_format", "stages", "metrics", "generated_at"], "properties": { "name": { "description": "Name of the registry.", "markdownDescription": "Name of the registry (registry.yaml `name`).", "type": "string", "examples": ["acme-ml"] }, "description": { "description": "Description of the registry (Markdown), or null.", "markdownDescription": "Description of the registry, Markdown (`null` when not given).", "type": ["string", "null"], "examples": ["Models of the Acme ML platform."] }, "url": { "description": "Where the catalogue is served, or null.", "markdownDescription": "Where the catalogue is served (registry.yaml `url`; `null` when not given).", "type": ["string", "null"], "examples": ["https://acme-ml.github.io/model-registry/"] }, "repository": { "description": "The GitHub repository of the registry (owner/name), or null.", "markdownDescription": "The GitHub repository of the registry, `owner/name` (`null` when the site was built without one).", "type": ["string", "null"], "examples": ["acme-ml/model-registry"] }, "tag_format": { "description": "Template of release tags.", "markdownDescription": "Template of release tags, e.g. `{model}@v{version}`.", "type": "string", "examples": ["{model}@v{version}"] }, "stages": { "description": "The stages, in promotion order.", "markdownDescription": "The deployment stages, in promotion order.", "type": "array", "items": { "description": "A stage name.", "markdownDescription": "A stage name.", "type": "string", "examples": ["staging"] }, "examples": [["staging", "production"]] }, "metrics": { "description": "The metric catalogue: name mapped to its definition.", "markdownDescription": "The metric catalogue: name mapped to `{direction, min?, max?, unit?, title?, min_delta?, description?}`.", "type": "object", "additionalProperties": { "$ref": "#/definitions/metric", "description": "Definition of the metric with this name.", "markdownDescription": "Definition of the metric with this name." }, "examples": [{ "accuracy": { "direction": "higher", "min": 0, "max": 1 } }] }, "generated_at": { "description": "When the site was built (ISO 8601).", "markdownDescription": "When the site was built, ISO 8601.", "type": "string", "examples": ["2026-04-21T08:00:00.000Z"] } } }, "models": { "description": "Every model, by name.", "markdownDescription": "Every model, ordered by name.", "type": "array", "items": { "$ref": "#/definitions/model" } } }, "examples": [{ "registry": { "name": "acme-ml", "description": null, "url": null, "repository": "acme-ml/model-registry", "tag_format": "{model}@v{version}", "stages": ["staging", "production"], "metrics": { "roc_auc": { "direction": "higher", "min": 0, "max": 1 } }, "generated_at": "2026-04-21T08:00:00.000Z" }, "models": [{ "name": "churn-gbm", "title": "Customer churn", "task": "tabular-classification", "owners": ["@acme/ml"], "tags": ["churn"], "stages": { "production": "2.0.0" }, "latest": "2.0.0", "latest_created": "2026-03-25T10:41:57Z", "primary_metric": { "name": "roc_auc", "value": 0.871, "version": "2.0.0", "direction": "higher" }, "deprecated": false, "html_url": "models/churn-gbm/index.html", "api_url": "api/models/churn-gbm.json" }] }], "definitions": { "model": { "description": "A model in the catalogue index.", "markdownDescription": "A model in the catalogue index; its details are at `api_url`.", "type": "object", "additionalProperties": false, "required": ["name", "title", "task", "owners", "tags", "stages", "latest", "latest_created", "primary_metric", "deprecated", "html_url", "api_url"], "properties": { "name": { "description": "Name of the model.", "markdownDescription": "Name of the model (its folder under `models/`).", "type": "string", "examples": ["churn-gbm"] }, "title": { "description": "Display name of the model, or null.", "markdownDescription": "Display name of the model (`null` when not given).", "type": ["string", "null"], "examples": ["Customer churn model"] }, "task": { "description": "The task of the model, or null.", "markdownDescription": "The task of the model, e.g. `text-classification` (`null` when not given).", "type": ["string", "null"], "examples": ["tabular-classification"] }, "owners": { "description": "GitHub users or teams responsible for the model.", "markdownDescription": "GitHub users or teams responsible for the model (`@user`, `@org/team`).", "type": "array", "items": { "description": "A GitHub handle.", "markdownDescription": "A GitHub handle, e.g. `@acme/ml`.", "type": "string", "examples": ["@acme/ml"] }, "examples": [["@acme/ml"]] }, "tags": { "description": "Keywords of the model.", "markdownDescription": "Keywords of the model.", "type": "array", "items": { "description": "A keyword.", "markdownDescription": "A keyword.", "type": "string", "examples": ["churn"] }, "examples": [["churn", "tabular"]] }, "stages": { "description": "What runs where: stage name mapped to the version in it.", "markdownDescription": 'What runs where: stage name mapped to the version in it, e.g. `{"production": "1.2.0", "staging": "1.3.0"}`.', "type": "object", "additionalProperties": { "description": "The version in this stage.", "markdownDescription": "The version in this stage, e.g. `1.2.0`.", "type": "string", "examples": ["1.2.0"] }, "examples": [{ "production": "1.2.0", "staging": "1.3.0" }] }, "latest": { "description": "The highest version (SemVer), or null without versions.", "markdownDescription": "The highest version by SemVer (`null` when the model has no version yet).", "type": ["string", "null"], "examples": ["2.0.0"] }, "latest_created": { "description": "When the latest version was created, or null.", "markdownDescription": "When the latest version was created, ISO 8601 (`null` when unknown).", "type": ["string", "null"], "examples": ["2026-03-25T10:41:57Z"] }, "primary_metric": { "description": "The primary metric and its value in production (or the latest version), or null.", "markdownDescription": "The model's primary metric with its value in the production version (or the latest one when nothing is in production); `null` when the model names none.", "type": ["object", "null"], "additionalProperties": false, "required": ["name", "value", "version", "direction"], "properties": { "name": { "description": "Name of the metric.", "markdownDescription": "Name of the metric.", "type": "string", "examples": ["roc_auc"] }, "value": { "description": "Its value, or null when that version lacks it.", "markdownDescription": "Its value (`null` when that version does not report it).", "type": ["number", "null"], "examples": [0.871] }, "version": { "description": "The version the value is from, or null.", "markdownDescription": "The version the value is from (`null` with no value).", "type": ["string", "null"], "examples": ["2.0.0"] }, "direction": { "description": "Whether higher or lower is better, or null when not in the catalogue.", "markdownDescription": "`higher` or `lower` is better (`null` when the metric is not in the catalogue).", "type": ["string", "null"], "examples": ["higher"] } } }, "deprecated": { "description": "Every version of the model is deprecated.", "markdownDescription": "`true` when every version of the model is deprecated.", "type": "boolean", "examples": [false] }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] }, "api_url": { "description": "This JSON file: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "This JSON file: an absolute URL when the site was built with `--base-url`, otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/api/models/churn-gbm.json", "api/models/churn-gbm.json"] } } }, "metric": { "description": "A metric of the catalogue.", "markdownDescription": "A metric of the registry's catalogue (registry.yaml `metrics`).", "type": "object", "additionalProperties": false, "required": ["direction"], "properties": { "direction": { "description": "Whether higher or lower values are better.", "markdownDescription": "Whether `higher` or `lower` values are better.", "type": "string", "enum": ["higher", "lower"], "examples": ["higher"] }, "min": { "description": "Smallest valid value.", "markdownDescription": "Smallest valid value.", "type": "number", "examples": [0] }, "max": { "description": "Largest valid value.", "markdownDescription": "Largest valid value.", "type": "number", "examples": [1] }, "unit": { "description": "Unit of the values.", "markdownDescription": "Unit of the values, e.g. `ms`.", "type": "string", "examples": ["ms"] }, "title": { "description": "The metric's name as people read it.", "markdownDescription": "The metric's name as people read it, e.g. `ROC AUC`; the key stays its id.", "type": "string", "examples": ["ROC AUC"] }, "min_delta": { "description": "The smallest meaningful difference: a smaller change is within noise.", "markdownDescription": "The smallest meaningful difference: a smaller change is *within noise*, neither better nor worse.", "type": "number", "examples": [5e-3] }, "description": { "description": "What the metric measures.", "markdownDescription": "What the metric measures (Markdown).", "type": "string", "examples": ["Area under the ROC curve."] } } } } };
var schema12 = { "description": "A metric of the catalogue.", "markdownDescription": "A metric of the registry's catalogue (registry.yaml `metrics`).", "type": "object", "additionalProperties": false, "required": ["direction"], "properties": { "direction": { "description": "Whether higher or lower values are better.", "markdownDescription": "Whether `higher` or `lower` values are better.", "type": "string", "enum": ["higher", "lower"], "examples": ["higher"] }, "min": { "description": "Smallest valid value.", "markdownDescription": "Smallest valid value.", "type": "number", "examples": [0] }, "max": { "description": "Largest valid value.", "markdownDescription": "Largest valid value.", "type": "number", "examples": [1] }, "unit": { "description": "Unit of the values.", "markdownDescription": "Unit of the values, e.g. `ms`.", "type": "string", "examples": ["ms"] }, "title": { "description": "The metric's name as people read it.", "markdownDescription": "The metric's name as people read it, e.g. `ROC AUC`; the key stays its id.", "type": "string", "examples": ["ROC AUC"] }, "min_delta": { "description": "The smallest meaningful difference: a smaller change is within noise.", "markdownDescription": "The smallest meaningful difference: a smaller change is *within noise*, neither better nor worse.", "type": "number", "examples": [5e-3] }, "description": { "description": "What the metric measures.", "markdownDescription": "What the metric measures (Markdown).", "type": "string", "examples": ["Area under the ROC curve."] } } };
var schema13 = { "description": "A model in the catalogue index.", "markdownDescription": "A model in the catalogue index; its details are at `api_url`.", "type": "object", "additionalProperties": false, "required": ["name", "title", "task", "owners", "tags", "stages", "latest", "latest_created", "primary_metric", "deprecated", "html_url", "api_url"], "properties": { "name": { "description": "Name of the model.", "markdownDescription": "Name of the model (its folder under `models/`).", "type": "string", "examples": ["churn-gbm"] }, "title": { "description": "Display name of the model, or null.", "markdownDescription": "Display name of the model (`null` when not given).", "type": ["string", "null"], "examples": ["Customer churn model"] }, "task": { "description": "The task of the model, or null.", "markdownDescription": "The task of the model, e.g. `text-classification` (`null` when not given).", "type": ["string", "null"], "examples": ["tabular-classification"] }, "owners": { "description": "GitHub users or teams responsible for the model.", "markdownDescription": "GitHub users or teams responsible for the model (`@user`, `@org/team`).", "type": "array", "items": { "description": "A GitHub handle.", "markdownDescription": "A GitHub handle, e.g. `@acme/ml`.", "type": "string", "examples": ["@acme/ml"] }, "examples": [["@acme/ml"]] }, "tags": { "description": "Keywords of the model.", "markdownDescription": "Keywords of the model.", "type": "array", "items": { "description": "A keyword.", "markdownDescription": "A keyword.", "type": "string", "examples": ["churn"] }, "examples": [["churn", "tabular"]] }, "stages": { "description": "What runs where: stage name mapped to the version in it.", "markdownDescription": 'What runs where: stage name mapped to the version in it, e.g. `{"production": "1.2.0", "staging": "1.3.0"}`.', "type": "object", "additionalProperties": { "description": "The version in this stage.", "markdownDescription": "The version in this stage, e.g. `1.2.0`.", "type": "string", "examples": ["1.2.0"] }, "examples": [{ "production": "1.2.0", "staging": "1.3.0" }] }, "latest": { "description": "The highest version (SemVer), or null without versions.", "markdownDescription": "The highest version by SemVer (`null` when the model has no version yet).", "type": ["string", "null"], "examples": ["2.0.0"] }, "latest_created": { "description": "When the latest version was created, or null.", "markdownDescription": "When the latest version was created, ISO 8601 (`null` when unknown).", "type": ["string", "null"], "examples": ["2026-03-25T10:41:57Z"] }, "primary_metric": { "description": "The primary metric and its value in production (or the latest version), or null.", "markdownDescription": "The model's primary metric with its value in the production version (or the latest one when nothing is in production); `null` when the model names none.", "type": ["object", "null"], "additionalProperties": false, "required": ["name", "value", "version", "direction"], "properties": { "name": { "description": "Name of the metric.", "markdownDescription": "Name of the metric.", "type": "string", "examples": ["roc_auc"] }, "value": { "description": "Its value, or null when that version lacks it.", "markdownDescription": "Its value (`null` when that version does not report it).", "type": ["number", "null"], "examples": [0.871] }, "version": { "description": "The version the value is from, or null.", "markdownDescription": "The version the value is from (`null` with no value).", "type": ["string", "null"], "examples": ["2.0.0"] }, "direction": { "description": "Whether higher or lower is better, or null when not in the catalogue.", "markdownDescription": "`higher` or `lower` is better (`null` when the metric is not in the catalogue).", "type": ["string", "null"], "examples": ["higher"] } } }, "deprecated": { "description": "Every version of the model is deprecated.", "markdownDescription": "`true` when every version of the model is deprecated.", "type": "boolean", "examples": [false] }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] }, "api_url": { "description": "This JSON file: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "This JSON file: an absolute URL when the site was built with `--base-url`, otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/api/models/churn-gbm.json", "api/models/churn-gbm.json"] } } };
var func2 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registry === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" }, message: "must have required property 'registry'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.models === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "registry" || key0 === "models")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.registry !== void 0) {
      let data0 = data.registry;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err3 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.description === void 0) {
          const err4 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.url === void 0) {
          const err5 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.repository === void 0) {
          const err6 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.tag_format === void 0) {
          const err7 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "tag_format" }, message: "must have required property 'tag_format'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.stages === void 0) {
          const err8 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.metrics === void 0) {
          const err9 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0.generated_at === void 0) {
          const err10 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "generated_at" }, message: "must have required property 'generated_at'", schema: schema11.properties.registry.required, parentSchema: schema11.properties.registry, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name" || key1 === "description" || key1 === "url" || key1 === "repository" || key1 === "tag_format" || key1 === "stages" || key1 === "metrics" || key1 === "generated_at")) {
            const err11 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.registry, data: data0 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err12 = { instancePath: instancePath + "/registry/name", schemaPath: "#/properties/registry/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.registry.properties.name.type, parentSchema: schema11.properties.registry.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          let data2 = data0.description;
          if (typeof data2 !== "string" && data2 !== null) {
            const err13 = { instancePath: instancePath + "/registry/description", schemaPath: "#/properties/registry/properties/description/type", keyword: "type", params: { type: schema11.properties.registry.properties.description.type }, message: "must be string,null", schema: schema11.properties.registry.properties.description.type, parentSchema: schema11.properties.registry.properties.description, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data3 = data0.url;
          if (typeof data3 !== "string" && data3 !== null) {
            const err14 = { instancePath: instancePath + "/registry/url", schemaPath: "#/properties/registry/properties/url/type", keyword: "type", params: { type: schema11.properties.registry.properties.url.type }, message: "must be string,null", schema: schema11.properties.registry.properties.url.type, parentSchema: schema11.properties.registry.properties.url, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.repository !== void 0) {
          let data4 = data0.repository;
          if (typeof data4 !== "string" && data4 !== null) {
            const err15 = { instancePath: instancePath + "/registry/repository", schemaPath: "#/properties/registry/properties/repository/type", keyword: "type", params: { type: schema11.properties.registry.properties.repository.type }, message: "must be string,null", schema: schema11.properties.registry.properties.repository.type, parentSchema: schema11.properties.registry.properties.repository, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.tag_format !== void 0) {
          let data5 = data0.tag_format;
          if (typeof data5 !== "string") {
            const err16 = { instancePath: instancePath + "/registry/tag_format", schemaPath: "#/properties/registry/properties/tag_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.registry.properties.tag_format.type, parentSchema: schema11.properties.registry.properties.tag_format, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.stages !== void 0) {
          let data6 = data0.stages;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 !== "string") {
                const err17 = { instancePath: instancePath + "/registry/stages/" + i0, schemaPath: "#/properties/registry/properties/stages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.registry.properties.stages.items.type, parentSchema: schema11.properties.registry.properties.stages.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/registry/stages", schemaPath: "#/properties/registry/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.registry.properties.stages.type, parentSchema: schema11.properties.registry.properties.stages, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.metrics !== void 0) {
          let data8 = data0.metrics;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              let data9 = data8[key2];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.direction === void 0) {
                  const err19 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metric/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema12.required, parentSchema: schema12, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                for (const key3 in data9) {
                  if (!(key3 === "direction" || key3 === "min" || key3 === "max" || key3 === "unit" || key3 === "title" || key3 === "min_delta" || key3 === "description")) {
                    const err20 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data9.direction !== void 0) {
                  let data10 = data9.direction;
                  if (typeof data10 !== "string") {
                    const err21 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/definitions/metric/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.direction.type, parentSchema: schema12.properties.direction, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (!(data10 === "higher" || data10 === "lower")) {
                    const err22 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/definitions/metric/properties/direction/enum", keyword: "enum", params: { allowedValues: schema12.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.direction.enum, parentSchema: schema12.properties.direction, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data9.min !== void 0) {
                  let data11 = data9.min;
                  if (!(typeof data11 == "number" && isFinite(data11))) {
                    const err23 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/definitions/metric/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.min.type, parentSchema: schema12.properties.min, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data9.max !== void 0) {
                  let data12 = data9.max;
                  if (!(typeof data12 == "number" && isFinite(data12))) {
                    const err24 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/definitions/metric/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.max.type, parentSchema: schema12.properties.max, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.unit !== void 0) {
                  let data13 = data9.unit;
                  if (typeof data13 !== "string") {
                    const err25 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/definitions/metric/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.unit.type, parentSchema: schema12.properties.unit, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data9.title !== void 0) {
                  let data14 = data9.title;
                  if (typeof data14 !== "string") {
                    const err26 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/metric/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.title.type, parentSchema: schema12.properties.title, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data9.min_delta !== void 0) {
                  let data15 = data9.min_delta;
                  if (!(typeof data15 == "number" && isFinite(data15))) {
                    const err27 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_delta", schemaPath: "#/definitions/metric/properties/min_delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.min_delta.type, parentSchema: schema12.properties.min_delta, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data9.description !== void 0) {
                  let data16 = data9.description;
                  if (typeof data16 !== "string") {
                    const err28 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/metric/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/registry/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/registry/metrics", schemaPath: "#/properties/registry/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.registry.properties.metrics.type, parentSchema: schema11.properties.registry.properties.metrics, data: data8 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0.generated_at !== void 0) {
          let data17 = data0.generated_at;
          if (typeof data17 !== "string") {
            const err31 = { instancePath: instancePath + "/registry/generated_at", schemaPath: "#/properties/registry/properties/generated_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.registry.properties.generated_at.type, parentSchema: schema11.properties.registry.properties.generated_at, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.registry.type, parentSchema: schema11.properties.registry, data: data0 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data18 = data.models;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.name === void 0) {
              const err33 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data19.title === void 0) {
              const err34 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data19.task === void 0) {
              const err35 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data19.owners === void 0) {
              const err36 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data19.tags === void 0) {
              const err37 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data19.stages === void 0) {
              const err38 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data19.latest === void 0) {
              const err39 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "latest" }, message: "must have required property 'latest'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data19.latest_created === void 0) {
              const err40 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "latest_created" }, message: "must have required property 'latest_created'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.primary_metric === void 0) {
              const err41 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "primary_metric" }, message: "must have required property 'primary_metric'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.deprecated === void 0) {
              const err42 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "deprecated" }, message: "must have required property 'deprecated'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data19.html_url === void 0) {
              const err43 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property 'html_url'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data19.api_url === void 0) {
              const err44 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "api_url" }, message: "must have required property 'api_url'", schema: schema13.required, parentSchema: schema13, data: data19 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key4 in data19) {
              if (!func2.call(schema13.properties, key4)) {
                const err45 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data19 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data19.name !== void 0) {
              let data20 = data19.name;
              if (typeof data20 !== "string") {
                const err46 = { instancePath: instancePath + "/models/" + i1 + "/name", schemaPath: "#/definitions/model/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data19.title !== void 0) {
              let data21 = data19.title;
              if (typeof data21 !== "string" && data21 !== null) {
                const err47 = { instancePath: instancePath + "/models/" + i1 + "/title", schemaPath: "#/definitions/model/properties/title/type", keyword: "type", params: { type: schema13.properties.title.type }, message: "must be string,null", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.task !== void 0) {
              let data22 = data19.task;
              if (typeof data22 !== "string" && data22 !== null) {
                const err48 = { instancePath: instancePath + "/models/" + i1 + "/task", schemaPath: "#/definitions/model/properties/task/type", keyword: "type", params: { type: schema13.properties.task.type }, message: "must be string,null", schema: schema13.properties.task.type, parentSchema: schema13.properties.task, data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.owners !== void 0) {
              let data23 = data19.owners;
              if (Array.isArray(data23)) {
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data24 = data23[i2];
                  if (typeof data24 !== "string") {
                    const err49 = { instancePath: instancePath + "/models/" + i1 + "/owners/" + i2, schemaPath: "#/definitions/model/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.owners.items.type, parentSchema: schema13.properties.owners.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/models/" + i1 + "/owners", schemaPath: "#/definitions/model/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.owners.type, parentSchema: schema13.properties.owners, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data19.tags !== void 0) {
              let data25 = data19.tags;
              if (Array.isArray(data25)) {
                const len3 = data25.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data26 = data25[i3];
                  if (typeof data26 !== "string") {
                    const err51 = { instancePath: instancePath + "/models/" + i1 + "/tags/" + i3, schemaPath: "#/definitions/model/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.tags.items.type, parentSchema: schema13.properties.tags.items, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/models/" + i1 + "/tags", schemaPath: "#/definitions/model/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.tags.type, parentSchema: schema13.properties.tags, data: data25 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data19.stages !== void 0) {
              let data27 = data19.stages;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (const key5 in data27) {
                  let data28 = data27[key5];
                  if (typeof data28 !== "string") {
                    const err53 = { instancePath: instancePath + "/models/" + i1 + "/stages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/model/properties/stages/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.stages.additionalProperties.type, parentSchema: schema13.properties.stages.additionalProperties, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/models/" + i1 + "/stages", schemaPath: "#/definitions/model/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.stages.type, parentSchema: schema13.properties.stages, data: data27 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data19.latest !== void 0) {
              let data29 = data19.latest;
              if (typeof data29 !== "string" && data29 !== null) {
                const err55 = { instancePath: instancePath + "/models/" + i1 + "/latest", schemaPath: "#/definitions/model/properties/latest/type", keyword: "type", params: { type: schema13.properties.latest.type }, message: "must be string,null", schema: schema13.properties.latest.type, parentSchema: schema13.properties.latest, data: data29 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data19.latest_created !== void 0) {
              let data30 = data19.latest_created;
              if (typeof data30 !== "string" && data30 !== null) {
                const err56 = { instancePath: instancePath + "/models/" + i1 + "/latest_created", schemaPath: "#/definitions/model/properties/latest_created/type", keyword: "type", params: { type: schema13.properties.latest_created.type }, message: "must be string,null", schema: schema13.properties.latest_created.type, parentSchema: schema13.properties.latest_created, data: data30 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data19.primary_metric !== void 0) {
              let data31 = data19.primary_metric;
              if (!(data31 && typeof data31 == "object" && !Array.isArray(data31)) && data31 !== null) {
                const err57 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/type", keyword: "type", params: { type: schema13.properties.primary_metric.type }, message: "must be object,null", schema: schema13.properties.primary_metric.type, parentSchema: schema13.properties.primary_metric, data: data31 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.name === void 0) {
                  const err58 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.primary_metric.required, parentSchema: schema13.properties.primary_metric, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data31.value === void 0) {
                  const err59 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema13.properties.primary_metric.required, parentSchema: schema13.properties.primary_metric, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data31.version === void 0) {
                  const err60 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema13.properties.primary_metric.required, parentSchema: schema13.properties.primary_metric, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data31.direction === void 0) {
                  const err61 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema13.properties.primary_metric.required, parentSchema: schema13.properties.primary_metric, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                for (const key6 in data31) {
                  if (!(key6 === "name" || key6 === "value" || key6 === "version" || key6 === "direction")) {
                    const err62 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric", schemaPath: "#/definitions/model/properties/primary_metric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.primary_metric, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data31.name !== void 0) {
                  let data32 = data31.name;
                  if (typeof data32 !== "string") {
                    const err63 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric/name", schemaPath: "#/definitions/model/properties/primary_metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.primary_metric.properties.name.type, parentSchema: schema13.properties.primary_metric.properties.name, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data31.value !== void 0) {
                  let data33 = data31.value;
                  if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
                    const err64 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric/value", schemaPath: "#/definitions/model/properties/primary_metric/properties/value/type", keyword: "type", params: { type: schema13.properties.primary_metric.properties.value.type }, message: "must be number,null", schema: schema13.properties.primary_metric.properties.value.type, parentSchema: schema13.properties.primary_metric.properties.value, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data31.version !== void 0) {
                  let data34 = data31.version;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err65 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric/version", schemaPath: "#/definitions/model/properties/primary_metric/properties/version/type", keyword: "type", params: { type: schema13.properties.primary_metric.properties.version.type }, message: "must be string,null", schema: schema13.properties.primary_metric.properties.version.type, parentSchema: schema13.properties.primary_metric.properties.version, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data31.direction !== void 0) {
                  let data35 = data31.direction;
                  if (typeof data35 !== "string" && data35 !== null) {
                    const err66 = { instancePath: instancePath + "/models/" + i1 + "/primary_metric/direction", schemaPath: "#/definitions/model/properties/primary_metric/properties/direction/type", keyword: "type", params: { type: schema13.properties.primary_metric.properties.direction.type }, message: "must be string,null", schema: schema13.properties.primary_metric.properties.direction.type, parentSchema: schema13.properties.primary_metric.properties.direction, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data19.deprecated !== void 0) {
              let data36 = data19.deprecated;
              if (typeof data36 !== "boolean") {
                const err67 = { instancePath: instancePath + "/models/" + i1 + "/deprecated", schemaPath: "#/definitions/model/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.deprecated.type, parentSchema: schema13.properties.deprecated, data: data36 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data19.html_url !== void 0) {
              let data37 = data19.html_url;
              if (typeof data37 !== "string") {
                const err68 = { instancePath: instancePath + "/models/" + i1 + "/html_url", schemaPath: "#/definitions/model/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.html_url.type, parentSchema: schema13.properties.html_url, data: data37 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data19.api_url !== void 0) {
              let data38 = data19.api_url;
              if (typeof data38 !== "string") {
                const err69 = { instancePath: instancePath + "/models/" + i1 + "/api_url", schemaPath: "#/definitions/model/properties/api_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.api_url.type, parentSchema: schema13.properties.api_url, data: data38 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/models/" + i1, schemaPath: "#/definitions/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data19 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.models.type, parentSchema: schema11.properties.models, data: data18 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var apiModel = validate11;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/api-model.schema.json", "title": "Model (api/models/<model>.json)", "description": "One model of the static catalogue JSON API: the model card fields, what runs where, and every version newest first with metrics, lineage, artifacts and release links.", "markdownDescription": "One model of the catalogue's static JSON API, `api/models/<model>.json`: the model card fields, `stages` (what runs where) and `versions`, newest first, each with metrics, lineage, artifacts (download URLs) and its release.\n\n```sh\ncurl -s https://acme-ml.github.io/model-registry/api/models/churn-gbm.json | jq -r .stages.production\n```", "type": "object", "additionalProperties": false, "required": ["name", "title", "description", "owners", "task", "license", "tags", "primary_metric", "intended_use", "limitations", "ethical_considerations", "deprecated_versions", "stages", "latest", "versions", "html_url", "api_url"], "properties": { "name": { "description": "Name of the model.", "markdownDescription": "Name of the model (its folder under `models/`).", "type": "string", "examples": ["churn-gbm"] }, "title": { "description": "Display name of the model, or null.", "markdownDescription": "Display name of the model (`null` when not given).", "type": ["string", "null"], "examples": ["Customer churn model"] }, "description": { "description": "What the model does (Markdown), or null.", "markdownDescription": "What the model does, Markdown as written in model.yaml (`null` when missing).", "type": ["string", "null"], "examples": ["Scores churn risk daily."] }, "owners": { "description": "GitHub users or teams responsible for the model.", "markdownDescription": "GitHub users or teams responsible for the model (`@user`, `@org/team`).", "type": "array", "items": { "description": "A GitHub handle.", "markdownDescription": "A GitHub handle, e.g. `@acme/ml`.", "type": "string", "examples": ["@acme/ml"] }, "examples": [["@acme/ml"]] }, "task": { "description": "The task of the model, or null.", "markdownDescription": "The task of the model, e.g. `text-classification` (`null` when not given).", "type": ["string", "null"], "examples": ["tabular-classification"] }, "license": { "description": "License of the model, or null.", "markdownDescription": "License of the model, an SPDX id or `other` (`null` when not given).", "type": ["string", "null"], "examples": ["Apache-2.0"] }, "tags": { "description": "Keywords of the model.", "markdownDescription": "Keywords of the model.", "type": "array", "items": { "description": "A keyword.", "markdownDescription": "A keyword.", "type": "string", "examples": ["churn"] }, "examples": [["churn", "tabular"]] }, "primary_metric": { "description": "The metric the model is ranked by, or null.", "markdownDescription": "The catalogue metric the model is ranked and charted by (`null` when not given).", "type": ["string", "null"], "examples": ["roc_auc"] }, "intended_use": { "description": "Intended use (Markdown), or null.", "markdownDescription": "Intended use, Markdown (`null` when not given).", "type": ["string", "null"], "examples": ["Ranking accounts for outreach."] }, "limitations": { "description": "Known limitations (Markdown), or null.", "markdownDescription": "Known limitations, Markdown (`null` when not given).", "type": ["string", "null"], "examples": ["English only."] }, "ethical_considerations": { "description": "Ethical considerations (Markdown), or null.", "markdownDescription": "Ethical considerations, Markdown (`null` when not given).", "type": ["string", "null"], "examples": ["No protected attributes are used."] }, "deprecated_versions": { "description": "Deprecated versions mapped to the reason.", "markdownDescription": "Deprecated versions mapped to the reason, as in model.yaml.", "type": "object", "additionalProperties": { "description": "Why the version is deprecated.", "markdownDescription": "Why the version is deprecated and what to use instead.", "type": "string", "examples": ["Use 1.1.0."] }, "examples": [{ "1.0.0": "Evaluation leak; use 1.1.0." }] }, "stages": { "description": "What runs where: stage name mapped to the version in it.", "markdownDescription": 'What runs where: stage name mapped to the version in it, e.g. `{"production": "1.2.0", "staging": "1.3.0"}`.', "type": "object", "additionalProperties": { "description": "The version in this stage.", "markdownDescription": "The version in this stage, e.g. `1.2.0`.", "type": "string", "examples": ["1.2.0"] }, "examples": [{ "production": "1.2.0", "staging": "1.3.0" }] }, "latest": { "description": "The highest version (SemVer), or null without versions.", "markdownDescription": "The highest version by SemVer (`null` when the model has no version yet).", "type": ["string", "null"], "examples": ["2.0.0"] }, "versions": { "description": "Every version, newest (highest SemVer) first.", "markdownDescription": "Every version, newest (highest SemVer) first.", "type": "array", "items": { "$ref": "#/definitions/version" } }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] }, "api_url": { "description": "This JSON file: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "This JSON file: an absolute URL when the site was built with `--base-url`, otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/api/models/churn-gbm.json", "api/models/churn-gbm.json"] } }, "examples": [{ "name": "churn-gbm", "title": "Customer churn", "description": "Scores churn risk.", "owners": ["@acme/ml"], "task": "tabular-classification", "license": "Apache-2.0", "tags": ["churn"], "primary_metric": "roc_auc", "intended_use": null, "limitations": null, "ethical_considerations": null, "deprecated_versions": {}, "stages": { "production": "2.0.0" }, "latest": "2.0.0", "versions": [{ "version": "2.0.0", "created": "2026-03-25T10:41:57Z", "summary": "Feature set v2.", "metrics": { "roc_auc": 0.871 }, "parents": [{ "model": "churn-gbm", "version": "1.0.0", "relation": "retrain" }], "datasets": [{ "name": "churn-features", "version": "2025-10-31", "uri": null, "sha256": null, "role": "train" }], "code": null, "artifacts": [{ "name": "thresholds.json", "size": 331, "sha256": "c37484dbb74138e8d5ecb14a79b94d336a438d962d59ad10c379f00b25b5e0ed", "media_type": "application/json", "url": "https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json" }], "tag": "churn-gbm@v2.0.0", "release_url": "https://github.com/acme/registry/releases/tag/churn-gbm%40v2.0.0", "stages": ["production"], "deprecated": false, "deprecation_reason": null, "html_url": "models/churn-gbm/versions/2.0.0.html" }], "html_url": "models/churn-gbm/index.html", "api_url": "api/models/churn-gbm.json" }], "definitions": { "artifact": { "description": "A file of the version and where to download it.", "markdownDescription": "A file of the version: `url` is its GitHub release download URL for a file committed with the card, or its own URI for a file stored elsewhere.", "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256", "media_type", "url"], "properties": { "name": { "description": "File name of the artifact.", "markdownDescription": "File name of the artifact, e.g. `model.safetensors`.", "type": "string", "examples": ["model.safetensors"] }, "size": { "description": "Size in bytes, or null when the card does not say.", "markdownDescription": "Size in bytes (`null` when the card does not say).", "type": ["integer", "number", "null"], "examples": [267832604] }, "sha256": { "description": "SHA-256 digest (64 lowercase hex characters), or null.", "markdownDescription": "SHA-256 digest, 64 lowercase hex characters (`null` when the card does not say).", "type": ["string", "null"], "examples": ["fb638e05b937374da52cf2da6002539d804fe8d9ed5e44ce43474b96e7aeed0d"] }, "media_type": { "description": "Media type of the file, or null.", "markdownDescription": "Media type of the file, e.g. `application/json` (`null` when not given).", "type": ["string", "null"], "examples": ["application/octet-stream"] }, "url": { "description": "Download URL: the release asset for a committed file (needs the repository), the card URI for an external one; null when unknown.", "markdownDescription": "Download URL: `https://github.com/<owner>/<repo>/releases/download/<tag>/<name>` for a committed file (needs the repository), the card's `uri` (any scheme) for an external one; `null` when unknown.", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json", "s3://acme-models/churn-gbm/2.0.0/model.txt"] } } }, "parent": { "description": "A parent: a version of a registry model, or an external model by URI.", "markdownDescription": "A parent: `{model, version, relation}` for a version in this registry, or `{uri, revision, relation}` for an external model.", "type": "object", "additionalProperties": false, "required": ["relation"], "properties": { "model": { "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry.", "type": "string", "examples": ["support-ticket-classifier"] }, "version": { "description": "Version of the parent model.", "markdownDescription": "Version of the parent model.", "type": "string", "examples": ["1.2.0"] }, "uri": { "description": "URI of an external parent model.", "markdownDescription": "URI of an external parent model, e.g. `hf://distilbert/distilbert-base-uncased`.", "type": "string", "examples": ["hf://distilbert/distilbert-base-uncased"] }, "revision": { "description": "Revision of the external parent, or null.", "markdownDescription": "Revision of the external parent (`null` when not given).", "type": ["string", "null"], "examples": ["main"] }, "relation": { "description": "How the version was derived from the parent.", "markdownDescription": "How the version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`.", "type": "string", "examples": ["fine-tune"] } } }, "dataset": { "description": "A dataset used for the version.", "markdownDescription": "A dataset used to train, validate or test the version.", "type": "object", "additionalProperties": false, "required": ["name", "version", "uri", "sha256", "role"], "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset.", "type": "string", "examples": ["support-tickets"] }, "version": { "description": "Version or snapshot of the dataset, or null.", "markdownDescription": "Version or snapshot of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["2026-03"] }, "uri": { "description": "Where the dataset is stored, or null.", "markdownDescription": "Where the dataset is stored, any scheme (`null` when not given).", "type": ["string", "null"], "examples": ["s3://acme-ml-data/support-tickets/2026-03/train.parquet"] }, "sha256": { "description": "SHA-256 digest of the dataset, or null.", "markdownDescription": "SHA-256 digest of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["72beedafb09432d3f797770c54a66744b5c0d9938fc52e0913e32e60e61d4aa7"] }, "role": { "description": "What the dataset was used for, or null.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other` (`null` when not given).", "type": ["string", "null"], "examples": ["train"] } } }, "code": { "description": "The training code, or null.", "markdownDescription": "The training code: repository, commit and entry point (`null` when the card does not say).", "type": ["object", "null"], "additionalProperties": false, "required": ["repo", "commit", "path"], "properties": { "repo": { "description": "GitHub repository of the training code (owner/name).", "markdownDescription": "GitHub repository of the training code, `owner/name`.", "type": "string", "examples": ["acme-ml/support-nlp"] }, "commit": { "description": "Commit of the training code.", "markdownDescription": "Full commit SHA of the training code.", "type": "string", "examples": ["6890f405ef3b002a17b7a8bc39c9aa20453aa7f9"] }, "path": { "description": "Entry point inside the repository, or null.", "markdownDescription": "Entry point inside the repository (`null` when not given).", "type": ["string", "null"], "examples": ["training/train.py"] } } }, "version": { "description": "A version of the model.", "markdownDescription": "A version of the model, as in `api/models/<model>.json` `versions`.", "type": "object", "additionalProperties": false, "required": ["version", "created", "summary", "metrics", "parents", "datasets", "code", "artifacts", "tag", "release_url", "stages", "deprecated", "deprecation_reason", "html_url"], "properties": { "version": { "description": "A version of the model (SemVer 2.0.0, no v prefix).", "markdownDescription": "A version of the model ([SemVer 2.0.0](https://semver.org), no `v` prefix), e.g. `1.4.0`.", "type": "string", "examples": ["1.4.0"] }, "created": { "description": "When the version was created (ISO 8601), or null.", "markdownDescription": "When the version was created, ISO 8601 (`null` when the card does not say).", "type": ["string", "null"], "examples": ["2026-04-20T13:08:52Z"] }, "summary": { "description": "One-line summary of the version.", "markdownDescription": "One-line summary of the version.", "type": "string", "examples": ["Retrain on 2026-03 tickets."] }, "metrics": { "description": "Metric name mapped to its value.", "markdownDescription": 'Metric name mapped to its value, e.g. `{"f1": 0.888}`. Confidence intervals and details are on the version page.', "type": "object", "additionalProperties": { "description": "The value of the metric.", "markdownDescription": "The value of the metric.", "type": "number", "examples": [0.888] }, "examples": [{ "f1": 0.888, "latency_p95_ms": 51.6 }] }, "parents": { "description": "Models the version was derived from.", "markdownDescription": "Models the version was derived from.", "type": "array", "items": { "$ref": "#/definitions/parent" } }, "datasets": { "description": "Datasets used for the version.", "markdownDescription": "Datasets used for the version.", "type": "array", "items": { "$ref": "#/definitions/dataset" } }, "code": { "$ref": "#/definitions/code", "description": "The training code, or null.", "markdownDescription": "The training code (`null` when the card does not say)." }, "artifacts": { "description": "The files of the version, with download URLs.", "markdownDescription": "The files of the version, with size, SHA-256 and download URL.", "type": "array", "items": { "$ref": "#/definitions/artifact" } }, "tag": { "description": "Git tag (and GitHub Release) of the version.", "markdownDescription": "Git tag (and GitHub Release) of the version, from registry.yaml `tag_format`, e.g. `churn-gbm@v2.0.0`.", "type": "string", "examples": ["churn-gbm@v2.0.0"] }, "release_url": { "description": "The GitHub Release page of the version, or null when the repository is unknown.", "markdownDescription": "The GitHub Release page of the version (`null` when the site was built without a repository).", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/tag/churn-gbm%40v2.0.0"] }, "stages": { "description": "Stages this version runs in.", "markdownDescription": "Stages this version runs in, production first.", "type": "array", "items": { "description": "A stage name.", "markdownDescription": "A stage name, e.g. `production`.", "type": "string", "examples": ["production"] }, "examples": [["production"]] }, "deprecated": { "description": "Whether model.yaml deprecates this version.", "markdownDescription": "Whether `deprecated_versions` in model.yaml lists this version.", "type": "boolean", "examples": [false] }, "deprecation_reason": { "description": "Why the version is deprecated, or null.", "markdownDescription": "Why the version is deprecated and what to use instead (`null` when it is not).", "type": ["string", "null"], "examples": [null] }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] } } } } };
var schema15 = { "description": "A version of the model.", "markdownDescription": "A version of the model, as in `api/models/<model>.json` `versions`.", "type": "object", "additionalProperties": false, "required": ["version", "created", "summary", "metrics", "parents", "datasets", "code", "artifacts", "tag", "release_url", "stages", "deprecated", "deprecation_reason", "html_url"], "properties": { "version": { "description": "A version of the model (SemVer 2.0.0, no v prefix).", "markdownDescription": "A version of the model ([SemVer 2.0.0](https://semver.org), no `v` prefix), e.g. `1.4.0`.", "type": "string", "examples": ["1.4.0"] }, "created": { "description": "When the version was created (ISO 8601), or null.", "markdownDescription": "When the version was created, ISO 8601 (`null` when the card does not say).", "type": ["string", "null"], "examples": ["2026-04-20T13:08:52Z"] }, "summary": { "description": "One-line summary of the version.", "markdownDescription": "One-line summary of the version.", "type": "string", "examples": ["Retrain on 2026-03 tickets."] }, "metrics": { "description": "Metric name mapped to its value.", "markdownDescription": 'Metric name mapped to its value, e.g. `{"f1": 0.888}`. Confidence intervals and details are on the version page.', "type": "object", "additionalProperties": { "description": "The value of the metric.", "markdownDescription": "The value of the metric.", "type": "number", "examples": [0.888] }, "examples": [{ "f1": 0.888, "latency_p95_ms": 51.6 }] }, "parents": { "description": "Models the version was derived from.", "markdownDescription": "Models the version was derived from.", "type": "array", "items": { "$ref": "#/definitions/parent" } }, "datasets": { "description": "Datasets used for the version.", "markdownDescription": "Datasets used for the version.", "type": "array", "items": { "$ref": "#/definitions/dataset" } }, "code": { "$ref": "#/definitions/code", "description": "The training code, or null.", "markdownDescription": "The training code (`null` when the card does not say)." }, "artifacts": { "description": "The files of the version, with download URLs.", "markdownDescription": "The files of the version, with size, SHA-256 and download URL.", "type": "array", "items": { "$ref": "#/definitions/artifact" } }, "tag": { "description": "Git tag (and GitHub Release) of the version.", "markdownDescription": "Git tag (and GitHub Release) of the version, from registry.yaml `tag_format`, e.g. `churn-gbm@v2.0.0`.", "type": "string", "examples": ["churn-gbm@v2.0.0"] }, "release_url": { "description": "The GitHub Release page of the version, or null when the repository is unknown.", "markdownDescription": "The GitHub Release page of the version (`null` when the site was built without a repository).", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/tag/churn-gbm%40v2.0.0"] }, "stages": { "description": "Stages this version runs in.", "markdownDescription": "Stages this version runs in, production first.", "type": "array", "items": { "description": "A stage name.", "markdownDescription": "A stage name, e.g. `production`.", "type": "string", "examples": ["production"] }, "examples": [["production"]] }, "deprecated": { "description": "Whether model.yaml deprecates this version.", "markdownDescription": "Whether `deprecated_versions` in model.yaml lists this version.", "type": "boolean", "examples": [false] }, "deprecation_reason": { "description": "Why the version is deprecated, or null.", "markdownDescription": "Why the version is deprecated and what to use instead (`null` when it is not).", "type": ["string", "null"], "examples": [null] }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] } } };
var schema16 = { "description": "A parent: a version of a registry model, or an external model by URI.", "markdownDescription": "A parent: `{model, version, relation}` for a version in this registry, or `{uri, revision, relation}` for an external model.", "type": "object", "additionalProperties": false, "required": ["relation"], "properties": { "model": { "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry.", "type": "string", "examples": ["support-ticket-classifier"] }, "version": { "description": "Version of the parent model.", "markdownDescription": "Version of the parent model.", "type": "string", "examples": ["1.2.0"] }, "uri": { "description": "URI of an external parent model.", "markdownDescription": "URI of an external parent model, e.g. `hf://distilbert/distilbert-base-uncased`.", "type": "string", "examples": ["hf://distilbert/distilbert-base-uncased"] }, "revision": { "description": "Revision of the external parent, or null.", "markdownDescription": "Revision of the external parent (`null` when not given).", "type": ["string", "null"], "examples": ["main"] }, "relation": { "description": "How the version was derived from the parent.", "markdownDescription": "How the version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`.", "type": "string", "examples": ["fine-tune"] } } };
var schema17 = { "description": "A dataset used for the version.", "markdownDescription": "A dataset used to train, validate or test the version.", "type": "object", "additionalProperties": false, "required": ["name", "version", "uri", "sha256", "role"], "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset.", "type": "string", "examples": ["support-tickets"] }, "version": { "description": "Version or snapshot of the dataset, or null.", "markdownDescription": "Version or snapshot of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["2026-03"] }, "uri": { "description": "Where the dataset is stored, or null.", "markdownDescription": "Where the dataset is stored, any scheme (`null` when not given).", "type": ["string", "null"], "examples": ["s3://acme-ml-data/support-tickets/2026-03/train.parquet"] }, "sha256": { "description": "SHA-256 digest of the dataset, or null.", "markdownDescription": "SHA-256 digest of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["72beedafb09432d3f797770c54a66744b5c0d9938fc52e0913e32e60e61d4aa7"] }, "role": { "description": "What the dataset was used for, or null.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other` (`null` when not given).", "type": ["string", "null"], "examples": ["train"] } } };
var schema18 = { "description": "The training code, or null.", "markdownDescription": "The training code: repository, commit and entry point (`null` when the card does not say).", "type": ["object", "null"], "additionalProperties": false, "required": ["repo", "commit", "path"], "properties": { "repo": { "description": "GitHub repository of the training code (owner/name).", "markdownDescription": "GitHub repository of the training code, `owner/name`.", "type": "string", "examples": ["acme-ml/support-nlp"] }, "commit": { "description": "Commit of the training code.", "markdownDescription": "Full commit SHA of the training code.", "type": "string", "examples": ["6890f405ef3b002a17b7a8bc39c9aa20453aa7f9"] }, "path": { "description": "Entry point inside the repository, or null.", "markdownDescription": "Entry point inside the repository (`null` when not given).", "type": ["string", "null"], "examples": ["training/train.py"] } } };
var schema19 = { "description": "A file of the version and where to download it.", "markdownDescription": "A file of the version: `url` is its GitHub release download URL for a file committed with the card, or its own URI for a file stored elsewhere.", "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256", "media_type", "url"], "properties": { "name": { "description": "File name of the artifact.", "markdownDescription": "File name of the artifact, e.g. `model.safetensors`.", "type": "string", "examples": ["model.safetensors"] }, "size": { "description": "Size in bytes, or null when the card does not say.", "markdownDescription": "Size in bytes (`null` when the card does not say).", "type": ["integer", "number", "null"], "examples": [267832604] }, "sha256": { "description": "SHA-256 digest (64 lowercase hex characters), or null.", "markdownDescription": "SHA-256 digest, 64 lowercase hex characters (`null` when the card does not say).", "type": ["string", "null"], "examples": ["fb638e05b937374da52cf2da6002539d804fe8d9ed5e44ce43474b96e7aeed0d"] }, "media_type": { "description": "Media type of the file, or null.", "markdownDescription": "Media type of the file, e.g. `application/json` (`null` when not given).", "type": ["string", "null"], "examples": ["application/octet-stream"] }, "url": { "description": "Download URL: the release asset for a committed file (needs the repository), the card URI for an external one; null when unknown.", "markdownDescription": "Download URL: `https://github.com/<owner>/<repo>/releases/download/<tag>/<name>` for a committed file (needs the repository), the card's `uri` (any scheme) for an external one; `null` when unknown.", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json", "s3://acme-models/churn-gbm/2.0.0/model.txt"] } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.parents === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parents" }, message: "must have required property 'parents'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.datasets === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "datasets" }, message: "must have required property 'datasets'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.code === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.release_url === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release_url" }, message: "must have required property 'release_url'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.stages === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.deprecated === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deprecated" }, message: "must have required property 'deprecated'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.deprecation_reason === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deprecation_reason" }, message: "must have required property 'deprecation_reason'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.html_url === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property 'html_url'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema15.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.version.type, parentSchema: schema15.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data1 = data.created;
      if (typeof data1 !== "string" && data1 !== null) {
        const err16 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: schema15.properties.created.type }, message: "must be string,null", schema: schema15.properties.created.type, parentSchema: schema15.properties.created, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data2 = data.summary;
      if (typeof data2 !== "string") {
        const err17 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.summary.type, parentSchema: schema15.properties.summary, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data3 = data.metrics;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err18 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.metrics.additionalProperties.type, parentSchema: schema15.properties.metrics.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metrics.type, parentSchema: schema15.properties.metrics, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.parents !== void 0) {
      let data5 = data.parents;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.relation === void 0) {
              const err20 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/required", keyword: "required", params: { missingProperty: "relation" }, message: "must have required property 'relation'", schema: schema16.required, parentSchema: schema16, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "model" || key2 === "version" || key2 === "uri" || key2 === "revision" || key2 === "relation")) {
                const err21 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data6 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.model !== void 0) {
              let data7 = data6.model;
              if (typeof data7 !== "string") {
                const err22 = { instancePath: instancePath + "/parents/" + i0 + "/model", schemaPath: "#/definitions/parent/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.model.type, parentSchema: schema16.properties.model, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.version !== void 0) {
              let data8 = data6.version;
              if (typeof data8 !== "string") {
                const err23 = { instancePath: instancePath + "/parents/" + i0 + "/version", schemaPath: "#/definitions/parent/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.version.type, parentSchema: schema16.properties.version, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.uri !== void 0) {
              let data9 = data6.uri;
              if (typeof data9 !== "string") {
                const err24 = { instancePath: instancePath + "/parents/" + i0 + "/uri", schemaPath: "#/definitions/parent/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.uri.type, parentSchema: schema16.properties.uri, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.revision !== void 0) {
              let data10 = data6.revision;
              if (typeof data10 !== "string" && data10 !== null) {
                const err25 = { instancePath: instancePath + "/parents/" + i0 + "/revision", schemaPath: "#/definitions/parent/properties/revision/type", keyword: "type", params: { type: schema16.properties.revision.type }, message: "must be string,null", schema: schema16.properties.revision.type, parentSchema: schema16.properties.revision, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.relation !== void 0) {
              let data11 = data6.relation;
              if (typeof data11 !== "string") {
                const err26 = { instancePath: instancePath + "/parents/" + i0 + "/relation", schemaPath: "#/definitions/parent/properties/relation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.relation.type, parentSchema: schema16.properties.relation, data: data11 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data6 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/parents", schemaPath: "#/properties/parents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.parents.type, parentSchema: schema15.properties.parents, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.datasets !== void 0) {
      let data12 = data.datasets;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.name === void 0) {
              const err29 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.required, parentSchema: schema17, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13.version === void 0) {
              const err30 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema17.required, parentSchema: schema17, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data13.uri === void 0) {
              const err31 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema17.required, parentSchema: schema17, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13.sha256 === void 0) {
              const err32 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema17.required, parentSchema: schema17, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data13.role === void 0) {
              const err33 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema17.required, parentSchema: schema17, data: data13 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key3 in data13) {
              if (!(key3 === "name" || key3 === "version" || key3 === "uri" || key3 === "sha256" || key3 === "role")) {
                const err34 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.name !== void 0) {
              let data14 = data13.name;
              if (typeof data14 !== "string") {
                const err35 = { instancePath: instancePath + "/datasets/" + i1 + "/name", schemaPath: "#/definitions/dataset/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.name.type, parentSchema: schema17.properties.name, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.version !== void 0) {
              let data15 = data13.version;
              if (typeof data15 !== "string" && data15 !== null) {
                const err36 = { instancePath: instancePath + "/datasets/" + i1 + "/version", schemaPath: "#/definitions/dataset/properties/version/type", keyword: "type", params: { type: schema17.properties.version.type }, message: "must be string,null", schema: schema17.properties.version.type, parentSchema: schema17.properties.version, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.uri !== void 0) {
              let data16 = data13.uri;
              if (typeof data16 !== "string" && data16 !== null) {
                const err37 = { instancePath: instancePath + "/datasets/" + i1 + "/uri", schemaPath: "#/definitions/dataset/properties/uri/type", keyword: "type", params: { type: schema17.properties.uri.type }, message: "must be string,null", schema: schema17.properties.uri.type, parentSchema: schema17.properties.uri, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.sha256 !== void 0) {
              let data17 = data13.sha256;
              if (typeof data17 !== "string" && data17 !== null) {
                const err38 = { instancePath: instancePath + "/datasets/" + i1 + "/sha256", schemaPath: "#/definitions/dataset/properties/sha256/type", keyword: "type", params: { type: schema17.properties.sha256.type }, message: "must be string,null", schema: schema17.properties.sha256.type, parentSchema: schema17.properties.sha256, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data13.role !== void 0) {
              let data18 = data13.role;
              if (typeof data18 !== "string" && data18 !== null) {
                const err39 = { instancePath: instancePath + "/datasets/" + i1 + "/role", schemaPath: "#/definitions/dataset/properties/role/type", keyword: "type", params: { type: schema17.properties.role.type }, message: "must be string,null", schema: schema17.properties.role.type, parentSchema: schema17.properties.role, data: data18 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data13 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.datasets.type, parentSchema: schema15.properties.datasets, data: data12 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data19 = data.code;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
        const err42 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/type", keyword: "type", params: { type: schema18.type }, message: "must be object,null", schema: schema18.type, parentSchema: schema18, data: data19 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.repo === void 0) {
          const err43 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "repo" }, message: "must have required property 'repo'", schema: schema18.required, parentSchema: schema18, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data19.commit === void 0) {
          const err44 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema18.required, parentSchema: schema18, data: data19 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data19.path === void 0) {
          const err45 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema18.required, parentSchema: schema18, data: data19 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key4 in data19) {
          if (!(key4 === "repo" || key4 === "commit" || key4 === "path")) {
            const err46 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data19 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19.repo !== void 0) {
          let data20 = data19.repo;
          if (typeof data20 !== "string") {
            const err47 = { instancePath: instancePath + "/code/repo", schemaPath: "#/definitions/code/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.repo.type, parentSchema: schema18.properties.repo, data: data20 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data19.commit !== void 0) {
          let data21 = data19.commit;
          if (typeof data21 !== "string") {
            const err48 = { instancePath: instancePath + "/code/commit", schemaPath: "#/definitions/code/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.commit.type, parentSchema: schema18.properties.commit, data: data21 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data19.path !== void 0) {
          let data22 = data19.path;
          if (typeof data22 !== "string" && data22 !== null) {
            const err49 = { instancePath: instancePath + "/code/path", schemaPath: "#/definitions/code/properties/path/type", keyword: "type", params: { type: schema18.properties.path.type }, message: "must be string,null", schema: schema18.properties.path.type, parentSchema: schema18.properties.path, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      }
    }
    if (data.artifacts !== void 0) {
      let data23 = data.artifacts;
      if (Array.isArray(data23)) {
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data24 = data23[i2];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.name === void 0) {
              const err50 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.required, parentSchema: schema19, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data24.size === void 0) {
              const err51 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema19.required, parentSchema: schema19, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data24.sha256 === void 0) {
              const err52 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema19.required, parentSchema: schema19, data: data24 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data24.media_type === void 0) {
              const err53 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "media_type" }, message: "must have required property 'media_type'", schema: schema19.required, parentSchema: schema19, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data24.url === void 0) {
              const err54 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema19.required, parentSchema: schema19, data: data24 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            for (const key5 in data24) {
              if (!(key5 === "name" || key5 === "size" || key5 === "sha256" || key5 === "media_type" || key5 === "url")) {
                const err55 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data24.name !== void 0) {
              let data25 = data24.name;
              if (typeof data25 !== "string") {
                const err56 = { instancePath: instancePath + "/artifacts/" + i2 + "/name", schemaPath: "#/definitions/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.name.type, parentSchema: schema19.properties.name, data: data25 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data24.size !== void 0) {
              let data26 = data24.size;
              if (!(typeof data26 == "number" && isFinite(data26)) && data26 !== null) {
                const err57 = { instancePath: instancePath + "/artifacts/" + i2 + "/size", schemaPath: "#/definitions/artifact/properties/size/type", keyword: "type", params: { type: schema19.properties.size.type }, message: "must be integer,number,null", schema: schema19.properties.size.type, parentSchema: schema19.properties.size, data: data26 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data24.sha256 !== void 0) {
              let data27 = data24.sha256;
              if (typeof data27 !== "string" && data27 !== null) {
                const err58 = { instancePath: instancePath + "/artifacts/" + i2 + "/sha256", schemaPath: "#/definitions/artifact/properties/sha256/type", keyword: "type", params: { type: schema19.properties.sha256.type }, message: "must be string,null", schema: schema19.properties.sha256.type, parentSchema: schema19.properties.sha256, data: data27 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data24.media_type !== void 0) {
              let data28 = data24.media_type;
              if (typeof data28 !== "string" && data28 !== null) {
                const err59 = { instancePath: instancePath + "/artifacts/" + i2 + "/media_type", schemaPath: "#/definitions/artifact/properties/media_type/type", keyword: "type", params: { type: schema19.properties.media_type.type }, message: "must be string,null", schema: schema19.properties.media_type.type, parentSchema: schema19.properties.media_type, data: data28 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data24.url !== void 0) {
              let data29 = data24.url;
              if (typeof data29 !== "string" && data29 !== null) {
                const err60 = { instancePath: instancePath + "/artifacts/" + i2 + "/url", schemaPath: "#/definitions/artifact/properties/url/type", keyword: "type", params: { type: schema19.properties.url.type }, message: "must be string,null", schema: schema19.properties.url.type, parentSchema: schema19.properties.url, data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data24 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.artifacts.type, parentSchema: schema15.properties.artifacts, data: data23 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.tag !== void 0) {
      let data30 = data.tag;
      if (typeof data30 !== "string") {
        const err63 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.tag.type, parentSchema: schema15.properties.tag, data: data30 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.release_url !== void 0) {
      let data31 = data.release_url;
      if (typeof data31 !== "string" && data31 !== null) {
        const err64 = { instancePath: instancePath + "/release_url", schemaPath: "#/properties/release_url/type", keyword: "type", params: { type: schema15.properties.release_url.type }, message: "must be string,null", schema: schema15.properties.release_url.type, parentSchema: schema15.properties.release_url, data: data31 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data32 = data.stages;
      if (Array.isArray(data32)) {
        const len3 = data32.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data33 = data32[i3];
          if (typeof data33 !== "string") {
            const err65 = { instancePath: instancePath + "/stages/" + i3, schemaPath: "#/properties/stages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.stages.items.type, parentSchema: schema15.properties.stages.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.stages.type, parentSchema: schema15.properties.stages, data: data32 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.deprecated !== void 0) {
      let data34 = data.deprecated;
      if (typeof data34 !== "boolean") {
        const err67 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.deprecated.type, parentSchema: schema15.properties.deprecated, data: data34 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.deprecation_reason !== void 0) {
      let data35 = data.deprecation_reason;
      if (typeof data35 !== "string" && data35 !== null) {
        const err68 = { instancePath: instancePath + "/deprecation_reason", schemaPath: "#/properties/deprecation_reason/type", keyword: "type", params: { type: schema15.properties.deprecation_reason.type }, message: "must be string,null", schema: schema15.properties.deprecation_reason.type, parentSchema: schema15.properties.deprecation_reason, data: data35 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.html_url !== void 0) {
      let data36 = data.html_url;
      if (typeof data36 !== "string") {
        const err69 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.html_url.type, parentSchema: schema15.properties.html_url, data: data36 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
  } else {
    const err70 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owners === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.task === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.license === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "license" }, message: "must have required property 'license'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.primary_metric === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "primary_metric" }, message: "must have required property 'primary_metric'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.intended_use === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intended_use" }, message: "must have required property 'intended_use'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.limitations === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "limitations" }, message: "must have required property 'limitations'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.ethical_considerations === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ethical_considerations" }, message: "must have required property 'ethical_considerations'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.deprecated_versions === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deprecated_versions" }, message: "must have required property 'deprecated_versions'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.stages === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.latest === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latest" }, message: "must have required property 'latest'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.versions === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.html_url === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property 'html_url'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.api_url === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_url" }, message: "must have required property 'api_url'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema14.properties, key0)) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string" && data1 !== null) {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: schema14.properties.title.type }, message: "must be string,null", schema: schema14.properties.title.type, parentSchema: schema14.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string" && data2 !== null) {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema14.properties.description.type }, message: "must be string,null", schema: schema14.properties.description.type, parentSchema: schema14.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data3 = data.owners;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err21 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.owners.items.type, parentSchema: schema14.properties.owners.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.owners.type, parentSchema: schema14.properties.owners, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data5 = data.task;
      if (typeof data5 !== "string" && data5 !== null) {
        const err23 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: schema14.properties.task.type }, message: "must be string,null", schema: schema14.properties.task.type, parentSchema: schema14.properties.task, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data6 = data.license;
      if (typeof data6 !== "string" && data6 !== null) {
        const err24 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: schema14.properties.license.type }, message: "must be string,null", schema: schema14.properties.license.type, parentSchema: schema14.properties.license, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data7 = data.tags;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 !== "string") {
            const err25 = { instancePath: instancePath + "/tags/" + i1, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tags.items.type, parentSchema: schema14.properties.tags.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.tags.type, parentSchema: schema14.properties.tags, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data9 = data.primary_metric;
      if (typeof data9 !== "string" && data9 !== null) {
        const err27 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/type", keyword: "type", params: { type: schema14.properties.primary_metric.type }, message: "must be string,null", schema: schema14.properties.primary_metric.type, parentSchema: schema14.properties.primary_metric, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.intended_use !== void 0) {
      let data10 = data.intended_use;
      if (typeof data10 !== "string" && data10 !== null) {
        const err28 = { instancePath: instancePath + "/intended_use", schemaPath: "#/properties/intended_use/type", keyword: "type", params: { type: schema14.properties.intended_use.type }, message: "must be string,null", schema: schema14.properties.intended_use.type, parentSchema: schema14.properties.intended_use, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.limitations !== void 0) {
      let data11 = data.limitations;
      if (typeof data11 !== "string" && data11 !== null) {
        const err29 = { instancePath: instancePath + "/limitations", schemaPath: "#/properties/limitations/type", keyword: "type", params: { type: schema14.properties.limitations.type }, message: "must be string,null", schema: schema14.properties.limitations.type, parentSchema: schema14.properties.limitations, data: data11 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.ethical_considerations !== void 0) {
      let data12 = data.ethical_considerations;
      if (typeof data12 !== "string" && data12 !== null) {
        const err30 = { instancePath: instancePath + "/ethical_considerations", schemaPath: "#/properties/ethical_considerations/type", keyword: "type", params: { type: schema14.properties.ethical_considerations.type }, message: "must be string,null", schema: schema14.properties.ethical_considerations.type, parentSchema: schema14.properties.ethical_considerations, data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.deprecated_versions !== void 0) {
      let data13 = data.deprecated_versions;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          let data14 = data13[key1];
          if (typeof data14 !== "string") {
            const err31 = { instancePath: instancePath + "/deprecated_versions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deprecated_versions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.deprecated_versions.additionalProperties.type, parentSchema: schema14.properties.deprecated_versions.additionalProperties, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/deprecated_versions", schemaPath: "#/properties/deprecated_versions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.deprecated_versions.type, parentSchema: schema14.properties.deprecated_versions, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data15 = data.stages;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          let data16 = data15[key2];
          if (typeof data16 !== "string") {
            const err33 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stages/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.stages.additionalProperties.type, parentSchema: schema14.properties.stages.additionalProperties, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.stages.type, parentSchema: schema14.properties.stages, data: data15 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.latest !== void 0) {
      let data17 = data.latest;
      if (typeof data17 !== "string" && data17 !== null) {
        const err35 = { instancePath: instancePath + "/latest", schemaPath: "#/properties/latest/type", keyword: "type", params: { type: schema14.properties.latest.type }, message: "must be string,null", schema: schema14.properties.latest.type, parentSchema: schema14.properties.latest, data: data17 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data18 = data.versions;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate12(data18[i2], { instancePath: instancePath + "/versions/" + i2, parentData: data18, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.versions.type, parentSchema: schema14.properties.versions, data: data18 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.html_url !== void 0) {
      let data20 = data.html_url;
      if (typeof data20 !== "string") {
        const err37 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.html_url.type, parentSchema: schema14.properties.html_url, data: data20 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.api_url !== void 0) {
      let data21 = data.api_url;
      if (typeof data21 !== "string") {
        const err38 = { instancePath: instancePath + "/api_url", schemaPath: "#/properties/api_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.api_url.type, parentSchema: schema14.properties.api_url, data: data21 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var apiStage = validate14;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/api-stage.schema.json", "title": "Version in a stage (api/models/<model>/<stage>.json)", "description": "The version of a model that runs in a stage, with its download URLs: what a deployment tool fetches with one GET.", "markdownDescription": "The version of a model that runs in a stage, `api/models/<model>/<stage>.json`: what a deployment tool fetches with one GET.\n\n```sh\ncurl -s https://acme-ml.github.io/model-registry/api/models/churn-gbm/production.json | jq -r '.artifacts[] | .url'\n```", "type": "object", "additionalProperties": false, "required": ["model", "stage", "version", "created", "summary", "metrics", "parents", "datasets", "code", "artifacts", "tag", "release_url", "stages", "deprecated", "deprecation_reason", "html_url", "api_url"], "properties": { "model": { "description": "Name of the model.", "markdownDescription": "Name of the model.", "type": "string", "examples": ["churn-gbm"] }, "stage": { "description": "The stage this file answers for.", "markdownDescription": "The stage this file answers for, e.g. `production`.", "type": "string", "examples": ["production"] }, "version": { "description": "A version of the model (SemVer 2.0.0, no v prefix).", "markdownDescription": "A version of the model ([SemVer 2.0.0](https://semver.org), no `v` prefix), e.g. `1.4.0`.", "type": "string", "examples": ["1.4.0"] }, "created": { "description": "When the version was created (ISO 8601), or null.", "markdownDescription": "When the version was created, ISO 8601 (`null` when the card does not say).", "type": ["string", "null"], "examples": ["2026-04-20T13:08:52Z"] }, "summary": { "description": "One-line summary of the version.", "markdownDescription": "One-line summary of the version.", "type": "string", "examples": ["Retrain on 2026-03 tickets."] }, "metrics": { "description": "Metric name mapped to its value.", "markdownDescription": 'Metric name mapped to its value, e.g. `{"f1": 0.888}`. Confidence intervals and details are on the version page.', "type": "object", "additionalProperties": { "description": "The value of the metric.", "markdownDescription": "The value of the metric.", "type": "number", "examples": [0.888] }, "examples": [{ "f1": 0.888, "latency_p95_ms": 51.6 }] }, "parents": { "description": "Models the version was derived from.", "markdownDescription": "Models the version was derived from.", "type": "array", "items": { "$ref": "#/definitions/parent" } }, "datasets": { "description": "Datasets used for the version.", "markdownDescription": "Datasets used for the version.", "type": "array", "items": { "$ref": "#/definitions/dataset" } }, "code": { "$ref": "#/definitions/code", "description": "The training code, or null.", "markdownDescription": "The training code (`null` when the card does not say)." }, "artifacts": { "description": "The files of the version, with download URLs.", "markdownDescription": "The files of the version, with size, SHA-256 and download URL.", "type": "array", "items": { "$ref": "#/definitions/artifact" } }, "tag": { "description": "Git tag (and GitHub Release) of the version.", "markdownDescription": "Git tag (and GitHub Release) of the version, from registry.yaml `tag_format`, e.g. `churn-gbm@v2.0.0`.", "type": "string", "examples": ["churn-gbm@v2.0.0"] }, "release_url": { "description": "The GitHub Release page of the version, or null when the repository is unknown.", "markdownDescription": "The GitHub Release page of the version (`null` when the site was built without a repository).", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/tag/churn-gbm%40v2.0.0"] }, "stages": { "description": "Stages this version runs in.", "markdownDescription": "Stages this version runs in, production first.", "type": "array", "items": { "description": "A stage name.", "markdownDescription": "A stage name, e.g. `production`.", "type": "string", "examples": ["production"] }, "examples": [["production"]] }, "deprecated": { "description": "Whether model.yaml deprecates this version.", "markdownDescription": "Whether `deprecated_versions` in model.yaml lists this version.", "type": "boolean", "examples": [false] }, "deprecation_reason": { "description": "Why the version is deprecated, or null.", "markdownDescription": "Why the version is deprecated and what to use instead (`null` when it is not).", "type": ["string", "null"], "examples": [null] }, "html_url": { "description": "The HTML page of this object: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "The HTML page of this object: an absolute URL when the site was built with `--base-url` (or registry.yaml `url`), otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/models/churn-gbm/index.html", "models/churn-gbm/index.html"] }, "api_url": { "description": "This JSON file: an absolute URL when the site was built with a base URL, otherwise a path relative to the site root.", "markdownDescription": "This JSON file: an absolute URL when the site was built with `--base-url`, otherwise a path relative to the site root.", "type": "string", "examples": ["https://acme-ml.github.io/model-registry/api/models/churn-gbm.json", "api/models/churn-gbm.json"] } }, "examples": [{ "model": "churn-gbm", "stage": "production", "version": "2.0.0", "created": "2026-03-25T10:41:57Z", "summary": "Feature set v2.", "metrics": { "roc_auc": 0.871 }, "parents": [{ "model": "churn-gbm", "version": "1.0.0", "relation": "retrain" }], "datasets": [{ "name": "churn-features", "version": "2025-10-31", "uri": null, "sha256": null, "role": "train" }], "code": null, "artifacts": [{ "name": "thresholds.json", "size": 331, "sha256": "c37484dbb74138e8d5ecb14a79b94d336a438d962d59ad10c379f00b25b5e0ed", "media_type": "application/json", "url": "https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json" }], "tag": "churn-gbm@v2.0.0", "release_url": "https://github.com/acme/registry/releases/tag/churn-gbm%40v2.0.0", "stages": ["production"], "deprecated": false, "deprecation_reason": null, "html_url": "models/churn-gbm/versions/2.0.0.html", "api_url": "api/models/churn-gbm/production.json" }], "definitions": { "artifact": { "description": "A file of the version and where to download it.", "markdownDescription": "A file of the version: `url` is its GitHub release download URL for a file committed with the card, or its own URI for a file stored elsewhere.", "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256", "media_type", "url"], "properties": { "name": { "description": "File name of the artifact.", "markdownDescription": "File name of the artifact, e.g. `model.safetensors`.", "type": "string", "examples": ["model.safetensors"] }, "size": { "description": "Size in bytes, or null when the card does not say.", "markdownDescription": "Size in bytes (`null` when the card does not say).", "type": ["integer", "number", "null"], "examples": [267832604] }, "sha256": { "description": "SHA-256 digest (64 lowercase hex characters), or null.", "markdownDescription": "SHA-256 digest, 64 lowercase hex characters (`null` when the card does not say).", "type": ["string", "null"], "examples": ["fb638e05b937374da52cf2da6002539d804fe8d9ed5e44ce43474b96e7aeed0d"] }, "media_type": { "description": "Media type of the file, or null.", "markdownDescription": "Media type of the file, e.g. `application/json` (`null` when not given).", "type": ["string", "null"], "examples": ["application/octet-stream"] }, "url": { "description": "Download URL: the release asset for a committed file (needs the repository), the card URI for an external one; null when unknown.", "markdownDescription": "Download URL: `https://github.com/<owner>/<repo>/releases/download/<tag>/<name>` for a committed file (needs the repository), the card's `uri` (any scheme) for an external one; `null` when unknown.", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json", "s3://acme-models/churn-gbm/2.0.0/model.txt"] } } }, "parent": { "description": "A parent: a version of a registry model, or an external model by URI.", "markdownDescription": "A parent: `{model, version, relation}` for a version in this registry, or `{uri, revision, relation}` for an external model.", "type": "object", "additionalProperties": false, "required": ["relation"], "properties": { "model": { "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry.", "type": "string", "examples": ["support-ticket-classifier"] }, "version": { "description": "Version of the parent model.", "markdownDescription": "Version of the parent model.", "type": "string", "examples": ["1.2.0"] }, "uri": { "description": "URI of an external parent model.", "markdownDescription": "URI of an external parent model, e.g. `hf://distilbert/distilbert-base-uncased`.", "type": "string", "examples": ["hf://distilbert/distilbert-base-uncased"] }, "revision": { "description": "Revision of the external parent, or null.", "markdownDescription": "Revision of the external parent (`null` when not given).", "type": ["string", "null"], "examples": ["main"] }, "relation": { "description": "How the version was derived from the parent.", "markdownDescription": "How the version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`.", "type": "string", "examples": ["fine-tune"] } } }, "dataset": { "description": "A dataset used for the version.", "markdownDescription": "A dataset used to train, validate or test the version.", "type": "object", "additionalProperties": false, "required": ["name", "version", "uri", "sha256", "role"], "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset.", "type": "string", "examples": ["support-tickets"] }, "version": { "description": "Version or snapshot of the dataset, or null.", "markdownDescription": "Version or snapshot of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["2026-03"] }, "uri": { "description": "Where the dataset is stored, or null.", "markdownDescription": "Where the dataset is stored, any scheme (`null` when not given).", "type": ["string", "null"], "examples": ["s3://acme-ml-data/support-tickets/2026-03/train.parquet"] }, "sha256": { "description": "SHA-256 digest of the dataset, or null.", "markdownDescription": "SHA-256 digest of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["72beedafb09432d3f797770c54a66744b5c0d9938fc52e0913e32e60e61d4aa7"] }, "role": { "description": "What the dataset was used for, or null.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other` (`null` when not given).", "type": ["string", "null"], "examples": ["train"] } } }, "code": { "description": "The training code, or null.", "markdownDescription": "The training code: repository, commit and entry point (`null` when the card does not say).", "type": ["object", "null"], "additionalProperties": false, "required": ["repo", "commit", "path"], "properties": { "repo": { "description": "GitHub repository of the training code (owner/name).", "markdownDescription": "GitHub repository of the training code, `owner/name`.", "type": "string", "examples": ["acme-ml/support-nlp"] }, "commit": { "description": "Commit of the training code.", "markdownDescription": "Full commit SHA of the training code.", "type": "string", "examples": ["6890f405ef3b002a17b7a8bc39c9aa20453aa7f9"] }, "path": { "description": "Entry point inside the repository, or null.", "markdownDescription": "Entry point inside the repository (`null` when not given).", "type": ["string", "null"], "examples": ["training/train.py"] } } } } };
var schema21 = { "description": "A parent: a version of a registry model, or an external model by URI.", "markdownDescription": "A parent: `{model, version, relation}` for a version in this registry, or `{uri, revision, relation}` for an external model.", "type": "object", "additionalProperties": false, "required": ["relation"], "properties": { "model": { "description": "Name of the parent model in this registry.", "markdownDescription": "Name of the parent model in this registry.", "type": "string", "examples": ["support-ticket-classifier"] }, "version": { "description": "Version of the parent model.", "markdownDescription": "Version of the parent model.", "type": "string", "examples": ["1.2.0"] }, "uri": { "description": "URI of an external parent model.", "markdownDescription": "URI of an external parent model, e.g. `hf://distilbert/distilbert-base-uncased`.", "type": "string", "examples": ["hf://distilbert/distilbert-base-uncased"] }, "revision": { "description": "Revision of the external parent, or null.", "markdownDescription": "Revision of the external parent (`null` when not given).", "type": ["string", "null"], "examples": ["main"] }, "relation": { "description": "How the version was derived from the parent.", "markdownDescription": "How the version was derived from the parent: `fine-tune`, `retrain`, `distill`, `quantize`, `merge`, `adapter` or `other`.", "type": "string", "examples": ["fine-tune"] } } };
var schema22 = { "description": "A dataset used for the version.", "markdownDescription": "A dataset used to train, validate or test the version.", "type": "object", "additionalProperties": false, "required": ["name", "version", "uri", "sha256", "role"], "properties": { "name": { "description": "Name of the dataset.", "markdownDescription": "Name of the dataset.", "type": "string", "examples": ["support-tickets"] }, "version": { "description": "Version or snapshot of the dataset, or null.", "markdownDescription": "Version or snapshot of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["2026-03"] }, "uri": { "description": "Where the dataset is stored, or null.", "markdownDescription": "Where the dataset is stored, any scheme (`null` when not given).", "type": ["string", "null"], "examples": ["s3://acme-ml-data/support-tickets/2026-03/train.parquet"] }, "sha256": { "description": "SHA-256 digest of the dataset, or null.", "markdownDescription": "SHA-256 digest of the dataset (`null` when not given).", "type": ["string", "null"], "examples": ["72beedafb09432d3f797770c54a66744b5c0d9938fc52e0913e32e60e61d4aa7"] }, "role": { "description": "What the dataset was used for, or null.", "markdownDescription": "What the dataset was used for: `train`, `validation`, `test` or `other` (`null` when not given).", "type": ["string", "null"], "examples": ["train"] } } };
var schema23 = { "description": "The training code, or null.", "markdownDescription": "The training code: repository, commit and entry point (`null` when the card does not say).", "type": ["object", "null"], "additionalProperties": false, "required": ["repo", "commit", "path"], "properties": { "repo": { "description": "GitHub repository of the training code (owner/name).", "markdownDescription": "GitHub repository of the training code, `owner/name`.", "type": "string", "examples": ["acme-ml/support-nlp"] }, "commit": { "description": "Commit of the training code.", "markdownDescription": "Full commit SHA of the training code.", "type": "string", "examples": ["6890f405ef3b002a17b7a8bc39c9aa20453aa7f9"] }, "path": { "description": "Entry point inside the repository, or null.", "markdownDescription": "Entry point inside the repository (`null` when not given).", "type": ["string", "null"], "examples": ["training/train.py"] } } };
var schema24 = { "description": "A file of the version and where to download it.", "markdownDescription": "A file of the version: `url` is its GitHub release download URL for a file committed with the card, or its own URI for a file stored elsewhere.", "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256", "media_type", "url"], "properties": { "name": { "description": "File name of the artifact.", "markdownDescription": "File name of the artifact, e.g. `model.safetensors`.", "type": "string", "examples": ["model.safetensors"] }, "size": { "description": "Size in bytes, or null when the card does not say.", "markdownDescription": "Size in bytes (`null` when the card does not say).", "type": ["integer", "number", "null"], "examples": [267832604] }, "sha256": { "description": "SHA-256 digest (64 lowercase hex characters), or null.", "markdownDescription": "SHA-256 digest, 64 lowercase hex characters (`null` when the card does not say).", "type": ["string", "null"], "examples": ["fb638e05b937374da52cf2da6002539d804fe8d9ed5e44ce43474b96e7aeed0d"] }, "media_type": { "description": "Media type of the file, or null.", "markdownDescription": "Media type of the file, e.g. `application/json` (`null` when not given).", "type": ["string", "null"], "examples": ["application/octet-stream"] }, "url": { "description": "Download URL: the release asset for a committed file (needs the repository), the card URI for an external one; null when unknown.", "markdownDescription": "Download URL: `https://github.com/<owner>/<repo>/releases/download/<tag>/<name>` for a committed file (needs the repository), the card's `uri` (any scheme) for an external one; `null` when unknown.", "type": ["string", "null"], "examples": ["https://github.com/acme/registry/releases/download/churn-gbm%40v2.0.0/thresholds.json", "s3://acme-models/churn-gbm/2.0.0/model.txt"] } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.parents === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parents" }, message: "must have required property 'parents'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.datasets === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "datasets" }, message: "must have required property 'datasets'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.code === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.release_url === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release_url" }, message: "must have required property 'release_url'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.stages === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.deprecated === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deprecated" }, message: "must have required property 'deprecated'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.deprecation_reason === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deprecation_reason" }, message: "must have required property 'deprecation_reason'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.html_url === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property 'html_url'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.api_url === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_url" }, message: "must have required property 'api_url'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 !== "string") {
        const err18 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.model.type, parentSchema: schema20.properties.model, data: data0 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data1 = data.stage;
      if (typeof data1 !== "string") {
        const err19 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.stage.type, parentSchema: schema20.properties.stage, data: data1 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string") {
        const err20 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.version.type, parentSchema: schema20.properties.version, data: data2 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 !== "string" && data3 !== null) {
        const err21 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: schema20.properties.created.type }, message: "must be string,null", schema: schema20.properties.created.type, parentSchema: schema20.properties.created, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data4 = data.summary;
      if (typeof data4 !== "string") {
        const err22 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.summary.type, parentSchema: schema20.properties.summary, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data5 = data.metrics;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (!(typeof data6 == "number" && isFinite(data6))) {
            const err23 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.metrics.additionalProperties.type, parentSchema: schema20.properties.metrics.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.metrics.type, parentSchema: schema20.properties.metrics, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.parents !== void 0) {
      let data7 = data.parents;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.relation === void 0) {
              const err25 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/required", keyword: "required", params: { missingProperty: "relation" }, message: "must have required property 'relation'", schema: schema21.required, parentSchema: schema21, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "model" || key2 === "version" || key2 === "uri" || key2 === "revision" || key2 === "relation")) {
                const err26 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data8.model !== void 0) {
              let data9 = data8.model;
              if (typeof data9 !== "string") {
                const err27 = { instancePath: instancePath + "/parents/" + i0 + "/model", schemaPath: "#/definitions/parent/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.model.type, parentSchema: schema21.properties.model, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.version !== void 0) {
              let data10 = data8.version;
              if (typeof data10 !== "string") {
                const err28 = { instancePath: instancePath + "/parents/" + i0 + "/version", schemaPath: "#/definitions/parent/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.version.type, parentSchema: schema21.properties.version, data: data10 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data8.uri !== void 0) {
              let data11 = data8.uri;
              if (typeof data11 !== "string") {
                const err29 = { instancePath: instancePath + "/parents/" + i0 + "/uri", schemaPath: "#/definitions/parent/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.uri.type, parentSchema: schema21.properties.uri, data: data11 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data8.revision !== void 0) {
              let data12 = data8.revision;
              if (typeof data12 !== "string" && data12 !== null) {
                const err30 = { instancePath: instancePath + "/parents/" + i0 + "/revision", schemaPath: "#/definitions/parent/properties/revision/type", keyword: "type", params: { type: schema21.properties.revision.type }, message: "must be string,null", schema: schema21.properties.revision.type, parentSchema: schema21.properties.revision, data: data12 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data8.relation !== void 0) {
              let data13 = data8.relation;
              if (typeof data13 !== "string") {
                const err31 = { instancePath: instancePath + "/parents/" + i0 + "/relation", schemaPath: "#/definitions/parent/properties/relation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.relation.type, parentSchema: schema21.properties.relation, data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/parents/" + i0, schemaPath: "#/definitions/parent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/parents", schemaPath: "#/properties/parents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.parents.type, parentSchema: schema20.properties.parents, data: data7 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.datasets !== void 0) {
      let data14 = data.datasets;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.name === void 0) {
              const err34 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema22.required, parentSchema: schema22, data: data15 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data15.version === void 0) {
              const err35 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema22.required, parentSchema: schema22, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data15.uri === void 0) {
              const err36 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema22.required, parentSchema: schema22, data: data15 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data15.sha256 === void 0) {
              const err37 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema22.required, parentSchema: schema22, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data15.role === void 0) {
              const err38 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema22.required, parentSchema: schema22, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!(key3 === "name" || key3 === "version" || key3 === "uri" || key3 === "sha256" || key3 === "role")) {
                const err39 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data15.name !== void 0) {
              let data16 = data15.name;
              if (typeof data16 !== "string") {
                const err40 = { instancePath: instancePath + "/datasets/" + i1 + "/name", schemaPath: "#/definitions/dataset/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.name.type, parentSchema: schema22.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data15.version !== void 0) {
              let data17 = data15.version;
              if (typeof data17 !== "string" && data17 !== null) {
                const err41 = { instancePath: instancePath + "/datasets/" + i1 + "/version", schemaPath: "#/definitions/dataset/properties/version/type", keyword: "type", params: { type: schema22.properties.version.type }, message: "must be string,null", schema: schema22.properties.version.type, parentSchema: schema22.properties.version, data: data17 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data15.uri !== void 0) {
              let data18 = data15.uri;
              if (typeof data18 !== "string" && data18 !== null) {
                const err42 = { instancePath: instancePath + "/datasets/" + i1 + "/uri", schemaPath: "#/definitions/dataset/properties/uri/type", keyword: "type", params: { type: schema22.properties.uri.type }, message: "must be string,null", schema: schema22.properties.uri.type, parentSchema: schema22.properties.uri, data: data18 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data15.sha256 !== void 0) {
              let data19 = data15.sha256;
              if (typeof data19 !== "string" && data19 !== null) {
                const err43 = { instancePath: instancePath + "/datasets/" + i1 + "/sha256", schemaPath: "#/definitions/dataset/properties/sha256/type", keyword: "type", params: { type: schema22.properties.sha256.type }, message: "must be string,null", schema: schema22.properties.sha256.type, parentSchema: schema22.properties.sha256, data: data19 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data15.role !== void 0) {
              let data20 = data15.role;
              if (typeof data20 !== "string" && data20 !== null) {
                const err44 = { instancePath: instancePath + "/datasets/" + i1 + "/role", schemaPath: "#/definitions/dataset/properties/role/type", keyword: "type", params: { type: schema22.properties.role.type }, message: "must be string,null", schema: schema22.properties.role.type, parentSchema: schema22.properties.role, data: data20 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/datasets/" + i1, schemaPath: "#/definitions/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data15 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.datasets.type, parentSchema: schema20.properties.datasets, data: data14 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data21 = data.code;
      if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
        const err47 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/type", keyword: "type", params: { type: schema23.type }, message: "must be object,null", schema: schema23.type, parentSchema: schema23, data: data21 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.repo === void 0) {
          const err48 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "repo" }, message: "must have required property 'repo'", schema: schema23.required, parentSchema: schema23, data: data21 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data21.commit === void 0) {
          const err49 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema23.required, parentSchema: schema23, data: data21 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data21.path === void 0) {
          const err50 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema23.required, parentSchema: schema23, data: data21 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        for (const key4 in data21) {
          if (!(key4 === "repo" || key4 === "commit" || key4 === "path")) {
            const err51 = { instancePath: instancePath + "/code", schemaPath: "#/definitions/code/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data21.repo !== void 0) {
          let data22 = data21.repo;
          if (typeof data22 !== "string") {
            const err52 = { instancePath: instancePath + "/code/repo", schemaPath: "#/definitions/code/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.repo.type, parentSchema: schema23.properties.repo, data: data22 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data21.commit !== void 0) {
          let data23 = data21.commit;
          if (typeof data23 !== "string") {
            const err53 = { instancePath: instancePath + "/code/commit", schemaPath: "#/definitions/code/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.commit.type, parentSchema: schema23.properties.commit, data: data23 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data21.path !== void 0) {
          let data24 = data21.path;
          if (typeof data24 !== "string" && data24 !== null) {
            const err54 = { instancePath: instancePath + "/code/path", schemaPath: "#/definitions/code/properties/path/type", keyword: "type", params: { type: schema23.properties.path.type }, message: "must be string,null", schema: schema23.properties.path.type, parentSchema: schema23.properties.path, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      }
    }
    if (data.artifacts !== void 0) {
      let data25 = data.artifacts;
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data26 = data25[i2];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.name === void 0) {
              const err55 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema24.required, parentSchema: schema24, data: data26 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data26.size === void 0) {
              const err56 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema24.required, parentSchema: schema24, data: data26 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data26.sha256 === void 0) {
              const err57 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema24.required, parentSchema: schema24, data: data26 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data26.media_type === void 0) {
              const err58 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "media_type" }, message: "must have required property 'media_type'", schema: schema24.required, parentSchema: schema24, data: data26 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data26.url === void 0) {
              const err59 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema24.required, parentSchema: schema24, data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key5 in data26) {
              if (!(key5 === "name" || key5 === "size" || key5 === "sha256" || key5 === "media_type" || key5 === "url")) {
                const err60 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data26 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data26.name !== void 0) {
              let data27 = data26.name;
              if (typeof data27 !== "string") {
                const err61 = { instancePath: instancePath + "/artifacts/" + i2 + "/name", schemaPath: "#/definitions/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data27 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data26.size !== void 0) {
              let data28 = data26.size;
              if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
                const err62 = { instancePath: instancePath + "/artifacts/" + i2 + "/size", schemaPath: "#/definitions/artifact/properties/size/type", keyword: "type", params: { type: schema24.properties.size.type }, message: "must be integer,number,null", schema: schema24.properties.size.type, parentSchema: schema24.properties.size, data: data28 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data26.sha256 !== void 0) {
              let data29 = data26.sha256;
              if (typeof data29 !== "string" && data29 !== null) {
                const err63 = { instancePath: instancePath + "/artifacts/" + i2 + "/sha256", schemaPath: "#/definitions/artifact/properties/sha256/type", keyword: "type", params: { type: schema24.properties.sha256.type }, message: "must be string,null", schema: schema24.properties.sha256.type, parentSchema: schema24.properties.sha256, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data26.media_type !== void 0) {
              let data30 = data26.media_type;
              if (typeof data30 !== "string" && data30 !== null) {
                const err64 = { instancePath: instancePath + "/artifacts/" + i2 + "/media_type", schemaPath: "#/definitions/artifact/properties/media_type/type", keyword: "type", params: { type: schema24.properties.media_type.type }, message: "must be string,null", schema: schema24.properties.media_type.type, parentSchema: schema24.properties.media_type, data: data30 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data26.url !== void 0) {
              let data31 = data26.url;
              if (typeof data31 !== "string" && data31 !== null) {
                const err65 = { instancePath: instancePath + "/artifacts/" + i2 + "/url", schemaPath: "#/definitions/artifact/properties/url/type", keyword: "type", params: { type: schema24.properties.url.type }, message: "must be string,null", schema: schema24.properties.url.type, parentSchema: schema24.properties.url, data: data31 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/artifacts/" + i2, schemaPath: "#/definitions/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data26 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.artifacts.type, parentSchema: schema20.properties.artifacts, data: data25 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.tag !== void 0) {
      let data32 = data.tag;
      if (typeof data32 !== "string") {
        const err68 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.tag.type, parentSchema: schema20.properties.tag, data: data32 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.release_url !== void 0) {
      let data33 = data.release_url;
      if (typeof data33 !== "string" && data33 !== null) {
        const err69 = { instancePath: instancePath + "/release_url", schemaPath: "#/properties/release_url/type", keyword: "type", params: { type: schema20.properties.release_url.type }, message: "must be string,null", schema: schema20.properties.release_url.type, parentSchema: schema20.properties.release_url, data: data33 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data34 = data.stages;
      if (Array.isArray(data34)) {
        const len3 = data34.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data35 = data34[i3];
          if (typeof data35 !== "string") {
            const err70 = { instancePath: instancePath + "/stages/" + i3, schemaPath: "#/properties/stages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.stages.items.type, parentSchema: schema20.properties.stages.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.stages.type, parentSchema: schema20.properties.stages, data: data34 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.deprecated !== void 0) {
      let data36 = data.deprecated;
      if (typeof data36 !== "boolean") {
        const err72 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.deprecated.type, parentSchema: schema20.properties.deprecated, data: data36 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.deprecation_reason !== void 0) {
      let data37 = data.deprecation_reason;
      if (typeof data37 !== "string" && data37 !== null) {
        const err73 = { instancePath: instancePath + "/deprecation_reason", schemaPath: "#/properties/deprecation_reason/type", keyword: "type", params: { type: schema20.properties.deprecation_reason.type }, message: "must be string,null", schema: schema20.properties.deprecation_reason.type, parentSchema: schema20.properties.deprecation_reason, data: data37 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.html_url !== void 0) {
      let data38 = data.html_url;
      if (typeof data38 !== "string") {
        const err74 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.html_url.type, parentSchema: schema20.properties.html_url, data: data38 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.api_url !== void 0) {
      let data39 = data.api_url;
      if (typeof data39 !== "string") {
        const err75 = { instancePath: instancePath + "/api_url", schemaPath: "#/properties/api_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.api_url.type, parentSchema: schema20.properties.api_url, data: data39 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
  } else {
    const err76 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err76];
    } else {
      vErrors.push(err76);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}

// src/adapters/http/catalogue.ts
var MAX_BYTES = 64 * 1024 * 1024;
var CATALOGUE_TIMEOUT_MS = 3e4;
var check = api_validators_generated_exports;
async function readCatalogue(baseUrl, ref, options = {}) {
  const base = catalogueBase(baseUrl);
  const get = (path, kind) => getDocument(new URL(path, base).href, kind, options);
  const model = encodeURIComponent(ref.model);
  if (ref.kind === "stage") {
    const stage = await get(`api/models/${model}/${encodeURIComponent(ref.stage)}.json`, "apiStage");
    if (stage) return { stage: same(stage, stage.model === ref.model && stage.stage === ref.stage, base) };
  }
  const answer = await get(`api/models/${model}.json`, "apiModel");
  const index = !answer || ref.kind === "stage" ? await get("api/index.json", "apiIndex") : void 0;
  return { ...answer ? { model: same(answer, answer.name === ref.model, base) } : {}, ...index ? { index } : {} };
}
function catalogueBase(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new CatalogueUnreadableError(`--catalogue must be the catalogue's http(s) address, e.g. https://acme.github.io/models/; got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new CatalogueUnreadableError(`--catalogue must be an http(s) address, e.g. https://acme.github.io/models/; got ${JSON.stringify(raw)}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}
function same(document, matches, base) {
  if (!matches) throw new CatalogueUnreadableError(`the catalogue at ${base.href} answered with another model's or stage's document`);
  return document;
}
async function getDocument(url, kind, options) {
  const timeoutMs = options.timeoutMs ?? CATALOGUE_TIMEOUT_MS;
  let response;
  let text;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
    if (response.status === 404) {
      await response.body?.cancel();
      return void 0;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new CatalogueUnreadableError(`the catalogue answered HTTP ${response.status} to GET ${url}: check --catalogue, or try again later`);
    }
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MAX_BYTES) {
      await response.body?.cancel();
      throw new CatalogueUnreadableError(`GET ${url}: ${length} bytes is more than a catalogue document holds; not read`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof CatalogueUnreadableError) throw error;
    const e = error;
    const why = e.name === "TimeoutError" ? `no answer within ${timeoutMs / 1e3} s` : e.cause?.code ?? e.message;
    throw new CatalogueUnreadableError(`the catalogue gave no answer to GET ${url} (${why}): check --catalogue, or try again later`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CatalogueUnreadableError(`GET ${url} did not answer JSON: is --catalogue the catalogue's address (the folder holding index.html and api/)?`);
  }
  const validate = check[kind];
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const where = first ? ` (${first.instancePath || "/"} ${first.message ?? ""})` : "";
    throw new CatalogueUnreadableError(`GET ${url} is not a document of the catalogue's JSON API${where}: nothing from it was used`);
  }
  return value;
}
export {
  CATALOGUE_TIMEOUT_MS,
  readCatalogue
};
