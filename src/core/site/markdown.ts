/**
 * The sanitizing Markdown renderer for card text (descriptions, intended use,
 * limitations...). Raw HTML is off (it is shown as text), images are off,
 * links are kept only when they are http(s) or relative (a fragment or a path,
 * never `//host`, `/path` or another scheme), and card headings are demoted
 * below the page's own.
 */
import MarkdownIt, { type RendererRule } from 'markdown-it';
import { raw, type Raw } from './html.js';

type Renderer = InstanceType<typeof MarkdownIt>;

/** Links that may appear in rendered card text. */
export function isAllowedLink(url: string): boolean {
  // Browsers drop tabs and newlines inside URLs and ignore leading control characters and spaces.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/%0[9ad]/gi, '');
  if (/^https?:\/\/[^/\\]/i.test(cleaned)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return false;
  if (/^[/\\]/.test(cleaned)) return false;
  // A relative path whose first segment contains ':' would read as a scheme (`javascript&colon;` decoded, `%6aavascript:`...).
  if (/^[^/?#]*:/.test(cleaned) || /^[^/?#]*%3a/i.test(cleaned)) return false;
  return cleaned.length > 0;
}

function createRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.disable(['image']);
  md.validateLink = isAllowedLink;
  const renderToken: RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) token.attrSet('rel', 'nofollow noopener noreferrer');
    return renderToken(tokens, idx, options, env, self);
  };
  const heading: RendererRule = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const offset = typeof env?.headingOffset === 'number' ? env.headingOffset : 2;
    const level = Math.min(6, Number(token.tag.slice(1)) + offset);
    token.tag = `h${level}`;
    return renderToken(tokens, idx, options, env, self);
  };
  md.renderer.rules.heading_open = heading;
  md.renderer.rules.heading_close = heading;
  return md;
}

let renderer: Renderer | undefined;

/**
 * Card Markdown as safe HTML. `headingOffset` is added to every heading level
 * (a card's `#` under the page's h2 becomes h3 with the default of 2).
 */
export function renderMarkdown(source: string, headingOffset = 2): Raw {
  renderer ??= createRenderer();
  return raw(renderer.render(source, { headingOffset }));
}

/** The text of card Markdown without markup, for search and excerpts. */
export function markdownToText(source: string): string {
  renderer ??= createRenderer();
  const out: string[] = [];
  for (const token of renderer.parse(source, {})) {
    if (token.type !== 'inline' || !token.children) continue;
    const parts: string[] = [];
    for (const child of token.children) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    out.push(parts.join(''));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first `max` characters of a text, cut at a word. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
