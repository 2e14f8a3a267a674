// MDX plugin (Sätteri): hands each <Step> inside a <Scrolly> its place on the tree, before anything
// is rendered — the section and chart it belongs to, its position, deep-link id and caption variant
// (src/story/scrollySteps.ts) — and hands the <Scrolly> its steps as written. Components then render
// from props alone; no rendered HTML is searched or rewritten.

import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { placeSteps, type DeclaredStep } from '../story/scrollySteps';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly JsxNode[];
}

const stringAttribute = (node: Pick<JsxNode, 'name' | 'attributes'>, name: string): string | undefined => {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (attribute === undefined) return undefined;
  if (typeof attribute.value !== 'string') throw new Error(`<${node.name} ${name}>: write it as a plain string, not an expression`);
  return attribute.value;
};

const jsxAttribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

const isElement = (node: Pick<JsxNode, 'type' | 'name'>, name: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const placeOf = defineMdastPlugin({
  name: 'scrolly-steps',
  mdxJsxFlowElement(node, context) {
    if (node.name !== 'Scrolly') return;
    const section = stringAttribute(node, 'id');
    const chart = stringAttribute(node, 'chart');
    if (!section || !chart) throw new Error('<Scrolly>: needs an id and a chart');
    const steps = (node.children as readonly JsxNode[]).filter((child) => isElement(child, 'Step'));
    const declared: DeclaredStep[] = steps.map((step) => {
      const state = stringAttribute(step, 'state');
      if (!state) throw new Error(`<Scrolly id="${section}">: a <Step> has no state`);
      return { state, caption: stringAttribute(step, 'caption'), source: stringAttribute(step, 'source') };
    });
    const placed = placeSteps(section, declared);
    // Attributes cannot be set on a JSX node in place: the section is replaced by a copy whose
    // attributes say where everything is, its children (and theirs) as they were.
    let position = 0;
    const children = (node.children as readonly JsxNode[]).map((child) => {
      if (!isElement(child, 'Step')) return child;
      const place = placed[position++]!;
      return {
        ...child,
        attributes: [
          ...(child.attributes ?? []),
          jsxAttribute('section', section),
          jsxAttribute('chart', chart),
          jsxAttribute('index', String(place.index)),
          jsxAttribute('id', place.id),
          jsxAttribute('captionVariant', String(place.captionVariant)),
        ],
      };
    });
    context.replaceNode(node, {
      ...node,
      attributes: [...node.attributes, jsxAttribute('steps', JSON.stringify(declared))],
      children,
    } as never);
  },
});

/** In MDX files only: Markdown has no components. */
export const scrollyStepsPlugin: MdastPluginEntry = ({ sourceFormat }) => (sourceFormat === 'mdx' ? placeOf : null);
