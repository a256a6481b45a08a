import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  require_tunnel,
  require_undici
} from "./chunk-2KIWEZTF.js";
import {
  commitFragments,
  createBlobReader
} from "./chunk-ACM6SHGT.js";
import {
  emptyDiffStats
} from "./chunk-26HO53JB.js";
import {
  attributeFindings,
  createCliHistoryEngine,
  findTipSecrets,
  scanHistoryInPool
} from "./chunk-IFNTQYNN.js";
import "./chunk-YJHRYTX7.js";
import {
  runGit
} from "./chunk-WGWO7BKU.js";
import "./chunk-B4EJ7F2I.js";
import "./chunk-2SKL5KL2.js";
import "./chunk-YA4VWDUB.js";
import {
  CONFIG_FILE_NAME,
  loadConfigFile,
  resolveRules
} from "./chunk-Y6ERE2EU.js";
import {
  loadBuiltinRules
} from "./chunk-O4O2RQMY.js";
import {
  applyBaseline
} from "./chunk-DLHQVUMH.js";
import {
  formatSarif
} from "./chunk-DHDCQOBG.js";
import {
  BASELINE_FILE_NAME,
  readBaseline
} from "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import {
  ActionError,
  GitError,
  LeakguardError
} from "./chunk-E6TSIIIV.js";
import {
  createScanner,
  maskIn
} from "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import {
  __toESM
} from "./chunk-7LWLHRZ4.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/read-settings.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
var ACTION_MODES = ["auto", "pr", "push", "history"];
function readActionSettings(env) {
  const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const mode = input("mode") || "auto";
  if (!ACTION_MODES.includes(mode)) {
    throw new ActionError(`input "mode" must be one of ${ACTION_MODES.join(", ")}, not "${mode}"`);
  }
  const existing = (name) => {
    const value = input(name);
    if (!value) return void 0;
    const path = isAbsolute(value) ? value : resolve(workspace, value);
    if (!existsSync2(path)) throw new ActionError(`input "${name}": ${value} does not exist in the workspace (${workspace})`);
    return path;
  };
  const sarifInput = input("sarif");
  const repository = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (repository.length !== 2 || !repository[0] || !repository[1]) {
    throw new ActionError(`GITHUB_REPOSITORY must be "owner/name", not "${env.GITHUB_REPOSITORY ?? ""}": run leakguard as a step of a GitHub Actions job`);
  }
  return {
    mode,
    config: existing("config"),
    baseline: existing("baseline"),
    failOnFindings: booleanInput("fail-on-findings", input("fail-on-findings"), true),
    annotations: booleanInput("annotations", input("annotations"), true),
    sarif: sarifInput ? resolve(workspace, sarifInput) : void 0,
    sarifInput,
    githubToken: input("github-token"),
    workspace,
    eventName: required(env, "GITHUB_EVENT_NAME"),
    event: readEvent(required(env, "GITHUB_EVENT_PATH")),
    repository: { owner: repository[0], repo: repository[1] },
    sha: required(env, "GITHUB_SHA"),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")
  };
}
function booleanInput(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionError(`input "${name}" must be true or false, not "${value}"`);
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new ActionError(`${name} is not set: run leakguard as a step of a GitHub Actions job`);
  return value;
}
function readEvent(path) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (error2) {
    throw new ActionError(`cannot read the event payload GITHUB_EVENT_PATH=${path} (${error2.code ?? error2.message})`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new ActionError(`the event payload ${path} is not a JSON object`);
  return doc;
}

// src/action/run-action.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/git/paths-changed.ts
async function pathsChanged(repoDir, revs, paths) {
  if (paths.length === 0) return [];
  const r = await runGit(["-c", "core.quotePath=false", "log", "--format=", "--name-only", "--no-renames", ...revs, "--", ...paths.map((p) => `:(literal)${p}`)], { cwd: repoDir });
  return [...new Set(r.stdout.toString("utf8").split("\n").filter(Boolean))].sort();
}

// src/git/read-blob-at.ts
async function readBlobAt(repoDir, rev, path) {
  const r = await runGit(["cat-file", "blob", `${rev}:${path}`], { cwd: repoDir, okCodes: [128] });
  return r.code === 0 ? r.stdout : void 0;
}

// src/report/check-run-annotations.ts
var ANNOTATIONS_PER_REQUEST = 50;
function checkRunAnnotation(place) {
  const annotation = {
    path: place.path,
    start_line: place.line,
    end_line: place.endLine,
    annotation_level: "failure",
    title: annotationTitle(place.finding),
    message: annotationMessage(place.finding)
  };
  if (place.line === place.endLine) {
    annotation.start_column = place.column;
    annotation.end_column = place.endColumn;
  }
  return annotation;
}
function annotationTitle(f) {
  return `leakguard: ${f.ruleName} [${f.ruleId}]`;
}
function annotationMessage(f) {
  const added = f.commit ? ` Added in ${f.commit.sha.slice(0, 12)} (${oneLine(f.commit.summary)}).` : "";
  return `${f.ruleName}: ${f.redacted}.${added}
A real secret: rotate it at the provider, then remove it. Not a secret: add "leakguard:allow ${f.ruleId}" in a comment on this line, or add its fingerprint ${f.fingerprint} to the baseline file.`;
}
function batchAnnotations(annotations, size = ANNOTATIONS_PER_REQUEST) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}
function oneLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 72 ? `${line.slice(0, 71)}\u2026` : line;
}

