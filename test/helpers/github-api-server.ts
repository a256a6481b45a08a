import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** One request the fake API received, with what GitHub's REST description says about it. */
export interface RecordedRequest {
  method: string;
  /** Path as requested, without the query string. */
  path: string;
  /** The operation it matched (`checks/create`), or undefined when GitHub has no such endpoint. */
  operationId: string | undefined;
  pathParams: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Every way the request breaks the description (unknown endpoint, bad path parameter, invalid body). */
  problems: string[];
}

export type Reply = { status: number; body: unknown };
export type Handler = (request: RecordedRequest) => Reply | undefined;

export interface FakeGitHubApi {
  url: string;
  requests: RecordedRequest[];
  /** Requests that the REST description does not allow, with why. */
  problems(): string[];
  close(): Promise<void>;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operationId: string;
  validateBody: ValidateFunction | undefined;
  bodyRequired: boolean;
  params: Map<string, ValidateFunction>;
}

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let operations: Operation[] | undefined;

/**
 * Every operation of api.github.com as published in `@octokit/openapi` (GitHub's own OpenAPI
 * description): method, path template and the JSON schemas of its path parameters and request body.
 * Schemas reference `#/components/...`; they are compiled against the description's components.
 */
function loadOperations(): Operation[] {
  if (operations) return operations;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string; parameters?: unknown[]; requestBody?: { required?: boolean; content?: Record<string, { schema: unknown }> } }>>;
    components: Record<string, Record<string, unknown>>;
  };
  // OpenAPI 3.0 keywords (nullable, example, x-github, discriminator) are not JSON Schema: not strict.
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true }));
  ajv.addSchema({ $id: 'gh', components: spec.components });
  const compile = (schema: unknown): ValidateFunction => ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, '"$ref":"gh#/components/')) as object);
  const resolveParam = (p: unknown): { name: string; in: string; schema?: unknown } => {
    const ref = (p as { $ref?: string }).$ref;
    if (!ref) return p as { name: string; in: string; schema?: unknown };
    const [, , kind, name] = ref.split('/');
    return spec.components[kind!]![name!] as { name: string; in: string; schema?: unknown };
  };
  operations = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`)).replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (!op || typeof op !== 'object' || !('operationId' in op)) continue;
      const params = new Map<string, ValidateFunction>();
      for (const raw of op.parameters ?? []) {
        const p = resolveParam(raw);
        if (p.in === 'path' && p.schema) params.set(p.name, compile(p.schema));
      }
      let validateBody: ValidateFunction | undefined;
      const json = op.requestBody?.content?.['application/json'];
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        names,
        operationId: op.operationId,
        get validateBody() {
          return (validateBody ??= json ? compile(json.schema) : undefined);
        },
        bodyRequired: op.requestBody?.required === true,
        params,
      });
    }
  }
  return operations;
}

/**
 * A stand-in for api.github.com on 127.0.0.1: every request is matched against GitHub's published
 * REST description (method + path template, path parameters, JSON body against the operation's
 * request schema) and recorded. `handler` answers; unanswered valid requests get 404.
 */
export async function startFakeGitHubApi(handler: Handler): Promise<FakeGitHubApi> {
  const ops = loadOperations();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const raw = Buffer.concat(chunks).toString('utf8');
      const problems: string[] = [];
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          problems.push(`${method} ${url.pathname}: body is not JSON`);
        }
      }
      const recorded: RecordedRequest = { method, path: url.pathname, operationId: undefined, pathParams: {}, headers: req.headers, body, problems };
      const op = ops.find((o) => o.method === method && o.pattern.test(url.pathname));
      if (!op) problems.push(`${method} ${url.pathname}: no such operation in GitHub's REST description`);
      else {
        recorded.operationId = op.operationId;
        const values = op.pattern.exec(url.pathname)!.slice(1).map(decodeURIComponent);
        op.names.forEach((name, i) => {
          recorded.pathParams[name] = values[i]!;
          const check = op.params.get(name);
          const value = /^\d+$/.test(values[i]!) ? Number(values[i]) : values[i];
          if (check && !check(value) && !check(values[i])) problems.push(`${op.operationId}: path parameter ${name}=${values[i]} ${JSON.stringify(check.errors)}`);
        });
        if (op.bodyRequired && body === undefined) problems.push(`${op.operationId}: request body required`);
        const validate = op.validateBody;
        if (validate && body !== undefined && !validate(body)) problems.push(`${op.operationId}: body does not match the request schema: ${JSON.stringify(validate.errors)}`);
      }
      requests.push(recorded);
      const reply = problems.length ? { status: 422, body: { message: problems.join('; ') } } : (handler(recorded) ?? { status: 404, body: { message: 'Not Found' } });
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    problems: () => requests.flatMap((r) => r.problems),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Answers for the Checks API as GitHub gives them; `forbidden` plays a read-only token (forks, Dependabot). */
export function checksHandler(options: { forbidden?: boolean } = {}): Handler {
  let nextId = 1000;
  return (request) => {
    if (request.operationId === 'checks/create') {
      if (options.forbidden) return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' } };
      const id = nextId++;
      const { owner, repo } = request.pathParams;
      return { status: 201, body: { id, head_sha: (request.body as { head_sha: string }).head_sha, html_url: `https://github.com/${owner}/${repo}/runs/${id}`, status: 'in_progress' } };
    }
    if (request.operationId === 'checks/update') {
      return { status: 200, body: { id: Number(request.pathParams.check_run_id), html_url: `https://github.com/runs/${request.pathParams.check_run_id}` } };
    }
    return undefined;
  };
}
