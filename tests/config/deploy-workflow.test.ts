/**
 * The GitHub Pages workflow, checked as data since no workflow linter runs here: valid YAML,
 * the official Pages actions in the right order, the permissions and environment Pages needs,
 * and every step output it reads produced by a step of the same job.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { projectRoot } from '../support/run';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  'runs-on'?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

let workflow: Workflow;

beforeAll(async () => {
  const text = await readFile(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8');
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  expect([...document.errors, ...document.warnings].map(String)).toEqual([]);
  workflow = document.toJS() as Workflow;
});

const job = (name: string): Job => {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job "${name}"`);
  return found;
};

/** Index of the first step whose `uses` starts with `action` or whose `run` contains it. */
function stepIndex(steps: Step[], action: string): number {
  return steps.findIndex((s) => s.uses?.startsWith(`${action}@`) || s.run?.includes(action));
}

describe('the GitHub Pages workflow', () => {
  it('runs on pushes to main and by hand', () => {
    expect(workflow.on).toHaveProperty('push.branches', ['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('may write to Pages and request an OIDC token, and only read the repository', () => {
    const deploy = job('deploy');
    const permissions = { ...workflow.permissions, ...deploy.permissions };
    expect(permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.permissions?.contents ?? 'read').toBe('read');
  });

  it('builds with Node 24: install, test, then build for the address Pages reports', () => {
    const { steps } = job('build');
    const order = [
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'npm ci',
      'npm test',
      'npm run build',
      'actions/upload-pages-artifact',
    ].map((action) => [action, stepIndex(steps, action)] as const);
    for (const [action, index] of order) expect(index, action).toBeGreaterThanOrEqual(0);
    const indices = order.map(([, index]) => index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));

    expect(steps[stepIndex(steps, 'actions/setup-node')]?.with?.['node-version']).toBe(24);
    const pages = steps[stepIndex(steps, 'actions/configure-pages')];
    const build = steps[stepIndex(steps, 'npm run build')];
    expect(build?.env).toEqual({
      SITE_URL: `\${{ steps.${pages?.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages?.id}.outputs.base_path }}`,
    });
    expect(steps[stepIndex(steps, 'actions/upload-pages-artifact')]?.with).toEqual({
      path: 'dist',
    });
  });

  it('deploys after the build into the github-pages environment, reporting its address', () => {
    const deploy = job('deploy');
    expect([deploy.needs].flat()).toEqual(['build']);
    expect(deploy.environment?.name).toBe('github-pages');
    const step = deploy.steps[stepIndex(deploy.steps, 'actions/deploy-pages')];
    expect(deploy.environment?.url).toBe(`\${{ steps.${step?.id}.outputs.page_url }}`);
  });

  it('uses only official actions, each pinned to a major version or a commit', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => s.uses ?? []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@(v\d+|[0-9a-f]{40})$/);
  });

  it('gives every job a runner and every step an action or a command', () => {
    for (const [name, j] of Object.entries(workflow.jobs)) {
      expect(j['runs-on'], name).toBeTruthy();
      for (const s of j.steps) expect(Boolean(s.uses) !== Boolean(s.run), s.name).toBe(true);
      const ids = new Set(j.steps.map((s) => s.id));
      const text = JSON.stringify(j);
      for (const [, id] of text.matchAll(/steps\.([\w-]+)\.outputs/g)) {
        expect(ids.has(id), `${name} reads outputs of an unknown step "${id}"`).toBe(true);
      }
    }
  });
});