// src/report/format-action-summary.ts
var STEP_SUMMARY_LIMIT = 1e6;
function formatActionSummary(input, maxBytes = STEP_SUMMARY_LIMIT) {
  const tail = howToResolve(input);
  const out = new BoundedText(maxBytes - byteLength(tail.join("\n")) - 600);
  const n = input.findings.length;
  out.add(n === 0 ? "## leakguard: no secrets found" : `## leakguard: ${n} ${plural(n, "secret")} found`, "");
  if (input.nothingReason) out.add(`Nothing to scan: ${escape(input.nothingReason)}.`, "");
  else if (input.label === "full history") out.add(`Audited the full history: ${input.commits} ${plural(input.commits, "commit")}, ${input.files} unique ${plural(input.files, "blob")}.`, "");
  else out.add(`Scanned ${escape(input.label)}${input.range ? ` (<code>${escape(input.range)}</code>)` : ""}: ${input.commits} ${plural(input.commits, "commit")}, ${input.files} changed ${plural(input.files, "file")}, added lines only.`, "");
  for (const note of input.notes) out.add(`> ${escape(note)}`, "");
  if (input.suppressedByBaseline > 0) out.add(`${input.suppressedByBaseline} ${plural(input.suppressedByBaseline, "finding")} hidden by the baseline.`, "");
  if (n === 0) return out.text();
  out.add(...countsByRule(input.findings), "");
  if (input.checkRunUrl) out.add(`Every finding is annotated on its line in the [leakguard check run](${input.checkRunUrl}).`, "");
  if (input.placed.located.length > 0) {
    out.add("### Findings", "", "| location | rule | secret | added in |", "|---|---|---|---|");
    for (const place of input.placed.located) out.row(row(input, place.finding, place.path, place.line));
    out.add("");
  }
  if (input.placed.removed.length > 0) {
    out.add(
      input.label === "full history" ? "### In the history only" : "### Added and removed again inside this range",
      "",
      input.label === "full history" ? "These secrets are no longer in the files at the audited commit, but they are in the history. Listed where the commit added them." : "These lines are gone from the final diff, but the secret is still in the history being merged. Listed where the commit added it.",
      "",
      "| added at | rule | secret | added in |",
      "|---|---|---|---|"
    );
    for (const f of input.placed.removed) out.row(row(input, f, f.path, f.line));
    out.add("");
  }
  if (input.notAnnotated.length > 0) {
    out.add(
      `### Not annotated (${input.notAnnotated.length})`,
      "",
      "This token may not write check runs (a fork or Dependabot pull request), and GitHub shows at most 10 error annotations per step. These findings have no annotation:",
      ""
    );
    for (const place of input.notAnnotated) out.row(`- ${code(input.mask(`${place.path}:${place.line}`))} ${escape(place.finding.ruleId)} ${code(place.finding.redacted)}`);
    out.add("");
  }
  const entries = /* @__PURE__ */ new Map();
  for (const f of input.findings) entries.set(f.fingerprint, JSON.stringify({ fingerprint: f.fingerprint, rule: f.ruleId, path: input.mask(f.path) }));
  if (out.add("<details><summary>Baseline entries for these findings</summary>", "", "```json")) {
    for (const entry of entries.values()) out.row(entry);
    out.force("```", "", "</details>", "");
  } else out.omitted += entries.size;
  if (out.omitted > 0) {
    const where = [input.checkRunUrl ? "the check run" : void 0, input.sarifPath ? `the SARIF file (${input.sarifPath})` : void 0].filter(Boolean).join(" and ");
    out.force(`> **Summary truncated:** ${out.omitted} more ${plural(out.omitted, "row")} not shown (GitHub limits a step summary to 1 MiB).${where ? ` Every finding is in ${escape(where)}.` : ""}`, "");
  }
  out.force(...tail);
  return out.text();
}
function row(input, f, path, line) {
  const commit = f.commit ? `${code(f.commit.sha.slice(0, 12))} ${escape(input.mask(oneLine2(f.commit.summary)))}` : "";
  return `| ${code(input.mask(`${path}:${line}`))} | ${escape(f.ruleId)} | ${code(f.redacted)} | ${commit} |`;
}
function countsByRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const c = counts.get(f.ruleId) ?? { name: f.ruleName, n: 0 };
    c.n++;
    counts.set(f.ruleId, c);
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  return ["| rule | findings |", "|---|---|", ...rows.map(([id, c]) => `| ${escape(id)} (${escape(c.name)}) | ${c.n} |`)];
}
function howToResolve(input) {
  if (input.findings.length === 0) return [];
  const baseline = input.baselineInput ? `the baseline file (${code(input.baselineInput)})` : "a baseline file (`leakguard baseline` writes `.leakguard-baseline.json`; pass it as the `baseline` input)";
  return [
    "### How to resolve",
    "",
    "- **A real secret:** revoke or rotate it at the provider first: once pushed, assume it is compromised. Then remove it from the code. If a later commit removed it, it is still in the history: rewrite the branch (`git rebase -i`, or squash) before merging.",
    "- **Not a secret** (test data, an example): add `leakguard:allow <rule-id>` in a comment on that line, for example `# leakguard:allow github-pat`.",
    `- **Accept it for now:** add its entry (above) to ${baseline}.`,
    `- **Whole paths or patterns:** \`[allowlist]\` \`paths\`, \`regexes\` or \`stopwords\` in \`leakguard.toml\`.`,
    "",
    input.failOnFindings ? "This step fails while any finding remains (input `fail-on-findings`)." : "This step does not fail on findings (`fail-on-findings: false`)."
  ];
}
var BoundedText = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  lines = [];
  bytes = 0;
  omitted = 0;
  /** Adds the lines if all of them fit; returns whether they did. */
  add(...lines) {
    const size = lines.reduce((sum, line) => sum + byteLength(line) + 1, 0);
    if (this.bytes + size > this.budget) return false;
    for (const line of lines) this.push(line);
    return true;
  }
  row(line) {
    if (this.omitted > 0 || this.bytes + byteLength(line) + 1 > this.budget) this.omitted++;
    else this.push(line);
  }
  force(...lines) {
    for (const line of lines) this.push(line);
  }
  text() {
    return `${this.lines.join("\n")}
`;
  }
  push(line) {
    this.lines.push(line);
    this.bytes += byteLength(line) + 1;
  }
};
function escape(text) {
  return text.replace(/([\\`*_[\]])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/[\r\n]+/g, " ");
}
function code(text) {
  return `<code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/[\r\n]+/g, " ")}</code>`;
}
function oneLine2(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 72 ? `${line.slice(0, 71)}\u2026` : line;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function plural(n, one) {
  return n === 1 ? one : `${one}s`;
}

// src/report/mask-secrets.ts
function createMasker(findings) {
  const pairs = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.secret.length >= 6) pairs.set(f.secret, f.redacted);
  const ordered = [...pairs].sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    let out = text;
    for (const [secret, redacted] of ordered) if (out.includes(secret)) out = maskIn(out, secret, redacted);
    return out;
  };
}

// src/report/place-findings.ts
function placeFindings(findings, headText) {
  const located = [];
  const removed = [];
  const annotations = /* @__PURE__ */ new Map();
  const cache = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.path}\0${finding.secret}`;
    let places = cache.get(key);
    if (!places) {
      const text = headText(finding.path);
      places = text === void 0 ? [] : occurrences(text, finding.secret);
      cache.set(key, places);
    }
    if (places.length === 0) {
      removed.push(finding);
      continue;
    }
    const own = places.find((p) => p.line === finding.line && p.column === finding.column) ?? places[0];
    located.push({ finding, path: finding.path, ...own });
    for (const place of places) {
      const id = `${finding.path}\0${place.line}\0${place.column}\0${finding.ruleId}`;
      if (!annotations.has(id)) annotations.set(id, { finding, path: finding.path, ...place });
    }
  }
  return { located: located.sort(byPlace), removed, annotations: [...annotations.values()].sort(byPlace) };
}
function byPlace(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.finding.ruleId < b.finding.ruleId ? -1 : 1);
}
function occurrences(text, secret) {
  const found = [];
  if (secret.length === 0) return found;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = at;
    const inner = secret.split("\n");
    const endLine = line + inner.length - 1;
    const endColumn = inner.length === 1 ? at - lineStart + secret.length + 1 : inner[inner.length - 1].length + 1;
    found.push({ line, column: at - lineStart + 1, endLine, endColumn });
  }
  return found;
}

