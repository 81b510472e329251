// TCVN3 (ABC), the 8-bit Vietnamese encoding of the .VnTime fonts, still
// found in old office files: its letters sit where Latin-1 has signs, so a
// cell typed with it reads "Hµ Néi" until mapped to Unicode ("Hà Nội").
// The table is TCVN 5712's upper half (0xA1-0xFF), as iconv has it.

const UPPER_HALF =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

/** Vietnamese as Unicode writes it (ă ơ ư đ, combining tones, ạ ế ộ…): a cell holding any is not TCVN3. */
function unicodeVietnamese(cell: string): boolean {
  for (const ch of cell) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x100 && c <= 0x1ff) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  }
  return false;
}

/** The commonest TCVN3 letters (ă â ê ô ơ ư đ, à ả ã á ạ), signs that real text hardly has (¨ © ª « ¬ ® µ ¶ · ¸ ¹). */
const TCVN3_LETTERS = /[\u00a8-\u00ae\u00b5-\u00b9]/gu;

/** Whether cells (or a whole file) are TCVN3: two or more of its commonest letters, in cells without Unicode Vietnamese. */
export function looksTcvn3(cells: Iterable<string>): boolean {
  let n = 0;
  for (const c of cells) if (!unicodeVietnamese(c)) n += c.match(TCVN3_LETTERS)?.length ?? 0;
  return n >= 2;
}

/** A cell typed in TCVN3, in Unicode (NFC); a cell already in Unicode Vietnamese is left as it is. */
export function fromTcvn3(cell: string): string {
  if (unicodeVietnamese(cell)) return cell;
  return cell.replace(/[\u00a1-\u00ff]/gu, (ch) => UPPER_HALF[ch.charCodeAt(0) - 0xa1] ?? ch).normalize('NFC');
}
