import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { renderDiffMarkdown } from '../../src/render/diff-md.js';
import { fixtureDiff, fixtureRevision, tinyDiff } from '../helpers/diff-fixture.js';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

function nodes(md: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node): void => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(md));
  return out;
}

/** The raw HTML a Markdown text turns into: only our own tags may appear. */
function htmlNodes(md: string): string[] {
  return nodes(md)
    .filter((n) => n.type === 'html')
    .map((n) => n.value ?? '');
}

describe('renderDiffMarkdown', () => {
  const diff = fixtureDiff();

  it('is a redline: <del>/<ins> in the text, one part per changed section, a summary table', () => {
    const md = renderDiffMarkdown(diff);
    expect(md.startsWith('# So sánh các bản dự thảo\n')).toBe(true);
    expect(md).toContain(
      '| Bổ sung | Bỏ | Sửa đổi | Đổi mã mục | Chuyển vị trí | Giữ nguyên |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n| 2 | 1 | 2 | 3 | 1 | 9 |',
    );
    expect(md).toContain(
      '## 3. Hàng năm kết nạp từ 1.500 hội viên nông dân mới trở lên.\n\n**Sửa đổi** · `#mt-02` · trước là 2. · +1 −1\n\nHàng năm kết nạp từ <del>1.200</del><ins>1.500</ins> hội viên nông dân mới trở lên.\n',
    );
    expect(md).toContain('**Tiêu đề:** MỤC TIÊU<ins> VÀ CHỈ TIÊU</ins>');
    expect(md).toContain('*Chuyển từ* “III. NHIỆM VỤ, GIẢI PHÁP” *sang* “IV. TỔ CHỨC THỰC HIỆN”');
    expect(md).not.toContain('## 1. Mục đích'); // unchanged
    expect(new Set(htmlNodes(md))).toEqual(new Set(['<del>', '</del>', '<ins>', '</ins>']));
  });

  it('escapes draft text so that it cannot become markup', () => {
    // Backslashes and entities in the drafts, so that the section texts hold the characters themselves.
    const md = renderDiffMarkdown(
      tinyDiff('Giữ \\*nhấn mạnh\\* và \\[liên kết\\](http://x) | cột', 'Thêm &lt;script&gt;alert(1)&lt;/script&gt; và # tiêu đề | cột'),
    );
    expect(md).toContain('\\*nhấn mạnh\\*');
    expect(md).toContain('\\<script\\>');
    expect(htmlNodes(md).every((h) => /^<\/?(del|ins)>$/u.test(h))).toBe(true);
    const all = nodes(md);
    expect(all.some((n) => n.type === 'link')).toBe(false);
    expect(all.filter((n) => n.type === 'emphasis').map((n) => n.children?.[0]?.value)).toEqual([
      'Chữ gạch ngang là phần bỏ đi; chữ gạch chân là phần bổ sung.',
    ]);
    expect(all.filter((n) => n.type === 'heading')).toHaveLength(2);
  });

  it('speaks English with --lang en, counts only with --stat, and says when nothing changed', () => {
    expect(renderDiffMarkdown(diff, { lang: 'en' })).toContain('| Added | Removed | Modified | Renamed | Moved | Unchanged |');
    const stat = renderDiffMarkdown(diff, { stat: true });
    expect(stat).not.toContain('<del>');
    expect(stat).toContain('**Sửa đổi** · `#mt-02`');
    expect(renderDiffMarkdown(tinyDiff('Như cũ.', 'Như cũ.'))).toContain('Hai bản dự thảo không khác nhau về nội dung.');
  });

  it('lists comments and checks with --comments', () => {
    const md = renderDiffMarkdown(diff, { revision: fixtureRevision(diff) });
    expect(md).toContain(
      '**Ý kiến góp ý về mục này:**\n\n- Nguyễn Văn A (`dai-bieu-a/mt-02/1`, Đề nghị sửa đổi): Đề nghị nâng chỉ tiêu kết nạp lên 1.500 hội viên.\n  - *Tiếp thu*: Tiếp thu, đã nâng lên 1.500.',
    );
    expect(md).toContain(
      '## Kiểm tra việc tiếp thu\n\n### Ý kiến đã tiếp thu nhưng chưa thấy thể hiện trong bản sau\n\n- `dai-bieu-b/mt-03/1`',
    );
    expect(md).toContain('- `dai-bieu-a/muc-tieu/1` (Nguyễn Văn A, `comments/dai-bieu-a.yaml:29`) → `#muc-tieu-chi-tieu`:');
    expect(md).toContain('### Thay đổi không xuất phát từ ý kiến góp ý\n\n- Bổ sung: `#quan-diem` 1. Quan điểm');
  });
});