// src/action/emit-workflow-annotations.ts
var WORKFLOW_ERROR_ANNOTATION_LIMIT = 10;
function emitWorkflowAnnotations(places, mask) {
  const shown = places.slice(0, WORKFLOW_ERROR_ANNOTATION_LIMIT);
  for (const place of shown) {
    error(mask(annotationMessage(place.finding)), {
      title: mask(annotationTitle(place.finding)),
      file: place.path,
      startLine: place.line,
      endLine: place.endLine,
      ...place.line === place.endLine && { startColumn: place.column, endColumn: place.endColumn }
    });
  }
  return places.slice(WORKFLOW_ERROR_ANNOTATION_LIMIT);
}

// src/action/load-scan-settings.ts
import { existsSync as existsSync3 } from "node:fs";
import { join, relative, sep } from "node:path";
function loadScanSettings(settings) {
  const root = settings.workspace;
  const config = loadConfigFile(root, settings.config);
  const rules = resolveRules(loadBuiltinRules(), config);
  const allowlist = { ...config.allowlist, paths: [...config.allowlist.paths] };
  if (config.path) {
    const rel = relative(root, config.path);
    if (!rel.startsWith("..")) allowlist.paths.push(rel.split(sep).join("/"));
  }
  const defaultBaseline = join(root, BASELINE_FILE_NAME);
  const baselineFile = settings.baseline ?? (existsSync3(defaultBaseline) ? defaultBaseline : void 0);
  const files = [config.path ?? join(root, CONFIG_FILE_NAME), baselineFile ?? defaultBaseline].map((p) => relative(root, p)).filter((p) => !p.startsWith("..")).map((p) => p.split(sep).join("/"));
  return {
    files,
    scan: { rules, allowlist },
    baseline: baselineFile ? readBaseline(baselineFile) : void 0,
    baselinePath: baselineFile ? relative(root, baselineFile).split(sep).join("/") : void 0
  };
}

