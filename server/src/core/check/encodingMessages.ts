/** The messages of the `encoding` rule: a plan that is not text, and a plan the editor decoded wrongly. */
import type { Msg } from '../diagnostics';
import type { Encoding, NotTextAt } from '../text/encoding';

/** Not text: where it decodes, the first character text may not hold and its line, so it can be found. */
export function notTextMessage(at: NotTextAt | undefined): Msg {
  const u = at && `U+${at.char.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    en:
      'the file is not text in UTF-8, UTF-16 (with a byte-order mark) or GB18030 and is not checked: ' +
      (at ? `it holds ${u} on line ${at.line}` : 'its bytes are not valid in any of these encodings'),
    zh:
      '文件不是 UTF-8、UTF-16（带字节顺序标记）或GB18030编码的文本，不予检查：' +
      (at ? `第${at.line}行含有字符 ${u}` : '其字节在这些编码中均无效'),
  };
}

/** How VS Code names the encoding in its 'Reopen with Encoding' list (these names are not translated). */
const VSCODE_NAME: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'Simplified Chinese (GB18030)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};
const SHORT: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 (GBK)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/** The editor shows a wrong decoding of the file: say what it is and how to reopen it (saving would lose text). */
export function reopenAdvice(encoding: Encoding): Msg {
  const name = VSCODE_NAME[encoding];
  return {
    en:
      `the editor decoded this file with the wrong encoding: it is ${SHORT[encoding]} text. Reopen it: click the ` +
      `encoding in the status bar (or run 'Change File Encoding'), choose 'Reopen with Encoding', then '${name}'. ` +
      'Saving it as shown would replace the characters shown as \ufffd.',
    zh:
      `编辑器以错误的编码打开了此文件：它是${SHORT[encoding]}编码的文本。请重新打开：点击状态栏中的编码` +
      `（或运行命令“更改文件编码”），选择“通过编码重新打开”，再选择“${name}”。按现在的显示保存会把显示为 \ufffd 的字符替换掉。`,
  };
}
