import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../shared/formats/csv';
import { exportArchive } from '../../renderer/src/dataExchange/archiveTransfer';
import { RecordExchange } from '../../renderer/src/db/RecordExchange';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { peopleWithNativeName, renderApp } from './renderApp';

const SLOW = { timeout: 20_000 };

async function openExports() {
  const app = await renderApp();
  await loadSampleEvent(app);
  location.hash = '#/exports';
  await screen.findByRole('heading', { level: 1, name: 'Import & export' }, { timeout: 5000 });
  return app;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('import & export', SLOW, () => {
  it('maps a participant list’s columns, previews new and matched people in Khmer, Thai and Chinese, and imports', async () => {
    const user = userEvent.setup();
    const app = await openExports();
    const csv = writeCsv([
      ['姓名', '本地文字', '职务', '单位', '国家', '电子邮箱'],
      ['Sok Dara', 'សុខ ដារ៉ា', 'Director', 'Prek Leap National Institute of Agriculture', 'KH', ''],
      ['Chan Sophea', 'ចាន់ សុភា', 'Lecturer', 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប', '柬埔寨', ''],
      ['Niran Chaiyo', 'นิรันดร์ ชัยโย', 'Lecturer', 'Khon Kaen Technical College', 'TH', 'niran@example.org'],
      ['Zhao Lei', '赵磊', 'Teacher', '天津职业技术师范大学', 'CN', 'zhao@example.org'],
    ]);
    const organizers = section('Organizers’ files');
    await user.upload(
      within(organizers).getByLabelText('Participant list file'),
      new File([csv], 'participants.csv', { type: 'text/csv' }),
    );

    // The columns were guessed from the Chinese headers; the user corrects one of them.
    const mapping = await within(organizers).findByRole('group', { name: 'Columns' });
    expect(within(mapping).getByRole('combobox', { name: 'Name (romanized)' })).toHaveDisplayValue(
      'Column 1: 姓名',
    );
    expect(within(mapping).getByRole('combobox', { name: 'Organization' })).toHaveDisplayValue(
      'Column 4: 单位',
    );
    expect(within(mapping).getByRole('combobox', { name: 'Name in own script' })).toHaveDisplayValue(
      '(not in the file)',
    );
    await user.selectOptions(
      within(mapping).getByRole('combobox', { name: 'Name in own script' }),
      'Column 2: 本地文字',
    );

    const preview = await within(organizers).findByRole('table', { name: 'participants.csv' });
    await waitFor(() => expect(within(preview).getByText('ចាន់ សុភា')).toBeVisible());
    const row = (name: string) => within(preview).getByText(name).closest('tr')!;
    expect(within(row('Sok Dara')).getByText('Already there')).toBeVisible();
    expect(within(row('Chan Sophea')).getByText('New')).toBeVisible();
    expect(within(row('Chan Sophea')).getByText('Prek Leap National Institute of Agriculture')).toBeVisible();
    expect(within(row('Niran Chaiyo')).getByText('นิรันดร์ ชัยโย')).toBeVisible();
    expect(within(organizers).getByTestId('plan-summary')).toHaveTextContent(
      '3 new people, 1 already in the archive, 2 new organizations.',
    );

    await user.click(within(organizers).getByRole('button', { name: 'Import 3 new people' }));
    expect(await within(organizers).findByText('Added 3 people and 2 organizations.')).toBeVisible();
    const zhao = (await peopleWithNativeName(app, '赵磊'))[0]!;
    expect(zhao).toMatchObject({ name: 'Zhao Lei', email: 'zhao@example.org', title: 'Teacher' });
    expect(await app.repos.organizations.get(zhao.organizationId!)).toMatchObject({
      name: '天津职业技术师范大学',
      country: 'CN',
    });
    expect(await app.repos.people.startingWith('Sok Dara')).toHaveLength(1);
  });

  it('names the row with no name by its line in the CSV file, blank lines counted', async () => {
    const user = userEvent.setup();
    await openExports();
    const csv = [
      'Name,Institution,Country',
      '',
      'Sok Dara,Prek Leap National Institute of Agriculture,KH',
      '',
      '',
      ',Khon Kaen Technical College,TH',
      'Niran Chaiyo,Khon Kaen Technical College,TH',
      '',
    ].join('\r\n');
    const organizers = section('Organizers’ files');
    await user.upload(
      within(organizers).getByLabelText('Participant list file'),
      new File([csv], 'participants.csv', { type: 'text/csv' }),
    );

    expect(await within(organizers).findByText('Row 6 has no name; it is not imported.')).toBeVisible();
    const preview = within(organizers).getByRole('table', { name: 'participants.csv' });
    const row = (name: string) => within(within(preview).getByText(name).closest('tr')!);
    expect(row('Sok Dara').getByRole('cell', { name: '3' })).toBeVisible();
    expect(row('Niran Chaiyo').getByRole('cell', { name: '7' })).toBeVisible();
  });

  it('says why a participant workbook is refused: password-protected, or a part that climbs out of its folder', async () => {
    const user = userEvent.setup();
    await openExports();
    const organizers = section('Organizers’ files');
    const input = within(organizers).getByLabelText('Participant list file');
    const compound = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(56));
    await user.upload(input, new File([compound], 'protected.xlsx'));
    expect(
      await within(organizers).findByText(/^protected\.xlsx is an Excel 97–2003 workbook or is protected/),
    ).toBeVisible();
    const climbing = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/../../evil.xml': strToU8('x'),
    });
    await user.upload(input, new File([climbing], 'list.xlsx'));
    expect(
      await within(organizers).findByText(
        'list.xlsx holds a file named xl/../../evil.xml, which could be written outside its folder; it is refused.',
      ),
    ).toBeVisible();
    expect(within(organizers).queryByRole('group', { name: 'Columns' })).toBeNull();
  });

  it('imports a vCard file, matching people already in the archive and keeping a photo', async () => {
    const user = userEvent.setup();
    const app = await openExports();
    const photo = btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 9, 9));
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Sok Dara',
      'ORG:Prek Leap National Institute of Agriculture',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=B8=A7=E0=B8=B4=E0=B9=84=E0=B8=A5 =E0=B8=A8=E0=B8=A3=E0=B8=B5',
      'ORG:Mahasarakham University',
      `PHOTO;ENCODING=b;TYPE=JPEG:${photo}`,
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'EMAIL:nobody@example.org',
      'END:VCARD',
    ].join('\r\n');
    const contacts = section('Contacts');
    await user.upload(
      within(contacts).getByLabelText('vCard file to import'),
      new File([vcf], 'contacts.vcf'),
    );
    const preview = await within(contacts).findByRole('table', { name: 'Contacts in the file' });
    expect(
      within(within(preview).getByText('Sok Dara').closest('tr')!).getByText('Already there'),
    ).toBeVisible();
    expect(within(within(preview).getByText('วิไล ศรี').closest('tr')!).getByText('New')).toBeVisible();
    expect(within(contacts).getByText('Card 3 (line 12) has no name; it is not imported.')).toBeVisible();

    await user.click(within(contacts).getByRole('button', { name: 'Import 1 new people' }));
    expect(await within(contacts).findByText('Added 1 people, 0 organizations and 1 photos.')).toBeVisible();
    const wilai = (await app.repos.people.startingWith('วิไล'))[0]!;
    const [attachment] = await app.repos.attachments.forOwner('person', wilai.id);
    expect(attachment).toMatchObject({ mimeType: 'image/jpeg', size: 6 });
    expect(await app.repos.people.startingWith('Sok Dara')).toHaveLength(1);
  });

  it('reports exactly what is wrong with a bad archive, and changes nothing', async () => {
    const user = userEvent.setup();
    const app = await openExports();
    const exchange = new RecordExchange(app.db, app.capture, app.repos);
    const good = unzipSync(
      (
        await exportArchive(
          exchange,
          { name: 'Liaison', version: '0.1.0', now: 0 },
          { step: () => undefined },
        )
      ).bytes,
    );
    const people = new TextDecoder()
      .decode(good['records/people.json'])
      .replace('{"id"', '{"__proto__":{"admin":true},"id"');
    const meetings = JSON.parse(new TextDecoder().decode(good['records/meetings.json'])) as Array<
      Record<string, unknown>
    >;
    meetings[1]!['minutes'] = 'x'.repeat(200_001);
    const bad = zipSync({ ...good, 'records/people.json': strToU8(people) });
    const before = await exchange.counts();
    const outboxBefore = await app.db.outbox.count();

    const archive = section('Full archive');
    await user.upload(
      within(archive).getByLabelText('Archive file to restore'),
      new File([bad as Uint8Array<ArrayBuffer>], 'backup.zip'),
    );
    const alert = await within(archive).findByRole('alert');
    expect(alert).toHaveTextContent('This file was not restored, and nothing was changed:');
    expect(
      within(alert).getByText('records/people.json: [0].__proto__: the key “__proto__” is not allowed'),
    ).toBeVisible();

    const tooLong = zipSync({ ...good, 'records/meetings.json': strToU8(JSON.stringify(meetings)) });
    await user.upload(
      within(archive).getByLabelText('Archive file to restore'),
      new File([tooLong as Uint8Array<ArrayBuffer>], 'backup.zip'),
    );
    expect(
      await within(archive).findByText('records/meetings.json: [1].minutes: longer than 200,000 characters'),
    ).toBeVisible();
    expect(within(archive).queryByRole('button', { name: /^Restore$/ })).not.toBeInTheDocument();
    expect(await exchange.counts()).toEqual(before);
    expect(await app.db.outbox.count()).toBe(outboxBefore);
  });
});