// src/action/plan-scan.ts
var ZERO_SHA = /^0+$/;
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var HISTORY_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
function planScan({ mode, eventName, event, sha: sha2 }) {
  if (mode === "history") return { kind: "history", head: sha2, label: "full history" };
  if (mode === "pr" || mode === "auto" && PR_EVENTS.has(eventName)) {
    if (!PR_EVENTS.has(eventName)) throw new ActionError(`input "mode" is "pr" but the event is "${eventName}": use mode: pr only in workflows triggered by pull_request or pull_request_target`);
    return planPullRequest(event);
  }
  if (mode === "push" || mode === "auto" && eventName === "push") {
    if (eventName !== "push") throw new ActionError(`input "mode" is "push" but the event is "${eventName}": use mode: push only in workflows triggered by push`);
    return planPush(event);
  }
  if (eventName === "merge_group") return planMergeGroup(event);
  if (HISTORY_EVENTS.has(eventName)) return { kind: "history", head: sha2, label: "full history" };
  throw new ActionError(
    `leakguard does not know what to scan for the "${eventName}" event: run it on pull_request, pull_request_target, push, merge_group, schedule or workflow_dispatch, or set input "mode" to history`
  );
}
function planPullRequest(event) {
  const pr = object(event.pull_request, "pull_request");
  const base = sha(object(pr.base, "pull_request.base").sha, "pull_request.base.sha");
  const head = sha(object(pr.head, "pull_request.head").sha, "pull_request.head.sha");
  const label = `pull request #${String(pr.number ?? "?")}`;
  if (base === head) return { kind: "nothing", head, label, reason: "the base and head of the pull request are the same commit" };
  return { kind: "merge-base-range", base, head, label };
}
function planPush(event) {
  const before = sha(event.before, "before");
  const after = sha(event.after, "after");
  const ref = typeof event.ref === "string" ? event.ref : "";
  const branch = ref.replace(/^refs\/heads\//, "");
  const label = `push to ${branch || ref || "a ref"}`;
  if (event.deleted === true || ZERO_SHA.test(after)) return { kind: "nothing", head: after, label, reason: "the push deleted the branch" };
  if (event.created === true || ZERO_SHA.test(before)) return { kind: "new-branch", head: after, ref, label: `${label} (new branch)` };
  if (before === after) return { kind: "nothing", head: after, label, reason: "the push did not change the branch (before equals after)" };
  const repository = event.repository;
  const defaultBranch = typeof repository?.default_branch === "string" ? repository.default_branch : void 0;
  return { kind: "range", base: before, head: after, label, forced: event.forced === true, ref: ref || void 0, defaultBranch };
}
function planMergeGroup(event) {
  const group = object(event.merge_group, "merge_group");
  const base = sha(group.base_sha, "merge_group.base_sha");
  const head = sha(group.head_sha, "merge_group.head_sha");
  const label = "merge queue group";
  if (base === head) return { kind: "nothing", head, label, reason: "the merge group base and head are the same commit" };
  return { kind: "range", base, head, label, forced: false, ref: void 0, defaultBranch: void 0 };
}
function object(value, field) {
  if (typeof value !== "object" || value === null) throw new ActionError(`the event payload has no "${field}" object (GITHUB_EVENT_PATH)`);
  return value;
}
function sha(value, field) {
  if (typeof value !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) {
    throw new ActionError(`the event payload's "${field}" is not a commit id (GITHUB_EVENT_PATH)`);
  }
  return value;
}

// src/action/publish-check-run.ts
async function publishCheckRun(octokit, request) {
  const batches = batchAnnotations(request.annotations);
  if (batches.length === 0) batches.push([]);
  const done = (i) => i === batches.length - 1;
  const finish = () => ({ status: "completed", conclusion: request.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const output = (i) => ({ title: request.title, summary: request.summary, annotations: [...batches[i]] });
  let id;
  let url;
  try {
    const created = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: "leakguard",
      head_sha: request.headSha,
      started_at: (/* @__PURE__ */ new Date()).toISOString(),
      ...done(0) ? finish() : { status: "in_progress" },
      output: output(0)
    });
    id = created.data.id;
    url = created.data.html_url ?? "";
  } catch (error2) {
    const status = error2.status;
    if (status === 403) return { kind: "forbidden", message: error2.message };
    throw apiError("creating the check run", error2);
  }
  for (let i = 1; i < batches.length; i++) {
    try {
      await octokit.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: id, ...done(i) ? finish() : {}, output: output(i) });
    } catch (error2) {
      throw apiError(`adding annotations ${i * 50 + 1}-${i * 50 + batches[i].length} to the check run`, error2);
    }
  }
  return { kind: "published", url, requests: batches.length };
}
function apiError(what, error2) {
  const status = error2.status;
  return new ActionError(`GitHub API: ${what} failed${status ? ` (HTTP ${status})` : ""}: ${error2.message}`);
}

