import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/search/foldText';
import { indexTokens, matchesByScan, queryTerms } from '../../../shared/search/tokenize';

const finds = (text: string, query: string) => matchesByScan(text, queryTerms(query));

describe('the search tokenizer', () => {
  it('folds case, Latin accents, Arabic vowel marks and full-width letters', () => {
    expect(foldText('Mahāsārakhām ＣＯＬＬＥＧＥ')).toBe('mahasarakham college');
    expect(finds('مُحَمَّد الحسن', 'محمد')).toBe(true);
  });

  it('keeps the Lao and Thai vowel AM whole, so substrings around it still match', () => {
    expect(finds('ມະຫາວິທະຍາໄລຄຳມ່ວນ', 'ໄລຄ')).toBe(true);
    expect(finds('คณะผู้แทนเสนอโครงการแลกเปลี่ยนนักศึกษา', 'ลกเปลี่')).toBe(true);
  });

  it('matches substrings from inside words of scripts without spaces', () => {
    expect(finds('វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប', 'កម្មព្រែក')).toBe(true);
    expect(finds('ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ', 'ປ່າສັ')).toBe(true);
    expect(finds('มหาวิทยาลัยมหาสารคาม', 'สารคา')).toBe(true);
    expect(finds('双方同意开展学生交流与教师培训', '师培')).toBe(true);
    expect(finds('双方同意开展学生交流与教师培训', '培师')).toBe(false);
  });

  it('matches a Khmer, Thai or Lao query whose last letter is only half typed', () => {
    // "ពេជ" is "ពេជ្រ" before its subscript is typed; "มหาสารค" is "มหาสารคาม" before its vowel.
    expect(finds('ពេជ្រ គឹមហួរ', 'ពេជ')).toBe(true);
    expect(finds('ពេជ្រ គឹមហួរ', 'ពេជ្រ')).toBe(true);
    expect(finds('มหาวิทยาลัยมหาสารคาม', 'มหาสารค')).toBe(true);
    expect(finds('ມະຫາວິທະຍາໄລຄຳມ່ວນ', 'ຄຳມ')).toBe(true);
    // Only the last pair is a prefix: the ones before it must be there as typed.
    expect(finds('ពេជ្រ គឹមហួរ', 'ពជ្រ')).toBe(false);
  });

  it('finds a single Chinese character, and a single Thai letter by the start of a word part', () => {
    expect(finds('教师培训', '培')).toBe(true);
    expect(indexTokens('教师')).toEqual(expect.arrayContaining(['教', '师', '教师']));
  });

  it('matches words of spaced scripts by prefix only', () => {
    expect(finds('Pakpasak Technical College', 'tech coll')).toBe(true);
    expect(finds('Pakpasak Technical College', 'echnical')).toBe(false);
  });

  it('requires every term of a mixed query', () => {
    expect(finds('Pakpasak Technical College ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ', 'college ປາກປ່າ')).toBe(true);
    expect(finds('Pakpasak Technical College', 'college ປາກປ່າ')).toBe(false);
  });

  it('cuts absurdly long words so one token cannot bloat the index', () => {
    expect(Math.max(...indexTokens(`x${'a'.repeat(5000)}`).map((t) => t.length))).toBe(40);
  });
});
