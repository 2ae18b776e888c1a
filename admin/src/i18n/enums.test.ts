import { describe, expect, it } from 'vitest';
import { types } from '../dataProvider/schema';
import { enEnums } from './enums.en';
import { kkEnums } from './enums.kk';
import { ruEnums } from './enums.ru';
import { enumChoices, enumValues, type EnumName } from './enums';

describe('enum labels', () => {
  const names = Object.keys(enEnums) as EnumName[];

  it('label every value of every enum the console shows, in each language', () => {
    for (const name of names) {
      const values = enumValues(name);
      expect(values.length).toBeGreaterThan(0);
      for (const labels of [enEnums, kkEnums, ruEnums]) {
        expect(Object.keys(labels[name]).sort()).toEqual([...values].sort());
      }
    }
  });

  it('follow the order of the English labels', () => {
    expect(enumValues('Weekday')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(enumChoices('StandardStatus')[0]).toEqual({ id: 'draft', name: 'qyzmet.enums.StandardStatus.draft' });
  });

  it('are for enums the schema has', () => {
    for (const name of names) expect(types.get(name)?.kind).toBe('ENUM');
  });
});
