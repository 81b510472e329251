import { describe, expect, it } from 'vitest';

import { renderDiffHtml } from '../../src/render/diff-html.js';
import { fixtureDiff, fixtureRevision, tinyDiff } from '../helpers/diff-fixture.js';

describe('renderDiffHtml', () => {
  const diff = fixtureDiff();
  const page = renderDiffHtml(diff);

  it('is one self-contained, printable page with no script', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).not.toMatch(/<script/iu);
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/u); // no outside resource, only in-page links
    expect(page).not.toMatch(/@import|url\(/u);
    expect(page).toContain('@media print');
    expect(page).toContain('<meta charset="utf-8">');
  });

  it('offers inline and side-by-side views and the unchanged sections, switched by CSS alone', () => {
    expect(page).toContain('<input class="toggles" type="radio" name="view" id="view-inline" checked');
    expect(page).toContain('<input class="toggles" type="radio" name="view" id="view-side"');
    expect(page).toContain('<input class="toggles" type="checkbox" id="show-unchanged"');
    expect(page).toContain('#view-side:checked ~ main .inline { display: none; }');
    expect(page).toContain('<label for="view-side">Xem song song</label>');
    expect(page).toMatch(/<section class="s unchanged d3" id="s-muc-dich">/u);
  });

  it('shows deletions and insertions inline, and each side in its own column', () => {
    const mt02 = page.slice(page.indexOf('id="s-mt-02"'), page.indexOf('</section>', page.indexOf('id="s-mt-02"')));
    expect(mt02).toContain(
      '<div class="text inline"><p>Hàng năm kết nạp từ <del>1.200</del><ins>1.500</ins> hội viên nông dân mới trở lên.</p></div>',
    );
    expect(mt02).toContain('<h3>Bản trước</h3><p>Hàng năm kết nạp từ <del>1.200</del> hội viên nông dân mới trở lên.</p>');
    expect(mt02).toContain('<h3>Bản sau</h3><p>Hàng năm kết nạp từ <ins>1.500</ins> hội viên nông dân mới trở lên.</p>');
    expect(mt02).toContain('<span class="badge modified">Sửa đổi</span>');
    const removed = page.slice(page.indexOf('id="s-dieu-khoan-cu"'));
    expect(removed).toContain('<h3>Bản sau</h3><p class="empty">(không có nội dung)</p>');
  });

  it('escapes every piece of text', () => {
    const html = renderDiffHtml(tinyDiff('An toàn.', 'Chèn &lt;script&gt;alert("x")&lt;/script&gt; &amp; "ngoặc"'));
    expect(html).not.toMatch(/<script/iu);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;ngoặc&#34;');
  });

  it('adds comments and checks with --comments, in English with --lang en', () => {
    const withComments = renderDiffHtml(diff, { revision: fixtureRevision(diff), lang: 'en' });
    expect(withComments).toContain('<html lang="en">');
    expect(withComments).toContain(
      '<div class="comments"><strong>Comments on this section:</strong><ul><li><strong>Nguyễn Văn A</strong> (<span class="tech"><code>dai-bieu-a/mt-02/1</code>, </span>Amendment)',
    );
    expect(withComments).toContain('<h3>Comments accepted but not reflected in the later version</h3>');
    expect(withComments).toMatch(/<a href="#s-muc-tieu-chi-tieu">[^<#]+<\/a>/u);
    expect(renderDiffHtml(diff, { stat: true })).not.toContain('<del>');
  });
});

describe('renderDiffHtml for readers', () => {
  const page = renderDiffHtml(fixtureDiff());

  it('shows the parent headings above a changed section, so an item reads under its own heading', () => {
    const mt02 = page.slice(page.indexOf('id="s-mt-02"'), page.indexOf('</h2>', page.indexOf('id="s-mt-02"')));
    expect(mt02).toMatch(/<p class="ctx">[^<]*MỤC TIÊU[^<]*<\/p>/u);
  });

  it('keeps file paths and anchors out of the default view, one switch away', () => {
    expect(page).toContain('.tech { display: none; }');
    expect(page).toContain('<input class="toggles" type="checkbox" id="show-tech"');
    for (const code of page.match(/<code>[^<]*<\/code>/gu) ?? []) {
      const at = page.indexOf(code);
      const open = page.lastIndexOf('<span class="tech">', at);
      expect(open, code).toBeGreaterThan(-1);
      expect(page.indexOf('</span>', open)).toBeGreaterThan(at);
    }
    expect(page).not.toMatch(/[«»]/u);
  });
});
