// GitHub-flavoured Markdown: a value renders as itself in text, in a code span and in raw HTML.
// markdown-it (raw HTML and linkify on) stands in for GitHub's renderer.
import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import {
  markdownCode,
  markdownCodeBlock,
  markdownHtml,
  markdownText,
} from '../../../src/report/escape/markdown.js';

const md = new MarkdownIt({ html: true, linkify: true });
const inline = (source: string) => md.renderInline(source);

describe('Markdown escaping', () => {
  describe('markdownText', () => {
    it('turns images, links, autolinks and raw HTML into text', () => {
      for (const hostile of [
        '![x](https://evil.example/a.png)',
        '[x](https://evil.example)',
        '<https://evil.example>',
        'see https://evil.example or www.evil.example',
        '<img src=x onerror=alert(1)>',
        '[x]: https://evil.example',
      ]) {
        const html = inline(`a ${markdownText(hostile)} b`);
        assert.doesNotMatch(html, /<a |<img/, `${hostile} → ${html}`);
        assert.equal(
          html
            .replace(/\u200b/g, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>'),
          `a ${hostile} b`,
        );
      }
    });

    it('keeps a line break and a heading on the line, visible', () => {
      const text = markdownText('x\n# heading\n\n- item');
      assert.ok(!text.includes('\n'));
      assert.equal(md.render(`Role ${text}`), '<p>Role x\\x0a# heading\\x0a\\x0a- item</p>\n');
      // At the start of a line too.
      assert.equal(md.render(markdownText('# heading')), '<p># heading</p>\n');
      assert.equal(md.render(markdownText('1. item')), '<p>1. item</p>\n');
    });

    it('escapes emphasis, code, strikethrough, math and table pipes, but not underscores inside words', () => {
      const text = markdownText('*a* _b_ `c` ~~d~~ $e$ f|g AWS_CONTAINER_URI');
      assert.equal(text, '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ f\\|g AWS_CONTAINER_URI');
      assert.equal(inline(text), '*a* _b_ `c` ~~d~~ $e$ f|g AWS_CONTAINER_URI');
    });

    it('defuses GitHub mentions and issue references with a zero-width space', () => {
      assert.equal(markdownText('@octocat #12 a@b.example'), '@&#8203;octocat #&#8203;12 a@&#8203;b.example');
    });

    it('leaves ordinary names unchanged', () => {
      for (const text of [
        'task-def web:3',
        'role app-task (prod)',
        'arn:aws:iam::111122223333:role/app#inline/p',
        'Admin of 222222222222',
      ])
        assert.equal(markdownText(text), text);
    });
  });

  describe('markdownCode', () => {
    it('is a plain code span for an ordinary value', () => {
      assert.equal(markdownCode('arn:aws:s3:::bucket'), '`arn:aws:s3:::bucket`');
      assert.equal(markdownCode(' padded '), '`  padded  `');
      assert.equal(inline(markdownCode(' padded ')), '<code> padded </code>');
    });

    it('cannot be closed early by backticks or broken by a line break', () => {
      for (const hostile of ['a`b', '```', '`x` ](y)', 'a\n\n# heading', '<img src=x onerror=alert(1)>']) {
        const code = markdownCode(hostile);
        assert.ok(!code.includes('\n'));
        const html = md.render(`text ${code} after`);
        assert.doesNotMatch(html, /<img|<h1|<a /, html);
        assert.equal((html.match(/<code>/g) ?? []).length, 1, html);
        const shown = /<code>(.*)<\/code>/s.exec(html)![1].replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        assert.equal(shown, hostile.replace(/\n/g, '\\x0a'));
      }
    });

    it('escapes pipes in a table cell', () => {
      const table = `| a | b |\n|---|---|\n| ${markdownCode('x|y', 'table-cell')} | ${markdownCode('<b>|</b>', 'table-cell')} |`;
      const html = md.render(table);
      assert.match(html, /<td><code>x\|y<\/code><\/td>/);
      assert.match(html, /<td><code>&lt;b&gt;\|&lt;\/b&gt;<\/code><\/td>/);
    });
  });

  describe('markdownCodeBlock and markdownHtml', () => {
    it('fences an ordinary JSON statement and sets a hostile one as escaped <pre>', () => {
      assert.equal(markdownCodeBlock('{"Sid":"A"}', 'json'), '```json\n{"Sid":"A"}\n```');
      const hostile = markdownCodeBlock('{"Sid":"```\\n# h ![x](https://evil.example/a.png)"}', 'json');
      assert.doesNotMatch(hostile, /\]\(|```|<img/);
      const html = md.render(`- x\n\n  ${hostile}\n`);
      assert.doesNotMatch(html, /<img|<h1|<a /);
    });

    it('HTML-escapes raw-HTML text and defuses mentions there', () => {
      assert.equal(
        markdownHtml('<b>@octocat</b> [x](y)'),
        '&lt;b&gt;@&#8203;octocat&lt;/b&gt; &#91;x&#93;(y)',
      );
    });
  });
});
