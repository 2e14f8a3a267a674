// Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into a header and records.
// It knows nothing of column types; validation happens in `parseDataset`.

import { DataError } from './DataError';

interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  fields: string[];
}

export interface CsvText {
  header: string[];
  records: CsvRecord[];
}

export function parseCsvText(text: string, { file }: { file: string }): CsvText {
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is not a record.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new DataError({ file, line: recordLine }, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) endRecord();

  const [head, ...records] = rows;
  if (!head) throw new DataError({ file }, 'the file is empty (no header row)');
  return { header: head.fields.map((name) => name.trim()), records };
}