// src/git/commit-exists.ts
async function hasCommit(repoDir, sha2) {
  const r = await runGit(["cat-file", "-e", `${sha2}^{commit}`], { cwd: repoDir, okCodes: [1, 128] });
  return r.code === 0;
}

// src/git/fetch-from-remote.ts
async function fetchFromRemote(repoDir, options) {
  const env = {};
  if (options.auth?.token) {
    const key = `http.${options.auth.serverUrl.replace(/\/+$/, "")}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${options.auth.token}`).toString("base64");
    Object.assign(env, {
      GIT_CONFIG_COUNT: "2",
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: "",
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`
    });
  }
  const args = ["fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
  if (options.unshallow) args.push("--unshallow");
  args.push(options.remote ?? "origin", ...options.refspecs);
  await runGit(args, { cwd: repoDir, env });
}

// src/git/is-shallow.ts
async function isShallowRepository(repoDir) {
  const r = await runGit(["rev-parse", "--is-shallow-repository"], { cwd: repoDir });
  return r.stdout.toString("utf8").trim() === "true";
}

// src/git/merge-base.ts
async function findMergeBase(repoDir, a, b) {
  const r = await runGit(["merge-base", a, b], { cwd: repoDir, okCodes: [1] });
  const sha2 = r.stdout.toString("utf8").trim();
  return r.code === 0 && sha2 ? sha2 : void 0;
}

// src/git/remote-refs.ts
async function listRemoteRefs(repoDir, remote = "origin") {
  const r = await runGit(["for-each-ref", "--format=%(objectname) %(refname) %(symref)", `refs/remotes/${remote}/`], { cwd: repoDir });
  const refs = [];
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const [sha2, name, symref] = line.split(" ");
    if (sha2 && name && !symref) refs.push({ name, sha: sha2 });
  }
  return refs;
}

// src/action/resolve-target.ts
var FETCH_DEPTH_HINT = "set `fetch-depth: 0` on actions/checkout so the job has the history to scan";
async function resolveTarget(plan, ctx) {
  const notes = [];
  switch (plan.kind) {
    case "nothing":
      return { ...plan, notes };
    case "history":
      await ensureCommits(ctx, [plan.head], "the commit to audit", notes);
      return { kind: "history", head: plan.head, label: plan.label, notes };
    case "merge-base-range": {
      await ensureCommits(ctx, [plan.base, plan.head], `the base and head of the ${plan.label}`, notes);
      const base = await findMergeBase(ctx.repoDir, plan.base, plan.head);
      if (!base) throw new ActionError(`the ${plan.label} base ${short(plan.base)} and head ${short(plan.head)} share no history, so the commits it adds cannot be computed; ${FETCH_DEPTH_HINT}`);
      if (base === plan.head) return { kind: "nothing", head: plan.head, label: plan.label, reason: "the head commit is already part of the base branch", notes };
      return commits(plan.head, [base], `${short(base)}..${short(plan.head)}`, plan.label, notes);
    }
    case "range":
      return resolvePushRange(plan, ctx, notes);
    case "new-branch":
      return resolveNewBranch(plan.head, plan.ref, plan.label, ctx, notes);
  }
}
async function resolvePushRange(plan, ctx, notes) {
  await ensureCommits(ctx, [plan.head], `the head of the ${plan.label}`, notes);
  const baseThere = await ensureCommits(ctx, [plan.base], `the base of the ${plan.label}`, notes).then(
    () => true,
    (error2) => {
      if (error2 instanceof ActionError) return false;
      throw error2;
    }
  );
  if (baseThere) return commits(plan.head, [plan.base], `${short(plan.base)}..${short(plan.head)}`, plan.label, notes);
  if (!plan.forced || !plan.defaultBranch) {
    throw new ActionError(`the ${plan.label} starts at ${short(plan.base)}, which is neither in the checkout nor fetchable; ${FETCH_DEPTH_HINT}`);
  }
  const branch = plan.ref?.replace(/^refs\/heads\//, "");
  if (branch === plan.defaultBranch) {
    notes.push(`Force push to the default branch: the previous tip ${short(plan.base)} is gone, so every commit no other branch has is scanned.`);
    return resolveNewBranch(plan.head, plan.ref ?? "", plan.label, ctx, notes);
  }
  const defaultRef = `refs/remotes/origin/${plan.defaultBranch}`;
  await fetchOrFail(ctx, [`+refs/heads/${plan.defaultBranch}:${defaultRef}`], `the default branch ${plan.defaultBranch}`);
  const base = await findMergeBase(ctx.repoDir, plan.head, defaultRef);
  if (!base) throw new ActionError(`force push: ${short(plan.base)} is gone and ${short(plan.head)} shares no history with ${plan.defaultBranch}; ${FETCH_DEPTH_HINT}`);
  notes.push(`Force push: the previous tip ${short(plan.base)} is gone, so the range starts at the merge base with ${plan.defaultBranch} (${short(base)}).`);
  if (base === plan.head) return { kind: "nothing", head: plan.head, label: plan.label, reason: `the pushed commit is already on ${plan.defaultBranch}`, notes };
  return commits(plan.head, [base], `${short(base)}..${short(plan.head)}`, plan.label, notes);
}
async function resolveNewBranch(head, ref, label, ctx, notes) {
  await ensureCommits(ctx, [head], `the head of the ${label}`, notes);
  const own = `refs/remotes/origin/${ref.replace(/^refs\/heads\//, "")}`;
  let others = (await listRemoteRefs(ctx.repoDir)).filter((r) => r.name !== own);
  if (others.length === 0) {
    await fetchOrFail(ctx, ["+refs/heads/*:refs/remotes/origin/*"], "the other branches");
    others = (await listRemoteRefs(ctx.repoDir)).filter((r) => r.name !== own);
    notes.push("Fetched the remote branches to tell which commits are new.");
  }
  const exclude = [...new Set(others.map((r) => r.sha))];
  return commits(head, exclude, exclude.length ? `${short(head)}, not on any other branch` : `${short(head)} and all its history`, label, notes);
}
function commits(head, exclude, range, label, notes) {
  return { kind: "commits", revs: exclude.length ? [head, "--not", ...exclude] : [head], head, range, label, notes };
}
async function ensureCommits(ctx, shas, what, notes) {
  const shallow = await isShallowRepository(ctx.repoDir);
  const missing = [];
  for (const sha2 of shas) if (!await hasCommit(ctx.repoDir, sha2)) missing.push(sha2);
  if (!shallow && missing.length === 0) return;
  try {
    await fetchFromRemote(ctx.repoDir, { refspecs: shallow ? shas : missing, unshallow: shallow, auth: ctx.auth });
  } catch (error2) {
    if (error2 instanceof GitError) throw new ActionError(`the checkout lacks ${what} (${shas.map(short).join(", ")}) and fetching them failed: ${error2.message}; ${FETCH_DEPTH_HINT}`);
    throw error2;
  }
  for (const sha2 of shas) {
    if (!await hasCommit(ctx.repoDir, sha2)) throw new ActionError(`the checkout lacks ${what}: commit ${short(sha2)} is still missing after fetching; ${FETCH_DEPTH_HINT}`);
  }
  notes.push(shallow ? `The checkout was shallow: fetched the full history of ${shas.map(short).join(" and ")}.` : `Fetched ${missing.map(short).join(" and ")}, which the checkout lacked.`);
}
async function fetchOrFail(ctx, refspecs, what) {
  const shallow = await isShallowRepository(ctx.repoDir);
  try {
    await fetchFromRemote(ctx.repoDir, { refspecs, unshallow: shallow, auth: ctx.auth });
  } catch (error2) {
    if (error2 instanceof GitError) throw new ActionError(`cannot fetch ${what} to compute the range: ${error2.message}; ${FETCH_DEPTH_HINT}`);
    throw error2;
  }
}
function short(sha2) {
  return sha2.slice(0, 12);
}

// src/action/scan-history.ts
async function scanFullHistory(repoDir, head, settings, notes) {
  const stats = emptyDiffStats();
  const engine = createCliHistoryEngine(repoDir);
  const facts = await engine.facts();
  if (facts.empty) return { findings: [], stats };
  const include = facts.shallow ? [head] : "all";
  if (facts.shallow) notes.push("The clone is shallow outside the audited commit: only its history was audited, not every ref.");
  const { scan, keep } = await scanHistoryInPool(engine, { include, exclude: [] }, settings);
  if (scan.walkError !== void 0 || scan.unreadable.length > 0) {
    const what = scan.walkError ?? `${scan.unreadable.length} objects could not be read (first: ${scan.unreadable[0].reason})`;
    throw new ActionError(`the history audit could not read the whole history: ${what}; set \`fetch-depth: 0\` on actions/checkout`);
  }
  const tipSecrets = facts.tip ? await findTipSecrets(engine, facts.tip.sha, scan.hits, scan.seen) : /* @__PURE__ */ new Map();
  stats.commits = scan.commits;
  stats.files = scan.blobs;
  stats.bytes = scan.bytes;
  return { findings: attributeFindings(scan.hits, keep, tipSecrets), stats };
}

// src/action/scan-target.ts
async function scanTarget(target, repoDir, settings) {
  const stats = emptyDiffStats();
  if (target.kind === "nothing") return { findings: [], stats };
  if (target.kind === "history") return scanFullHistory(repoDir, target.head, settings, target.notes);
  const scanner = createScanner(settings.rules, { allowlist: settings.allowlist });
  const findings = [];
  for await (const fragment of commitFragments(repoDir, target.revs, stats)) findings.push(...scanner.scan(fragment));
  return { findings, stats };
}

// src/action/run-action.ts
var CHECK_RUN_SUMMARY_LIMIT = 6e4;
var VERSION = true ? "0.1.0" : "0.0.0-dev";
async function runAction(settings) {
  const startedAt = performance.now();
  if (settings.githubToken) setSecret(settings.githubToken);
  const plan = planScan(settings);
  const target = await resolveTarget(plan, {
    repoDir: settings.workspace,
    auth: settings.githubToken ? { serverUrl: settings.serverUrl, token: settings.githubToken } : void 0
  });
  const loaded = loadScanSettings(settings);
  if (target.kind === "commits") {
    const changed = await pathsChanged(settings.workspace, target.revs, loaded.files);
    if (changed.length > 0) target.notes.push(`These commits change ${changed.join(" and ")}, which decide what is reported here: review those changes like code.`);
  }
  info(target.kind === "nothing" ? `leakguard: nothing to scan for ${target.label}: ${target.reason}` : `leakguard: scanning ${target.label}${target.kind === "commits" ? ` (${target.range})` : ""}`);
  const scanned = await scanTarget(target, settings.workspace, loaded.scan);
  registerSecrets(scanned.findings);
  const mask = createMasker(scanned.findings);
  const base = loaded.baseline ? applyBaseline(scanned.findings, loaded.baseline) : { kept: scanned.findings, suppressed: 0 };
  const findings = sortFindings(base.kept);
  const headTexts = await readHeadTexts(settings.workspace, target.head, findings);
  const placed = placeFindings(findings, (path) => headTexts.get(path));
  if (settings.sarif) writeSarif(settings, findings, placed.located, loaded.scan.rules, scanned.stats, performance.now() - startedAt, mask);
  const summary2 = {
    label: target.label,
    ...target.kind === "commits" && { range: target.range },
    ...target.kind === "nothing" && { nothingReason: target.reason },
    notes: target.notes,
    commits: scanned.stats.commits,
    files: scanned.stats.files,
    findings,
    placed,
    notAnnotated: [],
    annotations: "off",
    suppressedByBaseline: base.suppressed,
    failOnFindings: settings.failOnFindings,
    ...loaded.baselinePath && { baselineInput: loaded.baselinePath },
    ...settings.sarif && { sarifPath: settings.sarifInput },
    mask
  };
  if (settings.annotations && target.kind !== "nothing") {
    const conclusion = findings.length === 0 ? "success" : settings.failOnFindings ? "failure" : "neutral";
    const published = settings.githubToken ? await publishCheckRun((await import("./chunk-DZYS4KOZ.js")).getOctokit(settings.githubToken), {
      ...settings.repository,
      headSha: target.head,
      title: findings.length === 0 ? "No secrets found" : `${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found`,
      summary: mask(formatActionSummary({ ...summary2, annotations: "check-run" }, CHECK_RUN_SUMMARY_LIMIT)),
      annotations: placed.annotations.map((place) => maskAnnotation(checkRunAnnotation(place), mask)),
      conclusion
    }) : { kind: "forbidden", message: "no github-token" };
    if (published.kind === "published") {
      summary2.annotations = "check-run";
      if (published.url) summary2.checkRunUrl = published.url;
      info(`leakguard: ${placed.annotations.length} annotations published in a check run (${published.requests} API ${published.requests === 1 ? "request" : "requests"})`);
    } else {
      info(`leakguard: this token may not create check runs (${mask(published.message)}); annotating with workflow commands instead`);
      summary2.annotations = "workflow-commands";
      summary2.notAnnotated = emitWorkflowAnnotations(placed.annotations, mask);
    }
  }
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(mask(formatActionSummary(summary2))).write();
  for (const f of findings) info(mask(`${f.path}:${f.line}:${f.column}  ${f.ruleId}  ${f.redacted}${f.commit ? `  (added in ${f.commit.sha.slice(0, 12)})` : ""}`));
  setOutput("findings", String(findings.length));
  setOutput("sarif", settings.sarif ? settings.sarifInput : "");
  const verdict = findings.length === 0 ? "leakguard: no secrets found" : `leakguard: ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found`;
  info(`${verdict} (${scanned.stats.commits} commits, ${scanned.stats.files} files)`);
  return findings.length > 0 && settings.failOnFindings ? 1 : 0;
}
function registerSecrets(findings) {
  const values = /* @__PURE__ */ new Set();
  for (const f of findings) {
    values.add(f.secret);
    if (f.secret.includes("\n")) {
      for (const line of f.secret.split(/\r?\n/)) if (line.trim().length >= 8) values.add(line.trim());
    }
  }
  for (const value of values) setSecret(value);
}
async function readHeadTexts(repoDir, head, findings) {
  const texts = /* @__PURE__ */ new Map();
  if (!head) return texts;
  const reader = createBlobReader(repoDir);
  try {
    for (const path of new Set(findings.map((f) => f.path))) {
      const blob = path.includes("\n") ? await readBlobAt(repoDir, head, path) : await reader.read(`${head}:${path}`);
      if (blob) texts.set(path, blob.toString("utf8"));
    }
  } finally {
    reader.close();
  }
  return texts;
}
function writeSarif(settings, findings, located, rules, stats, durationMs, mask) {
  const moved = new Map(located.map((l) => [l.finding, l]));
  const placedFindings = findings.map((f) => {
    const at = moved.get(f);
    return at ? { ...f, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn } : f;
  });
  const sarif = formatSarif({
    command: "action",
    toolVersion: VERSION,
    root: settings.workspace,
    findings: placedFindings,
    rules,
    stats: { files: stats.files, bytes: stats.bytes, binary: stats.binary, unreadable: [], skipped: stats.skipped, suppressedByBaseline: 0, staleBaseline: [], commits: stats.commits },
    warnings: [],
    redact: true,
    durationMs
  });
  try {
    mkdirSync(dirname(settings.sarif), { recursive: true });
    writeFileSync(settings.sarif, mask(sarif));
  } catch (error2) {
    throw new ActionError(`input "sarif": cannot write ${settings.sarifInput} (${error2.code ?? error2.message})`);
  }
}
function maskAnnotation(annotation, mask) {
  return { ...annotation, title: mask(annotation.title), message: mask(annotation.message) };
}
function sortFindings(findings) {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}

// src/action/main.ts
async function main() {
  try {
    process.exitCode = await runAction(readActionSettings(process.env));
  } catch (error2) {
    if (error2 instanceof LeakguardError) setFailed(`leakguard: ${error2.message}`);
    else setFailed(`leakguard: internal error: ${error2?.stack ?? String(error2)}`);
  }
}
await main();
