/**
 * Redaction end to end, from an archive: the loader reads every meeting of the event and flags the
 * agreements linked to a confidential meeting; the redacted report and register built from that show
 * nothing of the confidential meeting, while the unredacted ones do.
 */
import { describe, expect, it } from 'vitest';
import { agreementsRegister } from '../../../shared/documents/agreementsRegister';
import { delegationReport } from '../../../shared/documents/delegationReport';
import type { Agreement } from '../../../shared/domain/entities';
import { ulid } from '../../../shared/domain/ulid';
import {
  loadMinutesData,
  loadRegisterRows,
  loadReportData,
} from '../../../renderer/src/exports/loadDocumentData';
import { agreementFixture, documentOptions, figure } from '../../support/documentFixtures';
import { logMeeting } from '../../support/syncFixtures';
import { createTestArchive } from '../../support/testArchive';

async function archiveWithConfidentialMeeting() {
  const archive = await createTestArchive();
  const { repos } = archive;
  const event = await repos.events.create({
    name: 'Tianjin conference',
    city: 'Tianjin',
    venue: '',
    startDate: '2024-11-21',
    endDate: '2024-11-22',
    timeZone: 'Asia/Shanghai',
  });
  // A meeting of the event with a partner in a country of its own, so a count that includes it differs.
  const meeting = async (title: string, partner: string, country: string, confidential: boolean) => {
    const logged = await logMeeting(archive, title, '', confidential ? 'confidential' : 'internal');
    await repos.organizations.update(logged.counterpartOrgIds[0]!, { name: partner, country });
    return repos.meetings.update(logged.id, { eventId: event.id });
  };
  const openMeeting = await meeting('Visit to Pakpasak', 'Pakpasak Technical College', 'LA', false);
  const secretMeeting = await meeting('Zircon budget talks', 'Zircon Institute', 'MN', true);
  const [open, secret] = [openMeeting.counterpartOrgIds[0]!, secretMeeting.counterpartOrgIds[0]!];
  const action = (title: string, meetingId: string) =>
    repos.actionItems.create({
      title,
      meetingId,
      agreementId: null,
      ownerId: null,
      dueDate: null,
      status: 'open',
    });
  await action('Send the curriculum', openMeeting.id);
  await action('Zircon transfer of funds', secretMeeting.id);
  const agreement = (
    title: string,
    partyOrgIds: string[],
    meetingIds: string[],
    status: Agreement['status'],
  ) =>
    repos.agreements.create({
      ...agreementFixture({ title, partyOrgIds, meetingIds, status, eventId: event.id }),
      id: ulid(),
      signedOn: status === 'signed' ? '2024-11-21' : null,
    });
  await agreement('Zircon side letter', [secret], [secretMeeting.id], 'signed');
  await agreement('Joint MoU on both visits', [open, secret], [openMeeting.id, secretMeeting.id], 'signed');
  await agreement('Conference declaration', [open], [], 'signed');
  await agreement('Exchange plan under negotiation', [open], [openMeeting.id], 'negotiating');
  return { repos, event, openMeeting };
}

describe('a redacted report built from the archive', () => {
  it('flags the agreements linked to a confidential meeting, in the report, the minutes and the register', async () => {
    const { repos, event, openMeeting } = await archiveWithConfidentialMeeting();
    const data = await loadReportData(repos, event.id, 'Europe/Paris');
    expect(data.agreementsSigned.map((a) => [a.agreement.title, a.confidential]).sort()).toEqual([
      ['Conference declaration', false],
      ['Joint MoU on both visits', true],
      ['Zircon side letter', true],
    ]);
    const minutes = await loadMinutesData(repos, openMeeting.id, 'Europe/Paris');
    expect(minutes.agreements.map((a) => [a.agreement.title, a.confidential])).toEqual([
      ['Joint MoU on both visits', true],
    ]);
    const rows = await loadRegisterRows(repos);
    expect(
      rows
        .filter((r) => r.confidential)
        .map((r) => r.agreement.title)
        .sort(),
    ).toEqual(['Joint MoU on both visits', 'Zircon side letter']);
  });

  it('shows nothing of the confidential meeting, and the unredacted one shows it all', async () => {
    const { repos, event } = await archiveWithConfidentialMeeting();
    const data = await loadReportData(repos, event.id, 'Europe/Paris');
    const full = delegationReport(data, documentOptions());
    for (const marker of ['Zircon budget talks', 'Zircon Institute', 'Zircon side letter', 'Mongolia'])
      expect(full).toContain(marker);
    expect(figure(full, 'Open follow-ups')).toBe(2);
    expect(figure(full, 'Agreements signed')).toBe(3);

    for (const language of ['en', 'zh-CN'] as const) {
      const redacted = delegationReport(data, documentOptions({ language, redacted: true }));
      expect(redacted).not.toContain('Zircon');
      expect(redacted).not.toMatch(/Mongolia|蒙古/);
    }
    const redacted = delegationReport(data, documentOptions({ redacted: true }));
    expect(figure(redacted, 'Meetings held')).toBe(1);
    expect(figure(redacted, 'Open follow-ups')).toBe(1);
    expect(figure(redacted, 'Agreements signed')).toBe(1);
    expect(redacted).not.toContain('Joint MoU on both visits');

    const register = agreementsRegister(await loadRegisterRows(repos), documentOptions({ redacted: true }));
    expect(register).not.toContain('Zircon');
    expect(register).not.toContain('Joint MoU on both visits');
    expect(register).toContain('Conference declaration');
  });
});
